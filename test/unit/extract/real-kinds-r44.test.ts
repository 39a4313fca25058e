// Kinds of error seen on real pages in round 44 (a company's own budget told in a relative clause after its name,
// "Meta, which plans to spend as much as $72 billion on capital expenditures this year, has turned to outside
// suppliers", "El gigante de Menlo Park, que prevé inversiones de capital de 72.000 millones, …", read as a plan
// sentence that lends no party, so that the next sentence's "the social media company signed … with Google" took
// the article's subject, Oracle, as Google's customer or lost its customer; "would spend about $80 billion on AI
// data centres in its current fiscal year" not read as a company's spending for a period; a guarantee "in exchange
// for warrants to acquire … shares" read as an investment or a takeover and dropped; blocks of links under "Más
// información", "Te recomendamos", "Relacionadas", "Articles liés" lending their headlines' deals to the page;
// "interrotto i colloqui" read as talks going on; "The Wall Street Journal publicó que" not read as hearsay; the
// revenue an option taken up brings, "pour environ 4 milliards de dollars de revenus supplémentaires", read as the
// company's own revenue; "Cerebras-built supercomputers", "systèmes Cerebras" bought read as a cloud contract; a
// dek's "rompe definitivamente con la exclusividad de Microsoft" ending the page's new contract; "a élargi son
// éventail de fournisseurs" read as an expansion; a quarter's revenue beside a contract noun read as a deal;
// "will spend $50 billion building its own data centers … with Fluidstack" read as capacity bought; a contract the
// text states made hearsay by "people familiar with the matter valued" its figure).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

/** A page about Oracle's talks with Meta, its dek naming Oracle's other customer: the article's subject is Oracle. */
const ORACLE_TALKS = 'Oracle in talks with Meta on $20 billion AI cloud computing deal';
const ORACLE_DEK = "Discussions show Oracle's push to diversify beyond OpenAI as its cloud backlog soars\n\n";

