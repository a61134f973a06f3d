/**
 * Index of the last entry of ascending `starts` that is ≤ `offset` (0 when none is): which line, sentence or
 * chunk a text offset falls in, given where each one starts.
 */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
