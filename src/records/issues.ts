/** Turns schema failures into sentences that name the field at fault: "programs[2].interviewDate: …". */
import type * as v from 'valibot';

type AnyIssue = v.BaseIssue<unknown>;

export function issuePath(issue: AnyIssue, prefix = ''): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One line per problem; a missing field says so instead of "must be text". */
export function describeIssues(issues: readonly AnyIssue[], prefix = ''): string[] {
  const lines = issues.map((issue) => {
    const where = issuePath(issue, prefix) || '(top level)';
    const what = issue.input === undefined && (issue.path?.length ?? 0) > 0 ? 'is required' : issue.message;
    return `${where}: ${what}`;
  });
  return [...new Set(lines)];
}
