/**
 * `npm run score -- <dir> [<dir>…]`: scores labeled draft sets (corpus format) in-process with the shipped
 * model — the quick way to read a new blind set at first contact. VERBOSE=1 lists every miss, false alarm
 * and wrong kind.
 */
import { scoreSet } from './score-set';

const dirs = process.argv.slice(2).filter((a) => !a.endsWith('.ts'));
if (dirs.length === 0) {
  console.error('usage: npm run score -- <set folder with context.json> [more folders]');
  process.exit(2);
}
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
for (const dir of dirs) {
  const r = await scoreSet(dir);
  console.log(
    `${dir}: recall ${f3(r.recall)}  precision ${f3(r.precision)}  kind ${f3(r.kind)} (from readings ${f3(r.readingsKind)})  error false alarms ${r.errorFalseAlarms}  tone ${f3(r.tone)} of ${r.toneChecks}  (${r.drafts} drafts)`,
  );
  if (process.env.VERBOSE === '1') for (const n of r.notes) console.log(`    ${n}`);
}
