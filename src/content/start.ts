/**
 * The content script's body: finds compose windows through the provider adapter, keeps one session per
 * compose (WeakMap by compose root), and tears everything down when the lifecycle ends (update, reload,
 * disable; see lifecycle.ts: never on an event the page can fire). compromise is loaded after first paint, and only if a rule needs it.
 */
import { browser } from 'wxt/browser';
import { providerForPage } from '../providers';
import type { ComposeHandle, Provider } from '../providers/types';
import { provideTemplates } from '../templates/provided';
import { wordsOfCatalogue } from '../ui/rule-words';
import { type EngineBundle, loadEngine, loadLazyBundle, loadWeights } from './lazy-bundle';
import type { Lifecycle } from './lifecycle';
import {
  type AnalyzeResponse,
  OPEN_SETUP_MESSAGE,
  STATUS_MESSAGE,
  type TabStatus,
  WARM_MESSAGE,
} from './messages';
import { createPanelMemory } from './panel-memory';
import { createRecordsSource, type RecordsSource, write } from './records-source';
import { RemoteAnalyzer } from './remote-analyzer';
import { ComposeSession, type SessionDeps } from './session';
import { createTemplateExtras } from './template-extras';
import { localToday } from './today';
import { createUnreadableNotice, type UnreadableNotice } from './unreadable-notice';

/**
 * Chromium's service worker keeps an engine for the first reports of a compose opened before the tab's is in
 * (src/background/first-analysis.ts). Firefox's background is an event page, where that path made a compose wait
 * under load in CI: there a compose waits for the tab's engine, as before.
 */
const WORKER_FIRST = import.meta.env.BROWSER !== 'firefox';

/** How long after the content script starts the engine is preloaded (at the next idle after that). */
const PRELOAD_AFTER_MS = 1000;

export interface Started {
  sessions(): ComposeSession[];
  stop(): void;
}

