/**
 * Emails of the sentence files as draft-kind training examples: each email's body sentences, subject and
 * whether it quotes a message, read by a sentence model that did not see its writer.
 */
import { kindFeatures } from '../src/analyzer/sentence/kind-features';
import type { KindExample } from '../src/analyzer/sentence/train';
import { DRAFT_KINDS } from '../src/analyzer/types';
import type { SentenceRecord } from './sentence-data.mjs';

export interface EmailRecord {
  id: string;
  group: string;
  kind: string;
  subject: string;
  body: string[];
  quoted: boolean;
}

export function emailsFrom(records: readonly SentenceRecord[]): EmailRecord[] {
  const byId = new Map<string, EmailRecord>();
  for (const r of records) {
    if (!r.email || !r.kind) continue;
    let e = byId.get(r.email);
    if (!e) {
      e = { id: r.email, group: r.writer ?? r.author, kind: r.kind, subject: '', body: [], quoted: false };
      byId.set(r.email, e);
    }
    const part = r.part ?? 'body';
    if (part === 'subject') e.subject = r.text;
    else if (part === 'body') e.body.push(r.text);
    else if (part === 'quoted') e.quoted = true;
  }
  return [...byId.values()].filter((e) => (DRAFT_KINDS as readonly string[]).includes(e.kind));
}

export function kindExample(e: EmailRecord, read: (s: string) => ArrayLike<number>): KindExample {
  return {
    features: kindFeatures({ body: e.body, subject: e.subject, quoted: e.quoted }, read),
    kind: (DRAFT_KINDS as readonly string[]).indexOf(e.kind),
  };
}
