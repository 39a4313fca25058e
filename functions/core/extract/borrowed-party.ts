// A pair guessed across sentences whose borrowed party belongs to another deal: "Core Scientific is locked into
// $10.2 billion over 12 years from CoreWeave. Cipher Digital secured $9.3 billion across two flagship leases." The
// second amount names one company; its other party is taken from the sentence before, where that company is the
// object of another pair's deal (CoreWeave, Core Scientific's customer), not the sentence's subject. Such a pair is
// a guess (Cipher's leases are with AWS and Fluidstack): confidence.ts's `borrowedParty` keeps it below the alert
// threshold. A party borrowed from the earlier sentence's subject ("IREN signs with Microsoft. To deliver it, it buys
// from Dell for $5.8 billion") is the usual continuation and keeps its confidence.
import { findCompanyMentions } from '../companies';
import type { Mention } from '../types';
import { withBorrowedParty } from './confidence';

const partiesOf = (m: Mention): string[] => [m.buyer.id, m.provider.id];

/** Lowers, in place, the confidence of each mention whose one party is borrowed from another deal's object. */
export function markPartiesBorrowedFromAnotherDeal(mentions: Mention[]): void {
  const lowered = mentions.filter((m) =>
    mentions.some((o) => {
      if (o === m || o.evidence.length >= m.evidence.length || !m.evidence.startsWith(o.evidence))
        return false;
      const shared = partiesOf(o).filter((id) => partiesOf(m).includes(id));
      if (shared.length !== 1) return false;
      // Only the earlier sentence's own text names the borrowed party: the amount's sentence does not.
      const rest = m.evidence.slice(o.evidence.length);
      const named = findCompanyMentions(rest);
      if (named.some((c) => c.company.id === shared[0])) return false;
      // The amount's sentence opens on its own named subject ("Cipher Digital secured …"): nothing in it points back
      // to the earlier sentence. One that opens on a stand-in ("A antiga mineradora compra à Dell") refers back.
      const opening = rest.length - rest.trimStart().length;
      if (named[0] === undefined || named[0].start > opening + 4) return false;
      const subject = findCompanyMentions(o.evidence)[0]?.company.id;
      return subject !== undefined && subject !== shared[0];
    }),
  );
  for (const m of lowered) m.confidence = withBorrowedParty(m.confidence);
}
