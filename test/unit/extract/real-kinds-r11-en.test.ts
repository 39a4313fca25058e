// Kinds of error seen on real English pages and filing texts (wire stories, stock movers, press releases and their
// EX-99.1 exhibits, filing summaries) about compute-capacity deals, each told again in invented sentences in six
// languages: positives that must still be found and near misses that must stay silent. Each row's wanted strings
// are prefixes of the printed mentions ("buyer provider valueUsd"), in order.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * The size of a financing ("Oracle's $38 billion data center financing", "eine Finanzierung über 38 Mrd. Dollar"):
 * money lent for a site, never the value of a capacity contract of the companies named beside it.
 */
table('a financing amount is no contract value', [
  [
    'en',
    "Oracle's $38 billion data center financing, split between two campuses, marks a milestone in its AI infrastructure partnership with OpenAI.",
    [],
  ],
  [
    'en',
    'Banks are lining up a $23 billion debt package for the Texas campus Vantage is building for Oracle and OpenAI.',
    [],
  ],
  [
    'de',
    'Für die beiden Rechenzentren, die Oracle für OpenAI betreibt, schnüren Banken eine Finanzierung über 38 Mrd. Dollar.',
    [],
  ],
  [
    'es',
    'Los bancos preparan una financiación de 38.000 millones de dólares para los centros de datos que Oracle explotará para OpenAI.',
    [],
  ],
  [
    'it',
    'Le banche preparano un finanziamento da 38 miliardi di dollari per i data center che Oracle gestirà per OpenAI.',
    [],
  ],
  [
    'pt',
    'Os bancos preparam um financiamento de US$ 38 bilhões para os data centers que a Oracle vai operar para a OpenAI.',
    [],
  ],
  [
    'fr',
    'Les banques bouclent une enveloppe de financement de 38 milliards de dollars pour les centres de données qu’Oracle exploitera pour OpenAI.',
    [],
  ],
  [
    'fr',
    "Une enveloppe de 38 milliards de dollars pour les centres de données marque une étape dans le partenariat d'infrastructure IA d'Oracle avec OpenAI.",
    [],
  ],
  [
    'de',
    'Die 38-Milliarden-Dollar-Finanzierung der Rechenzentren markiert einen Meilenstein in der KI-Infrastrukturpartnerschaft von Oracle mit OpenAI.',
    [],
  ],
  [
    'es',
    'La financiación de 38.000 millones de dólares para los centros de datos marca un hito en la alianza de infraestructura de IA de Oracle con OpenAI.',
    [],
  ],
  [
    'it',
    'Il finanziamento da 38 miliardi di dollari per i data center segna una tappa nella partnership di infrastruttura IA di Oracle con OpenAI.',
    [],
  ],
  [
    'pt',
    'O financiamento de US$ 38 bilhões para os data centers marca um marco na parceria de infraestrutura de IA da Oracle com a OpenAI.',
    [],
  ],
  // The contract's own value, told beside a financing, stays.
  [
    'en',
    'Microsoft signed a $9.7 billion contract with IREN for GPU cloud capacity; IREN also arranged $2 billion of equipment financing.',
    ['microsoft iren 9700000000'],
  ],
  // A guarantee's own amount named as financing support stays the guarantee's.
  [
    'en',
    'TeraWulf signed a $3.7 billion lease with Fluidstack for 200 MW at Lake Mariner.',
    ['fluidstack terawulf 3700000000'],
  ],
]);

/**
 * A trade named by the goods it deals in ("the provider of Nvidia graphics chips said it signed …"): the phrase
 * stands for the cloud of the sentence, and the chip maker is no party.
 */
