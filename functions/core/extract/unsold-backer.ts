// A chip maker's promise to pay for the capacity its customer cannot sell, read with the customer as the buyer: "il
// donnait 2 autres milliards de dollars à son client CoreWeave et s'engageait à lui payer … toute la puissance de calcul
// qu'il ne réussirait pas à revendre, à concurrence de 6,3 milliards". The customer named for the chips it buys is the
// seller of the unsold capacity; the maker who pays for it is the backstop's buyer.
import { companyById } from '../companies';
import type { Mention } from '../types';
import { isChipMaker } from './parties';

/** Capacity left unsold, six languages: "unsold", "fails to resell", "ne réussirait pas à revendre", "invendue". */
const UNSOLD_CAPACITY_RE =
  /\bunsold\b|\b(?:cannot|can['’]t|could not|fails? to|is unable to) (?:re)?sell\b|invendu|ne (?:parvien|r[ée]ussi|arrive)\p{L}{0,5} pas à (?:re)?(?:vendre|louer|[ée]couler)|no (?:logr|consig|pued)\p{L}{0,3} (?:re)?vender|sin vender|non riesc\p{L}{0,4} a (?:ri)?vendere|invendut|n[ãa]o consig\p{L}{0,4} (?:re)?vender|n[ãa]o vendid|nicht (?:verkaufte|anderweitig)|ungenutzte/iu;

/** The neoclouds' tier and above (hosts, miners): companies that sell capacity, never a chip maker's backer. */
const SELLER_TIER = 2;

function makerReadAsSeller(m: Mention): boolean {
  if (m.kind !== 'capacity_backstop' || !UNSOLD_CAPACITY_RE.test(m.evidence)) return false;
  const maker = companyById(m.provider.id);
  const customer = companyById(m.buyer.id);
  return (
    !!maker && !!customer && isChipMaker(maker) && maker.tier < SELLER_TIER && customer.tier >= SELLER_TIER
  );
}

/** Each backstop of unsold capacity with the chip maker as its buyer and the customer whose capacity it is as seller. */
export function withMakerBackingUnsoldCapacity<T extends Mention>(mentions: T[]): T[] {
  return mentions.map((m) => (makerReadAsSeller(m) ? { ...m, buyer: m.provider, provider: m.buyer } : m));
}
