// The "who" of rows, clauses and headlines (round 6): a roundup's rows bind to the company the list is about,
// never to a company that labels another row; a relative clause or appositive lends its own subject; a
// guarantor, an end user or a company named in passing is no party. Each kind in at least three languages,
// with negatives that must stay silent. Every sentence is written for these tests. Expected: "buyer provider
// valueUsd status kind" as a prefix of each mention found.
import { describe, expect, it } from 'vitest';
import { partiesIn } from '../../../functions/core/extract/parties';
import { assignRoles } from '../../../functions/core/extract/roles';
import { subjectOf } from '../../../functions/core/extract/subject';
import { each } from './mention-cases';

describe('kind 1: a row label is never the list’s subject (fr, pt, en, it)', () => {
  each([
    // A table of a buyer's providers: the buyer named in the lead, one provider also named in the lead-in.
    [
      "Les fournisseurs de calcul d'OpenAI\n\nAncien client exclusif de Microsoft, OpenAI diversifie ses contrats cloud. Les principaux accords :\n\nFournisseur     Montant                      Précisions\nOracle          200 milliards de dollars     sur cinq ans\nMicrosoft       150 milliards de dollars     contrat Azure\nCoreWeave       9 milliards de dollars       signé en mars\n",
      ['openai oracle 200000000000', 'openai microsoft 150000000000', 'openai coreweave 9000000000'],
    ],
    // A provider's list of customers: the first row's customer is no buyer of the next rows.
    [
      'Os clientes da CoreWeave\n\nA CoreWeave, fornecedora de nuvem para IA, fechou vários contratos neste ano:\n\n * OpenAI: US$ 7 bilhões em capacidade de nuvem.\n * Meta: até US$ 12 bilhões até 2030.\n * Nvidia: US$ 5 bilhões para comprar capacidade ociosa.\n',
      ['openai coreweave 7000000000', 'meta coreweave 12000000000', 'nvidia coreweave 5000000000'],
    ],
    [
      "CoreWeave's customer book\n\nCoreWeave, the AI cloud provider, has signed several large contracts this year:\n\n * OpenAI: $7 billion of cloud capacity.\n * Meta: up to $12 billion through 2030.\n",
      ['openai coreweave 7000000000', 'meta coreweave 12000000000'],
    ],
    [
      'I contratti di calcolo di Anthropic\n\nAnthropic, cliente storico di Amazon, ha firmato nuovi accordi cloud:\n\n * Microsoft: 20 miliardi di dollari di capacità Azure.\n * Amazon: 8 miliardi di dollari di capacità cloud.\n',
      ['anthropic microsoft 20000000000', 'anthropic amazon 8000000000'],
    ],
  ]);
  it('the subject is sought among the companies that label no row', () => {
    const text =
      "Les contrats d'OpenAI\n\nClient de Microsoft, OpenAI signe ailleurs.\n\nMicrosoft   100 milliards\nOracle   50 milliards\n";
    // Counted with its row, Microsoft ties with OpenAI: no clear subject.
    expect(subjectOf('', text)).toBeNull();
    expect(subjectOf('', text, new Set(['microsoft', 'oracle']))?.id).toBe('openai');
  });
});

describe('kind 2: the object of "with" opening a sentence is not its subject (de, it, es, fr)', () => {
  each([
    [
      'Mit Oracle soll OpenAI einen Vertrag über Cloud-Rechenleistung von 300 Milliarden Dollar geschlossen haben.',
      ['openai oracle 300000000000'],
    ],
    [
      'Con Oracle OpenAI ha concordato l’acquisto di potenza di calcolo per 300 miliardi di dollari.',
      ['openai oracle 300000000000'],
    ],
    [
      'Con Oracle, OpenAI firmó un contrato de capacidad de cómputo por 300.000 millones de dólares.',
      ['openai oracle 300000000000'],
    ],
    // Negative: two objects joined by "y" stay siblings (never one deal between them).
    ['Lambda firma con Microsoft y Nvidia un acuerdo de nube sin cifra divulgada.', []],
  ]);
});

