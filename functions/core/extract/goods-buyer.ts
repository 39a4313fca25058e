// Hardware beside capacity (issue 8): "Its $9.7 billion Microsoft contract is a GPU cloud services agreement — IREN
// owns the GPUs (bought from Dell for about $5.8 billion)", "the Company entered into an agreement with Dell … to
// purchase GPUs … required to service the Microsoft Agreement". A purchase of goods whose sentence names the capacity
// deal's buyer only as that deal's label ("Microsoft contract", "Microsoft Agreement") is the purchase of the deal's
// seller: a neocloud or a host buys the servers it runs for its customer.
import { companyById, findCompanyMentions } from '../companies';
import type { Mention } from '../types';
import { labelledDeal } from './deal-labels';
import { sellsCompute } from './parties';

/** Does the sentence name the company with id `id`, and only as a contract's label ("the Microsoft Agreement")? */
function namedAsLabelOnly(evidence: string, id: string): boolean {
  const named = findCompanyMentions(evidence).filter((c) => c.company.id === id);
  return named.length > 0 && named.every((c) => labelledDeal(evidence, { ...c, weak: false }) >= 0);
}

export function withGoodsBoughtBySeller(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const deal =
      m.kind === 'hardware' && namedAsLabelOnly(m.evidence, m.buyer.id)
        ? mentions.find(
            (c) =>
              c.kind !== 'hardware' &&
              c.buyer.id === m.buyer.id &&
              c.provider.id !== m.provider.id &&
              sellsCompute(companyById(c.provider.id)),
          )
        : undefined;
    if (!deal) {
      out.push(m);
      continue;
    }
    const taken = mentions.some(
      (c) => c.kind === 'hardware' && c.buyer.id === deal.provider.id && c.provider.id === m.provider.id,
    );
    if (!taken) out.push({ ...m, buyer: deal.provider });
  }
  return out;
}
