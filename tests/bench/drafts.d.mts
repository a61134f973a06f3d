/** A realistic draft of about `words` words, built from the labeled corpus (tests/fixtures/drafts). */
export declare function draftOfWords(words: number): string;
/** The same draft with one word changed in its middle paragraph; `i` makes every edit unique. */
export declare function editOneWord(draft: string, i: number): string;