describe('kind 2: a relative clause on the subject lends that subject, not the main clause’s company (en, fr, es, de)', () => {
  each([
    [
      'Nebius signed a $3 billion cloud deal with Meta. The Amsterdam-based company, which in September agreed a $17.4 billion deal to provide GPU capacity to Microsoft, said the Meta capacity would come online within three months.',
      ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
    ],
    [
      "Nebius a signé un contrat cloud de 3 milliards de dollars avec Meta. Le groupe, qui avait conclu en septembre un contrat de 17,4 milliards de dollars avec Microsoft, a précisé que la capacité destinée à Meta serait livrée d'ici trois mois.",
      ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
    ],
    [
      'Nebius firmó un contrato de nube de 3.000 millones de dólares con Meta. La empresa, que en septiembre cerró un acuerdo de 17.400 millones de dólares con Microsoft, dijo que la capacidad para Meta estará lista en tres meses.',
      ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
    ],
    [
      'Nebius, die im September einen Vertrag über 17,4 Milliarden Dollar mit Microsoft geschlossen hatte, liefert die GPU-Kapazität für Meta binnen drei Monaten.',
      ['microsoft nebius 17400000000'],
    ],
    // Negative: an amount of the main clause keeps the main clause's parties.
    [
      'Nebius, which is based in Amsterdam, signed a $3 billion cloud capacity deal with Meta.',
      ['meta nebius 3000000000'],
    ],
  ]);
});

describe('kind 2: a pronoun passes over an antecedent that cannot be the other party (en, fr)', () => {
  each([
    [
      'Meta committed $14 billion to CoreWeave for cloud capacity. It is the third large agreement for CoreWeave this month. Last week it widened its OpenAI contract by $6.5 billion.',
      ['meta coreweave 14000000000', 'openai coreweave 6500000000'],
    ],
    [
      "Meta a confié 14 milliards de dollars de capacité cloud à CoreWeave. C'est le troisième grand contrat de CoreWeave ce mois-ci. La semaine dernière, il a relevé son contrat avec OpenAI de 6,5 milliards de dollars.",
      ['meta coreweave 14000000000', 'openai coreweave 6500000000'],
    ],
  ]);
});

describe('kind 1: a sentence with its own amount and no colon is no lead-in of the list after it (en, es, it)', () => {
  each([
    [
      'Meta has guided to capital expenditures of about $70 billion this year.\n\nCoreWeave cloud contracts:\n\n * Meta: up to $14B\n * Nvidia: $6B capacity backstop',
      ['meta coreweave 14000000000', 'nvidia coreweave 6000000000'],
    ],
  ]);
});

describe('kind 4: a guarantee is the guarantor’s commitment to the landlord, never a deal with the tenant (de, en, es)', () => {
  each([
    [
      'TeraWulf: Fluidstack mietet den Campus in Texas für 9,5 Milliarden Dollar. Google erhöht seine Garantie auf 3,2 Milliarden Dollar.',
      ['fluidstack terawulf 9500000000', 'alphabet terawulf 3200000000'],
    ],
    [
      'TeraWulf: Fluidstack mietet den Campus in Texas für 9,5 Milliarden Dollar. Google sichert die Mietzahlungen mit 1,3 Milliarden Dollar ab.',
      ['fluidstack terawulf 9500000000', 'alphabet terawulf 1300000000'],
    ],
    [
      'Fluidstack leases the TeraWulf campus in Texas for $9.5 billion. Google raises its guarantee to $3.2 billion.',
      ['fluidstack terawulf 9500000000', 'alphabet terawulf 3200000000'],
    ],
    [
      'Fluidstack alquila el campus de TeraWulf en Texas por 9.500 millones de dólares. Google eleva su garantía a 3.200 millones de dólares.',
      ['fluidstack terawulf 9500000000', 'alphabet terawulf 3200000000'],
    ],
    // Negative: a backstop of unused capacity is the backstopper's purchase from the provider.
    [
      'Nvidia agreed to buy any unused CoreWeave cloud capacity under a $6.3 billion backstop.',
      ['nvidia coreweave 6300000000'],
    ],
  ]);
});

