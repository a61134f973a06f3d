/**
 * What the panel shows for one compose session: its state and the callbacks for each control. The session
 * decides; this file only wires the Preact tree to it.
 */
import type { ComponentChildren } from 'preact';
import { Panel } from '../ui/Panel';
import { DECLINE_TEMPLATE as DECLINE } from '../ui/rule-words';
import { ToneView } from '../ui/ToneView';
import type { ComposeSession } from './session';

export interface PanelExtras {
  templates?: ComponentChildren;
  /** Opens the template list, in the panel's row of tools. */
  templatesButton?: ComponentChildren;
  dialog?: ComponentChildren;
}

export function panelView(s: ComposeSession, extras: PanelExtras) {
  const t = s.tone.state;
  const tone = t && (
    <ToneView
      report={t.report}
      loading={t.loading}
      error={t.error}
      findingRuleIds={s.state.findings.map((f) => f.ruleId)}
      onClose={() => s.tone.close()}
    />
  );
  const words = (id: string) => s.words(id);
  return (
    <>
      <Panel
        state={s.state}
        words={words}
        canFix={(i) => s.fixOf(i) !== null}
        tone={tone}
        templates={extras.templates}
        templatesButton={extras.templatesButton}
        onToggleCollapsed={() => s.setOpen(s.state.collapsed)}
        onToggleEnabled={() => s.toggleEmail()}
        onKind={(kind) => s.chooseKind(kind)}
        onToneCheck={() =>
          s.tone.open
            ? s.tone.close()
            : s.tone.start(() => ({
                snapshot: s.snapshot,
                text: s.snapshot ? s.draftText(s.snapshot) : '',
                kind: s.report?.kind,
              }))
        }
        onJump={(i) => s.jumpTo(i)}
        onIgnore={(i) => s.ignore(i)}
        onDisableRule={(id) => s.disableRule(id)}
        onConfirmDisable={(id) => s.disableRule(id, true)}
        onCancelDisable={() => s.setState({ confirmOff: null })}
        onUndoDisable={(id) => s.undoDisable(id)}
        onApplyFix={(i) => s.applyFix(i)}
        onGuardBack={() => s.guardBack()}
        onGuardSend={() => s.guardSendAnyway()}
        onGuardShow={(f) => s.guardShow(f)}
        onOpenSetup={() => s.openSetup()}
        onUseDecline={() => s.useTemplate(DECLINE)}
        onCloseMarkCard={() => {
          s.pointer.close();
          s.backToDraft();
        }}
        onMarkCardPointer={(inside) => (inside ? s.pointer.holdOpen() : s.pointer.closeSoon('hover'))}
        onBackToDraft={() => s.backToDraft()}
        onDragStart={(e) => s.startDrag(e)}
        onDockBack={() => s.dockBack()}
      />
      {extras.dialog}
    </>
  );
}
