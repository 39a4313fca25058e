// Kinds of error seen on real pages in round 41 (a party ending its own contract with a named counterparty, told with a
// verb of ending and no figure; a company that opens a "while" clause of its own growth, told in gigawatts or by a
// year; land bought at a "City, State site"; a contract told by its owner's possessive after a company in a genitive; a
// contract grown "from X to Y"; the amount told again as what grows an existing contract; a project's cost in millions;
// a debt's sentence in Portuguese words). Each kind is told again in invented sentences, in three languages or more:
// positives that must be found and near misses that must stay silent or keep their status. Each row's wanted strings
// are prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind({
  // "Microsoft hat den Mietvertrag mit CoreWeave gekündigt", "a mis fin à son contrat avec", "terminated its lease
  // agreement with": the ended contract is the deal, its status terminated.
  'a contract a party ended with its counterparty': [
    [
      'en',
      'Microsoft terminated its lease agreement with CoreWeave last month.',
      ['microsoft coreweave null terminated'],
    ],
    [
      'en',
      'Microsoft ended its contract with CoreWeave after the outage.',
      ['microsoft coreweave null terminated'],
    ],
    [
      'fr',
      'Microsoft a mis fin à son contrat de location avec CoreWeave.',
      ['microsoft coreweave null terminated'],
    ],
    [
      'de',
      'Microsoft hat den Mietvertrag mit CoreWeave gekündigt, berichtet die Zeitung.',
      ['microsoft coreweave null terminated'],
    ],
    [
      'de',
      'Microsoft kündigte seinen Mietvertrag mit CoreWeave im Sommer.',
      ['microsoft coreweave null terminated'],
    ],
    [
      'es',
      'Microsoft puso fin a su contrato de arrendamiento con CoreWeave.',
      ['microsoft coreweave null terminated'],
    ],
    ['es', 'Microsoft rescindió su contrato con CoreWeave.', ['microsoft coreweave null terminated']],
    [
      'it',
      'Microsoft ha disdetto il contratto di locazione con CoreWeave.',
      ['microsoft coreweave null terminated'],
    ],
    [
      'pt',
      'A Microsoft encerrou o contrato de locação com a CoreWeave.',
      ['microsoft coreweave null terminated'],
    ],
    // A period that ended, a contract not ended, a new contract announced ("kündigte … an"): no ended deal.
    [
      'en',
      'For the three months ended September 30, 2025, the contract with Microsoft made up most revenue at CoreWeave.',
      [],
    ],
    ['de', 'Microsoft hat den Mietvertrag mit CoreWeave verlängert und nicht gekündigt.', []],
    [
      'de',
      'Microsoft kündigte einen neuen Mietvertrag mit CoreWeave an.',
      ['microsoft coreweave null signed'],
    ],
  ],
  // "TeraWulf … a signé des contrats similaires … pour héberger 360 MW …, tandis que Iren Ltd (NASDAQ : IREN)
  // (anciennement Iris Energy) étend sa capacité à près de 3 GW d'ici 2026": the company after "while" grows its own
  // capacity; a figure in gigawatts or a year makes it no party of the deal before (money or a contract's word would).
  'a company in a "while" clause of its own growth': [
    [
      'fr',
      "TeraWulf a signé des contrats similaires à long terme pour héberger 360 MW de calcul, tandis que Iren Ltd étend sa capacité à près de 3 GW d'ici 2026.",
      [],
    ],
    [
      'fr',
      'TeraWulf a signé des contrats similaires pour héberger 360 MW de calcul, tandis que Iren Ltd (NASDAQ : IREN) (anciennement Iris Energy) étend sa capacité à près de 3 GW.',
      [],
    ],
    [
      'en',
      'TeraWulf signed similar long-term contracts to host 360 MW of AI compute, while IREN is expanding its capacity to nearly 3 GW by 2026.',
      [],
    ],
    [
      'de',
      'TeraWulf hat ähnliche langfristige Verträge für 360 MW unterzeichnet, während IREN seine Kapazität bis 2026 auf fast 3 GW ausbaut.',
      [],
    ],
    [
      'es',
      'TeraWulf firmó contratos similares a largo plazo para albergar 360 MW de cómputo, mientras que IREN amplía su capacidad a casi 3 GW para 2026.',
      [],
    ],
    [
      'it',
      'TeraWulf ha firmato contratti simili a lungo termine per ospitare 360 MW, mentre IREN espande la sua capacità a quasi 3 GW entro il 2026.',
      [],
    ],
    [
      'pt',
      'A TeraWulf assinou contratos semelhantes de longo prazo para hospedar 360 MW, enquanto a IREN expande sua capacidade para quase 3 GW até 2026.',
      [],
    ],
    // The "while" clause's own deal: with money, or with its "with" object.
    [
      'fr',
      'TeraWulf a signé un bail avec Fluidstack, tandis que Nebius a conclu un accord de 17,4 milliards de dollars avec Microsoft.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'en',
      'OpenAI said its partnership with Nvidia covers at least 10 gigawatts of data centers, while the one with AMD is for 6 gigawatts.',
      ['openai nvidia null signed', 'openai amd null signed'],
    ],
  ],
  // "Riot bought 200 acres at its Rockdale, Texas site for US$96 million" under "… Lands Major AMD Lease": the comma
  // of a place's state opens no clause; the amount is the land's price, no value of the lease.
  'land bought at a place written "City, State site"': [
    [
      'en',
      'Riot Platforms Acquires Rockdale Site, Lands Major AMD Lease\nRiot bought 200 acres at its Rockdale, Texas site for US$96 million, funded by selling about 1,080 bitcoin.',
      [],
    ],
    [
      'en',
      'Riot bought 200 acres at its Rockdale, Texas site for $96 million and signed a 10-year lease with AMD.',
      ['amd riot-platforms null signed datacenter_lease'],
    ],
    [
      'en',
      'Cipher purchased 120 acres next to its Barber Lake, Texas campus for $40 million, weeks after its lease with Fluidstack.',
      [],
    ],
    [
      'fr',
      'Riot Platforms rachète son site de Rockdale et décroche un bail avec AMD\nRiot a acheté 200 acres sur son site de Rockdale, au Texas, pour 96 millions de dollars.',
      [],
    ],
    [
      'es',
      'Riot Platforms compra su sitio de Rockdale y firma un arrendamiento con AMD\nRiot compró 200 acres en su sitio de Rockdale, Texas, por 96 millones de dólares.',
      [],
    ],
    // The lease's own amount after the place stays its value.
    [
      'en',
      'Riot signed a lease with AMD for its Rockdale, Texas site worth $311 million.',
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
  ],
  // "A IREN … utilizará o pagamento antecipado da Microsoft para ajudar a financiar parte do seu contrato de US$ 5,8
  // bilhões com a Dell": "seu contrato" is the subject's (IREN's), not the company the genitive names on the way.
  "a possessive's contract is its subject's, not a genitive's company": [
    [
      'pt',
      'A IREN utilizará o pagamento antecipado da Microsoft para ajudar a financiar parte do seu contrato de US$ 5,8 bilhões com a Dell.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'pt',
      'A IREN utilizará o pagamento da Microsoft para ajudar a financiar o seu contrato de US$ 5,8 bilhões com a Dell.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'fr',
      'IREN utilisera le paiement anticipé versé par Microsoft pour aider à régler une partie de son contrat de 5,8 milliards de dollars avec Dell.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'es',
      'IREN utilizará el pago anticipado de Microsoft para ayudar a financiar parte de su contrato de 5.800 millones de dólares con Dell.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'en',
      'IREN will use the large advance payment received from Microsoft to help quickly fund a portion of its $5.8 billion contract with Dell.',
      ['iren dell 5800000000 signed hardware'],
    ],
    // The genitive's company is the only one before the amount: the contract is its own.
    [
      'en',
      'Shares of Microsoft rose after its $9.7 billion contract with IREN was announced.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'pt',
      'A ação da Microsoft subiu depois do anúncio do seu contrato de US$ 9,7 bilhões com a IREN.',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'fr',
      "L'action de Microsoft a progressé après l'annonce de son contrat de 9,7 milliards de dollars avec IREN.",
      ['microsoft iren 9700000000 signed'],
    ],
  ],
  // "the Meta commit expanded from $14.2B to $21B": the first amount is the level the contract left, no value of its
  // own; the level reached is the value (as probe-kinds-r15 reads "rose from $5.5 to $8.1 billion").
  'a contract grown from one level to another': [
    [
      'en',
      'Meta expanded its commitment with CoreWeave from $14.2 billion to $21 billion.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'fr',
      'Meta a porté son engagement auprès de CoreWeave de 14,2 milliards de dollars à 21 milliards de dollars.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'es',
      'Meta amplió su contrato con CoreWeave de 14.200 millones a 21.000 millones de dólares.',
      ['meta coreweave 21000000000 expanded'],
    ],
    [
      'pt',
      'A Meta ampliou o contrato com a CoreWeave de US$ 14,2 bilhões para US$ 21 bilhões.',
      ['meta coreweave 21000000000 expanded'],
    ],
    // A range with no word of growth keeps its first figure.
    [
      'en',
      'Microsoft signed a contract with Nebius worth from $17.4 billion to $19.4 billion.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "CoreWeave y OpenAI firman un acuerdo de $4 mil millones … Este nuevo compromiso de $4 mil millones amplía un
  // contrato existente entre ambas partes": the same amount, told again as what grows an existing contract, is an
  // expansion even though its sentence names the pair only as "both parties".
  'the amount told again as what grows an existing contract': [
    [
      'es',
      'CoreWeave firmó un nuevo acuerdo de $4 mil millones con OpenAI. Este nuevo compromiso de $4 mil millones amplía un contrato existente entre ambas partes.',
      ['openai coreweave 4000000000 expanded'],
    ],
    [
      'en',
      'CoreWeave signed a new $4 billion deal with OpenAI. This new $4 billion commitment expands an existing contract between the two companies.',
      ['openai coreweave 4000000000 expanded'],
    ],
    [
      'fr',
      'CoreWeave a signé un nouvel accord de 4 milliards de dollars avec OpenAI. Ce nouvel engagement de 4 milliards élargit un contrat existant entre les deux entreprises.',
      ['openai coreweave 4000000000 expanded'],
    ],
    [
      'de',
      'CoreWeave hat einen neuen Vertrag über 4 Milliarden Dollar mit OpenAI unterzeichnet. Die neue Zusage über 4 Milliarden Dollar erweitert einen bestehenden Vertrag zwischen den beiden Unternehmen.',
      ['openai coreweave 4000000000 expanded'],
    ],
    // An existing tie told without the amount grows nothing.
    [
      'en',
      'CoreWeave signed a new $4 billion deal with OpenAI. The two companies have an existing partnership in Europe.',
      ['openai coreweave 4000000000 signed'],
    ],
  ],
  // "Aligned Data Centers LLC is building the site for Lambda Inc. … The $700 million project will phase in capacity":
  // a project's cost (in millions as in billions) is no value of the lease; an "AI factory" is a site to lease.
  "a project's cost in millions is no lease's value": [
    [
      'en',
      'Lambda will lease a new AI factory from Aligned Data Centers in Plano. The $700 million project will phase in capacity over two years.',
      ['lambda aligned null signed datacenter_lease'],
    ],
    [
      'fr',
      'Lambda va louer un centre de données à Aligned Data Centers à Plano. Le projet de 700 millions de dollars ajoutera de la capacité en deux ans.',
      ['lambda aligned null signed datacenter_lease'],
    ],
    [
      'es',
      'Lambda alquilará un centro de datos a Aligned Data Centers en Plano. El proyecto de 700 millones de dólares añadirá capacidad en dos años.',
      ['lambda aligned null signed datacenter_lease'],
    ],
    // The lease's own amount stays its value.
    [
      'en',
      'Lambda signed a $700 million lease with Aligned Data Centers for its Plano campus.',
      ['lambda aligned 700000000 signed datacenter_lease'],
    ],
  ],
  // A debt's sentence in Portuguese ("emitiu US$ 2 bilhões em títulos", "em debêntures") is dropped as the other
  // languages' are: its amount was read as the contract's value.
  "a debt's sentence in Portuguese words": [
    ['pt', 'A CoreWeave emitiu US$ 2 bilhões em títulos após o acordo de US$ 14,2 bilhões com a Meta.', []],
    [
      'pt',
      'A CoreWeave emitiu US$ 2 bilhões em debêntures após o acordo de US$ 14,2 bilhões com a Meta.',
      [],
    ],
    [
      'en',
      'CoreWeave raised $2 billion in senior notes, weeks after its $14.2 billion agreement with Meta.',
      [],
    ],
    [
      'fr',
      'CoreWeave a levé 2 milliards de dollars en obligations convertibles, quelques semaines après son accord de 14,2 milliards de dollars avec Meta.',
      [],
    ],
    // The contract told in a sentence of its own stays.
    [
      'pt',
      'A CoreWeave assinou um acordo de US$ 14,2 bilhões com a Meta.',
      ['meta coreweave 14200000000 signed'],
    ],
  ],
});
