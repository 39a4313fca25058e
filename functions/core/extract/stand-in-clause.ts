// A recap joined to another clause: "Amazon remains its primary training partner, and in October the lab expanded
// its use of Google Cloud TPUs in a deal worth tens of billions", "Amazon reste son partenaire, et en octobre le
// laboratoire a étendu …", "Amazon bleibt der wichtigste Partner, und im Oktober hat das Labor …". The deal's clause
// has a stand-in for its subject ("the lab", "le groupe", "das Unternehmen", "la empresa", "il gruppo", "a
// empresa"): its party is the stand-in's referent, not the company the other clause names. That referent
// is told elsewhere, and reading it would be a guess: the clause says nothing on its own. Only when the other clause
// names its company as someone's ("its partner", "son partenaire", "sein Partner", "su socio", "il suo partner",
// "sua parceira"): "Nscale signed with Microsoft, and the company also agreed …" keeps Nscale as the stand-in.

/** A literal check first: most sentences join no second clause after a comma. */
const JOIN_LITERAL_RE = /,\s(?:and|but|et|mais|und|aber|y|pero|e|ma|mas)\s/i;
const JOIN_RE = /,\s(?:and|but|et|mais|und|aber|y|pero|e|ma|mas)\s/gi;

/** A time phrase that may open the clause before its subject ("in October", "en octobre", "im Oktober", "last week"). */
const TIME_LEAD = String.raw`(?:(?:in|en|im|a|em|last|earlier|plus tôt|letzte[nm]?|el pasado|lo scorso|no último|(?:al )?principio de|all['’]inizio di|no início de)\s(?:\p{L}+\s){0,2}?)?`;

/** Stand-in nouns for the article's subject, six languages, then what follows a subject (a verb: any word). */
const STAND_IN_START_RE = new RegExp(
  String.raw`^${TIME_LEAD}(?:the (?:lab|company|group|firm|startup|start-up|developer|maker)|le (?:laboratoire|groupe|développeur|concepteur)|la (?:société|start-up|jeune pousse)|l['’](?:entreprise|éditeur)|das (?:Labor|Unternehmen|Start-up)|der (?:Konzern|Entwickler)|die (?:Firma|Firma)|el (?:laboratorio|grupo|desarrollador)|la (?:empresa|compañía|startup)|il (?:laboratorio|gruppo)|la (?:società|startup)|l['’]azienda|o (?:laboratório|grupo)|a (?:empresa|companhia|startup))\s`,
  'iu',
);

/** A possessive determiner: the clause names its company as someone else's partner, supplier or backer. */
const POSSESSIVE_RE =
  /\b(?:its|their|son|sa|ses|leur|leurs|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|su|sus|suo|sua|suoi|sue|seu|seus|suas)\s/i;

/**
 * The index in `partyAt` of the party named before the clause holding `at` (an offset in `sentence`) when that
 * clause's subject is a stand-in, else -1.
 */
export function partyAsideFromStandIn(sentence: string, at: number, partyAt: readonly number[]): number {
  if (!JOIN_LITERAL_RE.test(sentence)) return -1;
  JOIN_RE.lastIndex = 0;
  for (let m = JOIN_RE.exec(sentence); m !== null; m = JOIN_RE.exec(sentence)) {
    const start = m.index + m[0].length;
    if (at < start) return -1;
    const next = sentence.slice(start).search(JOIN_RE);
    const end = next < 0 ? sentence.length : start + next;
    if (at >= end) continue;
    if (!STAND_IN_START_RE.test(sentence.slice(start, start + 80))) return -1;
    const joint = m.index;
    const before = sentence.lastIndexOf(',', joint - 1) + 1;
    if (!POSSESSIVE_RE.test(sentence.slice(before, joint))) return -1;
    return partyAt.findIndex((p) => p >= before && p < joint);
  }
  return -1;
}
