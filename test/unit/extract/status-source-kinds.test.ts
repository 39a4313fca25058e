// Status kinds of issue 8 read from the clause that carries the amount: a figure credited to a newspaper's
// estimate, a sentence that only credits the one before it to hearsay, an option exercised, and a hedge told with
// another amount that stays with its own figure. Six languages, with negatives that must keep "signed". Every
// sentence is written for these tests. Expected: exactly the lines "buyer provider valueUsd status".
import { describe } from 'vitest';
import { eachText as each } from './mention-lines';

describe('a value the companies kept to themselves and a newspaper estimates is reported, whoever announced the deal', () => {
  each([
    [
      'Nscale announced a large agreement with Microsoft for about 200,000 GPUs; the companies gave no value, which the FT puts at up to $14 billion.',
      ['microsoft nscale 14000000000 reported'],
    ],
    [
      'Nscale ha annunciato un grande accordo con Microsoft per circa 200.000 GPU. Le parti non hanno reso noto il valore, che il Financial Times stima fino a 14 miliardi di dollari.',
      ['microsoft nscale 14000000000 reported'],
    ],
    [
      'A Nscale vai fornecer à Microsoft cerca de 200 mil GPU. As empresas não divulgaram o valor; o Financial Times estima que o contrato possa chegar aos 14 mil milhões de dólares.',
      ['microsoft nscale 14000000000 reported'],
    ],
    [
      'Nscale liefert Microsoft rund 200.000 GPUs; den Wert des Vertrags beziffert die „Financial Times“ auf bis zu 14 Milliarden Dollar.',
      ['microsoft nscale 14000000000 reported'],
    ],
    [
      'Nscale fournira environ 200 000 GPU à Microsoft, un contrat de 14 milliards de dollars selon une estimation du Financial Times.',
      ['microsoft nscale 14000000000 reported'],
    ],
    [
      'Nscale suministrará unas 200.000 GPU a Microsoft en un contrato que el Financial Times estima en hasta 14.000 millones de dólares.',
      ['microsoft nscale 14000000000 reported'],
    ],
    [
      'OpenAI is buying about 4.5 gigawatts of capacity from Oracle under a contract that has been reported at around $300 billion over five years.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'Meta signed a cloud contract of more than $10 billion over six years with Google, according to press reports in August.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Bericht: OpenAI kauft bei Oracle Rechenleistung für 300 Milliarden Dollar',
      ['openai oracle 300000000000 reported'],
    ],
  ]);
});

describe('negatives: a value the company itself gives, or an estimate that is no newspaper’s, stays signed', () => {
  each([
    [
      'Nscale announced a large agreement with Microsoft for about 200,000 GPUs worth up to $14 billion.',
      ['microsoft nscale 14000000000 signed'],
    ],
    [
      'Nscale suministrará unas 200.000 GPU a Microsoft en un contrato de 14.000 millones de dólares, según estimó la propia empresa.',
      ['microsoft nscale 14000000000 signed'],
    ],
    [
      'Nscale fournira environ 200 000 GPU à Microsoft ; le contrat est valorisé à 14 milliards de dollars, selon le communiqué de Nscale.',
      ['microsoft nscale 14000000000 signed'],
    ],
    [
      'Under the expanded arrangement, OpenAI will purchase additional compute capacity from CoreWeave; the expansion is valued at up to $4.0 billion.',
      ['openai coreweave 4000000000 expanded'],
    ],
  ]);
});

describe('a sentence that only credits the one before it to hearsay makes that one reported', () => {
  each([
    [
      'OpenAI will bei Oracle Rechenleistung im Wert von rund 300 Milliarden Dollar einkaufen. Das berichtet das „Wall Street Journal“ unter Berufung auf informierte Personen.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'OpenAI will buy about $300 billion of computing power from Oracle over five years. That is according to people familiar with the matter.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      "OpenAI a signé avec Oracle un contrat de puissance de calcul de 300 milliards de dollars sur cinq ans. C'est ce que rapporte le Wall Street Journal.",
      ['openai oracle 300000000000 reported'],
    ],
    [
      'OpenAI comprará a Oracle capacidad de cómputo por 300.000 millones de dólares. Así lo ha adelantado The Wall Street Journal.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'OpenAI acquisterà da Oracle capacità di calcolo per 300 miliardi di dollari. Lo riporta il Wall Street Journal.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'A OpenAI vai comprar à Oracle capacidade de computação de 300 mil milhões de dólares. A informação é do Wall Street Journal.',
      ['openai oracle 300000000000 reported'],
    ],
  ]);
});

