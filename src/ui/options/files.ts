/** Files in and out of the options page, without any network: a chosen file is read, an export is a Blob. */
import { localIsoDate } from '../../records';

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
