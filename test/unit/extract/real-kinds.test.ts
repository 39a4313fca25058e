// Kinds of error seen on real published pages about compute deals (wire copy, market news, blogs, roundups) in the
// six languages, read through the extractor as `cli extract FILE` reads them. The sentences are invented; each kind
// holds negatives that must stay silent (or keep the other reading) and positives that must come out right
// ("buyer provider valueUsd status kind rt" as a prefix of each mention, in order).
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt';
type Family = readonly [lang: Lang, text: string, want: readonly string[]];

const fmt = (m: ReturnType<typeof extractMentions>[number]): string =>
  `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind} rt=${m.runningTotalUsd ?? null}`;

/** A provider that wins, lands, secures a contract or an order from a customer sells; capacity secured buys. */
const WON_CONTRACT: Family[] = [
  [
    'en',
    'Nebius has landed a cloud computing contract worth up to $3 billion with Meta, the company said on Monday.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'IREN clinched a $9.7 billion, five-year contract with Microsoft for GPU capacity.',
    ['microsoft iren 9700000000'],
  ],
  [
    'fr',
    'Nebius décroche un contrat de 3 milliards de dollars avec Meta pour de la capacité GPU.',
    ['meta nebius 3000000000'],
  ],
  [
    'de',
    'Nebius sichert sich einen Auftrag über 3 Milliarden Dollar von Meta für GPU-Rechenkapazität.',
    ['meta nebius 3000000000'],
  ],
  [
    'de',
    'Nscale sichert sich einen Milliardenauftrag mit Microsoft im Wert von 14 Milliarden Dollar für GPU-Cloud-Kapazität.',
    ['microsoft nscale 14000000000'],
  ],
  [
    'es',
    'Nebius se adjudica un contrato de 3.000 millones de dólares con Meta para capacidad de GPU en la nube.',
    ['meta nebius 3000000000'],
  ],
  [
    'it',
    'Nebius si aggiudica un contratto da 3 miliardi di dollari con Meta per capacità GPU nel cloud.',
    ['meta nebius 3000000000'],
  ],
  [
    'pt',
    'A Nebius conquista um contrato de US$ 3 bilhões com a Meta para capacidade de GPU na nuvem.',
    ['meta nebius 3000000000'],
  ],
  // Near misses: what was secured is capacity, so the subject buys and "from" names the seller.
  ['en', 'Microsoft secured GPU capacity worth $19.4 billion from Nebius.', ['microsoft nebius 19400000000']],
  [
    'en',
    'Meta secured $3 billion of compute from Nebius under a five-year deal.',
    ['meta nebius 3000000000'],
  ],
  [
    'de',
    'Microsoft sichert sich bei Nebius Rechenleistung für bis zu 19,4 Milliarden Dollar.',
    ['microsoft nebius 19400000000'],
  ],
  // An AI lab that only ever buys keeps its role.
  [
    'en',
    'OpenAI secured a $38 billion contract with Amazon Web Services for cloud capacity.',
    ['openai amazon 38000000000'],
  ],
  // A contract won from someone who is no counterparty of a compute deal says nothing.
  ['fr', 'Nebius décroche un contrat de recrutement avec une agence parisienne.', []],
];

/**
 * The chip brand of the capacity sells nothing in that sentence; a title before a maker's name ("GPU giant
 * Nvidia") describes the company, which stays a party.
 */
const CHIP_BRAND: Family[] = [
  [
    'en',
    'First reported by Bloomberg, the deal provides Meta with processing from Nvidia’s most recent line of graphics processing units, branded as Blackwell.',
    [],
  ],
  ['en', 'The contract gives Microsoft compute from Nvidia’s newest generation of accelerators.', []],
  [
    'en',
    'This follows a $6.3B commitment announced in September by GPU giant Nvidia, which will purchase any of CoreWeave’s unsold compute capacity through 2032.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'fr',
    'Le géant des puces Nvidia s’est engagé à acheter pour 6,3 milliards de dollars de capacité invendue de CoreWeave jusqu’en 2032.',
    ['nvidia coreweave 6300000000'],
  ],
  [
    'es',
    'El gigante de los chips Nvidia se comprometió a comprar por 6.300 millones de dólares la capacidad de nube no vendida de CoreWeave.',
    ['nvidia coreweave 6300000000'],
  ],
  [
    'it',
    'Il colosso dei chip Nvidia si è impegnato ad acquistare per 6,3 miliardi di dollari la capacità cloud invenduta di CoreWeave.',
    ['nvidia coreweave 6300000000'],
  ],
  // A stated hardware purchase of the maker's line stays one (house convention: kind hardware).
  [
    'en',
    'OpenAI agreed to buy Nvidia’s latest line of chips for $10 billion.',
    ['openai nvidia 10000000000 signed hardware'],
  ],
];

