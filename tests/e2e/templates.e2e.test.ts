/**
 * Templates in the compose window (issue 4, items 4 and 5): the picker in the panel, the fill-in form,
 * insertion through the editor's own input path (before the signature, or at the caret), the subject,
 * Ctrl+Z, the suggestion for a program's rank question, and the letter-of-intent guard on insert and send.
 * Records are seeded through the extension's service worker in the storage shapes of src/records/schemas.ts.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cards,
  clickAfter,
  editableHtml,
  expectClean,
  GMAIL_BODY,
  type Harness,
  launch,
  OUTLOOK_BODY,
  openCompose,
  PANEL,
  SEND_LOG,
  SHOTS,
} from './harness';

const PROFILE = {
  name: 'Maya Okafor',
  aamcId: '14820573',
  school: 'University of Lagos College of Medicine',
  specialty: 'Anesthesiology',
};
/** No "liked": every template that needs it opens the form. */
const NORTHLAKE = {
  name: 'Northlake Health Anesthesiology',
  aliases: ['Northlake Health', 'Northlake'],
  domains: ['northlake-health.example'],
  programDirector: { name: 'Evelyn Marsh', title: 'Program Director' },
  coordinator: { name: 'Rosa Alvarez' },
  specialty: 'Anesthesiology',
  interviewDate: '2026-11-12',
};
const CEDAR_VALLEY = {
  name: 'Cedar Valley Anesthesiology',
  aliases: ['Cedar Valley'],
  domains: ['cedarvalley.example'],
  programDirector: { name: 'Jordan Pike', title: 'Program Director' },
  specialty: 'Anesthesiology',
  liked: 'the resident-run acute pain service and the weekly simulation sessions',
};
const EARLIER_LOI = { program: NORTHLAKE.name, kind: 'letter-of-intent', date: '2026-11-20' };
const LIKED = 'the regional anesthesia curriculum';

let h: Harness;
const pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
beforeEach(async () => {
  await h.setStorage({
    profile: PROFILE,
    programs: [NORTHLAKE, CEDAR_VALLEY],
    ledger: [],
    settings: { enabled: true, disabledRules: [], disabledEmails: [] },
  });
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(h.pageErrors, 'uncaught errors in the page').toEqual([]);
});
afterAll(async () => h?.close());

async function compose(fixture: string, composes = 1): Promise<Page> {
  const page = await openCompose(h, fixture, { composes });
  pages.push(page);
  return page;
}

/** The editable's text as a reader sees it (line breaks between blocks). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what the tests compare
const bodyText = (body: Locator) => body.innerText();

/** Where `needle` sits relative to the first element matching `selector` in the body: true when before it. */
function textPrecedes(body: Locator, needle: string, selector: string): Promise<boolean> {
  return body.evaluate(
    (root, [text, sel]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node: Node | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n as Text).data.includes(text as string)) {
          node = n;
          break;
        }
      }
      const target = root.querySelector(sel as string);
      if (!node || !target) return false;
      return !!(node.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
    },
    [needle, selector] as const,
  );
}

/** The template list, in the panel's order. */
async function templateIds(panel: Locator): Promise<string[]> {
  const buttons = panel.locator('[data-template-id]');
  await buttons.first().waitFor();
  return buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id') ?? ''));
}

/** Opens the picker, picks a template, answers the one missing field with the keyboard (Enter submits). */
async function insertWithForm(page: Page, panel: Locator, id: string, field: string, value: string) {
  await panel.locator('[data-action="templates"]').click();
  await panel.locator(`[data-template-id="${id}"]`).click();
  const form = panel.locator(`[data-template-form="${id}"]`);
  await form.waitFor();
  // Only what the records do not know is asked, and the first field has focus.
  expect(
    await form.locator('input[data-field]').evaluateAll((els) => els.map((e) => e.dataset.field)),
  ).toEqual([field]);
  const input = form.locator(`[data-field="${field}"]`);
  await expect
    .poll(() =>
      input.evaluate(
        (e) => e.getRootNode() instanceof ShadowRoot && e === (e.getRootNode() as ShadowRoot).activeElement,
      ),
    )
    .toBe(true);
  // Enter with the field empty: an error, nothing inserted.
  const before = await editableHtml(page);
  await page.keyboard.press('Enter');
  await form.locator('[role="alert"]').waitFor();
  expect(await editableHtml(page), 'nothing inserted while a field is missing').toEqual(before);
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await form.waitFor({ state: 'detached' });
  // The fixture's draft is already a letter: MatchMail asks where the template goes (TP5); "Insert below"
  // has focus, so Enter keeps the draft and adds the template.
  await chooseWhere(page, panel, id, 'Enter');
}