table('a chip maker inside "the provider of its chips" is no party', [
  [
    'en',
    'Shares of Nebius jumped after the provider of Nvidia graphics chips said it had signed an agreement with Microsoft worth $17.4 billion.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'en',
    'Nebius, a renter of Nvidia GPUs to AI labs, said it signed a $3 billion cloud contract with Meta.',
    ['meta nebius 3000000000'],
  ],
  [
    'de',
    'Die Aktie von Nebius sprang, nachdem der Anbieter von Nvidia-Grafikchips einen Vertrag mit Microsoft über 17,4 Milliarden Dollar unterzeichnet hatte.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'es',
    'Las acciones de Nebius se dispararon después de que el proveedor de chips de Nvidia firmara con Microsoft un contrato de 17.400 millones de dólares.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'it',
    'Il titolo Nebius è balzato dopo che il fornitore di chip Nvidia ha firmato con Microsoft un contratto da 17,4 miliardi di dollari.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'pt',
    'As ações da Nebius dispararam depois que o fornecedor de chips da Nvidia assinou com a Microsoft um contrato de US$ 17,4 bilhões.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'fr',
    'L’action Nebius a bondi après que le loueur de puces Nvidia a signé avec Microsoft un contrat de 17,4 milliards de dollars.',
    ['microsoft nebius 17400000000'],
  ],
  // No cloud named: the phrase alone names no seller.
  [
    'en',
    'The provider of Nvidia graphics chips said it had signed an agreement with Microsoft worth $17.4 billion.',
    [],
  ],
]);

const DATELINED_RELEASE = (dateline: string, body: string): string =>
  [
    'Exhibit 99.1',
    'Hut 8 Signs 15-Year, 245 MW AI Data Center Lease at River Bend',
    'Hut 8 to put in place a delivery model meant to de-risk the build with blue-chip partners—Entergy (NYSE: ETR), J.P. Morgan (NYSE: JPM), Goldman Sachs (NYSE: GS), Vertiv (NYSE: VRT) and Jacobs (NYSE: J)',
    `${dateline} ${body}`,
  ].join('\n');

/**
 * A press release's subhead or list of partners with tickers, ending without a period, runs into the dateline's
 * first sentence only as text does, not as the release is read: the dateline opens the body.
 */
table("a press release's dateline opens its first sentence", [
  [
    'en',
    DATELINED_RELEASE(
      'MIAMI, FL, December 17, 2025 –',
      'Hut 8 Corp. today announced that it has signed a 15-year, $7.0 billion lease with Fluidstack for 245 MW of IT capacity at its River Bend campus.',
    ),
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'fr',
    DATELINED_RELEASE(
      'PARIS, 17 décembre 2025 –',
      'Hut 8 annonce avoir signé avec Fluidstack un bail de 15 ans d’une valeur de 7 milliards de dollars pour 245 MW sur son campus de River Bend.',
    ),
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'de',
    DATELINED_RELEASE(
      'MÜNCHEN, 17. Dezember 2025 –',
      'Hut 8 hat mit Fluidstack einen Mietvertrag über 15 Jahre im Wert von 7 Milliarden Dollar für 245 MW auf dem Campus River Bend unterzeichnet.',
    ),
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'es',
    DATELINED_RELEASE(
      'MADRID, 17 de diciembre de 2025 –',
      'Hut 8 ha firmado con Fluidstack un contrato de arrendamiento a 15 años por valor de 7.000 millones de dólares para 245 MW en su campus de River Bend.',
    ),
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'it',
    DATELINED_RELEASE(
      'MILANO, 17 dicembre 2025 –',
      'Hut 8 ha firmato con Fluidstack un contratto di locazione di 15 anni del valore di 7 miliardi di dollari per 245 MW nel campus di River Bend.',
    ),
    ['fluidstack hut-8 7000000000'],
  ],
  [
    'pt',
    DATELINED_RELEASE(
      'SÃO PAULO, 17 de dezembro de 2025 –',
      'A Hut 8 assinou com a Fluidstack um contrato de arrendamento de 15 anos no valor de US$ 7 bilhões para 245 MW no campus de River Bend.',
    ),
    ['fluidstack hut-8 7000000000'],
  ],
  // A line in capitals without a year is no dateline: the release body still reads as before.
  [
    'en',
    DATELINED_RELEASE(
      'HIGHLIGHTS',
      'the partners named above will finance the campus; no contract amount is stated for them.',
    ),
    [],
  ],
]);