eachKind({
  // The aside tells what the opening company spends; the sentence is still about that company, which the next
  // sentence's descriptor ("the social media company", "der Konzern") or dropped subject goes on with.
  "a budget told in passing after the opening company lends that company, not the article's subject": [
    [
      'en',
      `${ORACLE_DEK}Meta, which plans to spend as much as $72 billion on capital expenditures this year, has also turned to outside suppliers. In August the social media company signed a cloud contract with Google worth more than $10 billion over six years.`,
      ['meta oracle 20000000000 in_talks', 'meta alphabet 10000000000 signed'],
      ORACLE_TALKS,
    ],
    [
      'es',
      'Las conversaciones muestran el empeño de Oracle por diversificarse más allá de OpenAI\n\nEl gigante de Menlo Park, que prevé unas inversiones de capital de hasta 72.000 millones de dólares este año, ya había recurrido a proveedores externos. En agosto firmó con Google Cloud un contrato de más de 10.000 millones de dólares a seis años.',
      ['meta oracle 20000000000 in_talks', 'meta alphabet 10000000000 signed'],
      'Oracle negocia con Meta un contrato en la nube de 20.000 millones de dólares',
    ],
    [
      'de',
      'Die Gespräche zeigen, wie Oracle sich über OpenAI hinaus breiter aufstellen will\n\nMeta, das in diesem Jahr bis zu 72 Milliarden Dollar für Investitionsausgaben einplant, setzt zugleich auf externe Anbieter. Im August unterzeichnete der Konzern mit Google einen Cloud-Vertrag über mehr als 10 Milliarden Dollar.',
      ['meta oracle 20000000000 in_talks', 'meta alphabet 10000000000 signed'],
      'Oracle verhandelt mit Meta über Cloud-Vertrag von 20 Milliarden Dollar',
    ],
    // Near miss: an aside that tells a contract keeps it as a deal of its own, and still lends the company.
    [
      'en',
      `${ORACLE_DEK}Meta, which signed a $14 billion contract with CoreWeave in September, has also turned to other suppliers. In August the social media company signed a cloud contract with Google worth more than $10 billion over six years.`,
      [
        'meta oracle 20000000000 in_talks',
        'meta coreweave 14000000000 signed',
        'meta alphabet 10000000000 signed',
      ],
      ORACLE_TALKS,
    ],
  ],
  // "would spend about $80 billion … in its current fiscal year": the company's spending for a period, no contract.
  'a company that would spend an amount over a fiscal year tells no deal of it': [
    [
      'en',
      'Nvidia, which has committed to invest up to $100 billion in OpenAI and holds stakes in CoreWeave and Nebius, did not disclose its share. Microsoft, which said in January it would spend about $80 billion on AI data centres in its current fiscal year, declined to comment on its part.',
      [],
    ],
    [
      'fr',
      "Nvidia, qui s'est engagé à investir jusqu'à 100 milliards de dollars dans OpenAI, n'a pas précisé sa part. Microsoft, qui dépensera environ 80 milliards de dollars cette année fiscale dans des centres de données, n'a pas commenté.",
      [],
    ],
    [
      'es',
      'Nvidia, que se comprometió a invertir hasta 100.000 millones de dólares en OpenAI, no precisó su parte. Microsoft, que gastará unos 80.000 millones de dólares este año en centros de datos, declinó hacer comentarios.',
      [],
    ],
    // Near miss: a contract told with "would pay" over years keeps its value.
    [
      'en',
      'Nebius said Microsoft would pay it about $17.4 billion over five years for GPU capacity in New Jersey.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "Google agreed to backstop $1.4 billion of Fluidstack's lease obligations in exchange for warrants": the warrants
  // pay for the guarantee; neither they nor the shares they buy are an investment or a takeover.
  'warrants taken in exchange for a backstop leave the backstop a deal': [
    [
      'en',
      "Cipher Mining signed a ten-year colocation agreement with Fluidstack worth about $3 billion. Google agreed to backstop $1.4 billion of Fluidstack's lease obligations in exchange for warrants to acquire about 24 million Cipher shares.",
      [
        'fluidstack cipher-mining 3000000000 signed',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'fr',
      "Cipher Mining a signé avec Fluidstack un contrat de colocation de dix ans d'environ 3 milliards de dollars. Google garantit 1,4 milliard de dollars des obligations locatives de Fluidstack en échange de bons de souscription d'actions Cipher.",
      [
        'fluidstack cipher-mining 3000000000 signed',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'es',
      'Cipher Mining firmó con Fluidstack un contrato de colocation a diez años por unos 3.000 millones de dólares. Google respalda 1.400 millones de dólares de las obligaciones de arrendamiento de Fluidstack a cambio de warrants sobre acciones de Cipher.',
      [
        'fluidstack cipher-mining 3000000000 signed',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'it',
      'Cipher Mining ha firmato con Fluidstack un contratto di colocation decennale da circa 3 miliardi di dollari. Google garantisce 1,4 miliardi di dollari degli obblighi di locazione di Fluidstack in cambio di warrant.',
      [
        'fluidstack cipher-mining 3000000000 signed',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    // Near miss: warrants bought for money are an investment, no deal of theirs.
    [
      'en',
      'Cipher Mining signed a ten-year colocation agreement with Fluidstack worth about $3 billion. Separately, Google bought warrants to acquire about 24 million Cipher shares for $50 million.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
  ],
  // "Más información", "Te recomendamos:", "Relacionadas:", "Articles liés": headings of blocks of links to other
  // stories, whose headlines lend no deal to the page.
  'blocks of links under "Más información", "Relacionadas" or "Articles liés" tell no deal of the page': [
    [
      'es',
      'CoreWeave firmó un contrato de hasta 14.200 millones de dólares con Meta.\n\nMás información\n- Nebius y Microsoft: el contrato de 17.400 millones que despertó a las neoclouds\n- OpenAI y Oracle: el contrato de 300.000 millones bajo la lupa',
      ['meta coreweave 14200000000 signed'],
      'CoreWeave cierra un contrato de 14.200 millones con Meta',
    ],
    [
      'fr',
      'CoreWeave a signé un contrat pouvant atteindre 14,2 milliards de dollars avec Meta.\n\nArticles liés\n- Nebius et Microsoft : le contrat de 17,4 milliards qui a réveillé les néoclouds',
      ['meta coreweave 14200000000 signed'],
      'CoreWeave signe un contrat de 14,2 milliards avec Meta',
    ],
    [
      'pt',
      'A CoreWeave assinou um contrato de até US$ 14,2 bilhões com a Meta.\n\nRelacionadas:\n- Nebius e Microsoft: o contrato de US$ 17,4 bilhões que acordou as neoclouds',
      ['meta coreweave 14200000000 signed'],
      'CoreWeave fecha contrato de US$ 14,2 bilhões com a Meta',
    ],
    // Near miss: "Relacionadas con" opening a sentence of the article is prose, and its deal is the page's.
    [
      'es',
      'CoreWeave firmó un contrato de hasta 14.200 millones de dólares con Meta.\n\nRelacionadas con este acuerdo, las acciones de Nebius subieron después de que Microsoft firmara con Nebius un contrato de 17.400 millones de dólares.',
      ['meta coreweave 14200000000 signed', 'microsoft nebius 17400000000 signed'],
      'CoreWeave cierra un contrato de 14.200 millones con Meta',
    ],
  ],
  // "aveva interrotto i colloqui con Oracle": talks broken off end no less than "interrotto le trattative".
  'talks broken off, "interrotto i colloqui", end the deal': [
    [
      'it',
      'xAI ha interrotto i colloqui con Oracle su un contratto cloud da circa 10 miliardi di dollari.',
      ['xai oracle 10000000000 terminated'],
    ],
    [
      'it',
      "Nell'estate del 2024 xAI aveva interrotto i negoziati con Oracle su un contratto da circa 10 miliardi di dollari.",
      ['xai oracle 10000000000 terminated'],
    ],
    [
      'de',
      'xAI hat die Gespräche mit Oracle über einen Cloud-Vertrag von rund 10 Milliarden Dollar abgebrochen.',
      ['xai oracle 10000000000 terminated'],
    ],
    [
      'en',
      'xAI ended talks with Oracle over a cloud contract worth about $10 billion.',
      ['xai oracle 10000000000 terminated'],
    ],
    // Near miss: talks still going on.
    [
      'it',
      'xAI ha avviato colloqui con Oracle su un contratto cloud da circa 10 miliardi di dollari.',
      ['xai oracle 10000000000 in_talks'],
    ],
  ],
  // "The Wall Street Journal publicó que …": a newspaper's finding, hearsay for the deal it tells.
  'a newspaper that "publicó que" or "ha riferito che" reports the deal': [
    [
      'es',
      'The Wall Street Journal publicó que OpenAI se ha comprometido a comprar a Oracle potencia de cálculo por unos 300.000 millones de dólares.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'it',
      'Il Wall Street Journal ha riferito che OpenAI si è impegnata ad acquistare da Oracle potenza di calcolo per circa 300 miliardi di dollari.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'pt',
      'O Wall Street Journal publicou que a OpenAI se comprometeu a comprar da Oracle capacidade de computação de cerca de US$ 300 bilhões.',
      ['openai oracle 300000000000 reported'],
    ],
    // Near miss: a party publishing its own deal states it.
    [
      'es',
      'Oracle publicó que OpenAI se ha comprometido a comprar a Oracle potencia de cálculo por unos 300.000 millones de dólares.',
      ['openai oracle 300000000000 signed'],
    ],
  ],
  // "a exercé son option sur 150 MW … pour environ 4 milliards de dollars de revenus supplémentaires": the revenue the
  // option brings the landlord is the added lease's value, not the company's own revenue.
  "revenue an option taken up brings is the expansion's value": [
    [
      'fr',
      'CoreWeave a exercé son option sur 150 MW supplémentaires chez Applied Digital, pour environ 4 milliards de dollars de revenus supplémentaires.',
      ['coreweave applied-digital 4000000000 expanded'],
    ],
    [
      'es',
      'CoreWeave ejerció su opción sobre otros 150 MW en Applied Digital, por unos 4.000 millones de dólares de ingresos adicionales.',
      ['coreweave applied-digital 4000000000 expanded'],
    ],
    [
      'it',
      "CoreWeave ha esercitato l'opzione su ulteriori 150 megawatt presso Applied Digital, per circa 4 miliardi di dollari di ricavi aggiuntivi.",
      ['coreweave applied-digital 4000000000 expanded'],
    ],
    // Near miss: the company's own revenue for a year, no option taken, stays no deal.
    [
      'fr',
      'Applied Digital prévoit environ 4 milliards de dollars de revenus cette année, dont une part de CoreWeave.',
      [],
    ],
  ],
  // "G42 committed to buy up to $900 million of Cerebras-built supercomputers": a maker that also runs a cloud sells
  // goods when its systems are bought; its computing capacity rented is a cloud contract.
  "a capacity seller's systems bought are hardware": [
    [
      'en',
      'G42 committed in 2023 to buy up to $900 million of Cerebras-built supercomputers.',
      ['g42 cerebras 900000000 signed hardware'],
    ],
    [
      'fr',
      "G42 s'est engagé en 2023 à acheter pour 900 millions de dollars de systèmes Cerebras.",
      ['g42 cerebras 900000000 signed hardware'],
    ],
    [
      'de',
      'G42 hat sich 2023 verpflichtet, Cerebras-Systeme für bis zu 900 Millionen Dollar zu kaufen.',
      ['g42 cerebras 900000000 signed hardware'],
    ],
    // Near miss: capacity bought from the same maker is a cloud contract.
    [
      'en',
      'OpenAI agreed to buy 750 MW of computing capacity from Cerebras in a deal worth more than $10 billion.',
      ['openai cerebras 10000000000 signed gpu_cloud'],
    ],
  ],
  // A dek's "rompe definitivamente con la exclusividad de Microsoft": the words between the verb and the
  // exclusivity ("definitivamente con la", "de vez a") still end a tie, no contract told.
  'an exclusivity ended with words between ends no contract': [
    [
      'es',
      'OpenAI firma con Amazon Web Services un contrato de 38.000 millones de dólares\nEl creador de ChatGPT rompe definitivamente con la exclusividad de Microsoft\n\nOpenAI firmó con AWS un acuerdo a siete años para usar cientos de miles de GPU de Nvidia.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'pt',
      'OpenAI assina com a Amazon Web Services um contrato de US$ 38 bilhões\nA criadora do ChatGPT rompe de vez a exclusividade com a Microsoft\n\nA OpenAI assinou com a AWS um acordo de sete anos para usar centenas de milhares de GPUs da Nvidia.',
      ['openai amazon 38000000000 signed'],
    ],
    [
      'fr',
      "OpenAI signe avec Amazon Web Services un contrat de 38 milliards de dollars\nLe créateur de ChatGPT met définitivement fin à l'exclusivité de Microsoft\n\nOpenAI a signé avec AWS un accord de sept ans pour utiliser des centaines de milliers de GPU Nvidia.",
      ['openai amazon 38000000000 signed'],
    ],
    // Near miss: a contract ended stays ended.
    [
      'es',
      'OpenAI rompió su contrato de 38.000 millones de dólares con Amazon Web Services.',
      ['openai amazon 38000000000 terminated'],
    ],
  ],
  // "la start-up a élargi encore son éventail de fournisseurs : Anthropic s'est engagé à acheter …": a new supplier
  // joins the range; its contract is new, no contract grown.
  "a buyer's range of suppliers widened tells a new contract, no expansion": [
    [
      'fr',
      "Moins d'un mois plus tard, la start-up a élargi encore son éventail de fournisseurs : Anthropic s'est engagé à acheter pour 30 milliards de dollars de capacité de calcul sur Azure auprès de Microsoft.",
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'en',
      'Less than a month later the start-up widened its range of suppliers again: Anthropic committed to buy $30 billion of Azure compute capacity from Microsoft.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'es',
      'Menos de un mes después, la start-up amplió de nuevo su abanico de proveedores: Anthropic se comprometió a comprar a Microsoft capacidad de cómputo en Azure por 30.000 millones de dólares.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    // Near miss: a contract widened is an expansion.
    [
      'en',
      'Meta expanded its cloud contract with Google by $2 billion.',
      ['meta alphabet 2000000000 expanded'],
    ],
  ],
  // "… Google Cloud, que registrou receita de US$ 13,6 bilhões no segundo trimestre": revenue for a reporting period
  // is the company's, though the clause names a contract.
  "a quarter's revenue beside a contract is the company's, no deal": [
    [
      'pt',
      'A Meta fechou um contrato de mais de US$ 10 bilhões com o Google Cloud. Trata-se de um dos maiores contratos da história do Google Cloud, que registrou receita de US$ 13,6 bilhões no segundo trimestre.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'en',
      'Meta signed a cloud contract worth more than $10 billion with Google. It is one of the largest contracts in the history of Google Cloud, which posted revenue of $13.6 billion in the second quarter.',
      ['meta alphabet 10000000000 signed'],
    ],
    [
      'fr',
      "Meta a signé avec Google un contrat cloud de plus de 10 milliards de dollars, l'un des plus gros contrats de l'histoire de Google Cloud, qui a réalisé un chiffre d'affaires de 13,6 milliards de dollars au deuxième trimestre.",
      ['meta alphabet 10000000000 signed'],
    ],
    // Near miss: revenue a contract brings over its term is its value.
    [
      'en',
      'Applied Digital signed a 15-year lease with CoreWeave that it expects to bring about $7 billion of revenue over the term.',
      ['coreweave applied-digital 7000000000 signed'],
    ],
  ],
  // "Anthropic said it will spend $50 billion building its own data centers … with Fluidstack": money put into its own
  // sites, with whoever builds them; no capacity bought.
  'money spent on building its own sites is no capacity deal': [
    [
      'en',
      'Hut 8 signed a 15-year lease with Fluidstack worth about $7 billion. In November, Anthropic said it will spend $50 billion building its own data centers in Texas and New York with Fluidstack.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'fr',
      "Hut 8 a signé avec Fluidstack un bail de 15 ans d'environ 7 milliards de dollars. En novembre, Anthropic a annoncé qu'il dépensera 50 milliards de dollars pour construire ses propres centres de données au Texas et à New York avec Fluidstack.",
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'es',
      'Hut 8 firmó con Fluidstack un arrendamiento a 15 años de unos 7.000 millones de dólares. En noviembre, Anthropic anunció que gastará 50.000 millones de dólares en construir sus propios centros de datos en Texas y Nueva York con Fluidstack.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'it',
      'Hut 8 ha firmato con Fluidstack una locazione di 15 anni da circa 7 miliardi di dollari. A novembre Anthropic ha annunciato che spenderà 50 miliardi di dollari per costruire i propri data center in Texas e a New York con Fluidstack.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    [
      'pt',
      'A Hut 8 assinou com a Fluidstack um arrendamento de 15 anos de cerca de US$ 7 bilhões. Em novembro, a Anthropic anunciou que vai gastar US$ 50 bilhões para construir seus próprios data centers no Texas e em Nova York com a Fluidstack.',
      ['fluidstack hut-8 7000000000 signed'],
    ],
    // Near miss: money spent on a provider's capacity is a contract.
    [
      'es',
      'Meta gastará 10.000 millones de dólares en capacidad de Google Cloud en virtud de un contrato de seis años.',
      ['meta alphabet 10000000000 signed'],
    ],
  ],
  // "OpenAI has agreed to buy 750 MW from Cerebras, …, in a contract that people familiar with the matter valued at
  // more than $10 billion": the sources put a figure on a contract the text states; the contract is signed.
  'sources that only put a figure on a stated contract leave it signed': [
    [
      'en',
      'OpenAI has agreed to buy up to 750 megawatts of computing capacity from Cerebras over three years, the two companies said on Wednesday, in a contract that people familiar with the matter valued at more than $10 billion.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'fr',
      "OpenAI a accepté d'acheter à Cerebras jusqu'à 750 mégawatts de capacité de calcul sur trois ans, un contrat que des sources proches du dossier évaluent à plus de 10 milliards de dollars.",
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'es',
      'OpenAI acordó comprar a Cerebras hasta 750 megavatios de capacidad de cómputo en tres años, un contrato que fuentes cercanas a la operación cifran en más de 10.000 millones de dólares.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'it',
      'OpenAI ha accettato di acquistare da Cerebras fino a 750 megawatt di capacità di calcolo in tre anni, un contratto che fonti vicine al dossier valutano oltre 10 miliardi di dollari.',
      ['openai cerebras 10000000000 signed'],
    ],
    // Near miss: the contract itself told on the sources' word is hearsay.
    [
      'en',
      'OpenAI has agreed to buy up to 750 megawatts of computing capacity from Cerebras in a contract worth more than $10 billion, according to people familiar with the matter.',
      ['openai cerebras 10000000000 reported'],
    ],
  ],
});