export function startMatchMail(ctx: Lifecycle, doc: Document = document): Started | null {
  const provider: Provider | null = providerForPage(doc.location.hostname, doc);
  if (!provider) return null;
  const byRoot = new WeakMap<HTMLElement, ComposeSession>();
  const live = new Map<string, ComposeSession>();
  // A change to the records or the settings (here, in another tab, in the options page or the popup) reaches
  // every open compose at once: the master switch removes or brings back the panels, the rest re-analyses.
  const records: RecordsSource = createRecordsSource(() => {
    scan();
    for (const s of live.values()) s.analyzeNow();
  });
  const isOn = () => records.loaded() && records.records().settings.enabled;
  const panelMemory = createPanelMemory();
  let notice: UnreadableNotice | null = null;
  const templates = createTemplateExtras({
    records: () => records.records(),
    today: localToday,
    saveToProfile: (values) => void write({ op: 'fill-profile', values }),
  });

  let engine: EngineBundle | null = null;
  let engineRequested = false;
  let warmed = false;
  const deps = (e: EngineBundle): SessionDeps => ({
    ...shared(),
    analyzer: e.analyzer,
    words: wordsOfCatalogue(e.catalogue),
    sentences: e.sentences,
  });
  /**
   * A compose opened before the engine is in the tab: its first reports come from the service worker, which
   * loaded and warmed its own engine off this page's thread (remote-analyzer.ts); the tab's engine takes over
   * when it arrives (see requestEngine).
   */
  const provisionalSession = (handle: ComposeHandle): ComposeSession => {
    let session: ComposeSession | null = null;
    const remote = new RemoteAnalyzer(
      (request) => browser.runtime.sendMessage(request) as Promise<AnalyzeResponse | undefined>,
      () => session?.analyzeNow(),
      () => (handOverEarly ? handOverEarly() : requestEngine()),
    );
    session = new ComposeSession(handle, {
      ...shared(),
      analyzer: remote,
      words: (id) => remote.wordsFor(id),
      sentences: () => null,
      provisional: true,
    });
    remotes.set(session, remote);
    return session;
  };
  const remotes = new WeakMap<ComposeSession, RemoteAnalyzer>();
  const shared = (): Omit<SessionDeps, 'analyzer' | 'words'> => ({
    baseContext: () => records.context(),
    today: localToday,
    disabledEmails: () => records.records().settings.disabledEmails,
    setRuleOff: (id, off) => records.setRuleOff(id, off),
    setEmailOff: (keys, key, off) => records.setEmailOff(keys, key, off),
    setupNeeded: () => records.records().programs.length === 0,
    openSetup: () => void browser.runtime.sendMessage({ type: OPEN_SETUP_MESSAGE }).catch(() => undefined),
    panelOpen: () => panelMemory.open(),
    rememberPanelOpen: (open) => panelMemory.remember(open),
    panelPosition: () => panelMemory.position(),
    rememberPanelPosition: (position) => {
      panelMemory.rememberPosition(position);
      // Every open compose follows: one panel position, like one sidebar.
      for (const s of live.values()) s.reposition();
    },
    otherComposes: (self) =>
      [...live.values()].filter((s) => s !== self).map((s) => s.handle.root.getBoundingClientRect()),
    onSent: (snapshot, report, overrideReason) => records.recordSent(snapshot, report, overrideReason),
    extras: templates.extras,
    useTemplate: templates.useTemplate,
    beforeSendAnyway: templates.beforeSendAnyway,
    loadLazy: loadLazyBundle,
    notice: () => records.notice(),
  });

  /**
   * The engine is injected at idle once the page has settled, or after a compose window opens (whose first
   * reports come from the worker meanwhile), then warmed in idle slices before any compose reads from it: a
   * cold first analysis here would cost the page what the worker spared it. Composes opened until then read
   * from the worker too; compromise follows at idle when a rule needs it.
   */
  const requestEngine = () => {
    if (engineRequested) return;
    engineRequested = true;
    void loadEngine().then((e) => {
      if (ctx.isInvalid || !e) {
        engineRequested = false;
        return;
      }
      provideTemplates(e.templates);
      const handOver = () => {
        if (ctx.isInvalid || engine) return;
        engine = e;
        for (const s of live.values()) if (s.provisional) s.useDeps(deps(e));
        scan();
        scheduleSentences(e);
        if (e.catalogue.some((r) => r.spec.match.kind === 'pattern')) scheduleNlp(e);
      };
      handOverEarly = handOver;
      // A compose whose worker could not answer is waiting for this engine: no warm-up first.
      if (!WORKER_FIRST) {
        handOver();
        if (live.size === 0) warmInIdle(e.warmUp(), () => undefined);
      } else if ([...live.values()].some((s) => remotes.get(s)?.failed)) handOver();
      else warmInIdle(e.warmUp(), handOver);
    });
  };
  /** Hands the engine over before its warm-up ends, when a compose's worker fails meanwhile. */
  let handOverEarly: (() => void) | null = null;

  /**
   * Compiles the rules and runs sample drafts through a scratch analyzer a few milliseconds at a time, in
   * idle slices (at least one step per half second on a busy page), then calls `done`.
   */
  const warmInIdle = (steps: Iterator<void>, done: () => void) => {
    if (!('requestIdleCallback' in window)) return done();
    const step = (deadline: IdleDeadline) => {
      if (ctx.isInvalid) return;
      do {
        if (steps.next().done) return done();
      } while (deadline.timeRemaining() > 4 && !deadline.didTimeout);
      requestIdleCallback(step, { timeout: 500 });
    };
    requestIdleCallback(step, { timeout: 500 });
  };

  /**
   * The sentence layer's weights, decoded in idle time (unless the warm-up got there first), then every open
   * compose is read again with them: a compose opened right after page load gets its panel from the patterns
   * at once and the sentence layer's findings a moment later.
   */
  const scheduleSentences = (e: EngineBundle) => {
    if (e.sentencesReady()) return;
    requestIdle(() => {
      void loadWeights().then((weights) => {
        if (ctx.isInvalid || !weights) return;
        // Decoding is a slice of its own; the re-read of open composes follows in the next one.
        requestIdle(() => {
          if (ctx.isInvalid) return;
          e.readySentences(weights);
          for (const s of live.values()) s.analyzeNow();
        });
      });
    });
  };
  const requestIdle = (f: () => void) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => f(), { timeout: 2000 });
    else setTimeout(f, 300);
  };

  const scheduleNlp = (e: EngineBundle) => {
    const load = () =>
      loadLazyBundle().then((bundle) => {
        if (ctx.isInvalid || !bundle) return;
        e.setNlp(bundle.nlp);
        for (const s of live.values()) s.analyzeNow();
      });
    if ('requestIdleCallback' in window) requestIdleCallback(() => void load(), { timeout: 3000 });
    else setTimeout(() => void load(), 500);
  };

  const scan = () => {
    if (ctx.isInvalid) return;
    // Switched off in Settings or the popup (or not known yet): no panel, no marks, no check before send.
    if (!isOn()) {
      for (const s of live.values()) s.destroy();
      live.clear();
      notice?.remove();
      notice = null;
      return;
    }
    let found: ComposeHandle[] = [];
    try {
      found = provider.findComposes(doc);
    } catch {
      found = [];
    }
    if (found.length && !engine && !WORKER_FIRST) {
      requestEngine();
      return;
    }
    if (!warmed && WORKER_FIRST) {
      // The worker loads and warms its engine now, in its own process, for a compose opened soon.
      warmed = true;
      void browser.runtime.sendMessage({ type: WARM_MESSAGE }).catch(() => undefined);
    }
    // Injecting the engine compiles it on this page's thread: after the worker's first report is on screen.
    if (found.length && !engine && !engineRequested) requestIdle(() => requestEngine());
    const seen = new Set<string>();
    for (const handle of found) {
      seen.add(handle.id);
      const existing = byRoot.get(handle.root);
      if (existing && existing.handle.editable === handle.editable && live.has(existing.id)) continue;
      existing?.destroy();
      live.get(handle.id)?.destroy();
      const session = engine ? new ComposeSession(handle, deps(engine)) : provisionalSession(handle);
      byRoot.set(handle.root, session);
      live.set(handle.id, session);
    }
    for (const [id, s] of live) {
      if (!seen.has(id) || !s.handle.root.isConnected) {
        s.destroy();
        live.delete(id);
      }
    }
    // A compose we can see but not read: say so instead of failing silently.
    // With none found, health().composes is always 0; ok=false is what says a compose seems open.
    const health = found.length ? null : safeHealth(provider, doc);
    if (health && !health.ok) notice ??= createUnreadableNotice(doc);
    else if (notice) {
      notice.remove();
      notice = null;
    }
  };

  let frame = 0;
  const observer = new MutationObserver((records) => {
    // Typing mutates the editor on every keystroke: those records are the session's business (its input
    // listener), not a reason to look for compose windows again.
    let outsideEditors = false;
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target) continue;
      let inEditor = false;
      for (const s of live.values()) {
        if (s.handle.editable.contains(target)) inEditor = true;
        // Recipient chips and subject changes re-analyse the compose they belong to.
        else if (s.handle.root.contains(target)) s.schedule();
      }
      if (!inEditor) outsideEditors = true;
    }
    if (outsideEditors && !frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        scan();
      });
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  void panelMemory.ready.then(scan);

  // The toolbar popup asks what MatchMail sees in this tab: counts only, never the draft's words.
  const onMessage = (message: unknown) => {
    if ((message as { type?: string } | null)?.type !== STATUS_MESSAGE || ctx.isInvalid) return undefined;
    const status: TabStatus = {
      composes: 0,
      composesOff: 0,
      counts: { error: 0, warning: 0, suggestion: 0 },
    };
    for (const s of live.values()) {
      status.composes++;
      if (!s.state.enabled) status.composesOff++;
      for (const f of s.state.findings) if (f.target === 'draft') status.counts[f.severity]++;
    }
    return Promise.resolve(status);
  };
  browser.runtime.onMessage.addListener(onMessage);
  // Most pages open without a compose: bring the engine in once the page has settled, not during its load.
  // Not when MatchMail is switched off: it then costs a page nothing until a compose is opened.
  const preload = ctx.setTimeout(() => {
    if (!records.records().settings.enabled) return;
    if ('requestIdleCallback' in window) requestIdleCallback(() => requestEngine(), { timeout: 5000 });
    else requestEngine();
  }, PRELOAD_AFTER_MS);

  const stop = () => {
    clearTimeout(preload);
    observer.disconnect();
    cancelAnimationFrame(frame);
    for (const s of live.values()) s.destroy();
    live.clear();
    notice?.remove();
    records.close();
    browser.runtime.onMessage.removeListener(onMessage);
  };
  // The lifecycle also checks every second for an orphaned context (a disable starts no newer script), so
  // panels and marks go away on their own.
  ctx.onInvalidated(stop);
  return { sessions: () => [...live.values()], stop };
}

function safeHealth(provider: Provider, doc: Document) {
  try {
    return provider.health(doc);
  } catch {
    return null;
  }
}
