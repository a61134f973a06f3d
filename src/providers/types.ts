/**
 * What the content script sees of a webmail compose window. One adapter per webmail (gmail.ts,
 * outlook.ts) fills these in; nothing outside src/providers/ touches Gmail's or Outlook's DOM.
 */

export type ProviderName = 'gmail' | 'outlook';

/**
 * Where the compose window lives. Gmail: `dialog` is the bottom-right "mole", `inline` a reply inside a
 * thread. Outlook: `docked` is the compose in the reading pane, `popout` the separate window.
 */
export type ComposeSurface = 'dialog' | 'inline' | 'fullscreen' | 'popout' | 'docked';

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface Recipient {
  field: RecipientField;
  /** Lower-case address, or null when the page shows only a display name (common in Outlook). */
  email: string | null;
  /** Display name when the page shows one. */
  name: string | null;
}

/** Offsets are UTF-16 indices into `ComposeSnapshot.text`. */
/** A DOM boundary point: a node and an offset in it. */
export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextMap {
  /**
   * A DOM Range over text.slice(start, end), or null when the offsets are out of bounds or the DOM has
   * changed since the snapshot. Within one line, `comparableText(range.toString())` equals the slice.
   */
  rangeFor(start: number, end: number): Range | null;
  /**
   * The DOM boundary points of text.slice(start, end), without creating a Range (a live Range costs the page
   * on every later edit until it is garbage-collected); null as for rangeFor.
   */
  pointsFor(start: number, end: number): { start: DomPoint; end: DomPoint } | null;
  /**
   * The text offset of a DOM point, or null when the point is outside the author's text or the DOM changed
   * under the map (read the compose again).
   */
  offsetOf(node: Node, offset: number): number | null;
}

export interface ComposeSnapshot {
  /** The author's own text only (no quoted history, no signature); '\n' between lines, '\n\n' between paragraphs. */
  text: string;
  map: TextMap;
  /** null when the compose has no subject field of its own (inline reply). */
  subject: string | null;
  /** Lower-case addresses; display-name-only recipients are in `recipients` with `email: null`. */
  to: string[];
  cc: string[];
  bcc: string[];
  /** Every recipient chip the page shows, in field order. */
  recipients: Recipient[];
  /** The quoted message being replied to, as plain text ('' if none). */
  thread: string;
  /**
   * Where `thread` is on the page, when the quote is shown in the compose (not a collapsed copy): marks the
   * program's own question there (review R4).
   */
  threadMap?: TextMap | null;
  /** A reply or a forward: the compose answers a message that is quoted (or kept collapsed) in it. */
  isReply: boolean;
  /** The signature as plain text ('' if none). */
  signature: string;
  /** Gmail's plain-text mode: insert plain text only. */
  plainText: boolean;
}

export interface ComposeHandle {
  /** Stable for the compose window's lifetime (keyed on the window, not the body Gmail re-creates). */
  id: string;
  provider: ProviderName;
  surface: ComposeSurface;
  /** The compose window container: dialog, inline reply box, full-screen or pop-out. */
  root: HTMLElement;
  /** The contenteditable body. */
  editable: HTMLElement;
  /** The visible subject field; null for inline replies, whose subject belongs to the thread. */
  subjectInput: HTMLInputElement | null;
  sendButton: HTMLElement | null;
  read(): ComposeSnapshot;
  /**
   * Where a template's text goes: at the end of the author's text (so before the signature) in a new
   * email; at `caret` (default: the live selection) in a reply when it lies in the author's text.
   */
  insertionPoint(caret?: Range | null): Range;
}

export interface HealthReport {
  /** false when a compose appears to be open but a required selector-table entry found nothing. */
  ok: boolean;
  /** Names of selector-table entries that found nothing while a compose exists. */
  missing: string[];
  /** Entries found only by a fallback layer: still working, but the first choice has drifted. */
  fallbacks: string[];
  /** How many compose windows were found. */
  composes: number;
}

export interface Provider {
  name: ProviderName;
  hosts: readonly string[];
  findComposes(doc: Document): ComposeHandle[];
  health(doc: Document): HealthReport;
}
