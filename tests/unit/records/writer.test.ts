/**
 * The service worker's side of the one-writer rule (src/records/writer.ts): what a mail tab may ask it to
 * store — a ledger entry, a check turned off or back on, the per-email switch, the panel's open state — each
 * a read-modify-write of the stored value under the records lock, so a change made meanwhile elsewhere is
 * kept; anything else is refused by name.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRecords, saveSettings } from '../../../src/records/storage';
import { handleRecordsWrite, RECORDS_WRITE } from '../../../src/records/writer';

const ask = (message: Record<string, unknown>) => handleRecordsWrite({ type: RECORDS_WRITE, ...message });
const settings = async () => (await loadRecords()).records.settings;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the records writer', () => {
  test('a message that is not a records write is left for the other listeners', () => {
    expect(handleRecordsWrite({ type: 'matchmail:inject', name: 'engine' })).toBeUndefined();
    expect(handleRecordsWrite(null)).toBeUndefined();
  });

  test('turning a check off and back on (Undo) changes only that check', async () => {
    await saveSettings({ enabled: true, disabledRules: ['hedging'], disabledEmails: ['subject:Thanks'] });
    expect(await ask({ op: 'set-rule-off', ruleId: 'ask-rank-position', off: true })).toEqual({ ok: true });
    expect(await settings()).toEqual({
      enabled: true,
      disabledRules: ['hedging', 'ask-rank-position'],
      disabledEmails: ['subject:Thanks'],
    });
    expect(await ask({ op: 'set-rule-off', ruleId: 'ask-rank-position', off: false })).toEqual({ ok: true });
    expect((await settings()).disabledRules).toEqual(['hedging']);
  });

  test('two tabs switching different things at once keep both changes', async () => {
    await Promise.all([
      ask({ op: 'set-rule-off', ruleId: 'hedging', off: true }),
      ask({
        op: 'set-email-off',
        keys: ['gmail:1', 'subject:Interview'],
        storeKey: 'subject:Interview',
        off: true,
      }),
    ]);
    const s = await settings();
    expect(s.disabledRules).toEqual(['hedging']);
    expect(s.disabledEmails).toEqual(['subject:Interview']);
  });

  test('the per-email switch turned back on removes every key naming that email', async () => {
    await saveSettings({
      enabled: true,
      disabledRules: [],
      disabledEmails: ['gmail:1', 'subject:Interview'],
    });
    await ask({
      op: 'set-email-off',
      keys: ['gmail:1', 'subject:Interview'],
      storeKey: 'subject:Interview',
      off: false,
    });
    expect((await settings()).disabledEmails).toEqual([]);
  });

  test('the panel state is stored as one true/false', async () => {
    expect(await ask({ op: 'panel-open', open: true })).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get('panelOpen')).toEqual({ panelOpen: true });
  });

  test('where the panel was dragged is stored in whole pixels, and forgotten with null (L2)', async () => {
    expect(await ask({ op: 'panel-position', position: { left: 120.4, top: 88.6 } })).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get('panelPosition')).toEqual({
      panelPosition: { left: 120, top: 89 },
    });
    expect(await ask({ op: 'panel-position', position: null })).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get('panelPosition')).toEqual({});
  });

  test('a malformed or unknown write is refused by name and stores nothing', async () => {
    for (const bad of [
      { op: 'set-rule-off', ruleId: 'hedging' },
      { op: 'set-rule-off', ruleId: 42, off: true },
      { op: 'set-email-off', keys: 'gmail:1', storeKey: 'gmail:1', off: true },
      { op: 'set-email-off', keys: [1], storeKey: 'gmail:1', off: true },
      { op: 'panel-open', open: 'yes' },
      { op: 'panel-position', position: { left: '10', top: 4 } },
      { op: 'panel-position', position: { left: Number.NaN, top: 4 } },
      { op: 'panel-position' },
      { op: 'clear-everything' },
    ]) {
      expect(await ask(bad), JSON.stringify(bad)).toEqual({ ok: false, problems: ['unknown records write'] });
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