describe('negatives: the next sentence credits a company, not hearsay, and the deal stays signed', () => {
  each([
    [
      'OpenAI will buy about $300 billion of computing power from Oracle over five years. This was announced by Oracle on Tuesday.',
      ['openai oracle 300000000000 signed'],
    ],
    [
      "OpenAI a signé avec Oracle un contrat de puissance de calcul de 300 milliards de dollars sur cinq ans. C'est ce qu'a annoncé Oracle mardi.",
      ['openai oracle 300000000000 signed'],
    ],
    [
      'A OpenAI vai comprar à Oracle capacidade de computação de 300 mil milhões de dólares. A informação foi confirmada pela Oracle.',
      ['openai oracle 300000000000 signed'],
    ],
  ]);
});

describe('an option exercised adds to the pair’s contract: expanded, in six languages', () => {
  each([
    [
      'CoreWeave exercised its last option with Core Scientific for 120 megawatts under a 12-year hosting contract worth about $2 billion.',
      ['coreweave core-scientific 2000000000 expanded'],
    ],
    [
      "Core Scientific a annoncé que CoreWeave avait levé sa dernière option auprès de Core Scientific pour 120 mégawatts, un contrat d'hébergement de 2 milliards de dollars sur douze ans.",
      ['coreweave core-scientific 2000000000 expanded'],
    ],
    [
      'CoreWeave ejerció su última opción con Core Scientific para 120 megavatios, un contrato de alojamiento de 2.000 millones de dólares a doce años.',
      ['coreweave core-scientific 2000000000 expanded'],
    ],
    [
      'CoreWeave hat bei Core Scientific seine letzte Option über 120 Megawatt ausgeübt; der Hosting-Vertrag über zwölf Jahre ist rund 2 Milliarden Dollar wert.',
      ['coreweave core-scientific 2000000000 expanded'],
    ],
    [
      "CoreWeave ha esercitato l'ultima opzione con Core Scientific per 120 megawatt, un contratto di hosting da 2 miliardi di dollari in dodici anni.",
      ['coreweave core-scientific 2000000000 expanded'],
    ],
    [
      'A CoreWeave exerceu a última opção junto da Core Scientific para 120 megawatts, um contrato de alojamento de 2 mil milhões de dólares em doze anos.',
      ['coreweave core-scientific 2000000000 expanded'],
    ],
  ]);
});

describe('negatives: an option only held or only possible leaves the contract signed', () => {
  each([
    [
      'CoreWeave signed a 12-year hosting contract with Core Scientific worth about $2 billion, with an option to expand later.',
      ['coreweave core-scientific 2000000000 signed'],
    ],
    [
      'If CoreWeave exercises its option, the hosting contract with Core Scientific would be worth about $2 billion.',
      ['coreweave core-scientific 2000000000 signed'],
    ],
    [
      "CoreWeave a signé avec Core Scientific un contrat d'hébergement de 2 milliards de dollars sur douze ans, assorti d'une option d'extension.",
      ['coreweave core-scientific 2000000000 signed'],
    ],
  ]);
});

describe('a hedge told with another amount stays with that amount, not with the contract', () => {
  each([
    [
      'Microsoft signed a $10 billion cloud contract with CoreWeave in 2023. In total, Microsoft has committed more than $60 billion to CoreWeave and its rivals, according to Bloomberg estimates.',
      ['microsoft coreweave 10000000000 signed'],
    ],
  ]);
});

describe("a contract's own value told with a verb of valuing ('el contrato está valorado en') is no company valuation", () => {
  each([
    [
      'Microsoft cerró un acuerdo con IREN para servicios de computación en la nube. El contrato, a cinco años, está valorado en 9.700 millones de dólares.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'Microsoft ha chiuso un accordo con IREN per servizi di calcolo nel cloud. Il contratto, di cinque anni, è valutato 9,7 miliardi di dollari.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'A Microsoft fechou um acordo com a IREN para serviços de computação em nuvem. O contrato, de cinco anos, está avaliado em 9,7 mil milhões de dólares.',
      ['microsoft iren 9700000000 signed'],
    ],
  ]);
});

describe('negatives: a company valued at an amount is still no contract', () => {
  each([
    [
      'Microsoft cerró un acuerdo con IREN para servicios de computación en la nube. IREN, que cotiza en el Nasdaq, está valorada en 9.700 millones de dólares.',
      // The first sentence states a cloud contract without an amount: it comes out, without the company's value.
      ['microsoft iren null signed'],
    ],
    [
      'Microsoft ha chiuso un accordo con IREN per servizi di calcolo nel cloud. IREN è valutata 9,7 miliardi di dollari in Borsa.',
      // The first sentence states a cloud contract without an amount: it comes out, without the company's value.
      ['microsoft iren null signed'],
    ],
    [
      'A Microsoft fechou um acordo com a IREN para serviços de computação em nuvem. A IREN está avaliada em 9,7 mil milhões de dólares.',
      // The first sentence states a cloud contract without an amount: it comes out, without the company's value.
      ['microsoft iren null signed'],
    ],
  ]);
});

