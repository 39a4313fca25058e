// Hardware beside capacity (issue 8): "Its $9.7 billion Microsoft contract is a GPU cloud services agreement — IREN
// owns the GPUs (bought from Dell for about $5.8 billion)", "the Company entered into an agreement with Dell … to
// purchase GPUs … required to service the Microsoft Agreement". A purchase of goods whose sentence names the capacity
// deal's buyer only as that deal's label ("Microsoft contract", "Microsoft Agreement") is the purchase of the deal's
// seller (else of the one seller of compute the sentence names): a neocloud or a host buys the servers it runs for
// its customer. One purchase told twice is kept once.
import { companyById, findCompanyMentions, toCompanyRef } from '../companies';
import type { CompanyRef, Mention } from '../types';
import { labelledDeal } from './deal-labels';
import { sellsCompute } from './parties';
import { sentenceStartIn } from './sentences';

/** Does the sentence name the company with id `id`, and only as a contract's label ("the Microsoft Agreement")? */
function namedAsLabelOnly(evidence: string, id: string): boolean {
  const named = findCompanyMentions(evidence).filter((c) => c.company.id === id);
  return named.length > 0 && named.every((c) => labelledDeal(evidence, { ...c, weak: false }) >= 0);
}

/** The one seller of compute the sentence names besides the purchase's two parties ("— IREN owns the GPUs"). */
function sellerNamed(m: Mention): CompanyRef | undefined {
  const ids = new Set(
    findCompanyMentions(m.evidence)
      .map((c) => c.company)
      .filter((c) => c.id !== m.buyer.id && c.id !== m.provider.id && sellsCompute(c))
      .map((c) => c.id),
  );
  const [id] = ids;
  const seller = ids.size === 1 ? companyById(id!) : undefined;
  return seller && toCompanyRef(seller);
}

/** Is the buyer named in the amount's own sentence (the evidence may begin with a sentence it borrowed from)? */
function buyerNamed(m: Mention): boolean {
  const { evidence, valueText } = m;
  const from = valueText ? sentenceStartIn(evidence, Math.max(0, evidence.indexOf(valueText))) : 0;
  return findCompanyMentions(evidence, from).some((c) => c.company.id === m.buyer.id);
}

/**
 * "IREN commandera pour 5,8 milliards de dollars de serveurs à Dell. … La société a conclu un accord avec Dell pour
 * acheter environ 5,8 milliards de dollars de GPU": one purchase told twice; the telling whose buyer is only an
 * anaphor's referent (not named in its sentence) gives way to the one that names its buyer.
 */
const toldAgain = (m: Mention, mentions: readonly Mention[]): boolean =>
  m.valueUsd !== null &&
  !buyerNamed(m) &&
  mentions.some(
    (c) =>
      c.kind === 'hardware' &&
      c.provider.id === m.provider.id &&
      c.buyer.id !== m.buyer.id &&
      c.valueUsd === m.valueUsd &&
      buyerNamed(c),
  );

export function withGoodsBoughtBySeller(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === 'hardware' && toldAgain(m, mentions)) continue;
    const seller =
      m.kind === 'hardware' && namedAsLabelOnly(m.evidence, m.buyer.id)
        ? (mentions.find(
            (c) =>
              c.kind !== 'hardware' &&
              c.buyer.id === m.buyer.id &&
              c.provider.id !== m.provider.id &&
              sellsCompute(companyById(c.provider.id)),
          )?.provider ?? sellerNamed(m))
        : undefined;
    if (!seller) {
      out.push(m);
      continue;
    }
    const taken = mentions.some(
      (c) => c.kind === 'hardware' && c.buyer.id === seller.id && c.provider.id === m.provider.id,
    );
    if (!taken) out.push({ ...m, buyer: seller });
  }
  return out;
}
