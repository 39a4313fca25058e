// A chip maker named as what the capacity runs on: "Anthropic will work with Nvidia on chip optimisation and has
// committed to use up to 1 gigawatt of compute capacity built on Nvidia hardware", "capacidade de computação baseada
// em hardware da NVIDIA". The maker is the brand of the goods and a partner in engineering; the capacity is bought
// from someone else (Azure, told in another sentence). No deal with the maker.
import { companyById, findCompanyMentions } from '../companies';
import type { Mention } from '../types';
import { BUILT_ON_BEFORE_RE, GOODS_AFTER_MAKER_RE } from './chip-brand';
import { isChipMaker } from './parties';
import { textBefore } from './text-window';

/** Characters before the maker's name read for "built on", "baseada em hardware da". */
const BUILT_ON_REACH = 48;

/** The evidence names the mention's maker as the hardware its capacity is built on. */
function builtOnMaker(m: Mention): boolean {
  const maker = companyById(m.provider.id);
  if (!maker || !isChipMaker(maker) || maker.sellsCapacity) return false;
  return findCompanyMentions(m.evidence).some((c) => {
    if (c.company.id !== maker.id) return false;
    const before = BUILT_ON_BEFORE_RE.exec(textBefore(m.evidence, c.start, BUILT_ON_REACH));
    // The goods are named before the maker ("hardware da NVIDIA") or after it ("Nvidia hardware").
    return (
      before !== null &&
      (before.groups?.goods !== undefined || GOODS_AFTER_MAKER_RE.test(m.evidence.slice(c.end, c.end + 16)))
    );
  });
}

export function withoutMakerAsSellerOfCapacity<T extends Mention>(mentions: T[]): T[] {
  return mentions.filter((m) => !builtOnMaker(m));
}
