// Kinds of deal the extractor missed on real French pages in round 13 (translated press releases, live market
// blogs, stock movers) and on the h12 generation's French pages, each told again in invented sentences in six
// languages: positives that must now be found and near misses that must stay silent. Each row's wanted strings are
// prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { describe } from 'vitest';
import { eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * "racheter (jusqu'à) N milliards de capacité inutilisée / non vendue de X": buying back a provider's unsold
 * capacity is a backstop, not the takeover "racheter" names when its object is a company; the unsold capacity is
 * told in every language ("ungenutzte Kapazität", "capacidad no vendida", "capacidade não vendida").
 */
table('a buy-back of unsold capacity is a backstop, a buy-out of a company stays silent', [
  [
    'fr',
    "Nvidia s'est engagé à racheter jusqu'à 6,3 milliards de dollars de capacité inutilisée de CoreWeave jusqu'en avril 2032.",
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'fr',
    'Le fabricant de puces rachètera pour 1,3 milliard de dollars de capacité non vendue de Nebius sur quatre ans, selon Nvidia.',
    ['nvidia nebius 1300000000 signed capacity_backstop'],
  ],
  [
    'fr',
    "CoreWeave rachète Core Scientific pour 9 milliards de dollars, dont la capacité inutilisée sera convertie pour l'IA.",
    [],
  ],
  [
    'fr',
    "CoreWeave va racheter Core Scientific pour 9 milliards de dollars afin d'ajouter 1,3 GW de capacité.",
    [],
  ],
  [
    'en',
    "Nvidia agreed to buy back up to $6.3 billion of CoreWeave's unused capacity through April 2032.",
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'de',
    'Nvidia verpflichtet sich, ungenutzte Kapazität von CoreWeave im Wert von bis zu 6,3 Milliarden Dollar abzunehmen.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'es',
    'Nvidia se comprometió a comprar hasta 6.300 millones de dólares de capacidad no vendida de CoreWeave hasta abril de 2032.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'it',
    'Nvidia si è impegnata ad acquistare fino a 6,3 miliardi di dollari di capacità invenduta di CoreWeave.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'pt',
    'A Nvidia comprometeu-se a comprar até US$ 6,3 bilhões em capacidade não vendida da CoreWeave até abril de 2032.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
]);

/**
 * "Cette annonce suit la signature d'un contrat de N avec Meta et d'un accord de M avec Nvidia", "This follows",
 * "Die Ankündigung folgt auf": a recap opening on the announcement just told names its announcer as the party of
 * each contract it lists; a recap that lists no contract ("after a 14% jump") stays silent.
 */
table('a recap that follows an announcement lends the announcer to each contract it lists', [
  [
    'fr',
    "Nscale a annoncé un accord avec Microsoft au Texas. Cette annonce fait suite à la signature d'un contrat de 1,2 milliard de dollars avec OpenAI en Norvège et d'un accord de 2,4 milliards de dollars avec Meta au Portugal.",
    ['openai nscale 1200000000 signed', 'meta nscale 2400000000 signed'],
  ],
  [
    'fr',
    'Nebius a présenté ses résultats. Cette annonce intervient après la hausse de 14 % du titre, et Microsoft reste son premier client.',
    [],
  ],
  [
    'en',
    'Nscale announced a deal with Microsoft in Texas. The announcement follows the signing of a $1.2 billion contract with OpenAI in Norway and a $2.4 billion agreement with Meta in Portugal.',
    ['openai nscale 1200000000 signed', 'meta nscale 2400000000 signed'],
  ],
  [
    'en',
    'Nebius reported results on Thursday. This follows a 14% jump in the shares after Meta and Microsoft raised their capex guidance to $70 billion.',
    [],
  ],
  [
    'de',
    'Nscale hat einen Vertrag mit Microsoft in Texas bekanntgegeben. Die Ankündigung folgt auf die Unterzeichnung eines Vertrags über 1,2 Milliarden Dollar mit OpenAI und eines Abkommens über 2,4 Milliarden Dollar mit Meta.',
    ['openai nscale 1200000000 signed', 'meta nscale 2400000000 signed'],
  ],
  [
    'es',
    'Nscale anunció un acuerdo con Microsoft en Texas. El anuncio llega tras la firma de un contrato de 1.200 millones de dólares con OpenAI y de un acuerdo de 2.400 millones de dólares con Meta.',
    ['openai nscale 1200000000 signed', 'meta nscale 2400000000 signed'],
  ],
  [
    'it',
    "Nscale ha annunciato un accordo con Microsoft in Texas. L'annuncio segue la firma di un contratto da 1,2 miliardi di dollari con OpenAI e di un accordo da 2,4 miliardi di dollari con Meta.",
    ['openai nscale 1200000000 signed', 'meta nscale 2400000000 signed'],
  ],
  [
    'pt',
    'A Nscale anunciou um acordo com a Microsoft no Texas. O anúncio chega após a assinatura de um contrato de US$ 1,2 bilhão com a OpenAI e de um acordo de US$ 2,4 bilhões com a Meta.',
    ['openai nscale 1200000000 signed', 'meta nscale 2400000000 signed'],
  ],
]);

/**
 * "un contrat de 14,2 milliards de dollars avec Meta": a decimal comma inside the amount opens no clause, so the
 * amount binds to the "avec" object after it; "mit Microsoft über 17,4 Milliarden und mit Meta über 3 Milliarden"
 * keeps each amount with its own "with" object.
 */
table('an amount with a decimal comma binds to the "with" object beside it', [
  [
    'fr',
    'Nebius a signé un contrat de 1,5 milliard de dollars avec Microsoft et un accord de 0,8 milliard de dollars avec Nvidia.',
    ['microsoft nebius 1500000000 signed', 'nvidia nebius 800000000 signed'],
  ],
  [
    'fr',
    'Le titre recule. Nebius avait signé des contrats avec Microsoft pour 17,4 milliards de dollars et avec Meta pour environ 3 milliards de dollars.',
    ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
  ],
  [
    'en',
    'The shares fell. Nebius had signed contracts with Microsoft for $17.4 billion and with Meta for about $3 billion.',
    ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
  ],
  [
    'de',
    'Nebius hatte Verträge mit Microsoft über 17,4 Milliarden Dollar und mit Meta über rund 3 Milliarden Dollar unterzeichnet.',
    ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
  ],
  [
    'es',
    'La acción cayó. Nebius firmó contratos con Microsoft por 17.400 millones de dólares y con Meta por unos 3.000 millones.',
    ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
  ],
  [
    'it',
    'Il titolo scende. Nebius aveva firmato contratti con Microsoft per 17,4 miliardi di dollari e con Meta per circa 3 miliardi.',
    ['microsoft nebius 17400000000 signed', 'meta nebius 3000000000 signed'],
  ],
  [
    'pt',
    'A Nebius assinou um contrato de US$ 1,5 bilhão com a Microsoft e um acordo de US$ 0,8 bilhão com a Meta.',
    ['microsoft nebius 1500000000 signed', 'meta nebius 800000000 signed'],
  ],
]);
