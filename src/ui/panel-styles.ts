/**
 * The panel's stylesheet, injected into its own shadow root so the page's CSS and ours never mix. Colours
 * are variables so the dark scheme (the system's preference, or the mail site's dark theme) swaps them in
 * one place; every text colour
 * keeps ≥ 4.5:1 on its background (axe's colour-contrast rule runs on the panel in the e2e suite).
 */
export const PANEL_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --bg: #ffffff; --fg: #202124; --muted: #3c4043; --subtle: #5f6368; --border: #dadce0; --hover: #f1f3f4;
  --blue: #0b57d0; --blue-fg: #ffffff; --chip: #e8f0fe; --error: #b3261e; --warning: #8a4b00; --suggestion: #0b57d0;
  --error-edge: #d93025; --warning-edge: #e37400; --suggestion-edge: #1a73e8; --ok: #137333;
  --notice: #fef7e0; --try: #e6f4ea; --shadow: 0 4px 16px rgba(0,0,0,.16); color: var(--fg); }
@media (prefers-color-scheme: dark) {
  :host { --bg: #202124; --fg: #e8eaed; --muted: #dadce0; --subtle: #bdc1c6; --border: #5f6368; --hover: #303134;
    --blue: #a8c7fa; --blue-fg: #062e6f; --chip: #0b3a75; --error: #f2b8b5; --warning: #fdd663; --suggestion: #a8c7fa;
    --error-edge: #f28b82; --warning-edge: #fdd663; --suggestion-edge: #8ab4f8; --ok: #81c995;
    --notice: #3c3214; --try: #0f3a1f; --shadow: 0 4px 16px rgba(0,0,0,.6); }
}
/* The mail site's own dark theme (panel-host.ts reads the compose's background), whatever the system says. */
:host([data-theme="dark"]) { --bg: #202124; --fg: #e8eaed; --muted: #dadce0; --subtle: #bdc1c6; --border: #5f6368; --hover: #303134;
    --blue: #a8c7fa; --blue-fg: #062e6f; --chip: #0b3a75; --error: #f2b8b5; --warning: #fdd663; --suggestion: #a8c7fa;
    --error-edge: #f28b82; --warning-edge: #fdd663; --suggestion-edge: #8ab4f8; --ok: #81c995;
    --notice: #3c3214; --try: #0f3a1f; --shadow: 0 4px 16px rgba(0,0,0,.6); }
* { box-sizing: border-box; }
.mm-panel { width: 300px; max-height: min(calc(100vh - 20px), 820px); overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow); padding: 10px 12px 12px; }
.mm-header { display: flex; align-items: center; gap: 8px; }
.mm-handle { cursor: move; touch-action: none; user-select: none; }
.mm-logo { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 6px; background: #0b57d0; color: #fff; font-weight: 700; font-size: 13px; flex: none; }
.mm-title { font-size: 14px; margin: 0; font-weight: 600; }
.mm-kind { margin-left: auto; min-width: 0; max-width: 150px; min-height: 24px; text-overflow: ellipsis; font: inherit; font-size: 12px; background: var(--chip); color: var(--fg); border: 0; border-radius: 10px; padding: 2px 4px 2px 8px; cursor: pointer; }
.mm-kind option { background: var(--bg); color: var(--fg); }
.mm-kind:focus-visible { outline: 2px solid var(--blue); outline-offset: 1px; }
.mm-icon { border: 0; background: transparent; font-size: 18px; line-height: 1; cursor: pointer; min-width: 24px; min-height: 24px; padding: 0 4px; color: var(--subtle); }
.mm-header .mm-icon { margin-left: auto; } .mm-kind + .mm-icon { margin-left: 0; }
.mm-switch { display: flex; align-items: center; gap: 6px; font-size: 12px; color: var(--muted); min-height: 24px; }
.mm-switch input { width: 16px; height: 16px; margin: 0; }
.mm-tools { display: flex; gap: 6px; margin: 8px 0 4px; flex-wrap: wrap; }
button { font: inherit; cursor: pointer; border: 1px solid var(--border); background: var(--bg); border-radius: 6px; padding: 3px 8px; min-height: 24px; color: var(--fg); }
button:hover { background: var(--hover); }
button:focus-visible, a:focus-visible, input:focus-visible, .mm-card:focus-visible, .mm-program-notice:focus-visible, .mm-title:focus-visible { outline: 2px solid var(--blue); outline-offset: 1px; }
.mm-summary { margin: 8px 0 4px; color: var(--muted); font-size: 13px; }
.mm-all-clear { color: var(--ok); font-weight: 600; }
.mm-notice, .mm-setup, .mm-toast { background: var(--notice); color: var(--fg); border-radius: 6px; padding: 6px 8px; font-size: 12px; margin: 6px 0; }
.mm-group h2 { font-size: 12px; margin: 8px 0 2px; text-transform: uppercase; letter-spacing: .03em; }
.mm-group.mm-error h2 { color: var(--error); } .mm-group.mm-warning h2 { color: var(--warning); } .mm-group.mm-suggestion h2 { color: var(--suggestion); }
.mm-card, .mm-program-notice { border: 1px solid var(--border); border-left-width: 4px; border-radius: 8px; padding: 6px 8px; margin: 4px 0; }
.mm-card.mm-error { border-left-color: var(--error-edge); } .mm-card.mm-warning { border-left-color: var(--warning-edge); } .mm-card.mm-suggestion { border-left-color: var(--suggestion-edge); }
.mm-program-notice { border-left-color: var(--ok); background: var(--try); }
.mm-card.mm-active { box-shadow: 0 0 0 2px var(--blue); }
.mm-card-title { margin: 0 0 2px; font-size: 13px; font-weight: 600; }
.mm-card-toggle { all: unset; box-sizing: border-box; display: flex; width: 100%; min-height: 24px; align-items: center; gap: 6px; cursor: pointer; font: inherit; font-weight: 600; color: var(--fg); }
.mm-card-toggle::after { content: ""; margin-left: auto; width: 6px; height: 6px; flex: none; border-right: 2px solid var(--subtle); border-bottom: 2px solid var(--subtle); transform: rotate(45deg) translate(-2px, -2px); }
.mm-card-toggle[aria-expanded="true"]::after { transform: rotate(-135deg); }
.mm-card-toggle:focus-visible { outline: 2px solid var(--blue); outline-offset: 1px; border-radius: 4px; }
.mm-card:not(.mm-open) .mm-excerpt { margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-height: none; }
.mm-message { margin: 0 0 4px; }
.mm-excerpt { margin: 4px 0; padding: 2px 8px; border-left: 2px solid var(--border); color: var(--muted); font-style: italic; white-space: pre-wrap; word-break: break-word; max-height: 2.9em; overflow: hidden; }
.mm-try { margin: 4px 0; padding: 4px 8px; background: var(--try); border-radius: 6px; }
.mm-try-label { font-weight: 600; }
.mm-why-box { margin-top: 6px; border-top: 1px solid var(--border); padding-top: 6px; }
.mm-long { margin: 0 0 4px; font-size: 12px; }
.mm-why { margin: 4px 0; color: var(--subtle); font-size: 12px; }
.mm-source { margin: 2px 0 6px; font-size: 12px; color: var(--subtle); } .mm-source a { color: var(--blue); }
.mm-quiet { font-size: 12px; }
.mm-confirm { margin-top: 6px; padding: 6px; border-radius: 6px; background: var(--notice); }
.mm-confirm p { margin: 0 0 6px; }
.mm-card-actions { display: flex; gap: 4px; flex-wrap: wrap; align-items: center; } .mm-card-actions button { font-size: 12px; padding: 2px 8px; }
.mm-footer { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 10px; padding-top: 6px; border-top: 1px solid var(--border); flex-wrap: wrap; }
.mm-link { border: 0; background: transparent; color: var(--blue); text-decoration: underline; padding: 0 2px; font-size: 12px; }
.mm-badge { display: inline-flex; align-items: center; gap: 6px; border-radius: 14px; padding: 3px 10px 3px 3px; box-shadow: 0 2px 6px rgba(0,0,0,.2); background: var(--bg); color: var(--fg); font-size: 12px; font-weight: 600; white-space: nowrap; }
.mm-badge.mm-error { box-shadow: 0 0 0 2px var(--error-edge), 0 2px 6px rgba(0,0,0,.2); }
.mm-badge.mm-error .mm-badge-words { color: var(--error); }
.mm-badge.mm-ok { box-shadow: 0 0 0 2px var(--ok), 0 2px 6px rgba(0,0,0,.2); } .mm-badge.mm-ok .mm-badge-words { color: var(--ok); }
.mm-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; margin: -1px; }
.mm-mark-card { position: fixed; width: 380px; max-width: calc(100vw - 16px); font-size: 12.5px; line-height: 1.35; display: grid; gap: 3px; background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-left-width: 4px; border-radius: 8px; box-shadow: var(--shadow); padding: 5px 10px 6px; z-index: 2; }
.mm-mark-card.mm-error { border-left-color: var(--error-edge); } .mm-mark-card.mm-warning { border-left-color: var(--warning-edge); } .mm-mark-card.mm-suggestion { border-left-color: var(--suggestion-edge); }
.mm-mark-card .mm-icon { margin-left: auto; }
.mm-mark-card p { margin: 0; }
.mm-mark-card .mm-card-title { font-size: 13px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.mm-mark-card .mm-message { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.mm-mark-card .mm-try { padding: 1px 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.mm-mark-card.mm-why-open .mm-try { white-space: normal; }
.mm-mark-card .mm-card-actions button { padding: 1px 8px; }
.mm-mark-card .mm-why-box { margin-top: 2px; padding-top: 4px; }
.mm-scrim { position: fixed; inset: 0; background: rgba(32,33,36,.45); z-index: 3; display: grid; place-items: center; }
.mm-guard { width: min(420px, calc(100vw - 32px)); max-height: 80vh; overflow: auto; background: var(--bg); color: var(--fg); border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.35); padding: 16px; }
.mm-guard:not(.mm-scrim > .mm-guard) { position: fixed; inset: 0; margin: auto; height: fit-content; z-index: 3; }
.mm-guard h2 { margin: 0 0 8px; font-size: 16px; } .mm-guard ul { padding-left: 18px; } .mm-guard li { margin: 8px 0; display: grid; gap: 2px; justify-items: start; }
.mm-guard-quote { font-style: italic; color: var(--muted); }
.mm-guard-actions { display: flex; gap: 8px; justify-content: flex-end; }
.mm-primary { background: var(--blue); color: var(--blue-fg); border-color: var(--blue); } .mm-primary:hover { background: var(--blue); filter: brightness(.92); }
.mm-tone { border: 1px solid var(--border); border-radius: 8px; padding: 8px; margin: 6px 0; }
.mm-tone-row { display: grid; grid-template-columns: 82px 1fr 84px; align-items: center; gap: 6px; font-size: 12px; }
.mm-bar { height: 6px; background: var(--hover); border-radius: 3px; overflow: hidden; } .mm-bar > span { display: block; height: 100%; background: var(--blue); }
.mm-wanted .mm-bar > span, .mm-key-wanted { background: var(--ok); } .mm-risk .mm-bar > span, .mm-key-risk { background: var(--warning-edge); }
.mm-tone-word { color: var(--subtle); }
.mm-tone-verdict { font-weight: 600; margin: 6px 0 2px; } .mm-tone-verdict.mm-tone-watch { color: var(--warning); }
.mm-tone-key { font-size: 12px; color: var(--subtle); margin: 0 0 6px; }
.mm-key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; vertical-align: -1px; }
.mm-key-tone { width: 14px; background: rgba(142,36,170,.22); border-bottom: 2px solid #8e24aa; }
.mm-templates { border: 1px solid var(--border); border-radius: 8px; padding: 8px; margin: 6px 0; }
.mm-templates [data-template-id] { display: block; width: 100%; text-align: left; margin: 3px 0 0; font-weight: 600; }
.mm-template-group h3 { font-size: 12px; margin: 8px 0 2px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.mm-template-item { margin-bottom: 6px; }
.mm-template-what { margin: 2px 2px 0; font-size: 12px; color: var(--muted); }
.mm-preview { margin: 4px 0; padding: 6px 8px; max-height: 180px; overflow: auto; white-space: pre-wrap; word-break: break-word; font: 12px/1.4 system-ui, sans-serif; background: var(--hover); color: var(--fg); border-radius: 6px; }
.mm-form label { display: grid; gap: 2px; margin: 4px 0; font-size: 12px; } .mm-form input { font: inherit; padding: 3px 6px; border: 1px solid var(--border); border-radius: 4px; background: var(--bg); color: var(--fg); }
.mm-error-text { color: var(--error); font-size: 12px; }
`;
