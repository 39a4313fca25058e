// A sale of goods is no capacity contract (issue 8, hardware beside capacity). The product tracks who buys compute
// capacity from whom; chips, servers and systems bought from their maker ("IREN buys GPUs from Dell for $5.8
// billion", "AMD to supply OpenAI with 6 GW of GPUs", "Oracle achèterait pour 40 milliards de puces Nvidia") are
// the buyer's own equipment, and the held-out conventions declare them traps. Two ways an amount is such a sale:
// - its kind reads hardware and its seller sells goods only (a hardware vendor, tier 4), or sells capacity too
//   (a chip designer that rents its chips, tier 1.5) but the sentence buys no capacity; a cloud's own chips
//   ("TPUs in its own data centers") stay a talk about capacity, since the clouds rent them too;
// - its own clause buys goods from a hardware vendor that is not one of the pair ("die Technik beschafft Iren für
//   5,8 Milliarden Dollar bei Dell" bound to the chip brand): the amount is the vendor's, whoever it was bound to.
import type { CompanyEntry } from '../companies';
import type { DealKind } from '../types';

/** Tier of the companies that sell goods only (the company table's hardware vendors). */
const GOODS_ONLY_TIER = 4;

/** Tier of the chip designers that also rent capacity (Nvidia, Cerebras): goods unless capacity is bought. */
const CHIP_DESIGNER_TIER = 1.5;

/** Capacity bought as a service, in six languages: the chips' use, not the chips. */
const CAPACITY_SERVICE_RE =
  /\b(?:comput(?:e|ing) (?:capacity|power)|inference capacity|capacity (?:through|via|on|in) (?:\S+ )?cloud|puissance de calcul|capacit[ée]s? (?:de calcul|d['’]inf[ée]rence)|Rechen(?:leistung|kapazit[äa]t)|capacidad(?:es)? de (?:c[óo]mputo|computaci[óo]n|c[áa]lculo|inferencia)|capacit[àa] (?:di calcolo|computazionale)|capacidade (?:computacional|de (?:computa[çc][ãa]o|processamento|infer[êe]ncia))|poder (?:computacional|de computa[çc][ãa]o))/i;

/** Buying, ordering or procuring, in six languages (the verb of a purchase of goods). */
const BUY_RE =
  /\b(?:buy|buys|bought|buying|purchas\w*|order(?:s|ed)?|procur\w*|ach[eè]t\w*|command\w*|acqui[eè]r\w*|kauf\w*|beschaff\w*|bestell\w*|erw[io]rb\w*|compr\w*|adquier\w*|adquir\w*|acquist\w*|ordin\w*|encomend\w*|suppl(?:y|ies|ied)|fourni\w*|liefer\w*|beliefer\w*|suministr\w*|fornir\w*|fornisc\w*|fornec\w*)\b/i;

/** The goods: chips, servers, systems, equipment, in six languages. */
const GOODS_RE =
  /\b(?:gpus?|chips?|servers?|systems|equipment|hardware|racks?|accelerators?|processors?|puces|serveurs|syst[èe]mes|[ée]quipements?|mat[ée]riel|acc[ée]l[ée]rateurs|processeurs|Server[n]?|Systeme|Technik|Ausr[üu]stung|Beschleuniger|Prozessoren|Grafikprozessoren|equipos?|servidores|sistemas|aceleradores|procesadores|apparecchiature|sistemi|acceleratori|processori|equipamentos?|processadores)\b/i;

/** A clause break around an amount: its own clause is what it is said of. */
const CLAUSE_BREAK_RE = /[;:()–—]|,(?!\d)|\s-\s/g;

/**
 * The clause holding the amount at `at` (an offset into `sentence`): its bounds, between the clause breaks and the
 * other amounts around it ("$9.7 billion Microsoft cloud contract and $5.8 billion Dell equipment order").
 */
function clauseAround(sentence: string, at: number, amountsAt: readonly number[]): [number, number] {
  let start = Math.max(0, ...amountsAt.filter((x) => x < at).map((x) => x + 1));
  let end = Math.min(sentence.length, ...amountsAt.filter((x) => x > at));
  for (const b of sentence.matchAll(CLAUSE_BREAK_RE)) {
    if (b.index < at) start = Math.max(start, b.index + b[0].length);
    else {
      end = Math.min(end, b.index);
      break;
    }
  }
  return [start, end];
}

/**
 * Is the mention a sale of goods? `kind` and `seller` are the mention's, `sentence` its evidence, `amountAt` the
 * amount's offset in it (-1 without one), `amountsAt` the offsets of all its amounts, `named` the companies the
 * sentence names with their offsets in it.
 */
export function isGoodsSale(
  kind: DealKind,
  seller: CompanyEntry,
  pairIds: readonly string[],
  sentence: string,
  amountAt: number,
  amountsAt: readonly number[],
  named: readonly { company: CompanyEntry; at: number }[],
): boolean {
  if (kind === 'hardware') {
    if (seller.tier === GOODS_ONLY_TIER) return true;
    if (seller.tier === CHIP_DESIGNER_TIER && !CAPACITY_SERVICE_RE.test(sentence)) return true;
  }
  if (amountAt < 0) return false;
  const [start, end] = clauseAround(sentence, amountAt, amountsAt);
  if (!BUY_RE.test(sentence.slice(start, end)) || !GOODS_RE.test(sentence)) return false;
  // The vendor must be this amount's: named in its clause and nearer to it than to any other amount.
  const nearest = (at: number): number =>
    amountsAt.reduce((best, x) => (Math.abs(x - at) < Math.abs(best - at) ? x : best), amountAt);
  return named.some(
    (n) =>
      n.company.tier === GOODS_ONLY_TIER &&
      !pairIds.includes(n.company.id) &&
      n.at >= start &&
      n.at < end &&
      nearest(n.at) === amountAt,
  );
}
