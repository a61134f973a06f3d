/** Files in and out of the options page, without any network: a chosen file is read, an export is a Blob. */
import {
  csvTooLong,
  decodeCsvBytes,
  localIsoDate,
  MAX_CSV_BYTES,
  type ProgramsCsvResult,
  programsFromCsvInSlices,
} from '../../records';

/**
 * Lets the page handle input and paint between two slices of work. scheduler.yield (Chromium) resumes ahead
 * of other tasks; elsewhere a message-channel task, which is not clamped to 4 ms as nested timers are.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/** Offers `text` as a download called `name` (an <a download> on an object URL, revoked afterwards). */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportFileName(d: Date = new Date()): string {
  return `matchmail-records-${localIsoDate(d)}.json`;
}

/** The text of the file chosen in an <input type="file">, or null when none was chosen. */
export async function chosenFileText(
  input: HTMLInputElement,
): Promise<{ name: string; text: string } | null> {
  const file = input.files?.[0];
  if (!file) return null;
  return { name: file.name, text: await file.text() };
}

/**
 * The programs in the CSV file chosen in `input`: refused by size before it is read, and by line count before
 * it is parsed (B11), decoded from UTF-8, UTF-16 or Windows-1252 (B9). A problem comes back as an error line.
 */
export async function chosenCsv(
  input: HTMLInputElement,
): Promise<(ProgramsCsvResult & { file: string }) | null> {
  const file = input.files?.[0];
  if (!file) return null;
  const refuse = (error: string) => ({
    file: file.name,
    programs: [],
    rows: [],
    errors: [error],
    warnings: [],
  });
  if (file.size > MAX_CSV_BYTES) {
    return refuse(
      `the file is ${(file.size / 1_048_576).toFixed(1)} MB; a program list is far smaller (MatchMail reads CSV files up to ${MAX_CSV_BYTES / 1_048_576} MB)`,
    );
  }
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  const tooLong = csvTooLong(decoded.text);
  if (tooLong) return refuse(tooLong);
  const result = await programsFromCsvInSlices(decoded.text, yieldToPage);
  return {
    file: file.name,
    ...result,
    warnings: decoded.note ? [decoded.note, ...result.warnings] : result.warnings,
  };
}