/** "$22.4B. This follows …": a unit letter after a figure ends the sentence like any other word. */
const UNIT_LETTER_STOP: Family[] = [
  [
    'en',
    'Last week, CoreWeave expanded its agreement with OpenAI by $6.5B. This follows a $6.3B commitment by Nvidia, which will purchase any of CoreWeave’s unsold capacity through 2032.',
    ['openai coreweave 6500000000 expanded', 'nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'en',
    'Meta signed a $3B deal with Nebius. Microsoft signed a $19.4B deal with Nebius too.',
    ['meta nebius 3000000000', 'microsoft nebius 19400000000'],
  ],
  [
    'es',
    'Meta firmó un contrato de US$3B con Nebius. Microsoft firmó otro de US$19,4B con Nebius.',
    ['meta nebius 3000000000', 'microsoft nebius 19400000000'],
  ],
  [
    'pt',
    'A Meta assinou um contrato de US$ 3B com a Nebius. A Microsoft assinou outro de US$ 19,4B com a Nebius.',
    ['meta nebius 3000000000', 'microsoft nebius 19400000000'],
  ],
  // An initial still continues the sentence: one deal, one pair.
  [
    'en',
    'Microsoft signed a $9.7 billion contract with IREN for GPU capacity in Childress, Texas, U.S. officials said.',
    ['microsoft iren 9700000000'],
  ],
];

/** "increasing the ChatGPT creator's total planned spending with CoreWeave to $22.4B": a running total, no plan. */
const PLANNED_TOTAL: Family[] = [
  [
    'en',
    'Last week, CoreWeave expanded its cloud services agreement with OpenAI by $6.5B, increasing the ChatGPT creator’s total planned spending with CoreWeave to $22.4B.',
    ['openai coreweave 6500000000 expanded gpu_cloud rt=22400000000'],
  ],
  [
    'es',
    'CoreWeave amplió su acuerdo con OpenAI en 6.500 millones de dólares, elevando el gasto total planificado con CoreWeave a 22.400 millones de dólares.',
    ['openai coreweave 6500000000 expanded gpu_cloud rt=22400000000'],
  ],
  [
    'pt',
    'A CoreWeave ampliou o contrato com a OpenAI em US$ 6,5 bilhões, elevando o gasto total planejado com a CoreWeave para US$ 22,4 bilhões.',
    ['openai coreweave 6500000000 expanded gpu_cloud rt=22400000000'],
  ],
  // A company's planned spending of its own stays no deal.
  [
    'en',
    'Meta’s planned spending on its own data centers will reach $70 billion next year, with Nvidia chips inside.',
    [],
  ],
  [
    'es',
    'El gasto planificado de Meta en centros de datos propios llegará a 70.000 millones de dólares.',
    [],
  ],
  ['pt', 'O gasto planejado da Meta em data centers próprios chegará a US$ 70 bilhões no próximo ano.', []],
];

/** A guarantee verb whose object is the buyer's access or infrastructure is a cloud contract's purpose, no backstop. */
const ACCESS_GUARANTEE: Family[] = [
  [
    'it',
    'OpenAI ha siglato un accordo con Amazon Web Services del valore di 38 miliardi di dollari per sette anni, che garantirà alla startup l’accesso a infrastrutture cloud.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'OpenAI firmó con Oracle un contrato de 30.000 millones de dólares que le garantiza el acceso a capacidad de cómputo.',
    ['openai oracle 30000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'OpenAI signed a $38 billion cloud deal with Amazon Web Services, guaranteeing it access to hundreds of thousands of GPUs.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'Microsoft a signé un contrat de 9,7 milliards de dollars avec IREN pour garantir une capacité cloud d’IA.',
    ['microsoft iren 9700000000 signed gpu_cloud'],
  ],
  [
    'pt',
    'O contrato de US$ 38 bilhões garante à OpenAI até 750 megawatts de capacidade de nuvem da Amazon ao longo de sete anos.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  // A guarantee of another's obligations, or of unused capacity, stays a backstop.
  [
    'pt',
    'A gigante dos chips Nvidia garante a compra de US$ 6,3 bilhões da capacidade ociosa da CoreWeave.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'de',
    'Nvidia garantiert CoreWeave die Abnahme ungenutzter Kapazität für 6,3 Milliarden Dollar.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
  [
    'en',
    'Nvidia agreed to guarantee the purchase of $6.3 billion of CoreWeave’s unsold cloud capacity through 2032.',
    ['nvidia coreweave 6300000000 signed capacity_backstop'],
  ],
];

/** The company a deal moves away from is no party of it ("afastou a OpenAI da Microsoft"). */
const AWAY_FROM: Family[] = [
  ['pt', 'O contrato de US$ 38 bi que afastou ainda mais a OpenAI da Microsoft', []],
  [
    'en',
    'OpenAI reduces its reliance on Microsoft with a $38 billion cloud deal with Amazon Web Services.',
    ['openai amazon 38000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'OpenAI s’éloigne de Microsoft avec un contrat cloud de 38 milliards de dollars signé avec AWS.',
    ['openai amazon 38000000000'],
  ],
  [
    'de',
    'OpenAI löst sich weiter von Microsoft: Der Cloud-Vertrag mit AWS ist 38 Milliarden Dollar wert.',
    ['openai amazon 38000000000'],
  ],
  [
    'es',
    'OpenAI se aleja de Microsoft con un contrato de nube de 38.000 millones de dólares con AWS.',
    ['openai amazon 38000000000'],
  ],
  [
    'it',
    'OpenAI si allontana da Microsoft con un contratto cloud da 38 miliardi di dollari con AWS.',
    ['openai amazon 38000000000'],
  ],
  // Moving away from one's own data centres leaves the pair alone.
  [
    'en',
    'Microsoft signed a $9.7 billion cloud contract with IREN, moving away from its own data centers.',
    ['microsoft iren 9700000000'],
  ],
];

/** Two companies that build a data centre together name no buyer and no seller; the project's volume is no value. */
const JOINT_BUILD: Family[] = [
  [
    'de',
    'Die Deutsche Telekom und Nvidia wollen gemeinsam ein KI-Rechenzentrum in München bauen; das Projekt hat ein Volumen von mehr als einer Milliarde Euro für GPU-Rechenkapazität.',
    [],
  ],
  [
    'en',
    'Deutsche Telekom and Nvidia will jointly build a €1 billion AI cloud data center in Munich for GPU compute.',
    [],
  ],
  [
    'fr',
    'Deutsche Telekom et Nvidia vont construire ensemble un centre de données IA d’un milliard d’euros à Munich pour du calcul GPU.',
    [],
  ],
  [
    'it',
    'Deutsche Telekom e Nvidia intendono costruire insieme un data center per l’IA da un miliardo di euro a Monaco, con capacità di calcolo GPU.',
    [],
  ],
  // A contract beside a site one company builds alone stays one.
  [
    'en',
    'Microsoft signed a $9.7 billion contract with IREN for GPU cloud capacity that IREN will build in Texas.',
    ['microsoft iren 9700000000'],
  ],
];

/** Contracted future revenue (performance obligations, RPO) in any language is a backlog, not one contract. */
const BACKLOG_WORDS: Family[] = [
  [
    'es',
    'Las acciones de Oracle subieron 42% tras comunicar que en el trimestre sumó contratos futuros por US$317.000 millones con OpenAI y otros clientes de nube.',
    [],
  ],
  [
    'pt',
    'A Oracle somou US$ 317 bilhões em receitas contratuais futuras de nuvem, com a OpenAI entre os clientes.',
    [],
  ],
  [
    'es',
    'Oracle reportó obligaciones de desempeño por 455.000 millones de dólares, impulsadas por su contrato de nube con OpenAI.',
    [],
  ],
  [
    'en',
    'Oracle booked $317 billion of future contract revenue in the quarter, much of it cloud capacity for OpenAI.',
    [],
  ],
  [
    'es',
    'OpenAI firmó un contrato de cómputo en la nube con Oracle por 300.000 millones de dólares.',
    ['openai oracle 300000000000'],
  ],
];

/** A value the contract could reach if its extensions are exercised is no value of it. */
const EXTENSION_CEILING: Family[] = [
  [
    'es',
    'TeraWulf firmó un acuerdo de alojamiento HPC de 10 años con Fluidstack. El acuerdo cubre 200 MW, con un potencial de alcanzar 8.700 millones de dólares si se ejercen las extensiones del contrato.',
    ['fluidstack terawulf null'],
  ],
  [
    'it',
    'TeraWulf ha firmato con Fluidstack un contratto di hosting HPC decennale per 200 MW. Con le proroghe il contratto potrebbe valere 8,7 miliardi di dollari.',
    ['fluidstack terawulf null'],
  ],
  [
    'pt',
    'A TeraWulf assinou com a Fluidstack um contrato de hospedagem HPC de dez anos para 200 MW. Com as extensões, o contrato poderia chegar a US$ 8,7 bilhões.',
    ['fluidstack terawulf null'],
  ],
  [
    'es',
    'TeraWulf firmó un acuerdo de alojamiento HPC de 10 años con Fluidstack por 3.700 millones de dólares.',
    ['fluidstack terawulf 3700000000'],
  ],
];

/** Chips named by type, then their maker: the maker's goods beside a cloud contract, no seller of it. */
const TYPED_CHIPS: Family[] = [
  [
    'de',
    'Microsoft hat mit Nebius einen Vertrag über bis zu 19,4 Milliarden Dollar geschlossen. Durch die Kooperation erhält Microsoft Zugang zu mehr als 100.000 Chips des Typs GB300 von Nvidia.',
    ['microsoft nebius 19400000000'],
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat pouvant atteindre 19,4 milliards de dollars. Grâce à l’accord, Microsoft aura accès à plus de 100 000 puces de type GB300 de Nvidia.',
    ['microsoft nebius 19400000000'],
  ],
  [
    'es',
    'Microsoft firmó con Nebius un contrato de hasta 19.400 millones de dólares. Gracias al acuerdo, Microsoft tendrá acceso a más de 100.000 chips del tipo GB300 de Nvidia.',
    ['microsoft nebius 19400000000'],
  ],
];

/** An addition the buyer may ask for ("additional services that could take it to") is an option, not an expansion. */
const OPTIONAL_ADDITION: Family[] = [
  [
    'en',
    'Microsoft has secured GPU capacity from Nebius under a five-year agreement valued at $17.4 billion, with additional services that could take it to $19.4 billion.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'it',
    'Microsoft ha firmato con Nebius un contratto di capacità GPU da 17,4 miliardi di dollari, con servizi aggiuntivi che Microsoft potrebbe richiedere.',
    ['microsoft nebius 17400000000 signed'],
  ],
  [
    'fr',
    'Microsoft a signé avec Nebius un contrat de capacité GPU de 17,4 milliards de dollars, avec des services supplémentaires qui pourraient s’y ajouter.',
    ['microsoft nebius 17400000000 signed'],
  ],
  // A stated addition to an earlier contract stays an expansion.
  [
    'en',
    'Microsoft added $2 billion of additional GPU capacity to its contract with Nebius.',
    ['microsoft nebius 2000000000 expanded'],
  ],
];

const KINDS: ReadonlyArray<readonly [string, Family[]]> = [
  ['an addition the buyer may ask for is no expansion', OPTIONAL_ADDITION],
  ['the company a deal moves away from is no party', AWAY_FROM],
  ['a data centre two companies build together is no deal', JOINT_BUILD],
  ['contracted future revenue is a backlog', BACKLOG_WORDS],
  ['a value reached with extensions is no value', EXTENSION_CEILING],
  ['chips named by type then maker: no seller', TYPED_CHIPS],
  ['a provider that wins a contract sells', WON_CONTRACT],
  ['a chip brand sells nothing; a maker title keeps the party', CHIP_BRAND],
  ['a unit letter after a figure ends a sentence', UNIT_LETTER_STOP],
  ['total planned spending with a pair is a running total', PLANNED_TOTAL],
  ['a guarantee of access is no backstop', ACCESS_GUARANTEE],
];

for (const [kind, families] of KINDS)
  describe(kind, () => {
    it('holds three languages or more', () => {
      expect(new Set(families.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(3);
    });
    for (const [lang, text, want] of families)
      it(`${lang}: ${text.slice(0, 80)}`, () => {
        const got = extractMentions({ text }).map(fmt);
        expect(got, JSON.stringify(got)).toHaveLength(want.length);
        want.forEach((w, i) => {
          expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
        });
      });
  });
