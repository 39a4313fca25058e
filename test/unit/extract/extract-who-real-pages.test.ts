// The "who" of a mention on shapes seen on real published pages (issue 8, kinds 1, 2, 5, 7 and 8): renting verbs
// that read both ways, guarantees and end users beside a lease, model names between a chip noun and its maker,
// hardware bought beside capacity, lists under a lead. Each step on its own, then whole texts in several
// languages, with negatives that must stay silent. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { partiesIn } from '../../../functions/core/extract/parties';
import { TWO_WAY_LEASE_BEFORE_RE, TWO_WAY_LEASE_END_RE } from '../../../functions/core/extract/role-lexicon';
import { assignRoles } from '../../../functions/core/extract/roles';
import { subjectOf } from '../../../functions/core/extract/subject';
import { each, run } from './mention-cases';

const roles = (text: string): string => {
  const span = { start: 0, end: text.length };
  const [a, b] = partiesIn(text, span, null).filter((p) => !p.weak);
  const r = assignRoles(text, span, a!, b!);
  return `${r.buyer.company.id} <- ${r.provider.company.id}`;
};

describe('role lexicon: renting verbs that read both ways before "à"/"a" (fr, es, pt)', () => {
  it.each([
    'Nvidia a accepté de louer à ',
    'IREN louera le campus à ',
    'Nvidia acordó alquilar a ',
    'Hut 8 arrendará a ',
    'a Nvidia vai alugar à ',
  ])('reads "%s" as two-way', (before) => expect(TWO_WAY_LEASE_BEFORE_RE.test(before)).toBe(true));
  it.each([
    // One-way words keep deciding: a verb of supplying, English and German direction words, a buyer's "chez".
    'IREN fournira à ',
    'Galaxy will lease the campus to ',
    'Hut 8 vermietet an ',
    'Meta loue des capacités chez ',
    // "louange à": no renting verb, only its letters.
    'une louange à ',
  ])('leaves "%s" one-way', (before) => expect(TWO_WAY_LEASE_BEFORE_RE.test(before)).toBe(false));
  it('knows the verb read after a company', () => {
    expect(TWO_WAY_LEASE_END_RE.test(' va louer à')).toBe(true);
    expect(TWO_WAY_LEASE_END_RE.test(' alquilará')).toBe(true);
    expect(TWO_WAY_LEASE_END_RE.test(' fournira')).toBe(false);
  });
});

describe('roles step: a two-way renting verb leaves the roles to the company table', () => {
  it.each([
    // The chipmaker rents its own chips back from a neocloud: it is the customer.
    ['Nvidia a accepté de louer à Lambda 10 000 serveurs GPU.', 'nvidia <- lambda'],
    ['Nvidia acordó alquilar a Lambda 10.000 servidores con GPU.', 'nvidia <- lambda'],
    ['A Nvidia vai alugar à Lambda servidores com as suas GPUs.', 'nvidia <- lambda'],
    // The same verbs, the other way round: the host rents out, and the table still says who buys.
    ['IREN louera le campus à Microsoft pour ses besoins en calcul.', 'microsoft <- iren'],
    ['Hut 8 louera à Fluidstack 245 MW de capacité.', 'fluidstack <- hut-8'],
    ['Applied Digital alquilará a CoreWeave su campus de Dakota del Norte.', 'coreweave <- applied-digital'],
    // Negative: one-way words are untouched.
    ['Galaxy will lease the Helios campus to CoreWeave.', 'coreweave <- galaxy-digital'],
    ['Nscale fournira à Microsoft 200 000 puces.', 'microsoft <- nscale'],
  ])('%s', (text, want) => expect(roles(text)).toBe(want));
});