/** Answers "Your draft already has N words" with a key press on the focused choice ("Insert below"). */
async function chooseWhere(page: Page, panel: Locator, id: string, key: 'Enter') {
  const choice = panel.locator(`[data-existing-draft="${id}"]`);
  await choice.waitFor();
  expect(await choice.textContent()).toMatch(/Your draft already has \d+ words/);
  await expect
    .poll(() => panel.evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-action')))
    .toBe('insert-below');
  await page.keyboard.press(key);
  await choice.waitFor({ state: 'detached' });
}

describe('Gmail new compose', () => {
  it('picks a template, fills the missing field, inserts before the signature, fills the empty subject; Ctrl+Z removes it', async () => {
    const page = await compose('gmail/new-compose.html');
    const panel = page.locator(PANEL);
    const body = page.locator(GMAIL_BODY).first();
    const subject = page.locator('input[name="subjectbox"]');
    await subject.fill('');
    const signature = await body.locator('.gmail_signature').evaluate((e) => e.outerHTML);
    const original = await body.evaluate((e) => e.innerHTML);

    await insertWithForm(page, panel, 'letter-of-interest', 'program.liked', LIKED);
    await expectClean(page, 'inserting a template in Gmail');

    const text = await bodyText(body);
    expect(text).toContain('I am writing to share my continued interest in Northlake Health Anesthesiology.');
    expect(text).toContain(`What I value most is ${LIKED}.`);
    expect(text, 'no template markup reaches the draft').not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
    // After the author's own text, before the signature, which is untouched.
    expect(text.indexOf('Maya Okafor\n')).toBeLessThan(text.indexOf('I am writing to share'));
    expect(await textPrecedes(body, 'What I value most', '.gmail_signature_prefix')).toBe(true);
    expect(await body.locator('.gmail_signature').evaluate((e) => e.outerHTML)).toBe(signature);
    expect(await subject.inputValue()).toBe(
      'Letter of interest: Northlake Health Anesthesiology – Maya Okafor (AAMC ID 14820573)',
    );
    await panel.locator('[data-template-status]').waitFor();
    // The analyzer saw the new text: the panel calls it a letter of interest.
    await expect
      .poll(() => panel.locator('[data-draft-kind]').getAttribute('data-draft-kind'))
      .toBe('letter-of-interest');

    // Focus is back in the body: one Ctrl+Z takes the whole insertion out, and only it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.evaluate((e) => e.innerHTML)).toBe(original);
    await expectClean(page, 'Ctrl+Z after inserting in Gmail');
  });

  it('a reply whose quoted program message asks "where will you rank us?" suggests the rank-question reply first', async () => {
    const page = await compose('gmail/reply-inline.html');
    const panel = page.locator(PANEL);
    const body = page.locator(GMAIL_BODY).first();
    await panel.locator('[data-action="templates"]').click();
    const ids = await templateIds(panel);
    expect(ids[0]).toBe('reply-rank-question');
    expect(ids).toHaveLength(15);
    await expectClean(page, 'opening the template list');

    // Inserted above the quoted history (the reply's text ends before the signature and the quote).
    await panel.locator('[data-template-id="reply-rank-question"]').click();
    const form = panel.locator('[data-template-form="reply-rank-question"]');
    await form.locator('[data-field="program.liked"]').fill(LIKED);
    await form.locator('[data-action="insert-template"]').click();
    await form.waitFor({ state: 'detached' });
    await chooseWhere(page, panel, 'reply-rank-question', 'Enter');
    const text = await bodyText(body);
    expect(text).not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
    // The quoted message is the coordinator's (signed "Rosa Alvarez, Residency Program Coordinator"): the
    // reply greets her, not the program director.
    expect(text).toContain('Dear Rosa Alvarez,\n');
    expect(text).not.toContain('Dear Dr. Marsh');
    expect(await textPrecedes(body, 'the Match rules', '.gmail_signature')).toBe(true);
    expect(await textPrecedes(body, `especially ${LIKED}`, '.gmail_quote')).toBe(true);
    expect(await textPrecedes(body, `especially ${LIKED}`, '.gmail_signature')).toBe(true);
    await expectClean(page, 'inserting a reply template');
  });
});

describe('the template list (TP1)', () => {
  it('"Suggested for this email" (at most 3), then the rest by stage, each with a line on when to use it and a preview', async () => {
    const page = await compose('gmail/reply-inline.html');
    const panel = page.locator(PANEL);
    const before = await editableHtml(page);
    await panel.locator('[data-action="templates"]').click();
    const groups = panel.locator('[data-template-group]');
    await groups.first().waitFor();
    const titles = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-template-group')));
    expect(titles[0]).toBe('Suggested for this email');
    expect(titles.slice(1)).toEqual(
      expect.arrayContaining(['Before interviews', 'Thank-you notes', 'After interviews']),
    );
    const suggested = groups.first().locator('[data-template-id]');
    expect(await suggested.count()).toBeLessThanOrEqual(3);
    expect(await suggested.first().getAttribute('data-template-id')).toBe('reply-rank-question');
    // Every template once, each with its line.
    expect(await panel.locator('[data-template-id]').count()).toBe(15);
    expect(await panel.locator('.mm-template-what').count()).toBe(15);
    expect(await groups.first().locator('.mm-template-what').first().textContent()).toContain(
      'Politely decline to say how you will rank the program.',
    );
    // The preview shows the letter with what the records know, and marks what is still to fill in.
    await groups.first().locator('[data-action="preview-template"]').first().click();
    const preview = panel.locator('[data-template-preview="reply-rank-question"]');
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('Maya Okafor');
    expect(text).toContain('[What you liked about the program]');
    expect(await editableHtml(page), 'a preview inserts nothing').toEqual(before);
    await page.screenshot({ path: join(SHOTS, 'templates-grouped.png') });
  });
});

describe('a template into a draft that already has a letter (TP5)', () => {
  it('asks first: Cancel changes nothing; "Replace your draft" swaps the author\'s text only, and one Ctrl+Z brings it back', async () => {
    const page = await compose('gmail/new-compose.html');
    const panel = page.locator(PANEL);
    const body = page.locator(GMAIL_BODY).first();
    const original = await body.evaluate((e) => e.innerHTML);
    const signature = await body.locator('.gmail_signature').evaluate((e) => e.outerHTML);
    const pick = async () => {
      await panel.locator('[data-action="templates"]').click();
      await panel.locator('[data-template-id="letter-of-interest"]').click();
      const form = panel.locator('[data-template-form="letter-of-interest"]');
      await form.locator('[data-field="program.liked"]').fill(LIKED);
      await form.locator('[data-action="insert-template"]').click();
      await panel.locator('[data-existing-draft="letter-of-interest"]').waitFor();
    };
    await pick();
    expect(await panel.locator('[data-existing-draft] button').allTextContents()).toEqual([
      'Replace your draft',
      'Insert below',
      'Cancel',
    ]);
    await panel.locator('[data-existing-draft] [data-action="cancel-template"]').click();
    await panel.locator('[data-existing-draft]').waitFor({ state: 'detached' });
    expect(await body.evaluate((e) => e.innerHTML)).toBe(original);

    await panel.locator('[data-action="templates"]').click();
    await pick();
    await panel.locator('[data-action="replace-draft"]').click();
    await expect.poll(() => bodyText(body)).toContain(`What I value most is ${LIKED}.`);
    const text = await bodyText(body);
    expect(text).not.toContain('During my sub-internship in cardiac anesthesia');
    expect(text.match(/Dear Dr\./g)?.length, 'one letter, not two').toBe(1);
    expect(await body.locator('.gmail_signature').evaluate((e) => e.outerHTML)).toBe(signature);
    expect(await panel.locator('[data-template-status]').textContent()).toContain(
      'Ctrl+Z brings your draft back',
    );
    await expectClean(page, 'replacing the draft with a template');
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.evaluate((e) => e.innerHTML)).toBe(original);
  });
});

