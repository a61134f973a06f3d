/**
 * The first reports of a compose opened before the engine is in its tab come from the service worker
 * (src/background/first-analysis.ts) through RemoteAnalyzer (src/content/remote-analyzer.ts): the same
 * findings the tab's engine gives before its sentence weights are decoded, bad requests refused in words,
 * and the session told "not yet" until the report for exactly its draft is in.
 */

import CATALOGUE from 'virtual:matchmail-catalogue';
import { describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../src/analyzer/core';
import type { Context } from '../../src/analyzer/types';
import { warmUp } from '../../src/analyzer/warm-up';
import {
  analyzeRequest,
  handleFirstAnalysis,
  MAX_DRAFT_CHARS,
  startWorkerEngine,
  useWorkerEngine,
} from '../../src/background/first-analysis';
import { ENGINE_GLOBAL, type EngineBundle } from '../../src/content/lazy-globals';
import {
  ANALYZE_MESSAGE,
  type AnalyzeRequest,
  type AnalyzeResponse,
  WARM_MESSAGE,
} from '../../src/content/messages';
import { RemoteAnalyzer, sameContext } from '../../src/content/remote-analyzer';

const DRAFT =
  'Dear Dr. Hart,\n\nThank you for the interview. Could you tell me where I stand on your rank list?\n\nBest,\nAna Ruiz';
const CONTEXT: Context = {
  today: '2027-01-20',
  recipientProgram: 'Fairview Lakes',
  programs: [{ name: 'Fairview Lakes', specialty: 'anesthesiology' }],
};

/** What engine.js hands over, as far as the worker uses it (the worker never loads weights, nlp or templates). */
const BUNDLE = {
  analyzer: createAnalyzer(CATALOGUE, { sentences: null }),
  catalogue: CATALOGUE,
  warmUp: () => warmUp(CATALOGUE),
} as unknown as EngineBundle;

describe("the service worker's engine", () => {
  it('reports what the tab engine reports before its sentence weights, with the card words of each rule', () => {
    const response = analyzeRequest(BUNDLE, { type: ANALYZE_MESSAGE, draft: DRAFT, context: CONTEXT });
    if ('error' in response) throw new Error(response.error);
    const tab = createAnalyzer(CATALOGUE, { sentences: null }).analyze(DRAFT, CONTEXT);
    expect(response.report).toEqual(tab);
    expect(response.report.findings.map((f) => f.ruleId)).toContain('ask-rank-position');
    expect(response.words['ask-rank-position']?.title).toBeTruthy();
    // What crosses extension messaging survives a structured clone unchanged.
    expect(structuredClone(response)).toEqual(response);
  });

  it.each([
    [{ draft: 42 }, 'the draft is not text'],
    [{ draft: 'x'.repeat(MAX_DRAFT_CHARS + 1) }, `longer than ${MAX_DRAFT_CHARS} characters`],
    [{ draft: 'Hello', context: 'Fairview' }, 'the context is not an object'],
    [{ draft: 'Hello', context: [] }, 'the context is not an object'],
  ])('refuses %j, saying what was wrong', (m, why) => {
    const response = analyzeRequest(BUNDLE, { type: ANALYZE_MESSAGE, ...(m as Partial<AnalyzeRequest>) });
    expect('error' in response && response.error).toContain(why);
  });

  it('says so when its engine is not loaded, and the tab then waits for its own', async () => {
    useWorkerEngine(null);
    const reply = (await handleFirstAnalysis({ type: ANALYZE_MESSAGE, draft: DRAFT })) as AnalyzeResponse;
    expect('error' in reply && reply.error).toContain('its engine is not loaded');
    await expect(handleFirstAnalysis({ type: WARM_MESSAGE })).resolves.toBe(false);
  });

  it('loads engine.js while a service worker starts, and nothing elsewhere', async () => {
    const worker = {
      importScripts: vi.fn(function (this: void, url: string) {
        expect(url).toBe('/engine.js');
        (worker as Record<string, unknown>)[ENGINE_GLOBAL] = BUNDLE;
      }),
    };
    startWorkerEngine(worker as unknown as typeof globalThis);
    expect(worker.importScripts).toHaveBeenCalledTimes(1);
    await expect(handleFirstAnalysis({ type: WARM_MESSAGE })).resolves.toBe(true);

    // An event page (Firefox) has no importScripts: nothing is loaded, the tab's engine answers there.
    useWorkerEngine(null);
    startWorkerEngine({} as unknown as typeof globalThis);
    await expect(handleFirstAnalysis({ type: WARM_MESSAGE })).resolves.toBe(false);
  });

  it('answers only its own messages, and warms once however often it is asked', async () => {
    useWorkerEngine(BUNDLE);
    expect(handleFirstAnalysis({ type: 'matchmail:inject', name: 'engine' })).toBeUndefined();
    expect(handleFirstAnalysis(null)).toBeUndefined();
    const first = handleFirstAnalysis({ type: WARM_MESSAGE });
    const again = handleFirstAnalysis({ type: WARM_MESSAGE });
    await expect(first).resolves.toBe(true);
    await expect(again).resolves.toBe(true);
    const reply = (await handleFirstAnalysis({ type: ANALYZE_MESSAGE, draft: DRAFT, context: CONTEXT })) as
      | AnalyzeResponse
      | undefined;
    expect(reply && 'report' in reply && reply.report.findings.length).toBeGreaterThan(0);
  });
});

describe('RemoteAnalyzer', () => {
  const worker = () => {
    const calls: AnalyzeRequest[] = [];
    const send = vi.fn(async (r: AnalyzeRequest) => {
      calls.push(r);
      return analyzeRequest(BUNDLE, r);
    });
    return { calls, send };
  };

  it('says "not yet" until the report for exactly this draft is in, then gives it', async () => {
    const { calls, send } = worker();
    const ready = vi.fn();
    const remote = new RemoteAnalyzer(send, ready);
    expect(remote.analyze(DRAFT, CONTEXT)).toBeNull();
    // Asking again for the same draft does not ask the worker twice.
    expect(remote.analyze(DRAFT, { ...CONTEXT })).toBeNull();
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(1);
    const report = remote.analyze(DRAFT, structuredClone(CONTEXT));
    expect(report?.findings.map((f) => f.ruleId)).toContain('ask-rank-position');
    expect(remote.wordsFor('ask-rank-position')?.title).toBeTruthy();
    // Another draft is another question: the old report is never given for it.
    expect(remote.analyze(`${DRAFT} Thanks again.`, CONTEXT)).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('drops an answer to a draft that has changed since, and tells the session only about the latest', async () => {
    const { send } = worker();
    const ready = vi.fn();
    const remote = new RemoteAnalyzer(send, ready);
    remote.analyze('Dear Dr. Hart,\n\nThank you.', CONTEXT);
    remote.analyze(DRAFT, CONTEXT);
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(remote.analyze('Dear Dr. Hart,\n\nThank you.', CONTEXT)).toBeNull();
  });

  it('a worker that cannot answer makes the session wait for the tab engine, and asks for it once', async () => {
    const unavailable = vi.fn();
    const failing = new RemoteAnalyzer(async () => ({ error: 'no' }), vi.fn(), unavailable);
    expect(failing.analyze(DRAFT, CONTEXT)).toBeNull();
    await vi.waitFor(() => expect(unavailable).toHaveBeenCalledTimes(1));
    expect(failing.analyze(`${DRAFT}!`, CONTEXT)).toBeNull();
    const gone = new RemoteAnalyzer(
      () => Promise.reject(new Error('context invalidated')),
      vi.fn(),
      unavailable,
    );
    gone.analyze(DRAFT, CONTEXT);
    await vi.waitFor(() => expect(unavailable).toHaveBeenCalledTimes(2));
  });

  it('a worker that does not answer in time counts as unable to', async () => {
    const unavailable = vi.fn();
    const ready = vi.fn();
    const silent = new RemoteAnalyzer(() => new Promise(() => undefined), ready, unavailable, 20);
    expect(silent.analyze(DRAFT, CONTEXT)).toBeNull();
    await vi.waitFor(() => expect(unavailable).toHaveBeenCalledTimes(1));
    expect(silent.failed).toBe(true);
    expect(ready).not.toHaveBeenCalled();
  });

  it('compares contexts by value', () => {
    expect(sameContext(CONTEXT, structuredClone(CONTEXT))).toBe(true);
    expect(sameContext(CONTEXT, { ...CONTEXT, today: '2027-01-21' })).toBe(false);
    expect(sameContext({ to: ['a@x.org'] }, { to: ['b@x.org'] })).toBe(false);
    expect(sameContext({ subject: undefined }, {})).toBe(true);
  });
});