describe('kind 5: a headline naming two deals binds each amount to the company after it (en)', () => {
  each([
    [
      'IREN 8-K: $9.7 billion Microsoft AI cloud contract and $5.8 billion Dell equipment order',
      ['microsoft iren 9700000000', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'Nebius 6-K: $3 billion Meta AI infrastructure deal follows $17.4 billion Microsoft GPU contract',
      ['meta nebius 3000000000', 'microsoft nebius 17400000000'],
    ],
  ]);
});

describe('kind 6: two share-price moves side by side are no pair (it, en, de, es)', () => {
  each([
    [
      'La notizia ha pesato su Nvidia, che ha perso il 3%, mentre Alphabet è salita del 4%, avvicinandosi a 4.000 miliardi di dollari di capitalizzazione nel cloud.',
      [],
    ],
    ['Nvidia lost 3% and Alphabet rose 4% after the report of a $10 billion cloud deal.', []],
    [
      'Nvidia verlor 3 Prozent, Alphabet gewann 4 Prozent nach dem Bericht über einen Cloud-Vertrag von 10 Milliarden Dollar.',
      [],
    ],
    [
      'Nvidia cayó un 3% y Alphabet subió un 4% tras la noticia de un contrato de nube de 10.000 millones de dólares.',
      [],
    ],
    // Negative: one move names the company the news is about; its deal stays.
    [
      'IREN shares surged 20% after Microsoft agreed to pay about $9.7 billion for GPU cloud capacity.',
      ['microsoft iren 9700000000'],
    ],
  ]);
});

describe('kind 3: roles by clause, not by a word’s first letters (de, en, it)', () => {
  each([
    // "rund" is no "run": the one the chips are installed for buys.
    [
      'Nscale wird für Microsoft rund 100.000 GPUs in Texas installieren; der Cloud-Auftrag ist bis zu 14 Milliarden Dollar wert.',
      ['microsoft nscale 14000000000'],
    ],
    [
      'Microsoft holt sich bei Nscale 100.000 GPUs – Cloud-Vertrag bis zu 14 Milliarden Dollar schwer',
      ['microsoft nscale 14000000000'],
    ],
    [
      'Microsoft affitta da Nscale capacità cloud per 14 miliardi di dollari.',
      ['microsoft nscale 14000000000'],
    ],
  ]);
  it('"the leases to generate" is an infinitive, not the one leased to', () => {
    const text =
      'Galaxy signed the CoreWeave leases to generate revenue from its Helios campus for 15 years.';
    const span = { start: 0, end: text.length };
    const [a, b] = partiesIn(text, span, null);
    expect(assignRoles(text, span, a!, b!).basis).not.toBe('clause');
  });
});

describe('kind 4: an end user named in an earlier sentence is no party of a later amount (en, fr, es)', () => {
  each([
    [
      'Hut 8 signed a $7 billion data center lease with Fluidstack. The capacity will support Anthropic’s AI workloads. Fluidstack also holds a right of first offer on another 1,000 MW at the campus.',
      ['fluidstack hut-8 7000000000'],
    ],
    [
      "Hut 8 a signé un bail de centre de données de 7 milliards de dollars avec Fluidstack. La capacité servira aux charges de travail utilisées par Anthropic. Fluidstack dispose aussi d'un droit de première offre sur 1 000 MW supplémentaires.",
      ['fluidstack hut-8 7000000000'],
    ],
    [
      'Hut 8 firmó un contrato de arrendamiento de centro de datos de 7.000 millones de dólares con Fluidstack. La capacidad será utilizada por Anthropic. Fluidstack tiene además un derecho de primera oferta sobre otros 1.000 MW.',
      ['fluidstack hut-8 7000000000'],
    ],
  ]);
});

describe('kind 2: a sentence before with its own amount lends no parties; the article’s subject does (it, es, en)', () => {
  each([
    [
      'OpenAI firma un contratto cloud con Amazon da 38 miliardi di dollari. OpenAI ha concordato con Oracle capacità cloud per 300 miliardi di dollari. CoreWeave, a sua volta, ha esteso la collaborazione con un nuovo contratto cloud da 6,5 miliardi di dollari.',
      ['openai amazon 38000000000', 'openai oracle 300000000000', 'openai coreweave 6500000000'],
    ],
    [
      'OpenAI firma un contrato de nube con Amazon por 38.000 millones de dólares. OpenAI acordó con Oracle capacidad de nube por 300.000 millones de dólares. CoreWeave, por su parte, amplió la colaboración con un nuevo contrato de nube de 6.500 millones de dólares.',
      ['openai amazon 38000000000', 'openai oracle 300000000000', 'openai coreweave 6500000000'],
    ],
    [
      'OpenAI signs a $38 billion cloud contract with Amazon. OpenAI agreed $300 billion of cloud capacity with Oracle. CoreWeave, for its part, widened the partnership with a new $6.5 billion cloud contract.',
      ['openai amazon 38000000000', 'openai oracle 300000000000', 'openai coreweave 6500000000'],
    ],
  ]);
});
