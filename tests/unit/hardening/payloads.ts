/** Injection payloads (issue 7 §3): what a hostile draft, program name, profile field or file could carry. */

/** Terminal control: colours, title change, screen clear, cursor moves, 8-bit CSI, bell, backspaces. */
export const TERMINAL = [
  '\x1b[31mRED\x1b[0m',
  '\x1b]0;owned title\x07',
  '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\',
  '\x1b[2J\x1b[H',
  '\x1b[1A\x1b[2K',
  '\x1bP+q\x1b\\',
  '\x9b31m',
  '\x07\x07',
  'back\x08\x08\x08\x08',
  'carriage\roverwrite',
  '\x00NUL',
  '\x7fDEL',
  '\x1b',
];

/** Markup and script: must only ever be shown as text. */
export const MARKUP = [
  '<script>window.__mmPwned = 1</script>',
  '<img src=x onerror="window.__mmPwned = 1">',
  '</style><script>window.__mmPwned = 1</script>',
  '"><svg onload="window.__mmPwned = 1">',
  '\'><iframe srcdoc="<script>parent.__mmPwned = 1</script>">',
  '<a href="javascript:window.__mmPwned = 1">link</a>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("window.__mmPwned = 1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal payload, as text, is the point
  '${window.__mmPwned = 1}',
  '&lt;script&gt;',
];

/** Every payload, for loops that try them all. */
export const PAYLOADS = [...TERMINAL, ...MARKUP];

/** C0 controls other than the newline, DEL, and C1 controls: nothing a terminal should receive from us. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const ALL_CONTROLS = new RegExp(TERMINAL_CONTROL.source, 'g');

/** The string with each control character written as \xNN, for failure messages and test names. */
export function showControls(s: string): string {
  return s.replace(ALL_CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
