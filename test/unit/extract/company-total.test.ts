// A company's total over its contracts (company-total.ts): a figure the sentence qualifies as a sum over one
// company's contracts ("in aggregate", "tous contrats confondus", a lead that counts another contract in, or
// counterparties given as examples after it) is no deal of the pair beside it; one pair's running total, and the
// other contract's own figure, stay. Every sentence is written for these tests.
import { describe } from 'vitest';
import { each } from './mention-cases';

describe('a company total that counts another contract in is no deal (en, fr, de, es, it, pt)', () => {
  // The other contract's counterparty (Amazon) is named only in the lead: the sum is no Amazon deal.
  const lease = ['fluidstack cipher-mining 830000000'];
  each([
    [
      'Cipher Mining signed a new ten-year colocation agreement with Fluidstack worth about $830 million. Including its lease with Amazon Web Services, Cipher’s hosting agreements now represent roughly $9 billion of contracted revenue in aggregate.',
      lease,
    ],
    [
      'Cipher Mining a signé avec Fluidstack un nouveau contrat de colocation de dix ans d’environ 830 millions de dollars. Tous contrats confondus, y compris le bail avec Amazon, Cipher revendique quelque 9 milliards de dollars de revenus sous contrat.',
      lease,
    ],
    [
      'Cipher Mining hat mit Fluidstack einen neuen Colocation-Vertrag über zehn Jahre im Wert von rund 830 Millionen Dollar geschlossen. Einschließlich des Mietvertrags mit Amazon kommt Cipher damit auf Verträge über rund 9 Milliarden Dollar.',
      lease,
    ],
    [
      'Cipher Mining firmó con Fluidstack un nuevo contrato de colocation a diez años por unos 830 millones de dólares. Incluido el contrato con Amazon, los acuerdos de Cipher suman ahora unos 9.000 millones de dólares.',
      lease,
    ],
    [
      'Cipher Mining ha firmato con Fluidstack un nuovo contratto di colocation di dieci anni da circa 830 milioni di dollari. Contando anche il contratto con Amazon, gli accordi della società valgono ora circa 9 miliardi di dollari.',
      lease,
    ],
    [
      'A Cipher Mining assinou com a Fluidstack um novo contrato de colocation de dez anos de cerca de US$ 830 milhões. Incluindo o contrato com a Amazon, os acordos da empresa somam agora cerca de US$ 9 bilhões.',
      lease,
    ],
  ]);
});

describe('counterparties given as examples after a summed figure are no pair (de, en, fr)', () => {
  const deal = ['microsoft nebius 19400000000 signed'];
  each([
    [
      'Microsoft hat mit Nebius einen Vertrag über bis zu 19,4 Milliarden Dollar geschlossen. Insgesamt hat Microsoft rund 33 Milliarden Dollar für Kapazität bei Neoclouds wie CoreWeave, Nscale, Lambda und Nebius zugesagt.',
      deal,
    ],
    [
      'Microsoft signed a contract with Nebius worth up to $19.4 billion. In total, Microsoft has committed about $33 billion to capacity at neoclouds such as CoreWeave, Nscale, Lambda and Nebius.',
      deal,
    ],
    [
      'Microsoft a signé avec Nebius un contrat pouvant atteindre 19,4 milliards de dollars. Au total, Microsoft a engagé quelque 33 milliards de dollars de capacité chez des néoclouds comme CoreWeave, Nscale, Lambda et Nebius.',
      deal,
    ],
  ]);
});

describe('the potential value of a company’s whole set of contracts is no deal (pt, es, it)', () => {
  each([
    [
      'O edifício faz parte dos 500 megawatts que a CoreWeave contratou à Core Scientific, no conjunto dos seus contratos de alojamento, com um valor potencial total de 8,7 mil milhões de dólares em doze anos.',
      [],
    ],
    [
      'El edificio forma parte de los 500 megavatios que CoreWeave contrató a Core Scientific: en el conjunto de sus contratos de alojamiento, un valor potencial de 8.700 millones de dólares en doce años.',
      [],
    ],
    [
      "L'edificio fa parte dei 500 megawatt che CoreWeave ha contrattato con Core Scientific: nel complesso dei suoi contratti di hosting, un valore potenziale di 8,7 miliardi di dollari in dodici anni.",
      [],
    ],
  ]);
});

describe('one pair’s running total, and a figure in the clause before the sum, stay (en, pt, fr)', () => {
  each([
    [
      'CoreWeave signed a $6.5 billion expansion with OpenAI. Including its earlier agreements with OpenAI, CoreWeave’s contracts with OpenAI now total $22.4 billion in aggregate.',
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'A CoreWeave ampliou em US$ 6,5 bilhões o contrato com a OpenAI. Incluindo os acordos anteriores com a OpenAI, os contratos da CoreWeave com a OpenAI somam agora US$ 22,4 bilhões.',
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'Cipher Mining a signé avec Amazon Web Services un bail de 5,5 milliards de dollars; tous contrats confondus, Cipher revendique 9 milliards de dollars.',
      ['amazon cipher-mining 5500000000'],
    ],
  ]);
});
