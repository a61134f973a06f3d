/** The panel's stylesheet, injected into its own shadow root so the page's CSS and ours never mix. */
export const PANEL_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; }
* { box-sizing: border-box; }
.mm-panel { width: 300px; max-height: min(70vh, 640px); overflow: auto; background: #fff; border: 1px solid #dadce0; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.16); padding: 10px 12px 12px; }
.mm-header { display: flex; align-items: center; gap: 8px; }
.mm-logo { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 6px; background: #0b57d0; color: #fff; font-weight: 700; font-size: 13px; }
.mm-title { font-size: 14px; margin: 0; font-weight: 600; }
.mm-kind { margin-left: auto; font-size: 11px; background: #e8f0fe; color: #0b57d0; border-radius: 10px; padding: 2px 8px; }
.mm-icon { border: 0; background: transparent; font-size: 18px; line-height: 1; cursor: pointer; padding: 0 4px; color: #5f6368; }
.mm-switch { display: flex; align-items: center; gap: 6px; margin: 8px 0 4px; font-size: 12px; color: #3c4043; }
.mm-tools { display: flex; gap: 6px; margin: 6px 0; flex-wrap: wrap; }
button { font: inherit; cursor: pointer; border: 1px solid #dadce0; background: #fff; border-radius: 6px; padding: 3px 8px; color: #1f1f1f; }
button:hover { background: #f1f3f4; }
button:focus-visible, a:focus-visible, input:focus-visible, .mm-card:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.mm-summary { margin: 6px 0; color: #3c4043; font-size: 12px; }
.mm-notice { background: #fef7e0; border-radius: 6px; padding: 6px 8px; font-size: 12px; }
.mm-group h2 { font-size: 12px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .03em; }
.mm-group.mm-error h2 { color: #b3261e; } .mm-group.mm-warning h2 { color: #a15c00; } .mm-group.mm-suggestion h2 { color: #0b57d0; }
.mm-card { border: 1px solid #e0e0e0; border-left-width: 4px; border-radius: 8px; padding: 8px; margin: 6px 0; }
.mm-card.mm-error { border-left-color: #d93025; } .mm-card.mm-warning { border-left-color: #e37400; } .mm-card.mm-suggestion { border-left-color: #1a73e8; }
.mm-card.mm-active { box-shadow: 0 0 0 2px #0b57d0; }
.mm-message { margin: 0 0 4px; font-weight: 500; }
.mm-excerpt { margin: 4px 0; padding: 2px 8px; border-left: 2px solid #dadce0; color: #3c4043; font-style: italic; white-space: pre-wrap; word-break: break-word; max-height: 5.6em; overflow: hidden; }
.mm-why { margin: 4px 0; color: #5f6368; font-size: 12px; }
.mm-source { margin: 2px 0 6px; font-size: 11px; } .mm-source a { color: #0b57d0; }
.mm-card-actions { display: flex; gap: 4px; flex-wrap: wrap; } .mm-card-actions button { font-size: 11px; padding: 2px 6px; }
.mm-badge { display: inline-flex; align-items: center; gap: 4px; border-radius: 14px; padding: 3px 8px 3px 3px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.mm-count { min-width: 18px; text-align: center; border-radius: 9px; font-size: 11px; font-weight: 600; padding: 0 4px; color: #fff; background: #5f6368; }
.mm-count.mm-error { background: #d93025; } .mm-count.mm-warning { background: #e37400; } .mm-count.mm-suggestion { background: #1a73e8; }
.mm-tooltip { position: fixed; max-width: 280px; background: #202124; color: #fff; border-radius: 6px; padding: 6px 8px; font-size: 12px; display: grid; gap: 2px; pointer-events: none; z-index: 2; }
.mm-guard { position: fixed; inset: 0; margin: auto; width: 360px; height: fit-content; max-height: 80vh; overflow: auto; background: #fff; border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.35); padding: 16px; z-index: 3; }
.mm-guard h2 { margin: 0 0 8px; font-size: 16px; } .mm-guard ul { padding-left: 18px; } .mm-guard li { margin: 4px 0; }
.mm-guard-actions { display: flex; gap: 8px; justify-content: flex-end; }
.mm-primary { background: #0b57d0; color: #fff; border-color: #0b57d0; } .mm-primary:hover { background: #0842a0; }
.mm-tone { border: 1px solid #e0e0e0; border-radius: 8px; padding: 8px; margin: 6px 0; }
.mm-tone-row { display: grid; grid-template-columns: 90px 1fr 34px; align-items: center; gap: 6px; font-size: 12px; }
.mm-bar { height: 6px; background: #e8eaed; border-radius: 3px; overflow: hidden; } .mm-bar > span { display: block; height: 100%; background: #0b57d0; }
.mm-templates { border: 1px solid #e0e0e0; border-radius: 8px; padding: 8px; margin: 6px 0; }
.mm-templates button { display: block; width: 100%; text-align: left; margin: 3px 0; }
.mm-form label { display: grid; gap: 2px; margin: 4px 0; font-size: 12px; } .mm-form input { font: inherit; padding: 3px 6px; border: 1px solid #dadce0; border-radius: 4px; }
.mm-error-text { color: #b3261e; font-size: 12px; }
`;
