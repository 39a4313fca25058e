// Wrong-pair and non-deal-amount kinds of issue 8 (scopes an amount must not cross): a live blog's time-stamped
// items and "Separately," sentences, an end user behind a tenant, a framework or right of first offer, an option's
// ceiling, one company's contracts summed, a background deal, a guarantee of lease obligations, a government
// contract, tax incentives, a period's spending, an order book, a building cost. Each kind in at least three
// languages, with negatives that must stay silent. Every sentence is written for these tests. Expected: "buyer
// provider valueUsd status kind" as a prefix of each mention found (in order), or [] for none.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { opensTimedItem } from '../../../functions/core/extract/item-scopes';
import { each } from './mention-cases';

describe('a time stamp opens a live blog item', () => {
  it.each([
    '13:30 – IREN signs with Microsoft',
    '12:15 Uhr – Cipher meldet',
    '18:12 Secondo stime di settore',
    '10h30 : Nebius annonce',
    '[9:41 AM] Oracle says',
    '• 14.02 Uhr: Nscale',
  ])('%s', (s) => expect(opensTimedItem(s)).toBe(true));
  it.each([
    '12.15 billion dollars were',
    '2025 was a year',
    '13:30 and then',
    'At 13:30 – IREN',
    '30 MW for Meta',
  ])('not: %s', (s) => expect(opensTimedItem(s)).toBe(false));
});

