/**
 * A word list written as one comma-separated string, so long lists stay readable and diff line by line.
 * Lines starting with `//` are comments about the words that follow.
 */
export function words(list: string): string[] {
  return list
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}