describe('the template form checks what it asks (TP2, TP3)', () => {
  it('empty Insert: focus on the first empty field, aria-invalid and a message by each; "my aamc id" refused; nothing inserted', async () => {
    await h.setStorage({ profile: { name: 'Maya Okafor' } });
    const page = await compose('gmail/new-compose.html');
    const panel = page.locator(PANEL);
    const subject = page.locator('input[name="subjectbox"]');
    await subject.fill('');
    await panel.locator('[data-action="templates"]').click();
    await panel.locator('[data-template-id="letter-of-interest"]').click();
    const form = panel.locator('[data-template-form="letter-of-interest"]');
    await form.waitFor();
    const fields = await form
      .locator('input[data-field]')
      .evaluateAll((els) => els.map((e) => e.dataset.field));
    expect(fields).toContain('profile.aamcId');
    const before = await editableHtml(page);
    const focused = () =>
      panel.evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-field'));

    await form.locator('[data-action="insert-template"]').click();
    await expect.poll(focused).toBe(fields[0]);
    for (const f of fields) {
      const input = form.locator(`input[data-field="${f}"]`);
      expect(await input.getAttribute('aria-invalid'), f).toBe('true');
      expect(await form.locator(`[data-field-error="${f}"]`).textContent(), f).toBe('Fill this in.');
      expect(await input.getAttribute('aria-describedby'), f).toContain('-error');
    }
    expect(await editableHtml(page)).toEqual(before);

    for (const f of fields) {
      await form.locator(`input[data-field="${f}"]`).fill(f === 'profile.aamcId' ? 'my aamc id' : LIKED);
    }
    await form.locator('[data-action="insert-template"]').click();
    const aamc = form.locator('input[data-field="profile.aamcId"]');
    await expect.poll(focused).toBe('profile.aamcId');
    expect(await aamc.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('[data-field-error="profile.aamcId"]').textContent()).toBe(
      'Must be 8 digits, e.g. 14285739.',
    );
    expect(await form.locator('[role="alert"]').textContent()).toBe(
      '"AAMC ID": Must be 8 digits, e.g. 14285739.',
    );
    expect(await editableHtml(page)).toEqual(before);
    expect(await subject.inputValue()).toBe('');

    // Typing clears the message; a valid ID (spaces as copied) goes in without them.
    await aamc.fill('1482 0573');
    expect(await form.locator('[data-field-error="profile.aamcId"]').count()).toBe(0);
    await form.locator('[data-action="insert-template"]').click();
    await form.waitFor({ state: 'detached' });
    await chooseWhere(page, panel, 'letter-of-interest', 'Enter');
    await expect.poll(() => subject.inputValue()).toContain('(AAMC ID 14820573)');
  });

  it('TP4: typed profile answers are offered for the profile (ticked) and saved where it was empty; the program comes from the To: name', async () => {
    await h.setStorage({ profile: { name: 'Maya Okafor' }, programs: [] });
    const page = await compose('gmail/new-compose.html');
    const panel = page.locator(PANEL);
    await panel.locator('[data-action="templates"]').click();
    await panel.locator('[data-template-id="letter-of-interest"]').click();
    const form = panel.locator('[data-template-form="letter-of-interest"]');
    await form.waitFor();
    // Not in the records: the program's name is taken from the recipient's display name, and can be edited.
    expect(await form.locator('input[data-field="program.name"]').inputValue()).toBe(
      'Northlake Anesthesiology Residency',
    );
    const save = form.locator('input[data-save-profile]');
    expect(await save.isChecked()).toBe(true);
    await fillEmptyFields(form);
    await form.locator('[data-action="insert-template"]').click();
    await form.waitFor({ state: 'detached' });
    await chooseWhere(page, panel, 'letter-of-interest', 'Enter');
    await expect.poll(() => h.storage('profile')).toEqual({ name: 'Maya Okafor', aamcId: '14820573' });

    // Unticked, nothing is kept.
    await h.setStorage({ profile: { name: 'Maya Okafor' } });
    await panel.locator('[data-action="templates"]').click();
    await panel.locator('[data-template-id="letter-of-interest"]').click();
    await form.waitFor();
    await save.uncheck();
    await fillEmptyFields(form);
    await form.locator('[data-action="insert-template"]').click();
    await form.waitFor({ state: 'detached' });
    await chooseWhere(page, panel, 'letter-of-interest', 'Enter');
    await panel.locator('[data-template-status]').waitFor();
    await page.waitForTimeout(300);
    expect(await h.storage('profile')).toEqual({ name: 'Maya Okafor' });
  });
});

