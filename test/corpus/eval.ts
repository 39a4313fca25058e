// `npm run eval`: scores the extractor on the labeled corpus and exits non-zero when a target is missed.
// `npm run eval -- --holdout`: the same on test/corpus/holdout, cases written apart from the extractor and never
// used to tune it — the honest measure of how it generalises; reported, not enforced. Both print the wrong
// alerts by kind with their evidence and the confidence calibration; the calibration goal counts as a target on
// the held-out set only (where the issue sets it).
// The held-out set grows in generations written at different times (h3, h4, …: the case id's prefix). With
// --holdout the report covers them together and then prints one summary row per generation, so that a fresh
// generation (never seen by anyone tuning) can be read apart; `--set h4` restricts the whole report to one.
import '../../functions/regexp-engine';
import { fileURLToPath } from 'node:url';
import {
  type CorpusCase,
  evaluate,
  formatReport,
  formatSummaryRow,
  loadCases,
  missedCalibration,
  missedTargets,
  SUMMARY_HEADER,
} from './corpus';

// A reader piping the report into `head` closes stdout early; that ends the run, it is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const holdout = args.includes('--holdout');
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const dir = holdout ? fileURLToPath(new URL('./holdout/', import.meta.url)) : undefined;
const generation = (c: CorpusCase): string => c.id.split('-')[0] ?? c.id;
const all = loadCases(dir);
const cases = setArg ? all.filter((c) => generation(c) === setArg) : all;
if (cases.length === 0) {
  process.stderr.write(`no case in set "${setArg}"\n`);
  process.exit(2);
}
const report = evaluate(cases, dir);
const heading = holdout ? `HELD-OUT SET${setArg ? ` ${setArg}` : ''}\n` : '';
process.stdout.write(`${heading}${formatReport(report)}\n`);
if (holdout && !setArg) {
  const generations = [...new Set(cases.map(generation))];
  const rows = generations.map((g) =>
    formatSummaryRow(
      g,
      evaluate(
        cases.filter((c) => generation(c) === g),
        dir,
      ),
    ),
  );
  process.stdout.write(`\nby generation:\n${SUMMARY_HEADER}\n${rows.join('\n')}\n`);
}
const calibrationMissed = holdout ? missedCalibration(report) : null;
const missed = [...missedTargets(report), ...(calibrationMissed ? [calibrationMissed] : [])];
if (missed.length === 0) process.stdout.write('\nall targets met\n');
else if (holdout) process.stdout.write(`\nbelow target on the held-out set: ${missed.join('; ')}\n`);
else {
  process.stderr.write(`\ntargets missed: ${missed.join('; ')}\n`);
  process.exitCode = 1;
}
