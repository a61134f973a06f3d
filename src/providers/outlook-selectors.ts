/**
 * Every Outlook-on-the-web selector MatchMail uses, with what it targets and where the evidence is
 * (§ = shared/research/webmail-dom.md). OWA's hashed classes rotated five times in 15 months (§2.4), so
 * layers lean on roles, ARIA state, ids and structure; English labels come last. No selector here was
 * checked against live OWA (§0), and no public OWA compose capture exists (§5.1).
 */

import type { SelectorEntry } from './selector-entry';

const BRISKINE = 'Briskine 98b08dbe plugins/outlook.js, 2026-08';

export const OUTLOOK_SELECTORS = {
  body: {
    target: 'The RoosterJS message body',
    evidence: '§2.2 Body; §2.3; §7.1 findBodies',
    relation: 'document',
    required: true,
    layers: [
      {
        css: 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
        via: 'attribute',
        seen: `${BRISKINE} outlook.spec.js`,
      },
      // Dated hashed class: expected to rotate, kept because it costs nothing when absent.
      { css: 'div.dFCbN[contenteditable="true"]', via: 'class', seen: 'evicypher 5e712df, 2022-11 (§2.4)' },
      // Per compose region (the root entry's attribute layers): the body follows the recipient wells.
      {
        css: '[contenteditable="true"]',
        via: 'structure',
        pick: 'last',
        seen: `${BRISKINE} getContainers()`,
      },
      {
        css: '[aria-label^="Message body"][contenteditable="true"]',
        via: 'label',
        seen: 'index excerpt (§2.2)',
      },
    ],
  },
  root: {
    target: 'The compose pane (docked), pop-out form, or reading-pane main region around the body',
    evidence: '§2.2 Compose root; §7.1 getCompose().root',
    relation: 'ancestor',
    required: true,
    layers: [
      {
        // Alternatives for three surfaces, not fallbacks: closest() returns the nearest one (Briskine
        // combines the last two the same way).
        css: '[id*="docking_InitVisiblePart"], [data-app-section="Form_Content"], [role="main"]',
        via: 'attribute',
        seen: `${BRISKINE} getParent() and docked compose; Mailvelope a1c1fa9e`,
      },
      // Nearest ancestor that also holds a recipient well (another contenteditable).
      { css: '[contenteditable="true"]', via: 'structure', holds: true, seen: `${BRISKINE} getContainers()` },
    ],
  },
  popout: {
    target: 'The pop-out compose form (tells the surface apart from the docked compose)',
    evidence: '§2.2 Compose root; §2.1 custom/pop-out frames',
    relation: 'ancestor',
    required: false,
    layers: [{ css: '[data-app-section="Form_Content"]', via: 'attribute', seen: BRISKINE }],
  },
  subject: {
    target: 'The subject input: the last text input in the compose (absent in inline replies)',
    evidence: '§2.2 Subject; §7.1 getSubject',
    relation: 'within',
    required: false,
    layers: [
      {
        css: 'input[type="text"][autocomplete="off"]',
        via: 'attribute',
        pick: 'last',
        seen: `${BRISKINE} getSubjectField`,
      },
      { css: 'input[aria-label="Add a subject"]', via: 'label', seen: 'toggl track-extension outlook.js' },
    ],
  },
  wells: {
    target: 'Recipient wells in To, Cc, Bcc order: the contenteditables that are not the body',
    evidence: '§2.2 Recipients; §7.1 getRecipients',
    relation: 'within',
    required: true,
    layers: [
      { css: '[contenteditable="true"]:not([aria-multiline="true"])', via: 'attribute', seen: BRISKINE },
      { css: '[contenteditable="true"]', via: 'structure', seen: `${BRISKINE} (minus the body)` },
    ],
  },
  recipientChip: {
    target: 'One resolved recipient inside a well; usually only a display name, sometimes "Name <email>"',
    evidence: '§2.2 Recipients',
    relation: 'within',
    required: false,
    layers: [
      { css: '[data-selection-index]', via: 'attribute', seen: 'Mailvelope a1c1fa9e (older OWA persona)' },
      {
        css: '[class*="textContainer-"], [class*="individualText-"]',
        via: 'class',
        seen: `${BRISKINE} getFieldData()`,
      },
    ],
  },
  send: {
    target: 'The Send button',
    evidence: '§2.2 Send (unverified for the Fluent v9 UI); §7.1 getSendButton',
    relation: 'within',
    required: true,
    layers: [
      { css: 'button[name="Send"]', via: 'attribute', seen: 'toggl track-extension outlook.js (older OWA)' },
      { css: 'button.ms-Button--primary', via: 'class', seen: 'evicypher 105ea00 (older Fluent UI)' },
      { css: 'button[aria-label^="Send"]', via: 'label', seen: 'index excerpts (English)' },
    ],
  },
  signature: {
    target: 'The signature block (often also class elementToProof, which every OWA paragraph carries)',
    evidence: '§4.4 Outlook',
    relation: 'within',
    required: false,
    layers: [{ css: '[id^="Signature"]', via: 'attribute', seen: 'index excerpts of OWA-sent HTML' }],
  },
  quoteStart: {
    target: 'Where reply/forward history starts in the body; it and everything after it is history',
    evidence: '§0 item 7; §4.4 Outlook',
    relation: 'within',
    required: false,
    layers: [
      { css: '#appendonsend', via: 'attribute', seen: 'Outlook-generated mail in archives' },
      {
        css: '#divRplyFwdMsg',
        via: 'attribute',
        seen: 'Outlook-generated mail in archives (preceded by an hr)',
      },
      {
        css: '#mail-editor-reference-message-container',
        via: 'attribute',
        seen: 'OWA compose (index excerpts)',
      },
      { css: '[id^="x_divRplyFwdMsg"]', via: 'attribute', seen: 're-quoted Outlook mail' },
    ],
  },
  islands: {
    target: 'Non-editable islands inside the body (cards, mentions)',
    evidence: '§4.4 Both',
    relation: 'within',
    required: false,
    layers: [{ css: '[contenteditable="false"]', via: 'attribute', seen: 'Harper contentScript/index.ts' }],
  },
  owaAssets: {
    target: 'OWA on a custom domain, recognised by its assets',
    evidence: '§1.4 "Detect by feature"; §2.1 Custom / on-prem OWA; §7.1 matches',
    relation: 'document',
    required: false,
    layers: [
      { css: 'script[src*="/owamail/"], link[href*="/owamail/"]', via: 'attribute', seen: BRISKINE },
      { css: 'head [href*="cdn.office.net"]', via: 'attribute', seen: BRISKINE },
    ],
  },
} as const satisfies Record<string, SelectorEntry>;

export type OutlookEntryName = keyof typeof OUTLOOK_SELECTORS;