describe("a live blog's time-stamped item borrows no party from the item before it", () => {
  each([
    [
      '13:30 – IREN signs a $9.7 billion GPU cloud contract with Microsoft. 12:15 – Cipher buys a 1-gigawatt data center site for its pipeline.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      '13:30 Uhr – Iren meldet einen Cloud-Vertrag über 9,7 Milliarden Dollar mit Microsoft.\n\n12:15 Uhr – Cipher kündigt einen Rechenzentrumsstandort mit 1 Gigawatt an.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      '14h05 – Nebius signe un contrat de capacité de calcul de 3 milliards de dollars avec Meta. 13h40 – Nscale présente un campus de 500 MW en Norvège.',
      ['meta nebius 3000000000 signed'],
    ],
    [
      '17:40 – OpenAI firma con Oracle un contratto di calcolo da 300 miliardi di dollari. 17:05 – CoreWeave inaugura un data center da 200 MW.',
      ['openai oracle 300000000000 signed'],
    ],
    // Within one item, the item's sentences still read each other.
    [
      '14:02 Uhr – Cipher Mining vermietet 300 Megawatt Rechenzentrumsleistung an Amazon Web Services. Der Mietvertrag hat einen Gesamtwert von rund 5,5 Milliarden Dollar.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
  ]);
});

describe('what building capacity costs, told as a range, is no contract value', () => {
  each([
    [
      '18:12 Secondo stime di settore, un gigawatt di capacità di calcolo costa tra 20 e 25 miliardi di dollari tra chip ed edifici, e OpenAI ne ha chiesti a Microsoft parecchi.',
      [],
    ],
    [
      'Industry estimates say a gigawatt of AI compute capacity costs between $20 billion and $25 billion, which is why Microsoft rents from Nebius.',
      [],
    ],
    [
      "Selon les estimations du secteur, un gigawatt de capacité de calcul coûte entre 20 et 25 milliards de dollars, d'où les contrats de Microsoft avec Nebius.",
      [],
    ],
  ]);
});

describe('the company an operator works for, behind a tenant, is the end user, not a party of the lease', () => {
  each([
    [
      'The capacity will host clusters that Fluidstack operates for Anthropic, with which Hut 8 has agreed a framework to develop up to 2,295 MW across its pipeline.',
      [],
    ],
    [
      'Hut 8 leases 245 MW at River Bend to Fluidstack, which will run the clusters for Anthropic, for $7 billion.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 affitta 245 MW a Fluidstack, che gestirà i cluster per conto di Anthropic, per 7 miliardi di dollari.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'A Hut 8 aluga 245 MW à Fluidstack, que vai operar os clusters por conta da Anthropic, por US$ 7 bilhões.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 vermietet 245 MW für 7 Milliarden Dollar an Fluidstack, das die Cluster im Auftrag von Anthropic betreibt.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    // With no other pair named, the one served is the operator's customer.
    [
      'Oracle will operate the capacity for OpenAI under a $300 billion contract.',
      ['openai oracle 300000000000 signed'],
    ],
    [
      'Microsoft betreibt die Rechenzentren im Auftrag von OpenAI und erhält dafür 250 Milliarden Dollar an Cloud-Aufträgen.',
      ['openai microsoft 250000000000 signed'],
    ],
  ]);
});

describe('a right of first offer or a development framework is no contract, nor its megawatts a deal', () => {
  each([
    [
      "Hut 8 a conclu avec Anthropic un cadre de développement pouvant aller jusqu'à 2,3 gigawatts de capacité.",
      [],
    ],
    [
      'Hut 8 und Anthropic haben eine Rahmenvereinbarung zur Entwicklung von bis zu 2.295 MW Rechenzentrumskapazität geschlossen.',
      [],
    ],
    ['Fluidstack ottiene un diritto di prima offerta su altri 1.000 MW di capacità nel campus di Hut 8.', []],
    ['A Fluidstack recebe um direito de primeira oferta sobre mais 1.000 MW no campus da Hut 8.', []],
    [
      'Hut 8 alquila 245 MW a Fluidstack por 7.000 millones de dólares.\n* Derecho de primera oferta para Fluidstack sobre 1.000 MW adicionales.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    // A framework agreement that buys capacity is a contract.
    [
      'Anthropic signed a framework agreement with Microsoft for $30 billion of Azure compute capacity.',
      ['anthropic microsoft 30000000000 signed'],
    ],
  ]);
});

describe('a roundup element\'s signer named right after its "with" object comes before the article\'s subject', () => {
  each([
    [
      'Meta amplía su capacidad de cómputo. Meta firmó con Nebius un contrato de capacidad de 3.000 millones de dólares y Meta ya había firmado otro con Google.\nCon ambos acuerdos y el de 17.400 millones con Microsoft, los contratos con nombre propio de Nebius se acercan a los 50.000 millones de dólares.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
    [
      'Meta adds compute capacity. Meta signed a $3 billion capacity contract with Nebius, and Meta had already signed one with Google.\nCounting both and the $17.4 billion agreement with Microsoft, the named contracts of Nebius approach $50 billion.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
    [
      'Meta erweitert seine Rechenkapazität. Meta hat mit Nebius einen Kapazitätsvertrag über 3 Milliarden Dollar geschlossen, und Meta hatte bereits einen mit Google.\nZusammen mit dem Vertrag über 17,4 Milliarden Dollar mit Microsoft nähern sich die benannten Verträge von Nebius 50 Milliarden Dollar.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
  ]);
});

describe("one company's contracts summed across its customers are no deal of the pair beside them", () => {
  each([
    [
      'Meta amplia la sua capacità di calcolo. Meta ha firmato con Nebius un contratto di capacità da 3 miliardi di dollari e Meta ne aveva già firmato uno con Google.\nContando entrambi e quello da 17,4 miliardi con Microsoft, i contratti nominativi di Nebius si avvicinano ai 50 miliardi di dollari.',
      ['meta nebius 3000000000 signed'],
    ],
    [
      'Meta a signé avec Nebius un contrat de capacité de calcul de 3 milliards de dollars. Avec cet accord et celui de 17,4 milliards avec Microsoft, les contrats nommés de Nebius totalisent près de 50 milliards de dollars.',
      ['meta nebius 3000000000 signed'],
    ],
    // A pair's own contracts, summed, stay that pair's running total.
    [
      'CoreWeave expanded its agreement with OpenAI by $6.5 billion, bringing the total value of its contracts with OpenAI to $22.4 billion.',
      ['openai coreweave 6500000000 expanded'],
    ],
  ]);
});

describe('what a contract could reach with renewals or extension options is no value and no expansion', () => {
  each([
    [
      'Hut 8 alquila 245 MW en Luisiana a Fluidstack por 7.000 millones de dólares, con Google como garante. El contrato de 15 años podría llegar a 17.700 millones con las renovaciones.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 leases 245 MW to Fluidstack for $7 billion over 15 years. The lease could reach $17.7 billion if all renewal options are exercised.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 vermietet 245 MW für 7 Milliarden Dollar an Fluidstack. Mit den Verlängerungsoptionen könnte der Vertrag auf 17,7 Milliarden Dollar steigen.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'A Cipher assinou com a Fluidstack um contrato de colocation de 3 bilhões de dólares. Com duas prorrogações de cinco anos, o contrato poderia chegar a 7 bilhões de dólares.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    // The ceiling alone: the contract is found, its value is not the ceiling.
    [
      'Hut 8 leases 245 MW to Fluidstack. With renewals, the lease could be worth up to $17.7 billion.',
      ['fluidstack hut-8 null signed'],
    ],
    // The base value told before the ceiling in one sentence stays the value.
    [
      'Hut 8 a signé un bail de 15 ans avec Fluidstack pour 245 MW. La valeur du contrat sur la durée initiale est de 7 milliards de dollars et pourrait monter à 17,7 milliards si toutes les options de renouvellement sont exercées.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
  ]);
});

describe("two chip makers named side by side are one buyer's suppliers, never each other's buyer and seller", () => {
  const chipMakers = new Set(['nvidia', 'amd', 'broadcom', 'dell', 'intel']);
  it.each([
    'Mit Nvidia (10 Gigawatt), AMD (6 Gigawatt) und nun Broadcom hat sich OpenAI Hardware für insgesamt 26 Gigawatt gesichert.',
    'Con Nvidia (10 gigawatt), AMD (6 gigawatt) e ora Broadcom, OpenAI si è assicurata in totale 26 gigawatt di chip.',
    'With Nvidia (10 gigawatts), AMD (6 gigawatts) and now Broadcom, OpenAI has secured hardware for a total of 26 gigawatts.',
  ])('%s', (text) => {
    const pairs = extractMentions({ text }).map((m) => [m.buyer.id, m.provider.id]);
    expect(pairs.filter(([b, p]) => chipMakers.has(b!) && chipMakers.has(p!))).toEqual([]);
  });
});

describe('a chip maker named after its graphics processors is the goods, not a party', () => {
  each([
    [
      'OpenAI firmó con AWS un contrato de 38.000 millones de dólares. El contrato dará a OpenAI acceso a cientos de miles de procesadores gráficos de Nvidia, entre ellos los modelos GB200 y GB300.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'OpenAI a signé avec AWS un contrat de 38 milliards de dollars. Le contrat donnera à OpenAI accès à des centaines de milliers de processeurs graphiques de Nvidia.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'OpenAI ha firmato con AWS un contratto da 38 miliardi di dollari. Il contratto darà a OpenAI accesso a centinaia di migliaia di processori grafici di Nvidia.',
      ['openai amazon 38000000000 signed'],
    ],
  ]);
});

describe("a company's own spending for a period is no contract of the supplier named before", () => {
  each([
    [
      'En octobre, Anthropic et Google avaient annoncé un premier accord pour un million de TPU. Anthropic a depuis étendu ses engagements chez Amazon, son autre grand fournisseur.\n\nLa start-up dépenserait environ 20 milliards de dollars en serveurs cette année, selon la même source.',
      ['anthropic alphabet null signed'],
    ],
    [
      'En octubre, Anthropic y Google anunciaron un primer acuerdo por un millón de TPU. Anthropic ha ampliado desde entonces sus compromisos con Amazon, su otro gran proveedor.\n\nLa empresa gastaría unos 20.000 millones de dólares en servidores este año, según la misma fuente.',
      ['anthropic alphabet null signed'],
    ],
    [
      "A ottobre Anthropic e Google avevano annunciato un primo accordo per un milione di TPU. Anthropic ha poi esteso i suoi impegni con Amazon, l'altro grande fornitore.\n\nLa start-up spenderebbe circa 20 miliardi di dollari in server quest'anno, secondo la stessa fonte.",
      ['anthropic alphabet null signed'],
    ],
  ]);
});

describe("a government body's contract or a site's tax incentives lend no amount to the companies around them", () => {
  each([
    [
      'Amazon prepara capacidad de nube para Anthropic. AWS ya presta servicios a más de 11.000 organismos públicos. En enero, la Fuerza Aérea le adjudicó un contrato de servicios en la nube de 581,3 millones de dólares, vigente hasta diciembre de 2028.',
      [],
    ],
    [
      "AWS already serves Anthropic's models to more than 11,000 public bodies. In January, the Air Force awarded it a $581.3 million cloud services contract running until December 2028.",
      [],
    ],
    [
      "AWS héberge les modèles Claude d'Anthropic. En janvier, l'Armée de l'air a attribué à AWS un contrat de services cloud de 581,3 millions de dollars.",
      [],
    ],
    [
      "Nebius achète ses puces à Nvidia et revend des heures de calcul à ses clients. Le mois dernier, Nebius avait obtenu l’accord des autorités du Missouri pour une usine d'IA de 1,2 gigawatt, assortie d’un régime fiscal de vingt ans qui doit rapporter 650 millions de dollars aux collectivités.",
      [],
    ],
    [
      'Nebius compra sus chips a Nvidia y revende horas de cómputo a sus clientes. El mes pasado, Nebius obtuvo la aprobación de Misuri para una fábrica de IA de 1,2 gigavatios, con beneficios fiscales de 650 millones de dólares durante veinte años.',
      [],
    ],
  ]);
});

describe("an order book's amount is no deal of the chip maker named beside it", () => {
  each([
    [
      'A CoreWeave ampliou o contrato com a Meta. A carteira de pedidos da CoreWeave deve superar US$ 66 bilhões, com chips da Nvidia.',
      [],
    ],
    [
      'CoreWeave a étendu son contrat avec Meta. Le carnet de commandes de CoreWeave devrait dépasser 66 milliards de dollars, avec des puces de Nvidia.',
      [],
    ],
    [
      'CoreWeave expanded its contract with Meta. CoreWeave’s order book should top $66 billion, built on Nvidia chips.',
      [],
    ],
  ]);
});

// SpaceX's own deal (the table knows SpaceX since round 32) is told apart, with its own buyer.
describe('a "Separately," sentence is news of its own: it borrows no party from the deal told before', () => {
  each([
    [
      'Nebius signed a $3 billion GPU capacity contract with Meta. Separately, SpaceX will provide GB300 capacity at its Colossus 2 site to the start-up Reflection AI in a deal reported at $6.3 billion.',
      ['meta nebius 3000000000 signed', 'reflection-ai spacex 6300000000'],
    ],
    [
      'Nebius a signé un contrat de capacité GPU de 3 milliards de dollars avec Meta. Par ailleurs, SpaceX fournira de la capacité GB300 sur son site Colossus 2 à la start-up Reflection AI, pour 6,3 milliards de dollars selon la presse.',
      ['meta nebius 3000000000 signed', 'reflection-ai spacex 6300000000'],
    ],
    [
      'Nebius hat mit Meta einen GPU-Kapazitätsvertrag über 3 Milliarden Dollar geschlossen. Unabhängig davon liefert SpaceX GB300-Kapazität an seinem Standort Colossus 2 an das Start-up Reflection AI, für 6,3 Milliarden Dollar.',
      ['meta nebius 3000000000 signed', 'reflection-ai spacex 6300000000'],
    ],
    [
      'Nebius firmó con Meta un contrato de capacidad GPU de 3.000 millones de dólares. Por otra parte, SpaceX proporcionará capacidad GB300 en su centro Colossus 2 a la start-up Reflection AI por 6.300 millones de dólares.',
      ['meta nebius 3000000000 signed', 'reflection-ai spacex 6300000000'],
    ],
    // Its anaphor still finds the company it stands for.
    [
      'Nebius signed a $3 billion GPU capacity contract with Meta. Separately, the company agreed a $2 billion compute deal with Microsoft.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 2000000000 signed'],
    ],
  ]);
});

describe("a guarantor that supports or covers a tenant's lease obligations backs the landlord", () => {
  each([
    [
      'TeraWulf leases 200 MW to Fluidstack for $9.5 billion. Google supports $1.3 billion of Fluidstack lease obligations.',
      [
        'fluidstack terawulf 9500000000 signed datacenter_lease',
        'alphabet terawulf 1300000000 signed capacity_backstop',
      ],
    ],
    [
      'TeraWulf loue 200 MW à Fluidstack pour 9,5 milliards de dollars. Google couvre 1,3 milliard de dollars des obligations locatives de Fluidstack.',
      [
        'fluidstack terawulf 9500000000 signed datacenter_lease',
        'alphabet terawulf 1300000000 signed capacity_backstop',
      ],
    ],
    [
      'TeraWulf alquila 200 MW a Fluidstack por 9.500 millones de dólares. Google cubre 1.300 millones de dólares de las obligaciones de arrendamiento de Fluidstack.',
      [
        'fluidstack terawulf 9500000000 signed datacenter_lease',
        'alphabet terawulf 1300000000 signed capacity_backstop',
      ],
    ],
  ]);
  it('in a filing, the registrant is the landlord the guarantee backs', () => {
    const got = extractMentions({
      text: 'The Company entered into a lease with Fluidstack for 168 MW. Google will support $1.4 billion of Fluidstack lease obligations.',
      registrant: { name: 'Cipher Mining Inc.' },
    }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.kind}`);
    expect(got).toContain('alphabet cipher-mining 1400000000 capacity_backstop');
  });
});

describe("an earlier deal named in the background ('after the Microsoft agreement') is that company's deal with the article's subject", () => {
  each([
    [
      'Nebius reported its results. Nebius provides GPU cloud capacity. Nebius signed a $3 billion GPU capacity contract with Meta. Management said the Meta order was capped by available capacity. It is the second contract of this kind after the Microsoft agreement of September, worth $17.4 billion over five years.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
    [
      "Nebius a publié ses résultats. Nebius fournit de la capacité de cloud GPU. Nebius a signé un contrat de capacité GPU de 3 milliards de dollars avec Meta. La direction a indiqué que la commande de Meta était limitée par la capacité disponible. Il s'agit du deuxième contrat de ce type après l'accord avec Microsoft de septembre, d'une valeur de 17,4 milliards de dollars.",
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius hat Zahlen vorgelegt. Nebius liefert GPU-Cloud-Kapazität. Nebius hat mit Meta einen GPU-Kapazitätsvertrag über 3 Milliarden Dollar geschlossen. Das Management sagte, der Auftrag von Meta sei durch die verfügbare Kapazität begrenzt. Es ist der zweite Vertrag dieser Art nach dem Vertrag mit Microsoft vom September über 17,4 Milliarden Dollar.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
    [
      "Nebius ha pubblicato i risultati. Nebius fornisce capacità cloud GPU. Nebius ha firmato con Meta un contratto di capacità GPU da 3 miliardi di dollari. Il management ha detto che l'ordine di Meta era limitato dalla capacità disponibile. È il secondo contratto di questo tipo dopo l'accordo con Microsoft di settembre, da 17,4 miliardi di dollari.",
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
  ]);
});
