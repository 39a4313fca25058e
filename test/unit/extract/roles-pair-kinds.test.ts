// Roles and pairs that mislead a subscriber most: a guarantor read as the landlord's customer because it "receives"
// something "from" the landlord, and a guarantee told as a participle with no comma, whose amount was bound to the
// lease's tenant. Every sentence is written for these tests, in the six languages, with negatives.
import { describe } from 'vitest';
import { eachText } from './mention-lines';

describe('a guarantor receiving warrants from the landlord is the backstop buyer, not the landlord customer', () => {
  eachText([
    [
      'Cipher Mining vermietet 168 MW in Barber Lake an Fluidstack, für zehn Jahre und rund 3 Milliarden Dollar. Google sichert 1,4 Milliarden Dollar der Mietverpflichtungen ab und erhält Optionsscheine auf rund 5,4 Prozent von Cipher.',
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    [
      'TeraWulf vermietet Lake Mariner an Fluidstack für 3,7 Milliarden Dollar. Google sichert 1,8 Milliarden Dollar davon ab und erhält dafür Aktienoptionen von TeraWulf.',
      ['fluidstack terawulf 3700000000 signed', 'alphabet terawulf 1800000000 signed'],
    ],
    [
      'Cipher Mining leases 168 MW at Barber Lake to Fluidstack for about $3 billion. Google backstops $1.4 billion of the lease obligations and receives warrants from Cipher.',
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    [
      'Cipher Mining loue 168 MW à Barber Lake à Fluidstack pour environ 3 milliards de dollars. Google garantit 1,4 milliard de dollars des loyers et obtient des bons de souscription de la part de Cipher.',
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    // Negatives: a contract won from a customer still makes that customer the buyer.
    [
      'CoreWeave erhält einen Auftrag über 14 Milliarden Dollar von Meta.',
      ['meta coreweave 14000000000 signed'],
    ],
    [
      'Cipher obtient un contrat de 3 milliards de dollars de la part de Fluidstack.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'Nebius consigue un contrato de 3.000 millones de dólares de parte de Meta.',
      ['meta nebius 3000000000 signed'],
    ],
    ['A Nebius conseguiu um contrato de US$ 3 bilhões da Meta.', ['meta nebius 3000000000 signed']],
    // A loan or shares received: no contract from the lender, nothing to alert on.
    ['Nscale recibe una financiación de 1.100 millones de dólares de Nvidia.', []],
    ['Nscale ottiene azioni per 1 miliardo di dollari da Nvidia.', []],
  ]);
});

describe('a guarantee told as a participle with no comma opens its own clause (its amount is the guarantor)', () => {
  eachText([
    [
      'Cipher already leases part of its Barber Lake site in Texas to Fluidstack under a ten-year agreement of about $3 billion guaranteed up to $1.4 billion by Google.',
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    [
      "Cipher loue déjà une partie de son site de Barber Lake, au Texas, à Fluidstack, dans le cadre d'un accord de dix ans d'environ 3 milliards de dollars garanti à hauteur de 1,4 milliard par Google.",
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    [
      'Cipher ya alquila parte de Barber Lake, en Texas, a Fluidstack, en un acuerdo a diez años de unos 3.000 millones de dólares garantizado por Google hasta 1.400 millones.',
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    [
      'Cipher affitta già parte di Barber Lake, in Texas, a Fluidstack, con un accordo decennale da circa 3 miliardi di dollari garantito da Google fino a 1,4 miliardi.',
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    [
      'A Cipher já aluga parte de Barber Lake, no Texas, à Fluidstack, num acordo de dez anos de cerca de US$ 3 bilhões garantido pelo Google em até US$ 1,4 bilhão.',
      ['fluidstack cipher-mining 3000000000 signed', 'alphabet cipher-mining 1400000000 signed'],
    ],
    // Negatives: a guarantor told without an amount of its own is no party of the lease.
    [
      'A Cipher alugou 168 MW à Fluidstack, com garantia do Google, num acordo de dez anos estimado em US$ 3 bilhões.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'Cipher alquila 168 MW a Fluidstack en un acuerdo de 3.000 millones de dólares garantizado por Google.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
  ]);
});

describe("a recap clause whose subject is a stand-in is no deal of the other clause's company", () => {
  const lead = 'Anthropic signed a $30 billion Azure compute deal with Microsoft on Tuesday. ';
  const azure = 'anthropic microsoft 30000000000 signed';
  eachText([
    [
      `${lead}Amazon remains its primary training partner, and in October the lab expanded its use of Google Cloud TPUs in a deal worth tens of billions of dollars.`,
      [azure],
    ],
    [
      `${lead}Amazon reste son principal partenaire d'entraînement, et en octobre le laboratoire a étendu son usage des TPU de Google Cloud dans un accord de plusieurs dizaines de milliards de dollars.`,
      [azure],
    ],
    [
      `${lead}Amazon bleibt sein wichtigster Trainingspartner, und im Oktober hat das Labor seine Nutzung von Google-Cloud-TPUs in einem Geschäft über mehrere zehn Milliarden Dollar ausgeweitet.`,
      [azure],
    ],
    [
      `${lead}Amazon sigue siendo su principal socio de entrenamiento, y en octubre el laboratorio amplió su uso de los TPU de Google Cloud en un acuerdo de decenas de miles de millones de dólares.`,
      [azure],
    ],
    [
      `${lead}Amazon resta il suo principale partner per l'addestramento, e a ottobre il laboratorio ha ampliato l'uso delle TPU di Google Cloud con un accordo da decine di miliardi di dollari.`,
      [azure],
    ],
    [
      `${lead}A Amazon continua sendo sua principal parceira de treinamento, e em outubro o laboratório ampliou o uso das TPUs do Google Cloud num acordo de dezenas de bilhões de dólares.`,
      [azure],
    ],
    // Negatives: the other clause's company is the stand-in's referent (the subject of both clauses).
    [
      'Nscale signed with Microsoft for $6.2 billion, and the company also agreed a $1 billion deal with Meta.',
      ['microsoft nscale 6200000000 signed', 'meta nscale 1000000000 signed'],
    ],
    [
      'Nscale a signé avec Microsoft pour 6,2 milliards de dollars, et le groupe a aussi conclu avec Meta un accord de 1 milliard de dollars.',
      ['microsoft nscale 6200000000 signed', 'meta nscale 1000000000 signed'],
    ],
  ]);
});
