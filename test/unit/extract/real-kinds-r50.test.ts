// Kinds of error seen on real pages in round 50 ("Antes, en septiembre, la firma había sellado con Microsoft el acuerdo"
// paired with the headline's other company; "La startup guidata da Sam Altman ha firmato con Oracle" read as OpenAI
// selling to Oracle; "Will Microsoft sign … with Nebius?" and "NextDC e OpenAI assinam memorando" read as signed
// deals; "Cerebras-Hardware für 1,43 Mrd. Dollar zu kaufen" read as a cloud contract; "17,4 milliards de dollars sur
// cinq ans, pouvant monter à 19,4 milliards" read as two contracts; "E a fine ottobre la startup aveva annunciato con
// Google un accordo per l'uso fino a un milione di TPU" given to Microsoft, the company its page names most; "LAMBDA: 1,5
// MILIARDI DA NVIDIA" read as Lambda buying).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Nscale signs a contract with Microsoft.');
}, 120_000);

eachKind({
  // "Antes, en septiembre, la firma había sellado con Microsoft …": an anaphoric subject after two opening phrases (the
  // second on a preposition), "la firma", and a run of anaphoric subjects that the first of them describes by its home.
  'an anaphoric subject stands for the company the sentences before describe': [
    [
      'es',
      'Nebius vuelve a subir en bolsa. La compañía neerlandesa ha firmado con Meta un nuevo acuerdo de capacidad de cómputo por 12.000 millones de dólares. No es la primera vez que ambas compañías se entienden. En noviembre, la compañía ya había comunicado un pedido de Meta valorado en unos 3.000 millones de dólares para servicios de GPU. Aquel contrato permitía al cliente cancelar.\n\nAntes, en septiembre, la firma había sellado con Microsoft el acuerdo que la catapultó en bolsa: 17.400 millones de dólares hasta 2031.',
      [
        'meta nebius 12000000000 signed',
        'meta nebius 3000000000 signed',
        'microsoft nebius 17400000000 signed',
      ],
      'Meta amplía su alianza con Nebius: hasta 27.000 millones',
    ],
    [
      'de',
      'Nebius legt an der Börse zu. Das Amsterdamer Unternehmen hat mit Meta einen Cloud-Vertrag über 12 Milliarden Dollar geschlossen. Bereits im September hatte die Firma mit Microsoft einen Vertrag über 17,4 Milliarden Dollar für GPU-Kapazität unterzeichnet.',
      ['meta nebius 12000000000 signed', 'microsoft nebius 17400000000 signed'],
    ],
    [
      'it',
      'A Milano, intanto, il fondo Apto ha presentato un progetto da 3,4 miliardi per un campus di 300 MW, e Data4 ha acquistato terreni per 100 milioni.',
      [],
    ],
  ],
  // "La startup guidata da Sam Altman ha firmato con Oracle", "la società di Amodei": the descriptor and its leader, in
  // full or by surname, are the company, the sentence's subject.
  'a company named by its leader': [
    [
      'it',
      'La startup guidata da Sam Altman ha firmato con Oracle un contratto cloud da 300 miliardi di dollari.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'La société dirigée par Sam Altman a signé avec Oracle un contrat cloud de 300 milliards de dollars.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'La empresa dirigida por Sam Altman firmó con Oracle un contrato de nube de 300.000 millones de dólares.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
    [
      'it',
      "Anthropic ha scelto Azure per 30 miliardi di dollari. Proprio con Google, a fine ottobre, la società di Amodei aveva ampliato l'accordo per l'uso fino a un milione di chip TPU.",
      ['anthropic microsoft 30000000000 signed', 'anthropic alphabet null expanded gpu_cloud'],
      'Anthropic, 30 miliardi su Azure',
    ],
    ['en', 'The company run by Sam Altman said it would keep its headquarters in San Francisco.', []],
  ],
  // "Will Microsoft sign …?", "Microsoft va-t-il signer … ?", "¿Firmará …?": a question whether there is a deal tells
  // none; one that asks why a deal was made takes it as told.
  'a yes-or-no question tells no deal': [
    ['en', 'Will Microsoft sign a $10 billion cloud contract with Nebius this year?', []],
    ['fr', 'Microsoft va-t-il signer avec Nebius un contrat cloud de 10 milliards de dollars ?', []],
    ['es', '¿Firmará Microsoft con Nebius un contrato de nube de 10.000 millones de dólares?', []],
    ['de', 'Wird Microsoft mit Nebius einen Cloud-Vertrag über 10 Milliarden Dollar schließen?', []],
    ['it', 'Microsoft firmerà con Nebius un contratto cloud da 10 miliardi di dollari?', []],
    [
      'en',
      'Why did Meta sign a $14 billion cloud deal with CoreWeave?',
      ['meta coreweave 14000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Pourquoi Meta a-t-il signé avec CoreWeave un contrat cloud de 14 milliards de dollars ?',
      ['meta coreweave 14000000000 signed gpu_cloud'],
    ],
  ],
  // "assinam memorando", "a non-binding memorandum", "ein Memorandum": an intent, no contract (a non-binding term sheet
  // alone stays a deal in talks: real-kinds-r34).
  'a memorandum': [
    [
      'pt',
      'NextDC e OpenAI assinam memorando para campus de IA de 550 MW em Sydney',
      [],
      'NextDC e OpenAI assinam memorando para campus de IA',
    ],
    ['en', 'NextDC and OpenAI signed a non-binding memorandum to develop a 550 MW AI campus in Sydney.', []],
    ['de', 'NextDC und OpenAI unterzeichnen ein Memorandum über einen KI-Campus mit 550 MW in Sydney.', []],
    ['es', 'NextDC y OpenAI firman un memorando no vinculante para un campus de IA de 550 MW en Sídney.', []],
    [
      'en',
      'NextDC signed a 15-year lease with OpenAI for a 550 MW AI campus in Sydney.',
      ['openai nextdc null signed datacenter_lease'],
    ],
  ],
  // "Cerebras-Hardware … zu kaufen", "acheter du matériel Cerebras": a maker's systems bought are goods, not capacity.
  "a maker's hardware bought": [
    [
      'de',
      'G42 hat sich verpflichtet, bis Ende 2025 Cerebras-Hardware für 1,43 Mrd. Dollar zu kaufen, um seine Cloud auszubauen.',
      ['g42 cerebras 1430000000 signed hardware'],
    ],
    [
      'fr',
      "G42 s'est engagé à acheter du matériel Cerebras pour 1,43 milliard de dollars pour son cloud.",
      ['g42 cerebras 1430000000 signed hardware'],
    ],
    [
      'es',
      'G42 se comprometió a comprar hardware de Cerebras por 1.430 millones de dólares para su nube.',
      ['g42 cerebras 1430000000 signed hardware'],
    ],
    [
      'en',
      'G42 committed to buy computing capacity from Cerebras worth $1.43 billion for its cloud.',
      ['g42 cerebras 1430000000 signed gpu_cloud'],
    ],
  ],
  // "17,4 milliards de dollars sur cinq ans, pouvant monter à 19,4 milliards", "ampliables a 19.400 millones": the
  // second figure is the first one's option.
  "a figure's option told after it": [
    [
      'fr',
      'Il y a surtout eu, en septembre, le contrat géant avec Microsoft : 17,4 milliards de dollars sur cinq ans, pouvant monter à 19,4 milliards, pour Nebius.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft se comprometió a pagar a Nebius 17.400 millones de dólares hasta 2031, ampliables a 19.400 millones.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Microsoft will pay Nebius $17.4 billion for GPU capacity through 2031, expandable to $19.4 billion.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
  ],
  // "E a fine ottobre la startup aveva annunciato con Google", "Pour Anthropic, …, l'enjeu est … La société a déjà
  // noué avec Google", "o acordo de nuvem com a startup": a startup is a lab or a young cloud (never the hyperscaler the
  // page's headline names most), a month may open a sentence without a comma, a topic up front is whom the sentence is
  // about, and "with the startup" is the deal's second party.
  "a startup's descriptor stands for a lab": [
    [
      'it',
      "Anthropic sceglie Azure per 30 miliardi di dollari di capacità di calcolo, e Microsoft e Nvidia entrano nel capitale. Anthropic non rinuncia però ai suoi partner storici. Amazon resta il principale fornitore di addestramento. E a fine ottobre la startup aveva annunciato con Google un accordo per l'uso fino a un milione di TPU.",
      ['anthropic microsoft 30000000000 signed', 'anthropic alphabet null signed gpu_cloud'],
      'Microsoft e Nvidia puntano su Anthropic: Azure, Microsoft, Microsoft',
    ],
    [
      'fr',
      "Anthropic achètera pour 30 milliards de dollars de capacité sur Azure, le cloud de Microsoft. Pour Anthropic, qui revendique 300 000 entreprises clientes, l'enjeu est de sécuriser de la puissance de calcul. La société a déjà noué avec Google, fin octobre, un accord portant sur l'accès à jusqu'à un million de puces TPU.",
      ['anthropic microsoft 30000000000 signed', 'anthropic alphabet null signed gpu_cloud'],
      'Microsoft, Azure et Microsoft : Anthropic achète',
    ],
    [
      'pt',
      'A Anthropic fechou com a Microsoft um contrato de computação em nuvem de US$ 30 bilhões. A Anthropic não abandona os parceiros anteriores. A Amazon investiu US$ 8 bilhões na empresa e segue como principal fornecedora de treinamento. Já o Google ampliou no mês passado o acordo de nuvem com a startup: ela terá acesso a até 1 milhão de TPUs.',
      ['anthropic microsoft 30000000000 signed', 'anthropic alphabet null expanded gpu_cloud'],
      'Microsoft, Azure e Microsoft: Anthropic fecha',
    ],
    ['en', 'Microsoft will invest in Anthropic. The startup said its revenue had tripled.', []],
  ],
  // "LAMBDA: 1,5 MILIARDI DA NVIDIA", "Lambda: US$ 1,5 bilhão da Nvidia": a heading's or a row's amount "from" a company
  // comes from its payer, in every language.
  "a heading's amount from its payer": [
    [
      'pt',
      'Lambda: US$ 1,5 bilhão da Nvidia pelo aluguel de servidores GPU.',
      ['nvidia lambda 1500000000 signed gpu_cloud'],
    ],
    [
      'it',
      'LAMBDA: 1,5 MILIARDI DA NVIDIA\n\nNvidia ha firmato un accordo quadriennale da 1,5 miliardi di dollari per prendere in affitto server GPU da Lambda.',
      ['nvidia lambda 1500000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Lambda : 1,5 milliard de dollars de Nvidia pour louer des serveurs GPU.',
      ['nvidia lambda 1500000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Lambda: $1.5 billion from Nvidia to rent GPU servers.',
      ['nvidia lambda 1500000000 signed gpu_cloud'],
    ],
  ],
  // "apontada como fornecedora da xAI", "proveedora de xAI", "fornitrice di xAI": a supplier of a company, named in the
  // feminine, sells to it.
  'a supplier named in the feminine': [
    [
      'pt',
      'A Oracle também havia sido apontada como fornecedora da xAI num acordo de nuvem de US$ 10 bilhões, segundo a Reuters.',
      ['xai oracle 10000000000 reported gpu_cloud'],
    ],
    [
      'es',
      'Oracle fue señalada como proveedora de xAI en un acuerdo de nube de 10.000 millones de dólares.',
      ['xai oracle 10000000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Oracle è stata indicata come fornitrice di xAI in un accordo cloud da 10 miliardi di dollari.',
      ['xai oracle 10000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Oracle was named as a supplier to xAI in a $10 billion cloud deal.',
      ['xai oracle 10000000000 signed gpu_cloud'],
    ],
  ],
  // "Mistral AI taps Cerebras", "choisit Cerebras", "sceglie Groq", "secured GPU capacity … from Northern Data": the
  // clouds of chip makers that rent their own systems, and the smaller clouds, are providers a buyer turns to.
  'a smaller cloud turned to': [
    [
      'en',
      'Its cloud arm, Core42, has separately secured GPU capacity in Europe from Northern Data.',
      ['g42 northern-data null signed gpu_cloud'],
    ],
    ['en', 'Mistral AI taps Cerebras to serve Le Chat.', ['mistral cerebras null signed gpu_cloud']],
    [
      'fr',
      'Mistral AI choisit Cerebras pour faire tourner Le Chat.',
      ['mistral cerebras null signed gpu_cloud'],
    ],
    [
      'de',
      'Mistral AI setzt auf Cerebras, um Le Chat zu betreiben.',
      ['mistral cerebras null signed gpu_cloud'],
    ],
    ['es', 'Mistral AI elige a Cerebras para ejecutar Le Chat.', ['mistral cerebras null signed gpu_cloud']],
    ['it', 'Mistral AI sceglie Groq per servire Le Chat.', ['mistral groq null signed gpu_cloud']],
    [
      'pt',
      'A Mistral AI escolheu a Cerebras para rodar o Le Chat.',
      ['mistral cerebras null signed gpu_cloud'],
    ],
    ['en', 'Mistral AI bought Cerebras systems for its own data centre.', []],
  ],
  // "un contrato de mil millones de dólares", "de mil milhões de dólares": "mil" alone is a thousand millions (not
  // "miles de millones", thousands of millions, no figure).
  "a thousand millions written as 'mil'": [
    [
      'es',
      'Snap firmó un contrato de nube de mil millones de dólares con Amazon Web Services.',
      ['snap amazon 1000000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A Snap fechou um contrato de nuvem de mil milhões de dólares com a Amazon Web Services.',
      ['snap amazon 1000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Snap firmó un contrato de nube de dos mil millones de dólares con Google.',
      ['snap alphabet 2000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Snap a signé un contrat cloud d'un milliard de dollars avec Amazon Web Services.",
      ['snap amazon 1000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Snap firmó con Amazon Web Services un contrato de nube por miles de millones de dólares.',
      ['snap amazon null signed gpu_cloud'],
    ],
  ],
  // "agreed to spend at least $750 million on AWS": AWS is a cloud, a compute word of its own; "told investors" names
  // who heard of the contract, not an investment (a market's size told to them stays no deal, a startup valued "en
  // torno a" an amount is worth it).
  'a commitment to spend on AWS': [
    [
      'en',
      'Pinterest told investors in its 2019 prospectus that it had agreed to spend at least $750 million on AWS through July 2023.',
      ['pinterest amazon 750000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Nvidia assured investors that demand for computing power would exceed $500 billion through 2026.',
      [],
    ],
    [
      'es',
      'Microsoft alquila servidores. La startup, valorada en torno a 350.000 millones de dólares, sigue siendo cliente de Amazon Web Services.',
      [],
    ],
    [
      'pt',
      'Microsoft aluga servidores. A startup, avaliada em torno de US$ 350 bilhões, continua cliente da Amazon Web Services.',
      [],
    ],
    [
      'fr',
      "Pinterest s'est engagé à dépenser au moins 750 millions de dollars sur AWS jusqu'en juillet 2023.",
      ['pinterest amazon 750000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Pinterest hat sich verpflichtet, bis Juli 2023 mindestens 750 Millionen Dollar bei AWS auszugeben.',
      ['pinterest amazon 750000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Pinterest se comprometió a gastar al menos 750 millones de dólares en AWS hasta julio de 2023.',
      ['pinterest amazon 750000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Pinterest si è impegnata a spendere almeno 750 milioni di dollari su AWS fino a luglio 2023.',
      ['pinterest amazon 750000000 signed gpu_cloud'],
    ],
  ],
  // "IREN will pay Dell $5.8 billion for servers to serve its $9.7 billion Microsoft contract": the possessor's own
  // contract, named by its label or its "with", is the amount's pair, its roles the company table's; never the
  // goods' vendor (the issue's fifth kind of error).
  "a subject's own contract named beside its purchase of goods": [
    [
      'en',
      'IREN said it would pay Dell roughly $5.8 billion for GB300 servers and related equipment to serve its $9.7 billion, five-year Microsoft contract at Childress, Texas.',
      ['iren dell 5800000000 signed hardware', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'en',
      'IREN will pay Dell $5.8 billion for servers to serve its $9.7 billion contract with Microsoft.',
      ['iren dell 5800000000 signed hardware', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'IREN paiera 5,8 milliards de dollars à Dell pour des serveurs destinés à son contrat de 9,7 milliards de dollars avec Microsoft.',
      ['iren dell 5800000000 signed hardware', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'es',
      'IREN pagará a Dell 5.800 millones de dólares por servidores para su contrato de 9.700 millones de dólares con Microsoft.',
      ['iren dell 5800000000 signed hardware', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'it',
      'IREN pagherà a Dell 5,8 miliardi di dollari per i server destinati al suo contratto da 9,7 miliardi di dollari con Microsoft.',
      ['iren dell 5800000000 signed hardware', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A IREN pagará à Dell US$ 5,8 bilhões por servidores para o seu contrato de US$ 9,7 bilhões com a Microsoft.',
      ['iren dell 5800000000 signed hardware', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'en',
      'IREN will pay Dell $5.8 billion for GB300 servers and related equipment.',
      ['iren dell 5800000000 signed hardware'],
    ],
  ],
});
