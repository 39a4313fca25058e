// A company that backs another's project, told as the sentence's opening: "Google backs Hut 8's $7 billion AI data
// center strategy", "Google apoia a estratégia de US$ 7 bilhões do Hut 8", "Google respalda el centro de datos de
// 7.000 millones de Hut 8". The amount is the backed company's own project (its lease, its campus); the backer
// neither rents nor sells capacity under it. What such a sentence tells is a guarantee of unknown size.
import { findCompanyMentions } from '../companies';
import type { Mention } from '../types';

/** The backing verb right after the opening company, six languages. */
const BACKING_VERB_RE =
  /^\s(?:backs|is backing|supports|is supporting|soutient|appuie|unterst[üu]tzt|st[üu]tzt|respalda|apoya|sostiene|appoggia|apoia|ap[óo]ia)\s/iu;

/** How far into the sentence its opening company may start (a dateline, a bullet). */
const OPENING_REACH = 12;

/** How far after the verb the guarantee's own amount stands ("Google backs $1.4B in Fluidstack leases"). */
const OWN_AMOUNT_REACH = 16;

/**
 * The amount names a share of the tenant's obligations ("indem es 1,8 Milliarden US-Dollar der Leasingverpflichtungen
 * von Fluidstack übernimmt", "by taking on $1.8 billion of Fluidstack's lease obligations"): the backer's own.
 */
const OBLIGATIONS_AFTER_RE =
  /^[^.;]{0,50}?(?:lease obligations|rent obligations|(?:Miet|Leasing)verpflichtungen|obligations locatives|obligaciones de (?:arrendamiento|alquiler)|obblighi di locazione|obbligazioni di (?:locazione|leasing)|obriga[çc][õo]es de (?:arrendamento|aluguel))/i;
const OBLIGATIONS_REACH = 90;

interface Backing {
  backer: Mention['buyer'];
  backed: Mention['buyer'];
  /** The amount is what the backer puts behind the other ("backs $1.4B in … leases"), not the other's project. */
  ownAmount: boolean;
}

/** `m` told as its backer's opening ("Google backs …") with the other party after the verb. */
function backerOpening(m: Mention): Backing | null {
  const named = findCompanyMentions(m.evidence);
  const first = named[0];
  if (!first || first.start > OPENING_REACH) return null;
  const verb = BACKING_VERB_RE.exec(m.evidence.slice(first.end, first.end + 24));
  if (!verb) return null;
  const ids = [m.buyer.id, m.provider.id];
  if (!ids.includes(first.company.id)) return null;
  const after = first.end + verb[0].length;
  const other = m.buyer.id === first.company.id ? m.provider : m.buyer;
  if (!named.some((c) => c.start >= after && c.company.id === other.id)) return null;
  const backer = m.buyer.id === first.company.id ? m.buyer : m.provider;
  const amountAt = m.valueText ? m.evidence.indexOf(m.valueText, after) : -1;
  const ownAmount =
    amountAt >= 0 &&
    (amountAt - after <= OWN_AMOUNT_REACH ||
      OBLIGATIONS_AFTER_RE.test(m.evidence.slice(amountAt, amountAt + OBLIGATIONS_REACH))) &&
    !named.some((c) => c.start >= after && c.start < amountAt);
  return { backer, backed: other, ownAmount };
}

/**
 * Each mention a backer's opening tells, as that backer's guarantee of the backed company: of the amount told right
 * after the verb, else of unknown size.
 */
export function withBackersAsGuarantors<T extends Mention>(mentions: T[]): T[] {
  return mentions.map((m) => {
    const told = backerOpening(m);
    if (!told) return m;
    const backing = { ...m, buyer: told.backer, provider: told.backed, kind: 'capacity_backstop' as const };
    if (told.ownAmount) return backing;
    return {
      ...backing,
      valueUsd: null,
      valueText: null,
      qualifier: null,
      originalCurrency: null,
      cumulative: true,
    };
  });
}
