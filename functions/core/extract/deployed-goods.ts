// A compute company putting a chip maker's goods to work in its own cluster, with no buyer served (issue 8, real
// pages on neoclouds' clusters): "Vultr will deploy 24,000 AMD Instinct GPUs in Ohio", "TensorWave a mis en service
// un cluster d'accélérateurs d'AMD", "AMD-Beschleuniger in Betrieb genommen", "Humain instalará racks AI200 de
// Qualcomm", "IBM installerà gli acceleratori di AMD", "a Firmus vai instalar sistemas GB300 da Nvidia". The goods
// were bought from their maker: a hardware deal told without a figure, the maker's name a party although it brands
// the goods. Not goods deployed for a customer ("for Microsoft", "for the Azure owner": the maker sells nothing
// there), an ability ("can install"), a site's room with no company before it ("The site can house 50,000 GPUs"), a
// maker as co-subject ("Deutsche Telekom and Nvidia unveiled a data center that will house …"), or a sentence naming
// a third company.

import type { Candidate } from './candidate';
import { DEPLOYS_RE, MAKER } from './deploy-words';
import { isChipMaker, type Party } from './parties';
import type { Span } from './sentences';
import { textBefore } from './text-window';

/**
 * An ability, right before the verb ("the neoclouds can install", "pourrait déployer"); a company's announced plan
 * ("intends to deploy up to 200 MW of Qualcomm racks") tells the purchase all the same, as real pages' readers count it.
 */
const PLAN_BEFORE_RE =
  /\b(?:could|can|may|might|would|should|pourrait|peut|pourront|k[öo]nnte|podr[íi]a|puede|potrebbe|pu[òo]|poderia|pode)\s(?:\S+\s)?$/iu;
const MAKER_FIRST_RE = new RegExp(`^${MAKER}`, 'u');
const GERMAN_ORDER_RE = new RegExp(`^${MAKER}-(?!powered)`, 'u');
const GERMAN_PLAN_RE = /\bk[öo]nnten?\b/u;
/**
 * A customer served after the verb: "for Microsoft", "pour le groupe de Redmond", "for the Azure owner", "to serve its
 * customers".
 */
const FOR_BUYER_RE =
  /\b(?:for|pour|para|per|f[üu]r|to serve|au service de|al servicio de)\s(?:(?:the|la|le|les|el|los|il|lo|o|a|den|die|das)\s|l['’])?(?:\p{Lu}|[\p{L}-]+\s(?:owner|maker|creator|parent|giant|group|groupe|grupo|gruppo))|\b(?:its|their|ses|leurs|seine[n]?|ihre[n]?|sus|suoi|seus)\s(?:customers|clients|clientes|clienti|Kunden)\b/u;

/** A partner deploying beside it ("with partner Hypertec", "avec son partenaire", "zusammen mit"): theirs. */
const WITH_PARTNER_RE =
  /\b(?:(?:with|avec|mit|con|com)\s(?:(?:its|their|son|sa|leur|seinem|ihrem|su|suo|seu|sua|o|a)\s)?(?:partners?|partenaires?|Partnern?|socios?|partner|parceir[oa]s?)\b|together with|zusammen mit|junto (?:con|com)|insieme a|ensemble avec)/iu;
/** The company as an agent or owner before ("détenue par Nscale", "owned by", "backed by"): the subject is another. */
const AGENT_BEFORE_RE = /\b(?:by|par|von|por|pela|pelo|da|dal|dalla)\s$/iu;

/**
 * Does the sentence at `span` tell a company deploying a chip maker's goods for itself? Its parties: one company
 * besides the makers, named before the verb.
 */
export function deploysOwnGoods(text: string, span: Span, parties: readonly Party[]): boolean {
  const sentence = text.slice(span.start, span.end);
  const m = DEPLOYS_RE.exec(sentence);
  if (!m) return false;
  if (PLAN_BEFORE_RE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return false;
  // German puts the verb last: "könnte … Nvidia-GPUs in Betrieb nehmen", the modal told before the goods.
  if (GERMAN_ORDER_RE.test(m[0]) && GERMAN_PLAN_RE.test(sentence.slice(0, m.index))) return false;
  const rest = sentence.slice(m.index);
  if (FOR_BUYER_RE.test(rest) || WITH_PARTNER_RE.test(rest)) return false;
  const others = parties.filter((p) => !isChipMaker(p.company));
  const makers = parties.filter((p) => isChipMaker(p.company));
  const at = span.start + m.index;
  // A maker named before the verb is a co-subject ("Deutsche Telekom and Nvidia unveiled a data center that will
  // house 10,000 Nvidia processors"), unless the match opens on its name ("AMD-powered", "Nvidia-GPUs … installiert").
  const opensOnMaker = MAKER_FIRST_RE.test(m[0]);
  return (
    new Set(others.map((p) => p.company.id)).size === 1 &&
    others.some((p) => p.start < at && !AGENT_BEFORE_RE.test(textBefore(text, p.start, 8))) &&
    makers.length > 0 &&
    (opensOnMaker || makers.every((p) => p.start > at))
  );
}

/**
 * `candidates` without the goods a company deploys where the page tells it selling capacity ("Nscale will install
 * 12,600 Nvidia GPUs at Sines" beside its contract with Microsoft): the goods serve that contract, their maker a
 * brand of it.
 */
export function withoutGoodsOfSellers(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.deployed)) return candidates;
  const sellers = new Set(
    candidates.filter((c) => !c.deployed && c.mention.kind !== 'hardware').map((c) => c.mention.provider.id),
  );
  return candidates.filter((c) => !c.deployed || !sellers.has(c.mention.buyer.id));
}
