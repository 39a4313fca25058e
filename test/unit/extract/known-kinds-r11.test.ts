// The known kinds of round 11, each in at least three of the six languages, with near misses that must keep their
// value. Every sentence is written for these tests. Expected: "buyer provider valueUsd status" as a prefix of each
// mention found (in order), or [] for none.
import { describe } from 'vitest';
import { each } from './mention-cases';

describe("a company's loss, revenue, cash or valuation in the next sentence is no deal's amount", () => {
  each([
    // A net loss after a sentence that named the pair.
    [
      'Earlier this year IREN won a large GPU cloud order from Microsoft and ordered the servers it needs from Dell. For the quarter, the former miner booked a net loss of $212.4 million.',
      // The order won is a deal stated without a figure (round 19); the loss stays no value of it.
      ['microsoft iren null signed'],
    ],
    [
      'IREN hatte schon im Frühjahr einen GPU-Cloud-Auftrag von Microsoft gewonnen und die Server bei Dell bestellt. Im Quartal schrieb der einstige Miner einen Nettoverlust von 212,4 Millionen Dollar.',
      [],
    ],
    [
      'IREN já tinha conquistado uma encomenda de nuvem de GPUs da Microsoft e comprado os servidores à Dell. No trimestre, a empresa registou um prejuízo líquido de US$ 212,4 milhões.',
      [],
    ],
    [
      "IREN avait déjà décroché une commande de cloud GPU de Microsoft et acheté les serveurs chez Dell. Sur le trimestre, l'ex-mineur a enregistré une perte nette de 212,4 millions de dollars.",
      [],
    ],
    // Revenue named after the amount, in a sentence that names no contract.
    [
      'Nebius sigue prestando capacidad de cómputo a Microsoft desde su campus de Nueva Jersey. La empresa aspira a terminar el año con entre 6.000 y 8.000 millones de dólares de ingresos anualizados.',
      [],
    ],
    [
      "Nebius continue de fournir de la capacité de calcul à Microsoft depuis le New Jersey. Le groupe vise 8 milliards de dollars de revenus annualisés cette année et 20 milliards d'ici 2030.",
      [],
    ],
    [
      "Nebius continua a fornire capacità di calcolo a Microsoft dal New Jersey. Il gruppo punta a 8 miliardi di dollari di ricavi quest'anno e 20 miliardi entro il 2030.",
      [],
    ],
    // Cash at the end of a period.
    [
      'The filing says Microsoft remains a large cloud customer of Nebius. At the end of June the company held $5.1 billion in cash and cash equivalents.',
      [],
    ],
    [
      'Il documento ricorda che Microsoft resta un grande cliente cloud di Nebius. A fine giugno la società aveva 5,1 miliardi di dollari di liquidità.',
      [],
    ],
    [
      'El documento recuerda que Microsoft sigue siendo un gran cliente de nube de Nebius. A finales de junio la compañía tenía 5.100 millones de dólares de liquidez.',
      [],
    ],
    // A valuation told as an aside on the sentence's subject.
    [
      'Cohere will rent GPU capacity from CoreWeave in Ontario. Cohere, valued at about $7.2 billion after its latest round, counts Nvidia and Oracle among its backers.',
      // A capacity contract stated without a figure (round 16): it comes out, without the other money's value.
      ['cohere coreweave null signed'],
    ],
    [
      'Cohere alquilará capacidad de GPU a CoreWeave en Ontario. Cohere, valorada en unos 7.200 millones de dólares tras su última ronda, cuenta con Nvidia y Oracle entre sus accionistas.',
      // The rental is a deal stated without a figure (round 19); the valuation stays no value of it.
      ['cohere coreweave null signed'],
    ],
    [
      'Cohere affitterà capacità GPU da CoreWeave in Ontario. Cohere, valutata circa 7,2 miliardi di dollari, conta Nvidia e Oracle tra i suoi soci.',
      ['cohere coreweave null signed'],
    ],
  ]);
});

describe("a contract's revenue, or a contract's value told as an aside, stays the contract's value", () => {
  each([
    [
      'Galaxy Digital signed a 15-year lease with CoreWeave at its Helios campus. Galaxy expects the lease to bring about $4.1 billion of revenue over its term.',
      ['coreweave galaxy-digital 4100000000 signed'],
    ],
    [
      'Galaxy Digital a signé un bail de quinze ans avec CoreWeave sur son campus Helios, pour environ 4,1 milliards de dollars de revenus sur quinze ans.',
      ['coreweave galaxy-digital 4100000000 signed'],
    ],
    [
      'Galaxy Digital firmó con CoreWeave un contrato de arrendamiento a 15 años, que supone unos 4.100 millones de dólares de ingresos.',
      ['coreweave galaxy-digital 4100000000 signed'],
    ],
    [
      'A IREN assinou um contrato de cinco anos com a Microsoft, avaliado em cerca de US$ 8,6 bilhões, para fornecer acesso a GPUs no Texas.',
      ['microsoft iren 8600000000 signed'],
    ],
  ]);
});