describe('an amount after a sentence whose subject is an anaphor ("la tecnológica", "the software maker") lends its referent', () => {
  each([
    [
      'Microsoft elevará su apuesta por Emiratos. Por otra parte, la tecnológica cerró un acuerdo con la australiana IREN para servicios de computación en la nube. El contrato, a cinco años, está valorado en 9.700 millones de dólares.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'Microsoft is raising its bet on the Gulf. Separately, the software maker signed a deal with IREN for cloud computing services. The five-year contract is valued at $9.7 billion.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'Microsoft punta sugli Emirati. Inoltre la tecnologica ha chiuso un accordo con IREN per servizi di calcolo nel cloud. Il contratto, di cinque anni, è valutato 9,7 miliardi di dollari.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'A Microsoft aposta nos Emirados. Além disso, a tecnológica fechou um acordo com a IREN para serviços de computação em nuvem. O contrato, de cinco anos, está avaliado em 9,7 mil milhões de dólares.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'Microsoft setzt auf die Emirate. Der Konzern schloss zudem einen Vertrag mit IREN über Cloud-Rechenleistung. Der Vertrag über fünf Jahre hat einen Wert von 9,7 Milliarden Dollar.',
      ['microsoft iren 9700000000 signed'],
    ],
  ]);
});

describe('negatives: a company named inside the subject ("Il titolo Hut 8") is no counterparty of an earlier subject', () => {
  each([
    [
      'Google fornirà una garanzia sugli obblighi di pagamento di Fluidstack. Il titolo Hut 8 è salito del 12%. La società ha in sviluppo oltre un gigawatt di ulteriore capacità nei suoi siti. Hut 8 prevede che i primi 245 MW entrino in funzione nel 2027.',
      [],
    ],
    [
      'Google will guarantee part of the payments. The Hut 8 stock rose 12% before the open. It has more than a gigawatt of further capacity in development at its sites.',
      [],
    ],
  ]);
});

describe('the customers a site was first meant for are no parties of the lease of the one that takes it now', () => {
  each([
    [
      'Microsoft has agreed to take over the Abilene expansion that developer Crusoe had been building with Oracle and OpenAI in mind, according to people familiar with the matter. The lease covers roughly 700 megawatts.',
      ['microsoft crusoe null reported'],
    ],
    [
      'Microsoft ha acordado alquilar la ampliación del centro de datos que Crusoe levanta en Abilene, un proyecto pensado en principio para Oracle y OpenAI, según Bloomberg. El arrendamiento abarcaría unos 700 megavatios.',
      ['microsoft crusoe null reported'],
    ],
    [
      "Microsoft louera l'extension du campus que Crusoe construit à Abilene, initialement prévue pour Oracle et OpenAI, selon Bloomberg. Le bail porterait sur environ 700 mégawatts.",
      ['microsoft crusoe null reported'],
    ],
    [
      'Microsoft mietet den Ausbau des Crusoe-Campus in Abilene, der ursprünglich für Oracle und OpenAI gedacht war, berichtet Bloomberg. Der Mietvertrag umfasst rund 700 Megawatt.',
      ['microsoft crusoe null reported'],
    ],
    [
      "Microsoft prenderà in locazione l'ampliamento del campus che Crusoe costruisce ad Abilene, pensato inizialmente per Oracle e OpenAI, secondo Bloomberg. Il contratto di locazione riguarda circa 700 megawatt.",
      ['microsoft crusoe null reported'],
    ],
    [
      'A Microsoft vai arrendar a expansão do campus que a Crusoe constrói em Abilene, pensada originalmente para a Oracle e a OpenAI, segundo a Bloomberg. O arrendamento abrange cerca de 700 megawatts.',
      ['microsoft crusoe null reported'],
    ],
  ]);
});

describe('negatives: a cluster built for its buyer now keeps that buyer', () => {
  each([
    [
      'CoreWeave will deliver a cluster designed for OpenAI under a $4 billion contract.',
      ['openai coreweave 4000000000 signed'],
    ],
    [
      'Crusoe is building the Abilene campus with OpenAI in mind; OpenAI signed a $15 billion lease there.',
      ['openai crusoe 15000000000 signed'],
    ],
    [
      'Microsoft alquilará a Crusoe un centro de datos de 700 megavatios en Abilene.',
      ['microsoft crusoe null signed'],
    ],
  ]);
});
