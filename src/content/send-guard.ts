/**
 * What happens when the applicant presses Send, in one place.
 *
 * Every way a compose can be sent is watched, in the capture phase of the window so no page handler runs
 * first: a click on Send (mousedown and mouseup are held too: some webmail sends on those), Enter or Space on
 * the focused Send button, Ctrl/⌘+Enter anywhere in the compose (body, subject, recipients), and the send
 * menu's "Schedule send" (B3). If the draft has an error-level finding at that moment, the send is held and
 * the guard lists the findings; otherwise it goes through and is recorded in the ledger.
 *
 * Never stuck (B12, B13): the findings are re-read on every send attempt and the open guard follows every
 * analysis (fixing the error or switching checking off closes it); and if our panel is not on screen (the
 * page removed or hid it), the send goes through, since a block the user cannot see is worse than none.
 *
 * Nothing forged (B6): only a send the user made (a trusted event) is written to the ledger; an event the
 * page script made up may be held, never recorded.
 */
import type { Finding } from '../analyzer/types';
import type { ComposeHandle } from '../providers/types';

export interface GuardedCompose {
  readonly handle: ComposeHandle;
  /** The `<matchmail-panel>` host the guard is shown in. */
  readonly panelHost: HTMLElement;
  /** Re-analyses the draft now and returns its error-level findings (none while checking is off). */
  errorsNow(): Finding[];
  /** The error-level findings of the last analysis (none while checking is off). */
  errors(): Finding[];
  /** Opens the guard listing `findings`, or closes it (null). */
  showGuard(findings: Finding[] | null): void;
  /** The findings the open guard lists, or null when it is closed. */
  guardShown(): Finding[] | null;
  /** A send the user made went through: record it. */
  sent(): void;
}

const POINTER_EVENTS = ['mousedown', 'mouseup', 'click'] as const;
/** The send menu's entries that send (English labels; the menu lives outside the compose, in the page). */
const SENDING_MENU_ITEMS = [/^\s*schedule send\s*$/i];
/** The control beside Send that opens that menu. */
const SEND_MENU_BUTTON = '[aria-haspopup][aria-label*="send" i], [aria-haspopup][data-tooltip*="send" i]';

export class SendGuard {
  /** True while "Send anyway" replays the send: those events are ours and must pass. */
  private replaying = false;
  /** What the user activated when the guard opened, replayed by "Send anyway" (null: the Send button). */
  private pending: Element | null = null;
  /** This compose's send menu was opened last (its "Schedule send" belongs to this compose). */
  private menuOpen = false;

  constructor(
    private readonly c: GuardedCompose,
    signal: AbortSignal,
  ) {
    const view = c.handle.root.ownerDocument.defaultView ?? window;
    for (const type of POINTER_EVENTS) {
      view.addEventListener(type, (e) => this.onPointer(e as MouseEvent), { signal, capture: true });
    }
    view.addEventListener('keydown', (e) => this.onKey(e), { signal, capture: true });
    view.addEventListener('keyup', (e) => this.onKey(e), { signal, capture: true });
  }

  /** Called after every analysis: the open guard lists what is there now, and closes when nothing is. */
  refresh(): void {
    const shown = this.c.guardShown();
    if (!shown) return;
    const errors = this.c.errors();
    if (errors.length === 0) this.c.showGuard(null);
    else if (!sameFindings(shown, errors)) this.c.showGuard(errors);
  }

  /** "Send anyway": replays what the user activated, past the guard, and records the send. */
  sendAnyway(): void {
    const target =
      this.pending?.isConnected && this.pending !== this.c.handle.sendButton
        ? this.pending
        : this.c.handle.sendButton;
    this.pending = null;
    this.c.showGuard(null);
    if (!target) return;
    const view = this.c.handle.root.ownerDocument.defaultView ?? window;
    this.replaying = true;
    try {
      for (const type of POINTER_EVENTS) {
        target.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0 }));
      }
    } finally {
      this.replaying = false;
    }
    this.c.sent();
  }

  private inCompose(target: EventTarget | null): target is Node {
    return target instanceof Node && this.c.handle.root.contains(target);
  }

  private onSendButton(target: EventTarget | null): boolean {
    // Typing: every Space is keyed in the editor, which is never the Send button (and finding the button is
    // a selector query, on every keystroke otherwise).
    if (target === this.c.handle.editable) return false;
    const send = this.c.handle.sendButton;
    return !!send && target instanceof Node && send.contains(target);
  }

  private sendingMenuItem(target: EventTarget | null): Element | null {
    if (!this.menuOpen || !(target instanceof Element)) return null;
    const item = target.closest('[role="menuitem"]');
    const label = item?.getAttribute('aria-label') ?? item?.textContent ?? '';
    return item && SENDING_MENU_ITEMS.some((re) => re.test(label)) ? item : null;
  }

  private onPointer(e: MouseEvent) {
    if (this.replaying) return;
    const target = e.target;
    if (e.type === 'click' && target instanceof Element) {
      const menuButton = target.closest(SEND_MENU_BUTTON);
      if (menuButton) this.menuOpen = this.c.handle.root.contains(menuButton);
    }
    const menuItem = this.sendingMenuItem(target);
    if (!menuItem && !this.onSendButton(target)) return;
    const final = e.type === 'click';
    this.decide(e, final, menuItem);
    if (final && menuItem) this.menuOpen = false;
  }

  private onKey(e: KeyboardEvent) {
    if (this.replaying) return;
    const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
    if (shortcut && this.inCompose(e.target)) {
      if (e.type === 'keydown') this.decide(e, true, null);
      return;
    }
    const activates = (e.key === 'Enter' || e.key === ' ') && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (activates && this.onSendButton(e.target)) this.decide(e, e.type === 'keydown', null);
  }

  /**
   * Holds the event if the draft has an error and the guard can be seen; `final` is the event that sends
   * (a click, the key press), the others (mousedown, mouseup, keyup) are only held alongside it.
   */
  private decide(e: Event, final: boolean, control: Element | null) {
    // Read afresh on every attempt: a guard opened earlier may list findings that are gone now (B13).
    const errors = this.c.errorsNow();
    if (errors.length && this.panelOnScreen()) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (final) {
        this.pending = control;
        this.c.showGuard(errors);
      }
      return;
    }
    if (final) this.c.showGuard(null);
    if (final && e.isTrusted) this.c.sent();
  }

  /** Whether the guard would be seen: our panel is in the page and not hidden by it. */
  private panelOnScreen(): boolean {
    const host = this.c.panelHost;
    if (!host.isConnected) return false;
    const view = host.ownerDocument.defaultView;
    const style = view?.getComputedStyle(host);
    if (style && (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)) {
      return false;
    }
    if (typeof host.checkVisibility === 'function') {
      if (!host.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    }
    return true;
  }
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length &&
  a.every((f, i) => f.ruleId === b[i]?.ruleId && f.start === b[i]?.start && f.end === b[i]?.end);