describe('Outlook docked compose', () => {
  it('inserts at the caret the author left in the text, fills the empty subject; Ctrl+Z removes it', async () => {
    const page = await compose('outlook/docked-compose.html');
    const panel = page.locator(PANEL);
    const body = page.locator(OUTLOOK_BODY).first();
    const subject = page.locator('input[aria-label="Add a subject"]');
    await subject.fill('');
    const signature = await body.locator('#Signature').evaluate((e) => e.outerHTML);
    // The caret after the first paragraph; clicking in the panel afterwards must not lose it.
    await clickAfter(page, body, 'enhanced recovery after surgery.');
    const original = await body.evaluate((e) => e.innerHTML);

    await insertWithForm(page, panel, 'thank-you-program-director', 'program.liked', LIKED);
    await expectClean(page, 'inserting a template in Outlook');

    const text = await bodyText(body);
    expect(text).toContain('Thank you for welcoming me to Northlake Health Anesthesiology on November 12.');
    expect(text).not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
    // At the caret: after the first paragraph, before the author's own closing and the signature.
    const at = text.indexOf('enhanced recovery after surgery.');
    const inserted = text.indexOf('Dear Dr. Marsh,', at);
    expect(inserted).toBeGreaterThan(at);
    expect(inserted).toBeLessThan(text.indexOf('Sincerely,'));
    expect(await textPrecedes(body, LIKED, '#Signature')).toBe(true);
    expect(await body.locator('#Signature').evaluate((e) => e.outerHTML)).toBe(signature);
    expect(await subject.inputValue()).toBe(
      'Thank you – Northlake Health Anesthesiology interview – Maya Okafor (AAMC ID 14820573)',
    );

    await page.keyboard.press('Control+z');
    await expect.poll(() => body.evaluate((e) => e.innerHTML)).toBe(original);
    await expectClean(page, 'Ctrl+Z after inserting in Outlook');
  });

  it('leaves a subject the author already wrote', async () => {
    const page = await compose('outlook/docked-compose.html');
    const panel = page.locator(PANEL);
    const subject = page.locator('input[aria-label="Add a subject"]');
    const written = await subject.inputValue();
    expect(written).not.toBe('');
    await insertWithForm(page, panel, 'letter-of-interest', 'program.liked', LIKED);
    expect(await subject.inputValue()).toBe(written);
    expect(await bodyText(page.locator(OUTLOOK_BODY).first())).toContain(`What I value most is ${LIKED}.`);
    await expectClean(page, 'inserting with a subject already written');
  });
});

