/**
 * The kind of a draft read from its sentences: a reply is a reply (the webmail, the subject or the quoted
 * message say so); anything else is decided by the draft-kind model over the sentence layer's readings.
 */
import { isReplySubject } from '../classify';
import type { TextModel } from '../text-model';
import type { DraftKind } from '../types';
import { kindFeatures } from './kind-features';
import { KindModel } from './kind-model';
import type { SentenceModel } from './model';

const kindModels = new WeakMap<SentenceModel, KindModel | null>();

function kindModelOf(sentences: SentenceModel): KindModel | null {
  let k = kindModels.get(sentences);
  if (k === undefined) {
    const w = sentences.kindWeights;
    k = w ? new KindModel(w) : null;
    kindModels.set(sentences, k);
  }
  return k;
}

export interface KindOptions {
  subject?: string;
  isReply?: boolean;
  thread?: string;
}

export function isReplyDraft(model: TextModel, opts: KindOptions): boolean {
  const hasThread = model.quotedText.trim().length > 0 || !!opts.thread?.trim();
  return !!opts.isReply || isReplySubject(opts.subject) || (hasThread && /\bwrote:\s*$/m.test(model.text));
}

/** The draft's kind, or null when the model has no kind weights (the caller falls back to the cue tables). */
export function kindFromReadings(
  model: TextModel,
  opts: KindOptions,
  sentences: SentenceModel,
): DraftKind | null {
  const kinds = kindModelOf(sentences);
  if (!kinds) return null;
  if (isReplyDraft(model, opts)) return 'reply-to-program';
  const body = model.paragraphs
    .filter((p) => p.role === 'body')
    .flatMap((p) => p.sentences.map((s) => s.text));
  const quoted = model.quotedText.trim().length > 0 || !!opts.thread?.trim();
  const features = kindFeatures({ body, subject: opts.subject ?? '', quoted }, (s) =>
    sentences.probabilities(s),
  );
  return kinds.classify(features) as DraftKind;
}
