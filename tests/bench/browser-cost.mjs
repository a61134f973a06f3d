// What the browser-driving benches (typing-bench, marks-bench, cold-compose) measure the same way: CPU of a
// process tree from /proc, self time per trace event on the renderer's main thread, and order statistics.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ = 100 on Linux

/**
 * The processes under `root` (itself included) from /proc, each with its CPU milliseconds (user + system) so far
 * and its kind: `extension`, the `--type=` of a Chromium child (renderer, gpu-process, utility…) or `browser`.
 */
function processTree(root) {
  const procs = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const type = /--extension-process/.test(cmd)
        ? 'extension'
        : (/--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser');
      procs.push({
        pid: Number(d),
        ppid: Number(f[1]),
        type,
        cpu: (Number(f[11]) + Number(f[12])) * TICK_MS,
      });
    } catch {}
  }
  const mine = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) {
      if (mine.has(p.pid) || !mine.has(p.ppid)) continue;
      mine.add(p.pid);
      grew = true;
    }
  }
  return procs.filter((p) => mine.has(p.pid));
}

/**
 * CPU milliseconds (user + system) used so far by a process and all its descendants, from /proc: the measure
 * the machine's load distorts least. `withRoot: false` leaves the root out (when it is this Node process).
 */
export function treeCpuMs(root, { withRoot = true } = {}) {
  return processTree(root)
    .filter((p) => withRoot || p.pid !== root)
    .reduce((a, p) => a + p.cpu, 0);
}

/**
 * CPU milliseconds per kind of process under `root` (browser, renderer, extension, gpu, utility…): which process
 * an extension's cost lands in (the mail tab's renderer, its own extension process or service worker, the GPU
 * process compositing its layer).
 */
export function cpuByType(root) {
  const out = {};
  for (const p of processTree(root)) out[p.type] = (out[p.type] ?? 0) + p.cpu;
  return out;
}

/** Self time (ms) of complete events on the busiest renderer main thread, by name. */
export function selfByName(events) {
  const mains = new Set();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mains.add(`${e.pid}:${e.tid}`);
  const byThread = new Map();
  const open = new Map();
  for (const e of events) {
    const t = `${e.pid}:${e.tid}`;
    if (!mains.has(t)) continue;
    let list = byThread.get(t);
    if (!list) {
      list = [];
      byThread.set(t, list);
    }
    // MM_TRACE_DETAIL=1: events named with what they dispatched or called ("EventDispatch keydown").
    const name =
      process.env.MM_TRACE_DETAIL && e.args?.data
        ? `${e.name}${e.args.data.type ? ` ${e.args.data.type}` : ''}${e.args.data.functionName ? ` ${e.args.data.functionName}` : ''}`
        : e.name;
    if (e.ph === 'X') list.push({ name, ts: e.ts, end: e.ts + (e.dur ?? 0) });
    else if (e.ph === 'B') {
      const k = `${t}:${e.name}`;
      open.set(k, [...(open.get(k) ?? []), e.ts]);
    } else if (e.ph === 'E') {
      const k = `${t}:${e.name}`;
      const st = open.get(k);
      const ts = st?.pop();
      if (ts !== undefined) list.push({ name: e.name, ts, end: e.ts });
    }
  }
  let best = null;
  for (const [, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.end - a.end);
    const self = new Map();
    const stack = [];
    let total = 0;
    for (const ev of list) {
      while (stack.length && stack[stack.length - 1].end <= ev.ts) stack.pop();
      const parent = stack[stack.length - 1];
      const d = ev.end - ev.ts;
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - d);
      else total += d;
      self.set(ev.name, (self.get(ev.name) ?? 0) + d);
      stack.push(ev);
    }
    if (!best || total > best.total) best = { total, self };
  }
  if (!best) return null;
  return {
    totalMs: best.total / 1000,
    top: [...best.self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.MM_TRACE_TOP ?? 25))
      .map(([k, v]) => [k, +(v / 1000).toFixed(1)]),
  };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/** The p-th percentile, nearest rank. */
export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
