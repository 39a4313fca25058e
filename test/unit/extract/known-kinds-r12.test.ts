// The known kinds of round 12, each in at least three of the six languages, with near misses that must keep what
// they say. Every sentence is written for these tests. Expected: "buyer provider valueUsd status" as a prefix of
// each mention found (in order), or [] for none.
import { beforeAll, describe, expect, it } from 'vitest';
import { each, run } from './mention-cases';

// The first extraction builds the lexicon tables; on a loaded machine that alone can outlast one test's time.
beforeAll(() => {
  run('Warm-up.');
}, 60_000);

// Since the fortieth session an earlier contract told in a clause of its own with its amount is a contract of its own
// beside the expansion; one the addition is said to top ("on top of the $14.2 billion order") is still no mention.
describe("an earlier contract of the pair beside the pair's expansion: a contract when told in its own clause", () => {
  each([
    [
      'Meta will buy an additional $21 billion of GPU capacity from CoreWeave through 2032, on top of the $14.2 billion order it placed last September.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'Meta has committed to take a further $21 billion of AI cloud capacity from CoreWeave, which sits on top of a prior $14.2 billion, highlighting how much compute it rents.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'OpenAI is adding $6.5 billion of compute to its agreement with CoreWeave, bringing the total to $22.4 billion. The first contract, worth $11.9 billion, dates from March, and a $4 billion add-on followed in May.',
      // Since the forty-ninth session the earlier contracts told with their dates in a sentence of their own count
      // too, though it names neither company.
      [
        'openai coreweave 6500000000 expanded',
        'openai coreweave 11900000000 signed',
        'openai coreweave 4000000000 expanded',
      ],
    ],
    // The running total is told without naming the pair, and the increment only by "zusätzliche".
    [
      'Meta bucht bei CoreWeave zusätzliche Rechenleistung für 21 Milliarden Dollar. Damit summieren sich die Zusagen auf gut 35 Milliarden Dollar. Schon im September hatte Meta bei CoreWeave Kapazitäten für 14,2 Milliarden Dollar reserviert.',
      ['meta coreweave 21000000000 expanded', 'meta coreweave 14200000000 signed'],
    ],
    [
      "CoreWeave ha ampliato di 6,5 miliardi di dollari l'accordo con OpenAI, portando il totale a 22,4 miliardi di dollari. A marzo OpenAI aveva firmato con CoreWeave un accordo da 11,9 miliardi; a maggio si era aggiunta un'estensione da 4 miliardi.",
      [
        'openai coreweave 6500000000 expanded',
        'openai coreweave 11900000000 signed',
        'openai coreweave 4000000000 expanded',
      ],
    ],
    [
      'Meta comprerà da CoreWeave capacità aggiuntiva per 21 miliardi di dollari. A settembre Meta aveva già firmato con CoreWeave un contratto da 14,2 miliardi di dollari, e il totale degli impegni sale così a circa 35 miliardi di dollari.',
      ['meta coreweave 21000000000 expanded', 'meta coreweave 14200000000 signed'],
    ],
    [
      'Meta achète à CoreWeave 21 milliards de dollars de capacité supplémentaire, ce qui porte le total de ses engagements à environ 35 milliards de dollars. En septembre, Meta avait déjà réservé chez CoreWeave pour 14,2 milliards de dollars de capacité.',
      ['meta coreweave 21000000000 expanded', 'meta coreweave 14200000000 signed'],
    ],
    [
      'Meta comprará a CoreWeave capacidad adicional por 21.000 millones de dólares, con lo que el total de sus compromisos llega a unos 35.000 millones. En septiembre Meta ya había contratado con CoreWeave capacidad por 14.200 millones de dólares.',
      ['meta coreweave 21000000000 expanded', 'meta coreweave 14200000000 signed'],
    ],
    [
      'A Meta vai comprar à CoreWeave US$ 21 bilhões adicionais em capacidade de nuvem, elevando o total dos seus compromissos para cerca de US$ 35 bilhões. Em setembro, a Meta já tinha contratado com a CoreWeave capacidade de US$ 14,2 bilhões.',
      ['meta coreweave 21000000000 expanded', 'meta coreweave 14200000000 signed'],
    ],
  ]);
});

