/** The badge shown when a compose window is open but the adapter cannot read it (webmail drift). */
import { PANEL_CSS } from '../ui/panel-styles';

export interface UnreadableNotice {
  remove(): void;
}

export function createUnreadableNotice(doc: Document): UnreadableNotice {
  const host = doc.createElement('matchmail-panel');
  host.setAttribute('data-unreadable', 'true');
  host.setAttribute('data-mark-count', '0');
  host.setAttribute('data-analyzed-at', '0');
  host.style.right = '16px';
  host.style.bottom = '16px';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const badge = doc.createElement('p');
  badge.className = 'mm-notice mm-badge';
  badge.setAttribute('role', 'status');
  badge.textContent = "MatchMail can't read this compose window. Your email is untouched.";
  shadow.append(style, badge);
  doc.body.append(host);
  return { remove: () => host.remove() };
}
