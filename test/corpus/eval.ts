// `npm run eval`: scores the extractor on the labeled corpus and exits non-zero when a target is missed.
import { evaluate, formatReport, loadCases, missedTargets } from './corpus';

const report = evaluate(loadCases());
process.stdout.write(`${formatReport(report)}\n`);
const missed = missedTargets(report);
if (missed.length > 0) {
  process.stderr.write(`\ntargets missed: ${missed.join('; ')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('\nall targets met\n');
}
