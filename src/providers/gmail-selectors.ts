/**
 * Every Gmail selector MatchMail uses, with what it targets and where the evidence is
 * (§ = shared/research/webmail-dom.md). Layers run attributes → classes → structure; nothing matches
 * visible or localised text. No selector here was checked against live Gmail (§0): they come from the
 * sources and snapshot dates in `seen`. When Gmail drifts, fix this file and the fixtures, nothing else.
 */

import type { SelectorEntry } from './selector-entry';

const CAPTURE = 'evan-brass/js-min Gmail compose capture, 2019–2020 (§5.1)';
/** Public captures of live Gmail markup, described in shared/real-dom/SOURCES.md (entry numbers there). */
const REAL_DOM = 'shared/real-dom/SOURCES.md';
const INBOXSDK = 'InboxSDK a8a6fe2c, 2026-07';

export const GMAIL_SELECTORS = {
  body: {
    target: 'The rich-text body of each compose: new, inline reply, full-screen, pop-out, plain-text mode',
    evidence: '§1.2 Body; §7.1 findBodies',
    relation: 'document',
    required: true,
    layers: [
      {
        css: 'div[g_editable="true"][contenteditable="true"]',
        via: 'attribute',
        seen: `${CAPTURE}; ${INBOXSDK}`,
      },
      { css: 'div.Am.Al.editable[contenteditable="true"]', via: 'class', seen: CAPTURE },
      // Any rich textbox has this shape, so it only counts when a compose root is found around it.
      {
        css: 'div[role="textbox"][aria-multiline="true"][contenteditable="true"]',
        via: 'structure',
        seen: CAPTURE,
      },
    ],
  },
  root: {
    target: 'The compose window container, the scope of every "within" entry',
    // Class first on purpose: `.M9` is the one container shared by moles, inline replies and full-screen
    // (§1.1); the attribute hook `[role=dialog]` is missing from inline replies.
    evidence: '§1.1; §1.2 Compose root; §7.1 getCompose().root',
    relation: 'ancestor',
    required: true,
    layers: [
      { css: '.M9', via: 'class', seen: `${CAPTURE}; gmail.js b7dfdab; Briskine 98b08dbe` },
      { css: '[role="dialog"]', via: 'attribute', seen: INBOXSDK },
      { css: 'td.I5', via: 'class', seen: 'Mailvelope a1c1fa9e providerSpecific.js' },
      {
        css: 'input[name="composeid"]',
        via: 'structure',
        holds: true,
        seen: `${CAPTURE} hidden state inputs`,
      },
    ],
  },
  subject: {
    target: 'The subject input (hidden, not absent, in inline replies)',
    evidence: '§1.2 Subject',
    relation: 'within',
    required: true,
    layers: [
      { css: 'input[name="subjectbox"]', via: 'attribute', seen: `${CAPTURE}; InboxSDK; gmail.js; Briskine` },
      { css: 'input.aoT', via: 'class', seen: 'Mailvelope a1c1fa9e' },
    ],
  },
  to: {
    target:
      'The To field: the 2021+ chip container, else the legacy textarea/hidden input, else the 2021+ typing input',
    evidence:
      '§1.2 Recipients (2021+ chips), Recipients (legacy UI); §1.4 2021-10; ' +
      `${REAL_DOM} entry 5: the 2021+ To is input[peoplekit-id][role=combobox] with no name="to", and no ` +
      'capture shows the div[name=to] wrapper around it, so the input itself is the last layer',
    relation: 'within',
    required: true,
    layers: [
      { css: 'div[name="to"]', via: 'attribute', seen: `${INBOXSDK} page-parser.ts; gmail.js` },
      {
        css: 'textarea[name="to"], input[type="hidden"][name="to"]',
        via: 'attribute',
        seen: `${CAPTURE} (legacy)`,
      },
      // The first recipient combobox of a compose is To (Cc and Bcc follow it and open on demand).
      {
        css: 'input[peoplekit-id][role="combobox"]',
        via: 'attribute',
        seen: `${REAL_DOM} entry 5 (Gmail, Vietnamese UI, about 2023–2024)`,
      },
    ],
  },
  cc: {
    target: 'The Cc field (same shapes as To)',
    evidence: '§1.2 Recipients',
    relation: 'within',
    required: false,
    layers: [
      { css: 'div[name="cc"]', via: 'attribute', seen: INBOXSDK },
      {
        css: 'textarea[name="cc"], input[type="hidden"][name="cc"]',
        via: 'attribute',
        seen: `${CAPTURE} (legacy)`,
      },
    ],
  },
  bcc: {
    target: 'The Bcc field (same shapes as To)',
    evidence: '§1.2 Recipients',
    relation: 'within',
    required: false,
    layers: [
      { css: 'div[name="bcc"]', via: 'attribute', seen: INBOXSDK },
      {
        css: 'textarea[name="bcc"], input[type="hidden"][name="bcc"]',
        via: 'attribute',
        seen: `${CAPTURE} (legacy)`,
      },
    ],
  },
  recipientChip: {
    target: 'One recipient chip inside a field; the address is in data-hovercard-id, the name in data-name',
    evidence: '§1.2 Recipients (2021+ chips)',
    relation: 'within',
    required: false,
    layers: [
      { css: '[role="option"][data-hovercard-id]', via: 'attribute', seen: `${INBOXSDK}; gmail.js` },
      { css: 'span[email][data-hovercard-id]', via: 'attribute', seen: 'FlowCrypt 78f34e3c4' },
      { css: '.afV[data-hovercard-id]', via: 'class', seen: 'Mailvelope a1c1fa9e' },
      {
        css: '[data-hovercard-id]',
        via: 'structure',
        seen: 'gmail.js tr.bzf div[name=to] div[data-hovercard-id]',
      },
    ],
  },
  send: {
    target: 'The primary Send button (not Send+Archive, not the schedule-send dropdown)',
    evidence: '§1.2 Send; §7.1 getSendButton (no attribute hook exists: the tooltip is localised)',
    relation: 'within',
    required: true,
    layers: [
      {
        css: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
        via: 'class',
        seen: `${INBOXSDK} getSendButton`,
      },
      { css: 'div.T-I.aoO[role="button"]', via: 'class', seen: `${CAPTURE}; evicypher 105ea00` },
      // gmail.js's selector alone also matches the "More send options" dropdown next to Send.
      {
        css: 'div.T-I.T-I-atl[role="button"]:not(.Uo):not([aria-haspopup="true"])',
        via: 'class',
        seen: 'gmail.js b7dfdab',
      },
      {
        // The bottom bar is a table[role=group]; Send sits in its first cell.
        css: 'table[role="group"] td:first-child div[role="button"]:not([aria-haspopup="true"])',
        via: 'structure',
        seen: `${CAPTURE} bottom bar`,
      },
    ],
  },
  composeId: {
    target: 'Hidden inputs naming the draft, the stable key across body re-renders',
    evidence: '§1.2 IDs and state; §8 pitfall 3',
    relation: 'within',
    required: true,
    layers: [
      { css: 'input[name="composeid"]', via: 'attribute', seen: `${CAPTURE}; InboxSDK ready()` },
      { css: 'input[name="draft"]', via: 'attribute', seen: CAPTURE },
    ],
  },
  collapsedQuote: {
    target: 'Hidden input holding the trimmed (collapsed) quote as HTML until "Show trimmed content"',
    evidence: '§0 item 7; §1.2 IDs and state, "Show trimmed content"; §3.2 Quoted text',
    relation: 'within',
    required: false,
    layers: [{ css: 'input[name="uet"]', via: 'attribute', seen: `${CAPTURE}; gmail.js dom() quoted_reply` }],
  },
  plainTextNotice: {
    target:
      'The "plain text mode" notice, shown only in plain-text mode: the one sign of the mode. The hidden ' +
      'input[name="ishtml"] is not one: it is "0" in a rich-text compose',
    evidence: `§1.2 Plain-text mode; ${REAL_DOM} entry 1: ishtml="0" while div.J-Z.aA3 is display:none and the rich body is shown`,
    relation: 'within',
    required: false,
    layers: [{ css: '.aA3', via: 'class', seen: CAPTURE }],
  },
  quote: {
    target: 'Reply history inside the body (ignored when linting, read as the thread)',
    // A bare blockquote.gmail_quote is the author's own quote (Quote button, snippets), so only one that
    // follows an attribution line counts as history (§4.4 "Gmail (caution)").
    evidence: '§3.2 Quoted text; §4.4 Gmail',
    relation: 'within',
    required: false,
    layers: [
      { css: 'div.gmail_quote', via: 'class', seen: `${INBOXSDK} request fixtures 2022-09` },
      { css: '.gmail_quote_container', via: 'class', seen: 'sent-mail archives, 2025 (§1.4)' },
      { css: '.gmail_extra', via: 'class', seen: 'InboxSDK override-edit-subject.ts (older replies)' },
      { css: '.gmail_attr, .gmail_attr ~ blockquote.gmail_quote', via: 'class', seen: INBOXSDK },
    ],
  },
  signature: {
    target: 'The signature block (ignored when linting; templates go before it)',
    evidence: '§3.2 Signature block; §4.4 Gmail',
    relation: 'within',
    required: false,
    layers: [
      {
        css: '[data-smartmail="gmail_signature"]',
        via: 'attribute',
        seen: 'gmail.js test/testdata-parser.js, ~2019',
      },
      { css: '.gmail_signature', via: 'class', seen: 'gmail.js test/testdata-parser.js, ~2019' },
    ],
  },
  signaturePrefix: {
    target: 'The "-- " line Gmail puts before the signature (newer markup; older is a bare text node)',
    evidence: '§3.2 Signature block',
    relation: 'within',
    required: false,
    layers: [{ css: '.gmail_signature_prefix', via: 'class', seen: 'index excerpts of newer sent mail' }],
  },
  islands: {
    target: 'Non-editable islands inside the body (smart chips, cards)',
    evidence: '§4.4 Both',
    relation: 'within',
    required: false,
    layers: [{ css: '[contenteditable="false"]', via: 'attribute', seen: 'Harper contentScript/index.ts' }],
  },
  inlineReply: {
    target: 'The message view around an inline reply or forward',
    evidence: '§1.1 Inline reply; §7.1 kind',
    relation: 'ancestor',
    required: false,
    layers: [
      { css: '.ip.adB', via: 'class', seen: `${INBOXSDK} #setupReplyStream` },
      { css: '.ip, .AO', via: 'class', seen: 'gmail.js is_inline()' },
    ],
  },
  fullscreen: {
    target: 'The full-screen compose container',
    evidence: '§1.1 Full-screen compose; §1.2 Stand-alone / fullscreen flags',
    relation: 'ancestor',
    required: false,
    layers: [{ css: '.aSs', via: 'class', seen: `${INBOXSDK} gmail-element-getter.ts` }],
  },
  popoutPage: {
    target: 'The body of a stand-alone (popped-out) compose window',
    evidence: '§1.1 Pop-out; §1.2 Stand-alone flags',
    relation: 'document',
    required: false,
    layers: [{ css: 'body.xE.xp', via: 'class', seen: `${INBOXSDK} isStandaloneComposeWindow()` }],
  },
} as const satisfies Record<string, SelectorEntry>;

export type GmailEntryName = keyof typeof GMAIL_SELECTORS;
