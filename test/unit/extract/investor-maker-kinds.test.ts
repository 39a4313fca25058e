// Issue 8, wrong pair and roles around a chip maker: a backer named beside a party is no party ("Nvidia-backed
// Lambda"), a chip maker's brand on capacity is the goods ("Nvidia-Rechenleistung"), and a chip maker giving a
// customer access to its chips sells them, while one that rents or backs capacity still buys it. Sentences written
// for these tests, in several languages, with the negatives that must keep their roles.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { eachText } from './mention-lines';

describe('a backer named beside a party is no party of its contract', () => {
  eachText([
    [
      'Lambda, the Nvidia-backed cloud provider, signed a $1.5 billion agreement to supply GPU capacity to Microsoft.',
      ['microsoft lambda 1500000000 signed'],
    ],
    [
      'Shares of Nvidia-backed GPU cloud Lambda are not listed yet; it reached a multibillion-dollar agreement with Microsoft for cloud capacity.',
      ['microsoft lambda null signed'],
    ],
    [
      'Le fournisseur de cloud Lambda, dans lequel Nvidia détient une participation, a signé un contrat de 1,5 milliard de dollars avec Microsoft pour de la capacité GPU.',
      ['microsoft lambda 1500000000 signed'],
    ],
    [
      'Der von Nvidia unterstützte Cloud-Anbieter Lambda hat einen Vertrag über 1,5 Milliarden Dollar mit Microsoft für GPU-Rechenleistung unterzeichnet.',
      ['microsoft lambda 1500000000 signed'],
    ],
    [
      'Lambda, en la que Nvidia tiene una participación, firmó con Microsoft un contrato de capacidad de cómputo de 1.500 millones de dólares.',
      ['microsoft lambda 1500000000 signed'],
    ],
    [
      'A Lambda, na qual a Nvidia detém uma participação, assinou com a Microsoft um contrato de capacidade de computação de US$ 1,5 bilhão.',
      ['microsoft lambda 1500000000 signed'],
    ],
  ]);
});

describe("a chip maker's brand on the capacity is the goods, not a party", () => {
  eachText([
    [
      'Microsoft hatte am selben Tag einen Vertrag mit IREN über Nvidia-Rechenleistung im Wert von 9,7 Milliarden Dollar unterzeichnet.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'Microsoft a signé avec IREN un contrat de 9,7 milliards de dollars pour de la capacité de calcul Nvidia.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'Die Technik – Systeme mit Nvidias GB300-Architektur – beschafft Iren für rund 5,8 Milliarden Dollar bei Dell.',
      ['iren dell 5800000000 signed'],
    ],
    // Not glued to the noun: German word order names the seller before what is bought.
    [
      'Meta kauft bei Cerebras Rechenleistung für rund zwei Milliarden Dollar.',
      ['meta cerebras 2000000000 signed'],
    ],
  ]);
});

const kinds = (text: string): string[] =>
  extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.kind}`);

describe("a chip maker giving a customer access to its chips sells them (the house's hardware convention)", () => {
  for (const [text, want] of [
    [
      'Australian builder Firmus says it has secured access to 170,000 Nvidia graphics processors under a strategic partnership with the chipmaker.',
      ['firmus nvidia hardware'],
    ],
    [
      'Firmus a signé avec Nvidia un partenariat qui lui donne accès à 170 000 processeurs graphiques pour un nouveau centre de données à Batam.',
      ['firmus nvidia hardware'],
    ],
    [
      'Firmus hat mit Nvidia eine Partnerschaft geschlossen, die ihm Zugang zu 170.000 Grafikprozessoren für ein neues Rechenzentrum in Batam gibt.',
      ['firmus nvidia hardware'],
    ],
    [
      'Firmus firmó con Nvidia una alianza que le da acceso a 170.000 procesadores gráficos para un nuevo centro de datos en Batam.',
      ['firmus nvidia hardware'],
    ],
    // Negatives: the chip maker renting servers or backing unsold capacity is still the buyer.
    [
      'Nvidia will pay Lambda $1.5 billion over four years to rent back 10,000 servers equipped with its own GPUs.',
      ['nvidia lambda gpu_cloud'],
    ],
    [
      'Nvidia a accepté de louer à Lambda 10 000 serveurs GPU pendant quatre ans, pour environ 1,3 milliard de dollars.',
      ['nvidia lambda gpu_cloud'],
    ],
    [
      'Nvidia acordó alquilar a Lambda 10.000 servidores con GPU durante cuatro años, en un acuerdo de unos 1.500 millones de dólares.',
      ['nvidia lambda gpu_cloud'],
    ],
  ] as [string, string[]][])
    it(text.slice(0, 70), () => expect(kinds(text)).toEqual(want));
});

describe('a landlord fitting out a site for a tenant is the provider, whatever the tenant makes', () => {
  eachText([
    [
      'Bit Digital is fitting out a data center near Montreal for Cerebras under a five-year, 5 MW colocation contract.',
      ['cerebras bit-digital null signed'],
    ],
    [
      'Bit Digital a conclu un bail sur un bâtiment à Saint-Jérôme pour y aménager un centre de données de colocation de 5 mégawatts destiné à Cerebras Systems.',
      ['cerebras bit-digital null signed'],
    ],
    [
      'Bit Digital acondiciona un centro de datos cerca de Montreal para Cerebras con un contrato de colocation de 5 MW a cinco años.',
      ['cerebras bit-digital null signed'],
    ],
    [
      'Bit Digital allestisce un data center vicino a Montréal per Cerebras, con un contratto di colocation da 5 MW per cinque anni.',
      ['cerebras bit-digital null signed'],
    ],
  ]);
});
