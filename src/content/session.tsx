/**
 * One compose window: reads it through the provider adapter, analyses on every input, and keeps the panel,
 * the inline marks and the card at a mark in step with the draft and the applicant's switches. Timing lives
 * in analysis-pacer.ts, the tone check in tone-runner.ts, the card at a mark in mark-pointer.ts, rewrites in
 * apply-fix.ts, the panel's props in panel-view.tsx, and what happens when Send is pressed in send-guard.ts
 * (this file only shows and answers the guard). Everything it adds hangs off one AbortSignal, so teardown (compose closed, extension reloaded)
 * leaves no listener, node, style or highlight behind.
 */
import { render } from 'preact';
import { programForAddress } from '../analyzer/context';
import type { Context, DraftKind, Finding, Report } from '../analyzer/types';
import { markEnd } from '../overlay/mark-extent';
import { createMarkPainter, type Mark, type MarkPainter } from '../overlay/marks';
import type { ComposeHandle, ComposeSnapshot } from '../providers/types';
import type { SentenceReadings } from '../tone/readings';
import type { MarkCardAt, PanelState } from '../ui/Panel';
import { PROGRAM_ASKED_RULE, type WordsFor } from '../ui/rule-words';
import { AnalysisPacer } from './analysis-pacer';
import { applyFix, type Fix, fixFor } from './apply-fix';
import type { LazyBundle } from './lazy-bundle';
import { type Caret, MarkPointer } from './mark-pointer';
import { createPanelHost, type PanelHost } from './panel-host';
import { type PanelExtras, panelView } from './panel-view';
import { SendGuard } from './send-guard';
import { emailKeys, isEmailOff, keyToStore } from './switches';
import { ToneRunner } from './tone-runner';

/**
 * What the session analyses with: the engine in the tab, or before it arrives the service worker's copy
 * (remote-analyzer.ts), which answers null ("not yet: keep what is shown") until its report is in.
 */
export interface SessionAnalyzer {
  analyze(draft: string, context?: Context): Report | null;
}

export interface SessionDeps {
  analyzer: SessionAnalyzer;
  /** Context from the applicant's records and settings (may be empty). */
  baseContext(): Context;
  today(): string;
  /** The rule's card words (title, one sentence, "try instead"). */
  words: WordsFor;
  /** The stored per-email switches. */
  disabledEmails(): readonly string[];
  setRuleOff(ruleId: string, off: boolean): void;
  setEmailOff(keys: readonly string[], storeKey: string, off: boolean): void;
  /** No programs stored yet: the panel offers setup. */
  setupNeeded?(): boolean;
  openSetup?(): void;
  /** The panel's remembered open/closed state, and remembering a change to it. */
  panelOpen?(): boolean;
  rememberPanelOpen?(open: boolean): void;
  /** Where the applicant dragged the panel (L2), and remembering it (null: back beside the draft). */
  panelPosition?(): { left: number; top: number } | null;
  rememberPanelPosition?(position: { left: number; top: number } | null): void;
  /** The boxes of the other compose windows, which the panel must not cover. */
  otherComposes?(self: ComposeSession): DOMRect[];
  /** Called after a send went through, for the ledger (with the reason when a guard was overridden). */
  onSent?(snapshot: ComposeSnapshot, report: Report, overrideReason?: string): void;
  /** Extra panel sections (the template picker), a dialog beside the panel, and opening one template. */
  extras?(session: ComposeSession): PanelExtras;
  useTemplate?(session: ComposeSession, id: string): void;
  /**
   * "Send anyway" on the guard: return true to take over (e.g. ask for a reason, then call
   * session.sendAnyway(reason)); the guard closes either way.
   */
  beforeSendAnyway?(session: ComposeSession, findings: Finding[]): boolean;
  /** The lazily injected bundle with compromise and the tone check. */
  loadLazy?(): Promise<LazyBundle | null>;
  /** The engine's sentence layer, lent to the tone check. */
  sentences?(): SentenceReadings | null;
  /** A line about stored data (e.g. a value that had to be set aside), or null. */
  notice?(): string | null;
  prefer?: 'auto' | 'overlay';
  /** The analyzer is the service worker's, until the tab's engine is injected (see useDeps). */
  provisional?: boolean;
}

