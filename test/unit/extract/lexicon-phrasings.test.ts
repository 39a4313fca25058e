// How news copy in each language says that a compute contract was signed, booked, reserved, reported or is being
// negotiated: phrasings read on real pages (the sentences here are written for these tests), one block per language,
// each with negatives that use the same words for an investment, an acquisition or a hardware purchase.
// Expected: "buyer provider valueUsd status kind" as a prefix of each mention found, in order; [] for none.
import { describe } from 'vitest';
import { type Case, each } from './mention-cases';

describe('Portuguese phrasings of a compute contract', () => {
  const cases: Case[] = [
    // Verbs of signing and booking the lexicon lacked: firmar, selar, reservar.
    [
      'A Meta firmou com o Google um contrato de nuvem de US$ 10 bilhões por seis anos.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'A Anthropic reservou capacidade de computação de US$ 30 bilhões na Azure, da Microsoft.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'A CoreWeave selou com a Meta um contrato de US$ 14,2 bilhões para fornecer capacidade de nuvem.',
      ['meta coreweave 14200000000 signed'],
    ],
    // "adquirir poder computacional" buys capacity, not a company.
    [
      'A OpenAI fechou contrato com a Oracle para adquirir US$ 300 bilhões em poder computacional ao longo de cinco anos.',
      ['openai oracle 300000000000 signed'],
    ],
    // Sources and talks.
    [
      'A Meta assinou um acordo de nuvem de US$ 10 bilhões com o Google, segundo pessoas com conhecimento do assunto.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'O Google fechou um contrato de computação em nuvem de US$ 10 bilhões com a Meta, citando fontes a par das negociações.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'A Meta está em tratativas com o Google para um contrato de nuvem de US$ 10 bilhões.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    [
      'A Meta está prestes a fechar com o Google um contrato de computação em nuvem de US$ 10 bilhões.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    // The same words for an investment, a takeover and a chip order.
    [
      'A Microsoft firmou um acordo para investir US$ 10 bilhões na OpenAI, segundo pessoas a par do assunto, reforçando a sua nuvem.',
      [],
    ],
    [
      'A CoreWeave firmou acordo para adquirir a Core Scientific por US$ 9 bilhões em ações, segundo fontes próximas, para ganhar capacidade.',
      [],
    ],
    [
      'A xAI reservou junto à Nvidia a compra de GPUs por US$ 18 bilhões para o seu supercomputador.',
      ['xai nvidia 18000000000 signed hardware'],
    ],
  ];
  each(cases);
});

describe('epithets for the AI labs and "suppliers of X", in several languages', () => {
  const cases: Case[] = [
    // "the maker of ChatGPT / Claude" names the lab in every language.
    [
      'La creadora de ChatGPT firmó con Oracle un contrato de capacidad de cómputo de 300.000 millones de dólares.',
      ['openai oracle 300000000000 signed'],
    ],
    [
      'La creatrice di Claude ha firmato con Microsoft un contratto da 30 miliardi di dollari per capacità di calcolo su Azure.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'Der ChatGPT-Entwickler hat mit Oracle einen Cloud-Vertrag über 300 Milliarden Dollar unterzeichnet.',
      ['openai oracle 300000000000 signed'],
    ],
    // "the list of suppliers of X": X buys; widening that list is a new supplier, not an expansion.
    [
      'O contrato de US$ 10 bilhões com a Cerebras amplia a lista de fornecedores de computação da OpenAI.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'El contrato de 10.000 millones de dólares con Cerebras amplía la lista de proveedores de cómputo de OpenAI.',
      ['openai cerebras 10000000000 signed'],
    ],
    // A contract that does grow stays an expansion.
    [
      'A OpenAI amplia o contrato de computação com a CoreWeave em US$ 6,5 bilhões.',
      ['openai coreweave 6500000000 expanded'],
    ],
    // An epithet in an investment stays silent.
    [
      'La creadora de Claude recibirá una inversión de 5.000 millones de dólares de Microsoft para su nube.',
      [],
    ],
  ];
  each(cases);
});

describe('German phrasings of a compute contract', () => {
  const cases: Case[] = [
    // Booking, ordering, providing: "bucht", "geordert", "stellt … bereit"; "Rechenkapazitäten" is capacity.
    [
      'Meta bucht bei Google Cloud Rechenkapazitäten für mehr als 10 Milliarden Dollar.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'Meta hat bei Google Rechenkapazitäten für zehn Milliarden Dollar gebucht.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'Google stellt Meta Cloud-Kapazitäten im Wert von zehn Milliarden Dollar bereit.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'Meta sichert sich bei Google Rechenkapazitäten für 10 Milliarden Dollar.',
      ['meta alphabet 10000000000 signed'],
    ],
    // Sources and talks.
    [
      'Google hat laut zwei mit der Angelegenheit vertrauten Personen einen Cloud-Vertrag mit Meta über 10 Milliarden Dollar abgeschlossen.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Meta mietet bei Google Rechenkapazität für 10 Milliarden Dollar, wie ein Insider sagte.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Meta verhandelt mit Google über Rechenkapazitäten für zehn Milliarden Dollar.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    [
      'Meta erwägt, bei Google Rechenkapazitäten für zehn Milliarden Dollar zu mieten.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    [
      'Meta steht kurz vor einem Abschluss mit Google über Cloud-Kapazitäten für 10 Milliarden Dollar.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    // The same verbs for a stake, booked revenue, a takeover and a chip order.
    [
      'Microsoft beteiligt sich an Nebius und stellt dafür 2 Milliarden Dollar für den Ausbau der Rechenkapazitäten bereit.',
      [],
    ],
    ['Oracle hat im Quartal einen Cloud-Umsatz von 10 Milliarden Dollar gebucht.', []],
    [
      'CoreWeave hat sich die Übernahme von Core Scientific für 9 Milliarden Dollar gesichert, um Rechenkapazitäten zu gewinnen.',
      [],
    ],
    ['Meta verhandelt mit Google über eine Beteiligung von 5 Milliarden Dollar an dessen Cloud-Sparte.', []],
  ];
  each(cases);
});

describe('Italian phrasings of a compute contract', () => {
  const cases: Case[] = [
    // Verbs: stringere, stipulare, siglare, prenotare, acquisterà; "risorse di calcolo" is capacity.
    [
      "Meta ha stretto con Google un'intesa da 10 miliardi di dollari per risorse di calcolo.",
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'Meta prenota capacità di calcolo da Google per 10 miliardi di dollari.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'OpenAI acquisterà servizi cloud da Amazon per 38 miliardi di dollari nei prossimi sette anni.',
      ['openai amazon 38000000000 signed gpu_cloud'],
    ],
    [
      'Google fornirà a Meta potenza computazionale per 10 miliardi di dollari.',
      ['meta alphabet 10000000000 signed'],
    ],
    // Sources, possibilities and talks.
    [
      'Meta e Google hanno stipulato un contratto cloud da 10 miliardi di dollari, stando a fonti vicine al dossier.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Meta ha firmato con Google un contratto cloud da 10 miliardi di dollari, scrive il Wall Street Journal.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Microsoft potrebbe pagare fino a 24 miliardi di dollari a Nscale per la capacità di calcolo del campus in Texas.',
      ['microsoft nscale 24000000000 reported'],
    ],
    [
      'Meta sta negoziando con Google un contratto cloud da 10 miliardi di dollari.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    [
      "Meta sarebbe vicina a un'intesa con Google per un contratto cloud da 10 miliardi di dollari.",
      ['meta alphabet 10000000000 in_talks'],
    ],
    // The same words for a stake, a takeover and a chip purchase.
    [
      'Microsoft ha stretto un accordo per investire 5 miliardi di dollari in Anthropic, stando a fonti vicine al dossier, per la sua capacità di calcolo.',
      [],
    ],
    [
      "CoreWeave si aggiudica Core Scientific con un'acquisizione da 9 miliardi di dollari per ampliare la sua capacità di calcolo.",
      [],
    ],
    [
      "xAI ha firmato con Nvidia l'acquisto di GPU per 18 miliardi di dollari per il suo supercomputer.",
      ['xai nvidia 18000000000 signed hardware'],
    ],
  ];
  each(cases);
});

describe('Spanish phrasings of a compute contract', () => {
  const cases: Case[] = [
    // "nube", "cómputo" are compute words; "se hace con", "alcanzó un acuerdo", "proveerá a" are deal words.
    [
      'Meta cierra con Google un acuerdo de nube de 10.000 millones de dólares.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'Meta se hace con capacidad de cómputo de Google por 10.000 millones de dólares.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'Meta alcanzó un acuerdo con Google por 10.000 millones de dólares en servicios de computación en la nube.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'Google proveerá a Meta potencia de cómputo por 10.000 millones de dólares.',
      ['meta alphabet 10000000000 signed'],
    ],
    // A company's own word is no report; a person familiar with the matter is.
    [
      'Nebius ha firmado con Microsoft un acuerdo de capacidad de cómputo por 17.400 millones de dólares, informó la compañía.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Meta firmó con Google un contrato de computación en la nube por 10.000 millones de dólares, según una persona familiarizada con el asunto.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Meta podría pagar hasta 10.000 millones de dólares a Google por capacidad de cómputo en la nube.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Meta está a punto de cerrar con Google un acuerdo de computación en la nube de 10.000 millones de dólares.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    [
      'Meta negocia con Google un contrato de cómputo en la nube por 10.000 millones de dólares.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    // The same words for a stake, a takeover and a chip purchase.
    [
      'Microsoft firmó un acuerdo para invertir 5.000 millones de dólares en Anthropic, según personas familiarizadas con el asunto, para reforzar su nube.',
      [],
    ],
    [
      'CoreWeave se hace con Core Scientific por 9.000 millones de dólares en acciones para sumar capacidad de cómputo.',
      [],
    ],
    [
      'xAI cerró con Nvidia la compra de GPU por 18.000 millones de dólares para su supercomputador.',
      ['xai nvidia 18000000000 signed hardware'],
    ],
  ];
  each(cases);
});

describe('French and English phrasings of a compute contract', () => {
  const cases: Case[] = [
    // "s'offre", "s'assure" de la puissance de calcul "chez" a provider.
    [
      "Meta s'offre de la puissance de calcul chez Google pour 10 milliards de dollars.",
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'Meta s’assure de la capacité de calcul chez Google pour 10 milliards de dollars sur six ans.',
      ['meta alphabet 10000000000 signed'],
    ],
    // Reports, possibilities and intentions.
    [
      'Meta a signé un contrat cloud de 10 milliards de dollars avec Google, a rapporté The Information, citant une personne impliquée.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Meta a signé un contrat cloud de 10 milliards de dollars avec Google, selon deux personnes au fait du dossier.',
      ['meta alphabet 10000000000 reported'],
    ],
    [
      "Meta pourrait payer jusqu'à 10 milliards de dollars à Google pour de la capacité de calcul.",
      ['meta alphabet 10000000000 reported'],
    ],
    [
      'Meta envisagerait de louer pour 10 milliards de dollars de puissance de calcul à Google.',
      ['meta alphabet 10000000000 in_talks'],
    ],
    [
      'OpenAI has signed a $10 billion compute deal with Oracle, according to people involved in the talks.',
      ['openai oracle 10000000000 reported'],
    ],
    // "sous réserve du vote" reserves nothing; "s'offre" a stake or a company is no contract.
    [
      'CoreWeave rachète Core Scientific ; l’opération supprimera 10 milliards de dollars de loyers de centres de données, sous réserve du vote des actionnaires.',
      [],
    ],
    [
      "Microsoft s'offre une participation de 5 milliards de dollars dans Anthropic, citant ses besoins en puissance de calcul.",
      [],
    ],
    [
      "CoreWeave s'offre Core Scientific pour 9 milliards de dollars en actions afin d'ajouter de la puissance de calcul.",
      [],
    ],
    [
      "xAI a conclu l'achat de puces auprès de Nvidia pour 18 milliards de dollars pour son supercalculateur.",
      ['xai nvidia 18000000000 signed hardware'],
    ],
  ];
  each(cases);
});

describe('the one a contract is won from buys, in Italian, Portuguese, German and Spanish', () => {
  const cases: Case[] = [
    [
      'CoreWeave si aggiudica una commessa da 14,2 miliardi di dollari da Meta per capacità di calcolo.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'A CoreWeave conquistou um contrato de capacidade de computação de US$ 14,2 bilhões da Meta.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'CoreWeave erhält von Meta einen Auftrag über Rechenkapazitäten für 14,2 Milliarden Dollar.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'CoreWeave se adjudica un contrato de capacidad de cómputo de 14.200 millones de dólares de Meta.',
      ['meta coreweave 14200000000 signed'],
    ],
    // Winning a stake is no contract.
    [
      'Microsoft erhält von OpenAI eine Beteiligung im Wert von 135 Milliarden Dollar an dessen Cloud-Geschäft.',
      [],
    ],
  ];
  each(cases);
});

describe('chips put in the buyer’s own data centres are hardware, in Spanish, Italian and German', () => {
  const cases: Case[] = [
    [
      'Meta negocia con Google instalar chips TPU en sus propios centros de datos, un acuerdo de miles de millones de dólares.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'Meta è in trattativa con Google per installare le TPU nei propri data center, un accordo da diversi miliardi di dollari.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'Meta verhandelt mit Google über TPU-Chips in ihren eigenen Rechenzentren, ein Geschäft über mehrere Milliarden Dollar.',
      ['meta alphabet null in_talks hardware'],
    ],
    // Renting the same chips in the provider's cloud stays cloud capacity.
    [
      'Meta negocia con Google alquilar chips TPU en la nube de Google por miles de millones de dólares.',
      ['meta alphabet null in_talks gpu_cloud'],
    ],
  ];
  each(cases);
});

describe('value words without a figure, and an order "from" a buyer in quotes', () => {
  const cases: Case[] = [
    [
      'Google Cloud wird Anthropic bis zu eine Million TPU-Chips bereitstellen; der Vertrag hat ein Volumen im zweistelligen Milliardenbereich.',
      ['anthropic alphabet null signed'],
    ],
    [
      'A Anthropic fecha acordo bilionário com o Google Cloud para usar até 1 milhão de TPUs.',
      ['anthropic alphabet null signed'],
    ],
    [
      'Meta firma un acuerdo milmillonario con Google para alquilar chips TPU en la nube.',
      ['meta alphabet null signed'],
    ],
    [
      'Meta sigla un accordo miliardario con Google per noleggiare chip TPU nel cloud.',
      ['meta alphabet null signed'],
    ],
    [
      'Lambda meldete einen Auftrag „im Milliardenbereich“ von Microsoft: Lambda stellt dem Konzern Nvidia-Chips in seinen Rechenzentren bereit.',
      ['microsoft lambda null signed'],
    ],
    // The same words for public money and an investment.
    ['Die Bundesregierung investiert einen zweistelligen Milliardenbetrag in Rechenzentren.', []],
    ['A Nvidia fará um investimento bilionário na Anthropic para reforçar sua capacidade de computação.', []],
  ];
  each(cases);
});

describe('a contract given up, in six languages', () => {
  const cases: Case[] = [
    [
      'Microsoft hat den Vertrag über Rechenkapazitäten von 10 Milliarden Dollar mit CoreWeave aufgelöst.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
    [
      'Microsoft se retiró del contrato de capacidad de cómputo de 10.000 millones de dólares con CoreWeave.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
    [
      'La Microsoft ha fatto marcia indietro sul contratto di capacità di calcolo da 10 miliardi di dollari con CoreWeave.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
    [
      'Microsoft renonce au contrat de capacité de calcul de 10 milliards de dollars avec CoreWeave.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
    [
      'Microsoft backed out of its $10 billion compute capacity contract with CoreWeave.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
    [
      'A Microsoft abriu mão do contrato de capacidade de computação de US$ 10 bilhões com a CoreWeave.',
      ['microsoft coreweave 10000000000 terminated'],
    ],
    // Leaving a shareholding is no contract at all.
    [
      'SoftBank steigt bei Nvidia aus und verkauft Aktien für 5,8 Milliarden Dollar, um in Rechenzentren zu investieren.',
      [],
    ],
    [
      'SoftBank ha fatto marcia indietro su Nvidia, vendendo azioni per 5,8 miliardi di dollari per investire nei data center.',
      [],
    ],
  ];
  each(cases);
});