describe("a stake's total and money put into a joint venture are no contract's value", () => {
  each([
    [
      "Amazon sigla un nuovo accordo di capacità cloud con Anthropic. Con questo accordo l'impegno complessivo di Amazon nel capitale di Anthropic sale a circa 41 miliardi di dollari.",
      // A capacity contract stated without a figure (round 16): it comes out, without the other money's value.
      ['anthropic amazon null signed'],
    ],
    [
      "Amazon signe un nouvel accord de capacité cloud avec Anthropic. Avec cet accord, l'engagement total d'Amazon au capital d'Anthropic atteint environ 41 milliards de dollars.",
      // A capacity contract stated without a figure (round 16): it comes out, without the other money's value.
      ['anthropic amazon null signed'],
    ],
    [
      'Amazon firma un nuevo acuerdo de capacidad en la nube con Anthropic. Con él, la apuesta total de Amazon en el capital de Anthropic llega a unos 41.000 millones de dólares.',
      [],
    ],
    [
      'AMD y Humain destinarán hasta 8.000 millones de dólares a una empresa conjunta que desplegará 400 megavatios de capacidad de cálculo.',
      [],
    ],
    [
      'AMD and Humain will commit up to $8 billion to a new joint venture that will deploy 400 megawatts of AI compute capacity.',
      [],
    ],
    [
      'AMD und Humain wollen bis zu 8 Milliarden Dollar in ein Gemeinschaftsunternehmen stecken, das 400 Megawatt Rechenkapazität aufbauen soll.',
      [],
    ],
  ]);
});

describe('the buyer stays the buyer when it is the subject of a verb of getting, or owns the commitment', () => {
  each([
    [
      'Microsoft secures 180,000 Nvidia chips via Nscale in a deal worth up to $12 billion.',
      ['microsoft nscale 12000000000'],
    ],
    [
      'Microsoft sichert sich 180.000 Nvidia-Chips über Nscale, der Vertrag ist bis zu 12 Milliarden Dollar schwer.',
      ['microsoft nscale 12000000000'],
    ],
    [
      "Microsoft s'assure 180 000 puces Nvidia par l'intermédiaire de Nscale, pour un contrat pouvant atteindre 12 milliards de dollars.",
      ['microsoft nscale 12000000000'],
    ],
    [
      'Microsoft se asegura 180.000 chips de Nvidia a través de Nscale en un contrato de hasta 12.000 millones de dólares.',
      ['microsoft nscale 12000000000'],
    ],
    [
      'A CoreWeave anunciou que a Meta vai comprar cerca de US$ 19 bilhões adicionais em capacidade de nuvem para IA, com serviços até 2031.',
      ['meta coreweave 19000000000'],
    ],
    [
      'CoreWeave dijo que Meta comprará unos 19.000 millones de dólares adicionales en capacidad de nube para IA hasta 2031.',
      ['meta coreweave 19000000000'],
    ],
    [
      'CoreWeave ha annunciato che Meta vuole acquistare altri 19 miliardi di dollari di capacità cloud per l’IA fino al 2031.',
      ['meta coreweave 19000000000'],
    ],
  ]);
});

describe('the chip maker an order diversifies from, or is an alternative to, is no party', () => {
  // The order itself is read in every language (deployed-goods.ts), and the maker left behind never becomes one.
  each([
    [
      'Oracle will deploy 40,000 AMD MI450 GPUs in its cloud from 2026, an order that diversifies it from Nvidia.',
      ['oracle amd null'],
    ],
    [
      "Oracle déploiera 40 000 GPU MI450 d'AMD dans son cloud à partir de 2026, une commande qui le diversifie de Nvidia.",
      ['oracle amd null'],
    ],
    [
      'Oracle desplegará 40.000 GPU MI450 de AMD en su nube desde 2026, un pedido que ofrece una alternativa a Nvidia.',
      ['oracle amd null'],
    ],
    [
      'Oracle installerà 40.000 GPU MI450 di AMD nel suo cloud dal 2026, invece di Nvidia.',
      ['oracle amd null'],
    ],
  ]);
});

describe('a range written out with its scale after the upper bound gives the lower bound, signed', () => {
  each([
    [
      'Nebius a signé avec Microsoft un contrat de 17,4 à 19,4 milliards de dollars pour lui fournir de la capacité GPU sur cinq ans.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Der Vertrag mit Microsoft hat laut Nebius einen Wert von 17,4 bis 19,4 Milliarden Dollar über fünf Jahre.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius firmó con Microsoft un contrato de entre 17.400 y 19.400 millones de dólares para suministrarle capacidad de GPU durante cinco años.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius ha firmato con Microsoft un contratto da 17,4 a 19,4 miliardi di dollari per fornirle capacità GPU per cinque anni.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'A Nebius assinou com a Microsoft um contrato de 17,4 a 19,4 bilhões de dólares para lhe fornecer capacidade de GPU por cinco anos.',
      ['microsoft nebius 17400000000 signed'],
    ],
    // Growth told as "from … to …" keeps the new total.
    [
      'Le contrat de Nebius avec Microsoft a été porté de 17,4 à 19,4 milliards de dollars.',
      ['microsoft nebius 19400000000'],
    ],
  ]);
});
