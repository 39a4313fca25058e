// A lease told from the landlord's side with its guarantee in the same sentence: the guarantee participle that
// follows the lease's amount without a comma ("… 3 milliards de dollars garanti à hauteur de 1,4 milliard par
// Google") opens a clause of its own, and a renting verb whose object carries a place between commas ("loue une
// partie de son site, au Texas, à Fluidstack") still leaves the roles to the company table. Both the lease (tenant
// <- landlord) and the guarantee (guarantor <- landlord) come out. Every sentence is written for these tests.
import { describe } from 'vitest';
import { each } from './mention-cases';

describe('a guarantee participle after the lease amount opens its own clause', () => {
  each([
    [
      'Cipher Mining loue à Fluidstack une halle de 168 MW dans le cadre d’un bail de dix ans de près de 3 milliards de dollars garanti à hauteur de 1,4 milliard par Google.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'TeraWulf has leased a 200 MW hall to Fluidstack under a ten-year contract of about $3.7 billion guaranteed up to $1.8 billion by Google.',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
      ],
    ],
    [
      'Cipher Mining arrienda a Fluidstack 168 MW en Texas en un contrato a diez años de unos 3.000 millones de dólares garantizado hasta 1.400 millones de dólares por Google.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'Cipher Mining ha affittato a Fluidstack 168 MW con un contratto decennale da circa 3 miliardi di dollari garantito fino a 1,4 miliardi da Google.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'A Cipher Mining aluga parte do seu sítio à Fluidstack, num contrato de dez anos de cerca de 3 mil milhões de dólares garantido em 1,4 mil milhões de dólares pela Google.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'Cipher Mining hat einen Teil seines Standorts an Fluidstack vermietet, im Rahmen eines Zehnjahresvertrags über rund 3 Milliarden Dollar, den Google mit 1,4 Milliarden Dollar absichert.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    // A participle with no guarantor named ("guaranteed by contract"): the lease alone.
    [
      'Cipher Mining loue 168 MW à Fluidstack pour un loyer de près de 3 milliards de dollars garanti par contrat sur dix ans.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'TeraWulf leases 200 MW to Fluidstack for about $3.7 billion guaranteed by the lease terms over ten years.',
      ['fluidstack terawulf 3700000000 signed datacenter_lease'],
    ],
    // A guaranteed loan names no lease and no tenant: no deal.
    [
      'Die Bank hat Cipher Mining einen Kredit über 1,4 Milliarden Dollar gewährt, abgesichert durch das Grundstück in Texas.',
      [],
    ],
  ]);
});

describe('a two-way renting verb whose object carries a place between commas leaves the roles to the table', () => {
  each([
    [
      'Cipher loue déjà une partie de son site de Barber Lake, au Texas, à Fluidstack, pour environ 3 milliards de dollars sur dix ans.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 alquila parte de su campus de River Bend, en Luisiana, a Fluidstack por unos 7.000 millones de dólares en quince años.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'A Hut 8 aluga parte do seu campus de River Bend, na Luisiana, à Fluidstack por cerca de 7 mil milhões de dólares em quinze anos.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    // The tenant's side: the neocloud rents from the landlord, whatever the place between commas.
    [
      'Fluidstack loue à Cipher Mining une partie du site de Barber Lake, au Texas, pour environ 3 milliards de dollars.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
  ]);
});

describe("the landlord's renting verb in every tense and stem is a deal word", () => {
  each([
    [
      'Cipher Mining arrienda 168 MW a Fluidstack por unos 3.000 millones de dólares a diez años.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 alquiló 245 MW a Fluidstack por unos 7.000 millones de dólares.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 wird 245 MW an Fluidstack vermieten, für rund 7 Milliarden Dollar.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 ha affittato 245 MW a Fluidstack per circa 7 miliardi di dollari.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'Hut 8 concede in locazione 245 MW a Fluidstack per circa 7 miliardi di dollari.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'A Hut 8 arrendou 245 MW à Fluidstack por cerca de 7 mil milhões de dólares.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    // A rented flat or office names no compute and no company pair: nothing.
    ['La empresa arrienda oficinas en Madrid por unos 30 millones de dólares al año.', []],
    ["L'azienda ha affittato uffici a Milano per circa 20 milioni di dollari.", []],
  ]);
});