/**
 * A recurring-revenue target or run-rate ("target AI Cloud ARR of >$500m", "revenus récurrents annuels") beside a
 * list of a provider's customers: a company's revenue, no contract's value, and the customers form no pair.
 */
table('a recurring-revenue target is no contract value', [
  [
    'en',
    '- New multi-year contracts including Together AI, Fluidstack and Fireworks AI, supporting growth to target AI Cloud ARR of >$500m by end of Q1 2026',
    [],
  ],
  [
    'fr',
    '- Nouveaux contrats pluriannuels, notamment avec Together AI, Fluidstack et Fireworks AI, pour viser un ARR cloud IA de plus de 500 millions de dollars fin mars 2026',
    [],
  ],
  [
    'de',
    '- Neue mehrjährige Verträge, darunter mit Together AI, Fluidstack und Fireworks AI, für einen wiederkehrenden Jahresumsatz von über 500 Mio. Dollar bis Ende März 2026',
    [],
  ],
  [
    'es',
    '- Nuevos contratos plurianuales, entre ellos con Together AI, Fluidstack y Fireworks AI, para alcanzar unos ingresos recurrentes de más de 500 millones de dólares a finales de marzo de 2026',
    [],
  ],
  [
    'it',
    '- Nuovi contratti pluriennali, tra cui con Together AI, Fluidstack e Fireworks AI, per puntare a ricavi ricorrenti oltre 500 milioni di dollari entro marzo 2026',
    [],
  ],
  [
    'pt',
    '- Novos contratos plurianuais, incluindo com Together AI, Fluidstack e Fireworks AI, para atingir receita recorrente acima de US$ 500 milhões até março de 2026',
    [],
  ],
  // The contract's own value in the same release stays.
  [
    'en',
    'IREN secured a $9.7bn AI cloud contract with Microsoft, adding $1.9bn of expected ARR.',
    ['microsoft iren 9700000000'],
  ],
]);

/**
 * An amount that sizes a deal with a counterparty of its own, named right after it and unknown to the company
 * table ("and a $5B AI infrastructure partnership with Macquarie Asset Management"): not the value of the lease of
 * the pair named beside it.
 */
table("an amount of a partnership with another counterparty is not the pair's", [
  [
    'en',
    'Applied Digital follows recent milestones: an additional 150MW CoreWeave lease and a $5B AI infrastructure partnership with Macquarie Asset Management.',
    ['coreweave applied-digital null'],
  ],
  [
    'fr',
    'Applied Digital enchaîne : un bail supplémentaire de 150 MW avec CoreWeave et un partenariat de 5 milliards de dollars avec Macquarie Asset Management.',
    ['coreweave applied-digital null'],
  ],
  [
    'de',
    'Applied Digital legt nach: ein weiterer Mietvertrag über 150 MW mit CoreWeave und eine 5-Milliarden-Dollar-Partnerschaft mit Macquarie Asset Management.',
    ['coreweave applied-digital null'],
  ],
  [
    'es',
    'Applied Digital firmó un arrendamiento adicional de 150 MW con CoreWeave y una alianza de 5.000 millones de dólares con Macquarie Asset Management.',
    ['coreweave applied-digital null'],
  ],
  [
    'it',
    'Applied Digital ha firmato con CoreWeave una locazione aggiuntiva di 150 MW e una alleanza da 5 miliardi di dollari con Macquarie Asset Management.',
    ['coreweave applied-digital null'],
  ],
  [
    'pt',
    'A Applied Digital soma marcos: um arrendamento adicional de 150 MW com a CoreWeave e uma parceria de US$ 5 bilhões com a Macquarie Asset Management.',
    ['coreweave applied-digital null'],
  ],
  // The pair's own partnership keeps its amount.
  [
    'en',
    'Applied Digital signed a $5 billion lease agreement with CoreWeave for 150MW at Polaris Forge.',
    ['coreweave applied-digital 5000000000'],
  ],
]);