describe('letter-of-intent guard', () => {
  it('stops a second letter of intent; the override needs a reason; Send asks for it again and records it', async () => {
    await h.setStorage({ ledger: [EARLIER_LOI] });
    // The second mole is a fresh email to Cedar Valley: no text, signature only, empty subject.
    const page = await compose('gmail/two-composes.html', 2);
    // This fixture has no Send handler of its own: add the webmail's (document, bubble phase).
    await page.evaluate((line) => {
      document.addEventListener('click', (e) => {
        if ((e.target as Element).closest('.aoO')) console.log(line);
      });
    }, SEND_LOG);
    const panel = page.locator(PANEL).nth(1);
    const body = page.locator(GMAIL_BODY).nth(1);
    const subject = page.locator('input[name="subjectbox"]').nth(1);
    const original = await body.evaluate((e) => e.innerHTML);

    await panel.locator('[data-action="templates"]').click();
    await panel.locator('[data-template-id="letter-of-intent"]').click();
    const stop = panel.locator('[data-loi-guard="letter-of-intent"]');
    await stop.waitFor();
    expect(await stop.textContent()).toContain(`letter of intent to ${NORTHLAKE.name}`);
    expect(await body.evaluate((e) => e.innerHTML), 'nothing inserted').toBe(original);
    expect(await subject.inputValue()).toBe('');

    await stop.locator('[data-action="loi-override"]').click();
    const reasonForm = stop.locator('[data-reason-form="loi-insert"]');
    await reasonForm.locator('[data-action="confirm-override"]').click();
    await reasonForm.locator('[role="alert"]').waitFor();
    expect(await body.evaluate((e) => e.innerHTML), 'an empty reason inserts nothing').toBe(original);

    const reason = 'Northlake told me they have closed their list; Cedar Valley is now my first choice.';
    await reasonForm.locator('[data-field="override-reason"]').fill(reason);
    await page.keyboard.press('Enter');
    await stop.waitFor({ state: 'detached' });
    const text = await bodyText(body);
    expect(text).toContain('I intend to rank Cedar Valley Anesthesiology first on my rank order list.');
    expect(text).not.toMatch(/\{\{|\}\}|\[\[|\]\]/);
    expect(await textPrecedes(body, 'I intend to rank', '.gmail_signature')).toBe(true);
    expect(await subject.inputValue()).toBe('Letter of intent – Maya Okafor (AAMC ID 14820573)');
    expect(await h.storage('ledger'), 'inserting records nothing: the ledger holds sent emails').toEqual([
      EARLIER_LOI,
    ]);
    await expectClean(page, 'inserting a second letter of intent with a reason');

    // The analyzer flags it, and Send stops on it.
    await cards(panel, 'duplicate-letter-of-intent', 'error').waitFor();
    const sends = () => h.consoleOf(page).filter((l) => l === SEND_LOG).length;
    await page.locator('.aoO[role="button"]').nth(1).click();
    const guard = panel.locator('[data-send-guard]');
    await guard.locator('li[data-rule-id="duplicate-letter-of-intent"]').waitFor();
    await guard.locator('[data-action="send-anyway"]').click();

    // "Send anyway" asks for the reason (kept from the insertion); an empty one does not send.
    const dialog = panel.locator('[data-loi-send-guard]');
    const field = dialog.locator('[data-field="override-reason"]');
    await field.waitFor();
    expect(await field.inputValue()).toBe(reason);
    await field.fill('   ');
    await page.keyboard.press('Enter');
    await dialog.locator('[role="alert"]').waitFor();
    await page.waitForTimeout(100);
    expect(sends(), 'not sent without a reason').toBe(0);

    await field.fill(reason);
    await dialog.locator('[data-action="confirm-override"]').click();
    await expect.poll(sends).toBe(1);
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => h.storage('ledger'))
      .toEqual([
        EARLIER_LOI,
        expect.objectContaining({
          program: CEDAR_VALLEY.name,
          kind: 'letter-of-intent',
          subject: 'Letter of intent – Maya Okafor (AAMC ID 14820573)',
          overrideReason: reason,
        }),
      ]);
    await expectClean(page, 'sending a second letter of intent with a reason');
  });

  it('Outlook: the same stop, and "Choose another template" goes back to the list without inserting', async () => {
    await h.setStorage({ ledger: [{ ...EARLIER_LOI, program: CEDAR_VALLEY.name }] });
    const page = await compose('outlook/docked-compose.html');
    const panel = page.locator(PANEL);
    const before = await editableHtml(page);
    await panel.locator('[data-action="templates"]').click();
    await panel.locator('[data-template-id="letter-of-intent"]').click();
    const stop = panel.locator('[data-loi-guard="letter-of-intent"]');
    await stop.waitFor();
    expect(await stop.textContent()).toContain(`letter of intent to ${CEDAR_VALLEY.name}`);
    await stop.locator('[data-action="loi-back"]').click();
    await panel.locator('[data-template-id="letter-of-intent"]').waitFor();
    expect(await editableHtml(page)).toEqual(before);
    await expectClean(page, 'backing out of a second letter of intent');
  });
});

/** Fills every empty text field of a template form: a valid AAMC ID, a last name, or a liked detail. */
async function fillEmptyFields(form: Locator): Promise<void> {
  for (const input of await form.locator('input[type="text"][data-field]').all()) {
    const f = await input.getAttribute('data-field');
    if ((await input.inputValue()) !== '') continue;
    await input.fill(f === 'profile.aamcId' ? '14820573' : f?.endsWith('lastName') ? 'Marsh' : LIKED);
  }
}