describe('kind 1: leasing back from a neocloud, whole sentences (fr, es, pt, it)', () => {
  each([
    [
      "Nvidia a accepté de louer à Lambda, pendant quatre ans, des serveurs équipés de ses propres GPU, selon The Information. L'engagement représenterait environ 1,5 milliard de dollars.",
      ['nvidia lambda 1500000000 reported'],
    ],
    [
      'Nvidia acordó alquilar a Lambda 10.000 servidores con GPU durante cuatro años por unos 1.500 millones de dólares.',
      ['nvidia lambda 1500000000 signed'],
    ],
    [
      'A Nvidia vai alugar à Lambda servidores de GPU por US$ 1,5 bilhão.',
      ['nvidia lambda 1500000000 signed'],
    ],
    [
      'Nvidia ha accettato di prendere in affitto da Lambda 10.000 server GPU per circa 1,3 miliardi di dollari.',
      ['nvidia lambda 1300000000'],
    ],
    // Negative: a neocloud's customers named without a deal of their own stay silent.
    [
      'Lambda, qui prépare son introduction en Bourse, compte aussi Amazon et Microsoft parmi ses clients.',
      [],
    ],
  ]);
});

describe('kind 5: hardware beside capacity, and chip brands in product names (fr, de, it, en)', () => {
  each([
    [
      "Le propriétaire de centres de données IREN IREN.O a signé un contrat de services cloud d'environ 9,7 milliards de dollars avec Microsoft MSFT.O. Le titre IREN prenait 18 % avant l'ouverture. La société a aussi conclu un accord avec Dell Technologies DELL.N pour lui acheter les puces et les équipements associés pour environ 5,8 milliards de dollars.",
      ['microsoft iren 9700000000', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'Iren habe mit Microsoft einen Fünf-Jahres-Vertrag über rund 9,7 Milliarden Dollar vereinbart. Für die Ausstattung kauft Iren bei Dell Grafikprozessoren und Zubehör für etwa 5,8 Milliarden Dollar.',
      ['microsoft iren 9700000000', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'Per servire il contratto con Microsoft, IREN acquisterà da Dell GPU e apparecchiature per circa 5,8 miliardi di dollari.',
      ['iren dell 5800000000 signed hardware'],
    ],
    // A model name between the chip noun and its maker: Nvidia is the product, not a party.
    [
      "Meta Platforms ha firmato con Nebius accordi fino a 27 miliardi di dollari. Nebius fornirà a Meta capacità dedicata con chip Vera Rubin di Nvidia a partire dall'inizio del 2027.",
      ['meta nebius 27000000000'],
    ],
    [
      'Microsoft a signé un contrat de cinq ans pour des processeurs GB300 de Nvidia chez IREN, pour 9,7 milliards de dollars.',
      ['microsoft iren 9700000000'],
    ],
    // Negative: "kauft" still reads a takeover when a business follows it.
    [
      'CoreWeave kauft Core Scientific für rund 9 Milliarden Dollar in Aktien und sichert sich Rechenzentren.',
      [],
    ],
  ]);
});

describe('kind 7: a guarantor and an end user beside a lease are not its parties (en, pt, fr, de)', () => {
  each([
    [
      "Hut 8 signed a 15-year lease with Fluidstack for 245 MW, valued at $7 billion. Google will provide a financial backstop for Fluidstack's lease and pass-through obligations. Three renewal options could lift total contract value to about $17.7 billion.",
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'A Hut 8 assinou com a Fluidstack um arrendamento de 15 anos avaliado em US$ 7 bilhões. O Google garante as obrigações de pagamento da Fluidstack durante o prazo base. Com as opções de renovação, o valor total pode chegar a US$ 17,7 bilhões.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'Hut 8 signe un bail de 7 milliards de dollars avec Fluidstack pour Anthropic',
      ['fluidstack hut-8 7000000000'],
    ],
    [
      'Hut 8 unterzeichnet einen Mietvertrag über 7 Milliarden Dollar mit Fluidstack für Anthropic.',
      ['fluidstack hut-8 7000000000'],
    ],
    // Negative: the guarantor's own sentence with its own amount still speaks of the guarantee.
    [
      "Hut 8 signed a $7 billion lease with Fluidstack. Google will backstop $1.8 billion of Fluidstack's lease obligations.",
      // The corpus labels a guarantee with the guarantor as its buyer.
      ['fluidstack hut-8 7000000000', 'alphabet hut-8 1800000000 signed capacity_backstop'],
    ],
  ]);
});

describe('kind 8: list rows under a lead (en, es, de, pt)', () => {
  each([
    // A product brand in a row ("Nvidia GPUs") does not stop the row from taking the lead's buyer.
    [
      'Microsoft signs deals with neoclouds, Microsoft as the customer in each:\n\n• IREN → $9.7B over five years\n• Lambda → a multibillion-dollar deal for tens of thousands of Nvidia GPUs',
      ['microsoft iren 9700000000', 'microsoft lambda null'],
    ],
    [
      'Los contratos de Microsoft con neoclouds, con Microsoft como cliente:\n\n• Nebius: 17.400 millones de dólares\n• Lambda: un acuerdo multimillonario por decenas de miles de GPU de Nvidia',
      ['microsoft nebius 17400000000', 'microsoft lambda null'],
    ],
    [
      'Microsoft mietet Rechenleistung bei Neoclouds, jeweils mit Microsoft als Kunde:\n\n• IREN: 9,7 Milliarden Dollar\n• Lambda: ein Vertrag in Milliardenhöhe',
      ['microsoft iren 9700000000', 'microsoft lambda null'],
    ],
    // The lead states a deal of an AI lab: its rows are the lab's, never the lead's seller's; a plan and an
    // investment among the rows stay silent.
    [
      'A OpenAI assinou um contrato de US$ 38 bilhões com a Amazon Web Services (AWS) por sete anos. A lista de compromissos não para de crescer:\n\n– Stargate: plano de US$ 500 bilhões em centros de dados\n– Oracle: US$ 300 bilhões em capacidade de nuvem',
      ['openai amazon 38000000000', 'openai oracle 300000000000'],
    ],
  ]);
  it('a table of a registrant-like subject keeps the subject as the other party of each row', () => {
    // The lead's buyer (Microsoft) also sells: the rows fall back to the article's subject (IREN).
    const text =
      'IREN entered into a five-year GPU cloud services agreement with Microsoft for about $9.7 billion. IREN agreed to purchase GPUs from Dell Technologies. IREN expects deliveries in 2026.\n\nKey terms\n• Equipment purchase | Dell Technologies | approx. $5.8 billion';
    expect(subjectOf('', text)?.id).toBe('iren');
    expect(run(text)).toContain('iren dell 5800000000 signed hardware');
    expect(run(text).some((m) => m.startsWith('microsoft dell'))).toBe(false);
  });
});

describe('kind 2: a company in an opening phrase is context, not the signer (fr, en, de)', () => {
  each([
    [
      'Après Microsoft, Nebius décroche Meta pour 3 milliards de dollars de capacité cloud.',
      ['meta nebius 3000000000'],
    ],
    ['After Microsoft, Nebius lands Meta for $3 billion of cloud capacity.', ['meta nebius 3000000000']],
    [
      'Nach Microsoft sichert sich Nebius Meta für 3 Milliarden Dollar Cloud-Rechenleistung.',
      ['meta nebius 3000000000'],
    ],
    // Negative: an apposition between commas leaves the sentence's subject as the signer.
    [
      'OpenAI, the ChatGPT maker, signed a cloud contract with Oracle for $300 billion.',
      ['openai oracle 300000000000'],
    ],
  ]);
});

describe('kind 1: who places an order buys (de, en, es)', () => {
  each([
    [
      'CoreWeave, Inc. (8-K): Bestellung von Meta über bis zu 14,2 Milliarden Dollar für Cloud-Rechenleistung',
      ['meta coreweave 14200000000'],
    ],
    [
      'CoreWeave discloses an order from Meta worth up to $14.2 billion of cloud capacity.',
      ['meta coreweave 14200000000'],
    ],
    [
      'CoreWeave recibe un pedido de parte de Meta por hasta 14.200 millones de dólares en capacidad de nube.',
      ['meta coreweave 14200000000'],
    ],
    // Negative: the verb "ordered from" names the seller.
    ['IREN ordered GPUs from Dell for $5.8 billion.', ['iren dell 5800000000 signed hardware']],
  ]);
});