/**
 * A foreign filer's word for itself ("the Group", "le Groupe", "der Konzern", "el Grupo", "il Gruppo", "o Grupo")
 * stands for the registrant, like "the Company"; a news text without a registrant reads it as no one.
 */
const IREN = { name: 'IREN Limited', cik: '0001878848' };
const GROUP_AS_REGISTRANT: Family[] = [
  [
    'en',
    'On November 2, 2025, the Group entered into an agreement with Microsoft Corporation to provide dedicated GPU services over five years. The total contract value is approximately $9.7 billion.',
    ['microsoft iren 9700000000'],
  ],
  [
    'fr',
    'Le 2 novembre 2025, le Groupe a conclu avec Microsoft un contrat de services GPU dédiés sur cinq ans, d’une valeur totale d’environ 9,7 milliards de dollars.',
    ['microsoft iren 9700000000'],
  ],
  [
    'de',
    'Am 2. November 2025 hat der Konzern mit Microsoft einen Vertrag über dedizierte GPU-Dienste mit fünf Jahren Laufzeit im Wert von rund 9,7 Milliarden Dollar geschlossen.',
    ['microsoft iren 9700000000'],
  ],
  [
    'es',
    'El 2 de noviembre de 2025, el Grupo firmó con Microsoft un contrato de servicios de GPU dedicados a cinco años por un valor total de unos 9.700 millones de dólares.',
    ['microsoft iren 9700000000'],
  ],
  [
    'it',
    'Il 2 novembre 2025 il Gruppo ha firmato con Microsoft un contratto di servizi GPU dedicati di cinque anni del valore complessivo di circa 9,7 miliardi di dollari.',
    ['microsoft iren 9700000000'],
  ],
  [
    'pt',
    'Em 2 de novembro de 2025, o Grupo assinou com a Microsoft um contrato de serviços de GPU dedicados de cinco anos no valor total de cerca de US$ 9,7 bilhões.',
    ['microsoft iren 9700000000'],
  ],
];

describe("a filer's 'the Group' is the registrant", () => {
  for (const [lang, text, want] of GROUP_AS_REGISTRANT) {
    it(`${lang} (filing): ${text.slice(0, 80)}`, () => {
      const got = extractMentions({ text, registrant: IREN }).map(
        (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`,
      );
      expect(got).toEqual(want);
    });
    it(`${lang} (news, no registrant): stays silent`, () => {
      expect(extractMentions({ text })).toEqual([]);
    });
  }
});

/**
 * An option to buy more ("holds an option to buy a further $2 billion of services, which would take the deal to
 * as much as $19.4 billion") makes the larger figure a ceiling; a company "had been valued at" a figure is its
 * worth. Neither is the contract's value.
 */
table('an option to buy more, and a company valued at, are no contract value', [
  [
    'en',
    'Microsoft signed a five-year GPU capacity agreement with Nebius valued at $17.4 billion. Microsoft holds an option to buy a further $2 billion of services, which would take the deal to as much as $19.4 billion.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat de capacité GPU de cinq ans de 17,4 milliards de dollars. Microsoft dispose d’une option d’acheter 2 milliards de services en plus, ce qui porterait le contrat jusqu’à 19,4 milliards de dollars.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'es',
    'Microsoft firmó con Nebius un contrato de capacidad GPU a cinco años por 17.400 millones de dólares. Microsoft tiene una opción de comprar servicios por 2.000 millones más, lo que llevaría el contrato hasta 19.400 millones de dólares.',
    ['microsoft nebius 17400000000'],
  ],
  [
    'en',
    'CoreWeave gained about 5% after hours. Before the jump, Nebius had been valued at a little over $15 billion.',
    [],
  ],
]);
