/**
 * One compose window: reads it through the provider adapter, analyses on every input, renders the panel and
 * the inline marks, and guards Send. Everything it adds hangs off one AbortSignal, so teardown (compose
 * closed, extension reloaded) leaves no listener, node, style or highlight behind.
 */
import { type ComponentChildren, render } from 'preact';
import type { Analyzer } from '../analyzer/core';
import type { Context, Finding, Report } from '../analyzer/types';
import { markEnd } from '../overlay/mark-extent';
import { createMarkPainter, type Mark, type MarkPainter } from '../overlay/marks';
import type { ComposeHandle, ComposeSnapshot } from '../providers/types';
import type { ToneReport } from '../tone/types';
import { Panel, type PanelState } from '../ui/Panel';
import { ToneView } from '../ui/ToneView';
import type { LazyBundle } from './lazy-bundle';
import { createPanelHost, type PanelHost } from './panel-host';

export interface SessionDeps {
  analyzer: Analyzer;
  /** Context from the applicant's records and settings (may be empty). */
  baseContext(): Context;
  today(): string;
  disableRule(ruleId: string): void;
  /** Called after a send went through, for the ledger (with the reason when a guard was overridden). */
  onSent?(snapshot: ComposeSnapshot, report: Report, overrideReason?: string): void;
  /** Renders extra panel sections (the template picker) and a dialog beside the panel for this session. */
  extras?(session: ComposeSession): { templates?: ComponentChildren; dialog?: ComponentChildren };
  /**
   * "Send anyway" on the guard: return true to take over (e.g. ask for a reason, then call
   * session.sendAnyway(reason)); the guard closes either way.
   */
  beforeSendAnyway?(session: ComposeSession, findings: Finding[]): boolean;
  /** The lazily injected bundle with compromise and the tone check. */
  loadLazy?(): Promise<LazyBundle | null>;
  /** A line about stored data for the panel (e.g. a value that had to be set aside), or null. */
  notice?(): string | null;
  prefer?: 'auto' | 'overlay';
}

const SEND_EVENTS = ['mousedown', 'mouseup', 'click'] as const;
/** Input closer together than this is a burst (paste, auto-repeat), not a person typing. */
const BURST_MS = 30;
/** During a burst, at most one analysis per this many milliseconds. */
const BURST_WINDOW_MS = 100;
/** During a burst, the panel is re-rendered at most this often (marks still follow every analysis). */
const PANEL_BURST_MS = 400;

export class ComposeSession {
  readonly abort = new AbortController();
  readonly panel: PanelHost;
  readonly painter: MarkPainter;
  snapshot: ComposeSnapshot | null = null;
  report: Report | null = null;
  state: PanelState = {
    kind: null,
    findings: [],
    collapsed: false,
    enabled: true,
    unreadable: false,
    activeIndex: null,
    hover: null,
    guard: null,
  };
  tone: { report: ToneReport | null; loading: boolean; error: string | null } | null = null;
  /** The last caret inside the editable: a click in the panel moves focus, a template goes back to it. */
  lastCaret: Range | null = null;
  /** Why the applicant went past a guard (a second letter of intent); sent with the ledger entry. */
  overrideReason: string | null = null;
  private toneBundle: LazyBundle | null = null;
  private analyzedCount = 0;
  private lastAnalysis = Number.NEGATIVE_INFINITY;
  private burstTimer = 0;
  private lastVisible = '';
  private ignored = new Set<string>();
  private sendBypass = false;
  private frame = 0;
  private panelTimer = 0;
  private lastRender = Number.NEGATIVE_INFINITY;

