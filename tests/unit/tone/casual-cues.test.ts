/** Texting spellings are read with their own casing: "IM" in "EM/IM" is internal medicine, "im" is "I'm". */
import { describe, expect, it } from 'vitest';
import { toneReport } from '../../../src/tone';

const casual = (body: string) => toneReport(body).labels.find((l) => l.label === 'casual')!.score;

describe('casual cues and capitals', () => {
  it('a combined EM/IM or EM-IM program is not text-speak', () => {
    expect(
      casual(
        'Dear Dr. Lee,\n\nI am writing about the EM/IM program. Your residents present at the joint EM-IM conference, and the IM wards impressed me.\n\nSincerely,\nAna Ruiz',
      ),
    ).toBeLessThan(0.2);
  });

  it('"im" and "dont" typed without apostrophes still are', () => {
    expect(
      casual(
        "Dear Dr. Lee,\n\nim so glad I came and dont think I've ever met a nicer group. Im telling everyone.\n\nAna",
      ),
    ).toBeGreaterThan(0.3);
  });
});