/** Set at build time (wxt.config.ts): MATCHMAIL_PROFILE=1 builds time each analysis. */
declare const __MATCHMAIL_PROFILE__: boolean | undefined;
const PROFILE = typeof __MATCHMAIL_PROFILE__ === 'boolean' && __MATCHMAIL_PROFILE__;

/** Findings about something missing: no words to underline (a mark on the sign-off read as "your name is wrong"). */
const UNMARKED = new Set(['missing-aamc-id']);
/** How long "Undo" stays offered after a check was turned off. */
const UNDO_MS = 12_000;

export class ComposeSession {
  readonly abort = new AbortController();
  readonly panel: PanelHost;
  readonly painter: MarkPainter;
  readonly tone: ToneRunner;
  readonly pointer: MarkPointer;
  snapshot: ComposeSnapshot | null = null;
  report: Report | null = null;
  state: PanelState = {
    kind: null,
    findings: [],
    collapsed: true,
    enabled: true,
    unreadable: false,
    activeIndex: null,
    markCard: null,
    guard: null,
  };
  /** The last caret inside the editable: a click in the panel moves focus, a template goes back to it. */
  lastCaret: Range | null = null;
  /** Why the applicant went past a guard (a second letter of intent); sent with the ledger entry. */
  overrideReason: string | null = null;
  private readonly pacer: AnalysisPacer;
  private analyzedCount = 0;
  /** The caret moved while an analysis was pending (see onSelection). */
  private caretStale = false;
  private lastVisible = '';
  private ignored = new Set<string>();
  /** Everything about pressing Send lives there (send-guard.ts). */
  private readonly guard: SendGuard;
  private frame = 0;
  /** The applicant wants the panel open (remembered), as opposed to the launcher. */
  private wantOpen: boolean;
  /** No room beside the compose: show the launcher unless the applicant opened the panel themselves. */
  private roomless = false;
  private openedByHand = false;
  private errorsBefore = 0;
  /** The panel opened because an error appeared, not because the applicant asked. */
  private openedByItself = false;
  private undoTimer = 0;
  /** The kind of email the applicant chose in the panel over the classifier's guess (P11). */
  private kindChosen: DraftKind | null = null;

  constructor(
    readonly handle: ComposeHandle,
    private deps: SessionDeps,
  ) {
    const doc = handle.root.ownerDocument;
    this.panel = createPanelHost(doc, handle.id);
    this.painter = createMarkPainter(doc, deps.prefer, handle.editable);
    this.wantOpen = deps.panelOpen?.() ?? false;
    const signal = this.abort.signal;
    const view = doc.defaultView ?? window;
    this.pacer = new AnalysisPacer(
      (inBurst) => this.analyzeNow(inBurst),
      () => this.render(),
      view,
    );
    this.tone = new ToneRunner(
      this.painter,
      () => deps.loadLazy?.() ?? Promise.resolve(null),
      () => this.render(),
      () => !signal.aborted,
      () => this.deps.sentences?.() ?? null,
    );
    this.pointer = new MarkPointer({
      handle,
      painter: this.painter,
      snapshot: () => this.snapshot,
      findings: () => this.state.findings,
      current: () => this.state.markCard,
      show: (card) => this.showMarkCard(card),
      signal,
    });

    handle.editable.addEventListener('input', () => this.pacer.input(), { signal });
    handle.subjectInput?.addEventListener('input', () => this.analyzeNow(), { signal });
    handle.editable.addEventListener('keydown', (e) => this.onEditorKey(e), { signal, capture: true });
    doc.addEventListener('selectionchange', () => this.onSelection(), { signal });
    this.guard = new SendGuard(
      {
        handle,
        panelHost: this.panel.host,
        errorsNow: () => this.blockingFindings(),
        errors: () => (this.state.enabled ? this.state.findings.filter((f) => f.severity === 'error') : []),
        // The guard opens over the draft: a card at a mark would sit under it.
        showGuard: (findings) =>
          this.setState(findings ? { guard: findings, markCard: null } : { guard: null }),
        guardShown: () => this.state.guard,
        sent: () => this.sent(),
      },
      signal,
    );
    const follow = () => this.schedule(false);
    view.addEventListener('resize', follow, { signal });
    view.addEventListener('scroll', follow, { signal, capture: true, passive: true });
    // Docking measures the page (a layout): only when the compose or the panel changes size, or on scroll.
    const ro = new ResizeObserver(follow);
    ro.observe(handle.root);
    ro.observe(this.panel.host);
    signal.addEventListener('abort', () => ro.disconnect());
    this.analyzeNow();
    this.reposition();
  }