describe('an earlier contract beside a new contract that grows nothing, or told in full with its own term, stays apart', () => {
  each([
    [
      'Nebius signed a new five-year agreement with Meta worth up to $27 billion. In November the two companies had signed a $3 billion contract.',
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      'Nebius firmó con Meta un nuevo contrato de hasta 27.000 millones de dólares. En noviembre las dos empresas ya habían firmado un contrato de 3.000 millones de dólares a cinco años.',
      ['meta nebius 27000000000 signed', 'meta nebius 3000000000 signed'],
    ],
    [
      'CoreWeave erweitert seinen Vertrag mit OpenAI um 6,5 Milliarden Dollar. Der erste Vertrag stammt vom März: Damals verpflichtete sich OpenAI, über fünf Jahre Rechenleistung für 11,9 Milliarden Dollar bei CoreWeave abzunehmen.',
      ['openai coreweave 6500000000 expanded', 'openai coreweave 11900000000 signed'],
    ],
  ]);
});

describe('a sum over the plural of a kind of seller, or over all of a company’s contracts, is no pair’s value', () => {
  each([
    [
      'Microsoft announced a five-year $9.7 billion cloud agreement with IREN the same morning, and analysts have tallied more than $60 billion of commitments by Microsoft to so-called neoclouds, including Nscale, Nebius and IREN.',
      ['microsoft iren 9700000000 signed'],
    ],
    // The sum's clause comes first; the deal after it keeps its amount.
    [
      'Microsoft has committed more than $60 billion to neocloud providers such as Nscale, Nebius and Lambda, and on Monday it signed a $9.7 billion contract with IREN.',
      ['microsoft iren 9700000000 signed'],
    ],
    ['Microsoft a engagé plus de 60 milliards de dollars auprès des néoclouds, dont Nscale et Nebius.', []],
    [
      'Microsoft hat Zusagen über mehr als 60 Milliarden Dollar an sogenannte Neoclouds gemacht, darunter Nscale und Nebius.',
      [],
    ],
    [
      'Microsoft ha comprometido más de 60.000 millones de dólares con los neoclouds, entre ellos Nscale y Nebius.',
      [],
    ],
    ['Microsoft ha impegnato oltre 60 miliardi di dollari verso i neocloud, tra cui Nscale e Nebius.', []],
    ['A Microsoft comprometeu mais de US$ 60 bilhões com os neoclouds, entre eles a Nscale e a Nebius.', []],
    // One named neocloud is a seller, not a plural.
    [
      'Microsoft signed a $23 billion commitment to neocloud Nscale for GPUs in Texas.',
      ['microsoft nscale 23000000000 signed'],
    ],
    [
      'Microsoft firmó con el neocloud Nscale un contrato de 6.200 millones de dólares.',
      ['microsoft nscale 6200000000 signed'],
    ],
  ]);
  const noMentionOf = (usd: string, texts: readonly string[]): void => {
    for (const text of texts)
      it(text.slice(0, 80), () => expect(run(text).some((m) => m.includes(` ${usd} `))).toBe(false));
  };
  noMentionOf('8500000000', [
    'Cipher leases its Barber Lake site to Fluidstack, whose rent Google partly guarantees. All of its data center contracts together come to about $8.5 billion.',
    'Cipher vermietet Barber Lake an Fluidstack, dessen Miete Google teilweise absichert. Alle Rechenzentrumsverträge zusammen kommen auf etwa 8,5 Milliarden Dollar.',
    'Cipher loue Barber Lake à Fluidstack, dont Google garantit une partie du loyer. Tous ses contrats de centres de données réunis atteignent ensemble environ 8,5 milliards de dollars.',
    'Cipher alquila Barber Lake a Fluidstack, cuyo alquiler garantiza en parte Google. Todos sus contratos de centros de datos suman en conjunto unos 8.500 millones de dólares.',
  ]);
});
