// Payments a company will no longer make (avoided-payments.ts): "eliminate more than $10 billion of future lease
// payments" is what a purchase saves on a contract it ends, no contract's value. A lease's own rent stays. Every
// sentence is written for these tests.
import { describe } from 'vitest';
import { each } from './mention-cases';

describe('future payments a purchase removes are no contract value (en, fr, de, es, it, pt)', () => {
  // The hosting contracts stay a pair, without the saved amount.
  const hosting = ['coreweave core-scientific null'];
  each([
    [
      "CoreWeave was already Core Scientific's largest customer under hosting contracts for about 590 megawatts. Owning the sites will eliminate more than $10 billion of future lease payments over twelve years, CoreWeave said.",
      hosting,
    ],
    [
      "CoreWeave était déjà le premier client de Core Scientific, avec des contrats d'hébergement pour environ 590 mégawatts. Posséder les sites éliminera plus de 10 milliards de dollars de loyers futurs sur douze ans.",
      hosting,
    ],
    [
      'CoreWeave war bereits größter Kunde von Core Scientific mit Hosting-Verträgen über rund 590 Megawatt. Durch den Kauf entfallen künftige Mietzahlungen von mehr als 10 Milliarden Dollar.',
      hosting,
    ],
    [
      'A CoreWeave já era a maior cliente da Core Scientific, com contratos de alojamento de cerca de 590 megawatts. Ser dona dos locais vai eliminar mais de US$ 10 bilhões em rendas futuras.',
      hosting,
    ],
    [
      'CoreWeave era già il principale cliente di Core Scientific, con contratti di hosting per circa 590 megawatt. Possedere i siti, spiega la società, eliminerà oltre 10 miliardi di dollari di canoni futuri nei prossimi dodici anni.',
      hosting,
    ],
  ]);
});

describe('a lease’s own rent is its value (en, fr, es)', () => {
  each([
    [
      'Cipher Mining signed a lease with Amazon Web Services for $5.5 billion of rent payments over 15 years.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'Cipher Mining a signé avec Amazon Web Services un bail de 15 ans représentant 5,5 milliards de dollars de loyers.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'Cipher Mining firmó con Amazon Web Services un arrendamiento a 15 años por 5.500 millones de dólares en alquileres.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
  ]);
});