  get id(): string {
    return this.handle.id;
  }

  /** Whether this session is still waiting for the tab's engine (its first reports come from the worker). */
  get provisional(): boolean {
    return this.deps.provisional === true;
  }

  /** The tab's engine has arrived: analyse with it from now on. */
  useDeps(deps: SessionDeps): void {
    if (this.abort.signal.aborted) return;
    this.deps = deps;
    this.analyzeNow();
  }

  destroy(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.undoTimer);
    this.pacer.stop();
    this.painter.destroy();
    render(null, this.panel.container);
    this.panel.remove();
  }

  /** Coalesces page mutations (recipients, subject) into one analysis per frame. */
  schedule(reanalyse = true): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (reanalyse) this.analyzeNow();
      else this.reposition();
    });
  }

  context(snapshot: ComposeSnapshot): Context {
    const base = this.deps.baseContext();
    return {
      ...base,
      today: base.today ?? this.deps.today(),
      subject: snapshot.subject ?? undefined,
      to: snapshot.recipients
        .filter((r) => r.field === 'to')
        .map((r) => (r.name && r.email ? `${r.name} <${r.email}>` : (r.email ?? r.name ?? ''))),
      cc: snapshot.cc,
      thread: snapshot.thread || undefined,
      isReply: snapshot.isReply,
    };
  }

  words(ruleId: string) {
    return this.deps.words(ruleId);
  }

  openSetup(): void {
    this.deps.openSetup?.();
  }

  /** The keys that name this email in settings.disabledEmails. */
  private emailKeys(): string[] {
    return emailKeys(this.handle.id, this.snapshot?.subject);
  }

  /** `inBurst`: called for a burst of input (see AnalysisPacer), when the panel may follow a little later. */
  analyzeNow(inBurst = false): void {
    if (!PROFILE) {
      this.analyzeOnce(inBurst);
      return;
    }
    // Profile builds only: each analysis's own time, apart from the wait before it (tests/bench).
    const start = performance.now();
    this.analyzeOnce(inBurst);
    performance.measure('matchmail-analysis', { start, detail: { inBurst } });
  }

  private analyzeOnce(inBurst: boolean): void {
    if (this.abort.signal.aborted) return;
    let snapshot: ComposeSnapshot;
    try {
      snapshot = this.handle.read();
    } catch {
      // The page changed under us: say so in the launcher, keep the page working.
      this.setState({ unreadable: true, findings: [], markCard: null });
      this.paint([]);
      return;
    }
    this.snapshot = snapshot;
    this.pacer.analyzed();
    const enabled = !isEmailOff({ disabledEmails: [...this.deps.disabledEmails()] }, this.emailKeys());
    const setupNeeded = this.deps.setupNeeded?.() ?? false;
    if (!enabled) {
      this.report = null;
      this.setState({ enabled, findings: [], markCard: null, guard: null, setupNeeded, unreadable: false });
      this.paint([]);
      this.guard.refresh();
      this.bump();
      return;
    }
    const context = this.context(snapshot);
    // The analyzer finds a signature after a "-- " line, as in an .eml; without it an AAMC ID kept in the
    // signature reads as missing. Author offsets are unchanged: the signature comes after the author's text.
    const report = this.deps.analyzer.analyze(this.draftText(snapshot), context);
    // The worker's report for this draft is not in yet: it calls back, and this runs again.
    if (!report) return;
    this.report = report;
    // Nothing to say about an empty body (a subject or an AAMC ID can wait until there is text); what the
    // program's own message asked is still worth knowing.
    const emptyDraft = snapshot.text.trim() === '';
    const findings = report.findings.filter(
      (f) => !this.ignored.has(this.ignoreKey(f, snapshot)) && (!emptyDraft || f.target === 'thread'),
    );
    const stillAt = this.state.markCard && findings[this.state.markCard.index] ? this.state.markCard : null;
    this.setState(
      {
        kind: this.draftKind(),
        findings,
        unreadable: false,
        enabled,
        setupNeeded,
        emptyDraft,
        markCard: stillAt,
      },
      false,
    );
    this.paint(findings);
    this.tone.run(snapshot, this.draftText(snapshot), this.draftKind());
    // The panel opens by itself only when a new error appears, and goes back to the launcher by itself once
    // the draft is clean again (P7); a panel the applicant opened stays open.
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (errors > this.errorsBefore && !this.wantOpen) {
      this.wantOpen = true;
      this.openedByItself = true;
    } else if (errors === 0 && this.openedByItself) {
      this.wantOpen = false;
      this.openedByItself = false;
    }
    this.errorsBefore = errors;
    // Most keystrokes change no card: skip the panel render then (marks above are always repainted).
    const visible = `${this.draftKind()}\u0002${this.shownCollapsed()}\u0002${setupNeeded}\u0002${this.deps.notice?.() ?? ''}\u0002${findings.map((f) => `${f.ruleId}\u0001${f.severity}\u0001${f.excerpt}\u0001${f.message}`).join('\u0002')}`;
    if (visible !== this.lastVisible || this.tone.open || this.state.activeIndex !== null) {
      this.lastVisible = visible;
      if (inBurst) this.pacer.renderSoon();
      else this.render();
    }
    this.guard.refresh();
    if (inBurst) this.pacer.afterBurst(() => this.caretAfterAnalysis());
    else this.caretAfterAnalysis();
    this.bump();
  }

  /**
   * What kind of email this is: the applicant's choice in the panel, else the classifier's guess. It orders
   * the templates, sets the tone check's length budget and is what the ledger records at Send; the rules
   * still read the classifier's own guess (the analyzer takes no kind from outside).
   */
  draftKind(): DraftKind | undefined {
    return this.kindChosen ?? this.report?.kind;
  }

  /** The applicant corrects the kind (P11); choosing the guess again goes back to following the draft. */
  chooseKind(kind: DraftKind): void {
    this.kindChosen = kind === this.report?.kind ? null : kind;
    this.analyzeNow();
    this.render();
  }

  /** The draft as the analyzer and the tone check read it: the author's text, then the signature. */
  draftText(s: ComposeSnapshot): string {
    return s.signature ? `${s.text}\n\n-- \n${s.signature}` : s.text;
  }

  private ignoreKey(f: Finding, s: ComposeSnapshot): string {
    const text = f.target === 'thread' ? s.thread : s.text;
    return `${f.ruleId}\u0000${text.slice(f.start, f.end)}`;
  }

  private bump() {
    this.analyzedCount++;
    this.panel.host.setAttribute('data-analyzed-at', String(this.analyzedCount));
  }

  private paint(findings: Finding[]) {
    const marks: Mark[] = [];
    if (this.snapshot) {
      const { map, text, thread, threadMap } = this.snapshot;
      findings.forEach((f, i) => {
        if (f.end <= f.start || UNMARKED.has(f.ruleId)) return;
        // The program's own question is tinted where the quote shows it (R4); nothing else in the quote is.
        const asked = f.target === 'thread' && f.ruleId === PROGRAM_ASKED_RULE;
        const on =
          f.target === 'draft' ? { map, text } : asked && threadMap ? { map: threadMap, text: thread } : null;
        const points = on?.map.pointsFor(f.start, markEnd(on.text, f.start, f.end));
        if (points) marks.push({ ...points, severity: asked ? 'asked' : f.severity, finding: i });
      });
    }
    const drawn = this.painter.paint(marks);
    this.panel.host.setAttribute('data-mark-count', String(drawn));
  }

  /** The launcher shows when the applicant closed the panel, or when there is no room and they did not ask. */
  private shownCollapsed(): boolean {
    return !this.wantOpen || (this.roomless && !this.openedByHand);
  }

  reposition(): void {
    const avoid = this.deps.otherComposes?.(this) ?? [];
    const roomless = !this.panel.fits(this.handle.root, avoid);
    if (roomless !== this.roomless) {
      this.roomless = roomless;
      this.render();
    }
    this.panel.dock(this.handle.root, this.shownCollapsed(), avoid, this.deps.panelPosition?.());
    this.painter.reposition();
  }

  /**
   * The applicant drags the open panel by its header (L2): it follows the pointer and stays where it is
   * dropped, in this compose and the next ones, until "Put back beside the draft".
   */
  startDrag(e: PointerEvent): void {
    if (e.button !== 0 || (e.target as Element | null)?.closest('button, a, input, select, textarea')) return;
    const host = this.panel.host;
    const start = host.getBoundingClientRect();
    const dx = e.clientX - start.left;
    const dy = e.clientY - start.top;
    const view = host.ownerDocument.defaultView ?? window;
    const drag = new AbortController();
    let at: { left: number; top: number } | null = null;
    e.preventDefault();
    view.addEventListener(
      'pointermove',
      (m) => {
        at = this.panel.moveTo(m.clientX - dx, m.clientY - dy);
      },
      { signal: drag.signal },
    );
    const drop = () => {
      drag.abort();
      if (!at) return;
      this.deps.rememberPanelPosition?.(at);
      this.render();
    };
    view.addEventListener('pointerup', drop, { signal: drag.signal });
    view.addEventListener('pointercancel', drop, { signal: drag.signal });
    this.abort.signal.addEventListener('abort', () => drag.abort(), { once: true });
  }

  /** "Put back beside the draft": forget the dragged position. */
  dockBack(): void {
    this.deps.rememberPanelPosition?.(null);
    this.render();
    this.reposition();
  }

  setState(patch: Partial<PanelState>, rerender = true): void {
    this.state = { ...this.state, ...patch };
    if (rerender) this.render();
  }

  render(): void {
    if (this.abort.signal.aborted) return;
    this.pacer.rendered();
    this.painter.setDark(this.panel.matchTheme(this.handle.root));
    this.state = {
      ...this.state,
      collapsed: this.shownCollapsed(),
      notice: this.deps.notice?.() ?? null,
      moved: !!this.deps.panelPosition?.(),
    };
    render(panelView(this, this.deps.extras?.(this) ?? {}), this.panel.container);
  }

  // ——— What the applicant does in the panel and the card ———

  setOpen(open: boolean, byHand = true): void {
    this.wantOpen = open;
    this.openedByItself = false;
    this.openedByHand = open && byHand;
    if (byHand) this.deps.rememberPanelOpen?.(open);
    this.render();
    this.reposition();
  }

  toggleEmail(): void {
    const off = this.state.enabled;
    this.deps.setEmailOff(this.emailKeys(), keyToStore(this.handle.id, this.snapshot?.subject), off);
    this.analyzeNow();
  }

  ignore(index: number): void {
    const f = this.state.findings[index];
    if (f && this.snapshot) this.ignored.add(this.ignoreKey(f, this.snapshot));
    this.setState({ markCard: null }, false);
    this.analyzeNow();
    this.render();
    // Focus stays in the panel, on the card that took this one's place, or the panel's title.
    this.focusInPanel(`[data-finding-index="${Math.min(index, this.state.findings.length - 1)}"]`);
  }

  /** Turning off an error-level check asks first; any check turned off is offered back with Undo. */
  disableRule(ruleId: string, confirmed = false): void {
    const f = this.state.findings.find((x) => x.ruleId === ruleId);
    if (f?.severity === 'error' && !confirmed) {
      this.setState({ confirmOff: ruleId });
      this.focusInPanel('[data-action="cancel-disable"]');
      return;
    }
    this.deps.setRuleOff(ruleId, true);
    clearTimeout(this.undoTimer);
    this.undoTimer = window.setTimeout(() => this.setState({ undo: null }), UNDO_MS);
    this.setState({ confirmOff: null, undo: { ruleId, title: this.deps.words(ruleId)?.title ?? ruleId } });
    this.focusInPanel('[data-action="undo-disable"]');
  }

  undoDisable(ruleId: string): void {
    clearTimeout(this.undoTimer);
    this.deps.setRuleOff(ruleId, false);
    this.setState({ undo: null });
    this.focusInPanel(`[data-rule-id="${CSS.escape(ruleId)}"][data-severity]`);
  }

  fixOf(index: number): Fix | null {
    const f = this.state.findings[index];
    if (!f || !this.snapshot) return null;
    const base = this.deps.baseContext();
    const to = this.snapshot.recipients.flatMap((r) => (r.field === 'to' && r.email ? [r.email] : []));
    const program = to.map((a) => programForAddress(a, base.programs ?? [])).find(Boolean)?.name;
    return fixFor(f, this.snapshot.text, this.deps.words(f.ruleId), { program, name: base.profile?.name });
  }

  applyFix(index: number): void {
    const fix = this.fixOf(index);
    if (!fix || !this.snapshot) return;
    this.setState({ markCard: null }, false);
    applyFix(this.handle, this.snapshot, fix);
    this.analyzeNow();
  }

  useTemplate(id: string): void {
    this.setOpen(true);
    this.deps.useTemplate?.(this, id);
  }

  /** Selects the finding's words in the editor (selection only: the text is not changed). */
  jumpTo(index: number): void {
    const f = this.state.findings[index];
    const range = f && this.snapshot?.map.rangeFor(f.start, f.end);
    if (!range) return;
    this.handle.editable.focus();
    const sel = this.handle.root.ownerDocument.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    (range.startContainer.parentElement ?? this.handle.editable).scrollIntoView({ block: 'nearest' });
    this.setState({ activeIndex: index, markCard: null });
  }

  /** Back to the draft, where the caret was (Escape in the panel, the shortcut, a closed card). */
  backToDraft(): void {
    this.handle.editable.focus();
    if (this.lastCaret) {
      const sel = this.handle.root.ownerDocument.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(this.lastCaret.cloneRange());
    }
  }

  /** The shortcut from the draft: open the panel and put focus on its first card (or its title). */
  toPanel(): void {
    this.setOpen(true);
    this.focusInPanel('.mm-program-notice, .mm-card', '#mm-panel-title');
  }

  private focusInPanel(selector: string, fallback = '#mm-panel-title'): void {
    queueMicrotask(() => {
      const root = this.panel.host.shadowRoot;
      const el = root?.querySelector<HTMLElement>(selector) ?? root?.querySelector<HTMLElement>(fallback);
      el?.focus();
    });
  }

  showMarkCard(card: MarkCardAt | null): void {
    if (card === this.state.markCard) return;
    this.setState({ markCard: card, activeIndex: card ? card.index : this.state.activeIndex });
  }

  private onSelection(): void {
    const range = this.selectionRange();
    const { editable } = this.handle;
    if (!range || !editable.contains(range.startContainer)) return;
    if (editable.contains(range.endContainer)) {
      // One Range, moved: a new one per caret move would be a live Range the page updates on every edit.
      this.lastCaret ??= this.handle.root.ownerDocument.createRange();
      this.lastCaret.setStart(range.startContainer, range.startOffset);
      this.lastCaret.setEnd(range.endContainer, range.endOffset);
    }
    // While typed input waits for its analysis, the last snapshot's offsets no longer fit the text: the
    // caret's card is looked up once that analysis has run (analyzeNow), not on every keystroke.
    if (this.pacer.pending) this.caretStale = true;
    else this.pointer.caret(range);
  }

  /**
   * The page's current selection, if there is one. A caret is read from the selection's own boundary points:
   * `getRangeAt` makes a new live Range for each caret move, and every live Range not yet collected is
   * updated by the page on every keystroke (this ran on each `selectionchange`, so on each keystroke).
   */
  private selectionRange(): Caret | null {
    const selection = this.handle.root.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const node = selection.anchorNode;
    if (selection.isCollapsed && node) {
      const offset = selection.anchorOffset;
      return {
        collapsed: true,
        startContainer: node,
        startOffset: offset,
        endContainer: node,
        endOffset: offset,
      };
    }
    return selection.getRangeAt(0);
  }

  /** The caret's card, after an analysis that follows input whose caret moves were not looked up. */
  private caretAfterAnalysis(): void {
    if (!this.caretStale || this.pacer.pending || this.abort.signal.aborted) return;
    this.caretStale = false;
    const range = this.selectionRange();
    if (range && this.handle.editable.contains(range.startContainer)) this.pointer.caret(range);
  }

  private onEditorKey(e: KeyboardEvent) {
    if (e.altKey && e.shiftKey && e.key.toLowerCase() === 'm') {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.toPanel();
      return;
    }
    if (e.key === 'Escape' && this.state.markCard) {
      e.preventDefault();
      e.stopImmediatePropagation();
      // Dismissed where the caret is: an analysis still to come (a report from the service worker, the
      // engine's hand-over) must not open it again there.
      this.caretStale = false;
      this.pointer.dismiss(this.selectionRange());
      return;
    }
    // Ctrl/⌘+Enter is the send guard's (send-guard.ts, in the window's capture phase, before this).
  }

  // ——— Send: the guard (send-guard.ts) decides; the session answers its buttons and records the send ———

  private blockingFindings(): Finding[] {
    if (!this.state.enabled) return [];
    this.analyzeNow();
    return this.state.findings.filter((f) => f.severity === 'error');
  }

  guardBack(): void {
    this.setState({ guard: null });
    this.backToDraft();
  }

  guardShow(f: Finding): void {
    this.setState({ guard: null });
    const i = this.state.findings.findIndex((x) => x.ruleId === f.ruleId && x.start === f.start);
    if (i >= 0) this.jumpTo(i);
    else this.handle.editable.focus();
  }

  guardSendAnyway(): void {
    const findings = this.state.guard ?? [];
    if (this.deps.beforeSendAnyway?.(this, findings)) {
      this.setState({ guard: null });
      return;
    }
    this.sendAnyway();
  }

  /** Sends past the guard; `overrideReason` is recorded with the ledger entry. */
  sendAnyway(overrideReason?: string) {
    if (overrideReason) this.overrideReason = overrideReason;
    this.guard.sendAnyway();
  }

  private sent() {
    if (this.snapshot && this.report) {
      const kind = this.draftKind() ?? this.report.kind;
      this.deps.onSent?.(this.snapshot, { ...this.report, kind }, this.overrideReason ?? undefined);
      this.overrideReason = null;
    }
  }
}
