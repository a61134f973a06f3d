/**
 * Runs analyze()/toneReport() on 100,000-character drafts in a worker thread that is stopped after a
 * deadline. A slow (say, quadratic) path then costs the suite seconds, not minutes, and is reported with
 * the draft that triggered it instead of hanging the run. The worker loads the same sources and rules/*.yml
 * the CLI bundle is built from (scripts/build-cli.mjs), bundled with esbuild into a temporary file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { esbuildRulesPlugin } from '../../../scripts/rule-sources.mjs';
import type { Context } from '../../../src/analyzer/types';

const ROOT = resolve(__dirname, '../../..');

export type IsolatedResult =
  | { done: true; wallMs: number; cpuMs: number; problem: string | null; findings: number }
  | { done: false; wallMs: number; error?: string };

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.url).then((core) => {
  parentPort.on('message', ({ id, fn, draft, context }) => {
    try {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const report =
        fn === 'tone'
          ? core.toneReport(draft)
          : fn === 'analyze-fresh'
            ? core.createAnalyzer(core.CATALOGUE).analyze(draft, context)
            : core.analyze(draft, context);
      const wallMs = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const problem =
        fn === 'tone' ? core.toneProblem(draft, report) : core.reportProblem(draft, context && context.thread, report);
      const findings = fn === 'tone' ? 0 : report.findings.length;
      parentPort.postMessage({ id, done: true, wallMs, cpuMs: (c.user + c.system) / 1000, problem, findings });
    } catch (e) {
      parentPort.postMessage({ id, done: true, wallMs: 0, cpuMs: 0, problem: 'threw: ' + (e && e.stack || e), findings: 0 });
    }
  });
  parentPort.postMessage({ ready: true });
});
`;

export class Isolated {
  private worker: Worker | null = null;
  private next = 0;
  private constructor(
    private readonly url: string,
    private readonly dir: string,
  ) {}

  /** Bundles the core into a temporary directory; call close() when done. */
  static async create(): Promise<Isolated> {
    const dir = mkdtempSync(join(tmpdir(), 'matchmail-hardening-'));
    const outfile = join(dir, 'core.mjs');
    await build({
      stdin: {
        contents: [
          `export { analyze, CATALOGUE, createAnalyzer } from './src/analyzer/index.ts';`,
          `export { toneReport } from './src/tone/index.ts';`,
          `export { reportProblem, toneProblem } from './tests/unit/hardening/report-invariants.ts';`,
        ].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      plugins: [esbuildRulesPlugin(ROOT)],
    });
    return new Isolated(pathToFileURL(outfile).href, dir);
  }

  private async start(): Promise<Worker> {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER, { eval: true, workerData: { url: this.url } });
    await new Promise<void>((ready, fail) => {
      worker.once('message', () => ready());
      worker.once('error', fail);
    });
    // Warm-up: the first call compiles the rules' regular expressions.
    this.worker = worker;
    await this.call('analyze', 'Dear Dr. Marsh,\n\nThank you.\n\nBest,\nMaya', undefined, 60_000);
    return worker;
  }

  /** One call; past `deadlineMs` (wall clock) the worker is terminated and `done` is false. */
  async call(
    /** analyze-fresh: a new analyzer (no paragraph cache), to time the same work again. */
    fn: 'analyze' | 'analyze-fresh' | 'tone',
    draft: string,
    context: Context | undefined,
    deadlineMs: number,
  ): Promise<IsolatedResult> {
    const worker = await this.start();
    const id = ++this.next;
    const t0 = performance.now();
    return new Promise<IsolatedResult>((settle) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.worker = null;
        void worker.terminate();
        settle({ done: false, wallMs: performance.now() - t0 });
      }, deadlineMs);
      const onMessage = (m: IsolatedResult & { id?: number }) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        settle(m);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, fn, draft, context });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