  constructor(
    readonly handle: ComposeHandle,
    private readonly deps: SessionDeps,
  ) {
    const doc = handle.root.ownerDocument;
    this.panel = createPanelHost(doc, handle.id);
    this.painter = createMarkPainter(doc, deps.prefer, handle.editable);
    const signal = this.abort.signal;
    const view = doc.defaultView ?? window;

    handle.editable.addEventListener('input', () => this.onInput(), { signal });
    handle.subjectInput?.addEventListener('input', () => this.analyzeNow(), { signal });
    handle.editable.addEventListener('mousemove', (e) => this.onHover(e), { signal, passive: true });
    handle.editable.addEventListener('mouseleave', () => this.setState({ hover: null }), { signal });
    handle.editable.addEventListener('click', (e) => this.onMarkClick(e), { signal });
    handle.editable.addEventListener('keydown', (e) => this.onEditorKey(e), { signal, capture: true });
    doc.addEventListener('selectionchange', () => this.rememberCaret(), { signal });
    for (const type of SEND_EVENTS)
      doc.addEventListener(type, (e) => this.onSendPointer(e), { signal, capture: true });
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

  destroy(): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.burstTimer);
    clearTimeout(this.panelTimer);
    this.painter.destroy();
    render(null, this.panel.container);
    this.panel.remove();
  }

  /**
   * A keystroke after a pause is analysed at once (marks follow the typing with no delay); input arriving
   * faster than that (a paste, auto-repeat, a burst) is coalesced into one analysis in the next frame.
   */
  private onInput(): void {
    const now = performance.now();
    if (now - this.lastAnalysis > BURST_MS && !this.burstTimer) {
      this.analyzeNow();
      return;
    }
    // A burst: one trailing analysis per BURST_WINDOW_MS keeps a paste or auto-typing from doing the work of
    // every character; the marks catch up when the burst pauses.
    this.burstTimer ||= window.setTimeout(
      () => {
        this.burstTimer = 0;
        this.analyzeNow(true);
      },
      Math.max(0, this.lastAnalysis + BURST_WINDOW_MS - now),
    );
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

  /** `inBurst`: called for a burst of input (see onInput), when the panel may follow a little later. */
  analyzeNow(inBurst = false): void {
    if (this.abort.signal.aborted) return;
    let snapshot: ComposeSnapshot;
    try {
      snapshot = this.handle.read();
    } catch {
      // The page changed under us: say so in the badge, keep the page working.
      this.setState({ unreadable: true, findings: [] });
      this.paint([]);
      return;
    }
    this.snapshot = snapshot;
    this.lastAnalysis = performance.now();
    if (!this.state.enabled) {
      this.paint([]);
      this.bump();
      return;
    }
    const context = this.context(snapshot);
    // The analyzer finds a signature after a "-- " line, as in an .eml; without it an AAMC ID kept in the
    // signature reads as missing. Author offsets are unchanged: the signature comes after the author's text.
    const report = this.deps.analyzer.analyze(this.draftText(snapshot), context);
    this.report = report;
    const findings = report.findings.filter((f) => !this.ignored.has(this.ignoreKey(f, snapshot)));
    this.setState({ kind: report.kind, findings, unreadable: false, hover: null }, false);
    this.paint(findings);
    if (this.tone && this.toneBundle) this.runTone(this.toneBundle);
    // Most keystrokes change no card: skip the panel render then (marks above are always repainted).
    const visible = `${report.kind}\u0002${findings.map((f) => `${f.ruleId}\u0001${f.severity}\u0001${f.excerpt}\u0001${f.message}`).join('\u0002')}`;
    if (visible !== this.lastVisible || this.tone || this.state.activeIndex !== null) {
      this.lastVisible = visible;
      if (inBurst) this.renderSoon();
      else this.render();
    }
    this.bump();
  }

  /**
   * During a burst (a paste, auto-repeat, fast typing) the marks follow every analysis but the panel at most
   * every PANEL_BURST_MS: re-rendering it is a layout and a repaint of its layer, and nobody reads a sidebar
   * mid-burst. The last state is always rendered.
   */
  private renderSoon(): void {
    if (this.panelTimer) return;
    const wait = this.lastRender + PANEL_BURST_MS - performance.now();
    if (wait <= 0) {
      this.render();
      return;
    }
    this.panelTimer = window.setTimeout(() => {
      this.panelTimer = 0;
      this.render();
    }, wait);
  }

  /** The draft as the analyzer and the tone check read it: the author's text, then the signature. */
  private draftText(s: ComposeSnapshot): string {
    return s.signature ? `${s.text}\n\n-- \n${s.signature}` : s.text;
  }

  openTone(): void {
    this.tone = { report: null, loading: true, error: null };
    this.render();
    const load = this.deps.loadLazy?.() ?? Promise.resolve(null);
    void load.then((bundle) => {
      if (this.abort.signal.aborted || !this.tone) return;
      if (!bundle) {
        this.tone = {
          report: null,
          loading: false,
          error: 'The tone check could not be loaded. Reload the page and try again.',
        };
        this.render();
        return;
      }
      this.toneBundle = bundle;
      this.runTone(bundle);
      this.render();
    });
  }

  closeTone(): void {
    this.tone = null;
    this.painter.paintTone([]);
    this.render();
  }

  private runTone(bundle: LazyBundle) {
    const s = this.snapshot;
    if (!s) return;
    try {
      const report = bundle.toneReport(this.draftText(s), { kind: this.report?.kind });
      this.tone = { report, loading: false, error: null };
      // While the report is open, the sentences behind its strongest labels are highlighted in the draft.
      const ranges: Range[] = [];
      for (const l of report.labels) {
        if (!report.dominant.includes(l.label) || l.label === 'professional') continue;
        for (const sp of l.sentences) {
          const r = sp.end <= s.text.length ? s.map.rangeFor(sp.start, sp.end) : null;
          if (r && !r.collapsed) ranges.push(r);
        }
      }
      this.painter.paintTone(ranges);
    } catch {
      this.tone = { report: null, loading: false, error: 'The tone check failed on this draft.' };
    }
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
      findings.forEach((f, i) => {
        if (f.target !== 'draft' || f.end <= f.start) return;
        const points = this.snapshot?.map.pointsFor(f.start, markEnd(this.snapshot.text, f.start, f.end));
        if (points) marks.push({ ...points, severity: f.severity, finding: i });
      });
    }
    const drawn = this.painter.paint(marks);
    this.panel.host.setAttribute('data-mark-count', String(drawn));
  }

  reposition(): void {
    this.panel.dock(this.handle.root, this.state.collapsed);
    this.painter.reposition();
  }

  setState(patch: Partial<PanelState>, rerender = true): void {
    this.state = { ...this.state, ...patch };
    if (rerender) this.render();
  }

  render(): void {
    if (this.abort.signal.aborted) return;
    clearTimeout(this.panelTimer);
    this.panelTimer = 0;
    this.lastRender = performance.now();
    const extras = this.deps.extras?.(this) ?? {};
    const tone = this.tone && (
      <ToneView
        report={this.tone.report}
        loading={this.tone.loading}
        error={this.tone.error}
        onClose={() => this.closeTone()}
      />
    );
    const panel = (
      <Panel
        state={{ ...this.state, notice: this.deps.notice?.() ?? null }}
        tone={tone}
        templates={extras.templates}
        onToggleCollapsed={() => {
          this.setState({ collapsed: !this.state.collapsed });
          this.reposition();
        }}
        onToggleEnabled={() => {
          this.setState({ enabled: !this.state.enabled, findings: [] });
          this.analyzeNow();
        }}
        onToneCheck={() => (this.tone ? this.closeTone() : this.openTone())}
        onJump={(i) => this.jumpTo(i)}
        onIgnore={(i) => {
          const f = this.state.findings[i];
          if (f && this.snapshot) this.ignored.add(this.ignoreKey(f, this.snapshot));
          this.analyzeNow();
        }}
        onDisableRule={(id) => this.deps.disableRule(id)}
        onGuardBack={() => {
          this.setState({ guard: null });
          this.handle.editable.focus();
        }}
        onGuardSend={() => this.guardSendAnyway()}
      />
    );
    render(
      <>
        {panel}
        {extras.dialog}
      </>,
      this.panel.container,
    );
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
    this.setState({ activeIndex: index });
  }

  private onHover(e: MouseEvent) {
    const i = this.painter.findingAt(e.clientX, e.clientY);
    const current = this.state.hover?.index ?? null;
    if (i === current) return;
    this.setState({ hover: i === null ? null : { index: i, x: e.clientX + 12, y: e.clientY + 16 } });
  }

  private onMarkClick(e: MouseEvent) {
    const i = this.painter.findingAt(e.clientX, e.clientY);
    if (i === null) return;
    this.setState({ activeIndex: i, collapsed: false });
    const card = this.panel.host.shadowRoot?.querySelector(`[data-finding-index="${i}"]`);
    card?.scrollIntoView({ block: 'nearest' });
  }

  private blockingFindings(): Finding[] {
    if (!this.state.enabled) return [];
    this.analyzeNow();
    return this.state.findings.filter((f) => f.severity === 'error');
  }

  private onEditorKey(e: KeyboardEvent) {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    if (this.sendBypass) return;
    const errors = this.blockingFindings();
    if (!errors.length) {
      this.sent();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    this.setState({ guard: errors });
  }

  private onSendPointer(e: Event) {
    const send = this.handle.sendButton;
    if (!send || !(e.target instanceof Node) || !send.contains(e.target)) return;
    if (this.sendBypass) {
      if (e.type === 'click') {
        this.sendBypass = false;
        this.sent();
      }
      return;
    }
    if (e.type !== 'click') {
      // Hold mousedown/mouseup too: some webmail sends on mouseup.
      if (this.state.guard || this.blockingFindings().length) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
      return;
    }
    const errors = this.state.guard ?? this.blockingFindings();
    if (!errors.length) {
      this.sent();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    this.setState({ guard: errors });
  }

  private rememberCaret() {
    const selection = this.handle.root.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const { editable } = this.handle;
    if (range && editable.contains(range.startContainer) && editable.contains(range.endContainer)) {
      // One Range, moved: a new one per caret move would be a live Range the page updates on every edit.
      this.lastCaret ??= this.handle.root.ownerDocument.createRange();
      this.lastCaret.setStart(range.startContainer, range.startOffset);
      this.lastCaret.setEnd(range.endContainer, range.endOffset);
    }
  }

  private guardSendAnyway() {
    const findings = this.state.guard ?? [];
    if (this.deps.beforeSendAnyway?.(this, findings)) {
      this.setState({ guard: null });
      return;
    }
    this.sendAnyway();
  }

  /** Sends past the guard; `overrideReason` is recorded with the ledger entry. */
  sendAnyway(overrideReason?: string) {
    const send = this.handle.sendButton;
    if (overrideReason) this.overrideReason = overrideReason;
    this.setState({ guard: null });
    if (!send) return;
    this.sendBypass = true;
    const view = this.handle.root.ownerDocument.defaultView ?? window;
    for (const type of SEND_EVENTS) {
      send.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0 }));
    }
    this.sendBypass = false;
  }

  private sent() {
    if (this.snapshot && this.report) {
      this.deps.onSent?.(this.snapshot, this.report, this.overrideReason ?? undefined);
      this.overrideReason = null;
    }
  }
}
