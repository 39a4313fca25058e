// The known kinds of round 12, each in at least three of the six languages, with near misses that must keep what
// they say. Every sentence is written for these tests. Expected: "buyer provider valueUsd status" as a prefix of
// each mention found (in order), or [] for none.
import { describe } from 'vitest';
import { each } from './mention-cases';

describe("an earlier contract of the pair, restated beside the pair's expansion, is the base it grows from", () => {
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
      ['openai coreweave 6500000000 expanded'],
    ],
    // The running total is told without naming the pair, and the increment only by "weitere".
    [
      'Meta bucht bei CoreWeave weitere Rechenleistung für 21 Milliarden Dollar. Damit summieren sich die Zusagen auf gut 35 Milliarden Dollar. Schon im September hatte Meta bei CoreWeave Kapazitäten für 14,2 Milliarden Dollar reserviert.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      "CoreWeave ha ampliato di 6,5 miliardi di dollari l'accordo con OpenAI, portando il totale a 22,4 miliardi di dollari. Il primo contratto con OpenAI, da 11,9 miliardi, era stato firmato a marzo; a maggio si era aggiunta un'estensione da 4 miliardi.",
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'Meta comprerà da CoreWeave capacità aggiuntiva per 21 miliardi di dollari. A settembre Meta aveva già firmato con CoreWeave un contratto da 14,2 miliardi di dollari, e il totale degli impegni sale così a circa 35 miliardi di dollari.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'Meta achète à CoreWeave 21 milliards de dollars de capacité supplémentaire, ce qui porte le total de ses engagements à environ 35 milliards de dollars. En septembre, Meta avait déjà réservé chez CoreWeave pour 14,2 milliards de dollars de capacité.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'Meta comprará a CoreWeave capacidad adicional por 21.000 millones de dólares, con lo que el total de sus compromisos llega a unos 35.000 millones. En septiembre Meta ya había contratado con CoreWeave capacidad por 14.200 millones de dólares.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'A Meta vai comprar à CoreWeave US$ 21 bilhões adicionais em capacidade de nuvem, elevando o total dos seus compromissos para cerca de US$ 35 bilhões. Em setembro, a Meta já tinha contratado com a CoreWeave capacidade de US$ 14,2 bilhões.',
      ['meta coreweave 21000000000 expanded'],
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
