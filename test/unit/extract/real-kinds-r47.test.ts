// Kinds of error seen on real pages in round 47 ("AWS joins a long list of OpenAI suppliers. The startup has agreed
// to buy $300 billion … from Oracle, and its contracts with CoreWeave …": the stand-in read as AWS and the two
// sellers paired; one pair's contracts summed in a later clause dropped as a sum over counterparties; a plural list
// after "from Oracle, and" taken as the earlier amount's counterparties).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

const OPENAI_BOTH = ['openai oracle 300000000000 signed', 'openai coreweave 22400000000 signed'];
const OPENAI_ORACLE = ['openai oracle 300000000000 signed'];
const IREN_SIGNED = ['microsoft iren 9700000000 signed'];
const META_TWO = ['meta alphabet 10000000000 reported', 'meta oracle 20000000000 in_talks'];
const AZURE_MORE = ['openai microsoft 250000000000 expanded'];

eachKind({
  // The stand-in ("the startup", "la start-up", "das Start-up") opens a sentence that names only sellers: it is the
  // one lab the sentence before names, never the company that sentence is about (AWS), and the sellers are never
  // each other's pair.
  'a lab stand-in before sellers only is the lab named before': [
    [
      'en',
      'AWS joins a long list of OpenAI suppliers. The startup has agreed to buy $300 billion of computing power from Oracle, and its contracts with CoreWeave are worth up to $22.4 billion.',
      OPENAI_BOTH,
    ],
    [
      'fr',
      "AWS rejoint la longue liste des fournisseurs d'OpenAI. La start-up s'est engagée à acheter pour 300 milliards de dollars de puissance de calcul à Oracle, et ses contrats avec CoreWeave atteignent 22,4 milliards de dollars.",
      OPENAI_BOTH,
    ],
    [
      'es',
      'AWS se suma a la larga lista de proveedores de OpenAI. La startup se comprometió a comprar a Oracle capacidad de cómputo por 300.000 millones de dólares, y sus contratos con CoreWeave alcanzan los 22.400 millones de dólares.',
      OPENAI_BOTH,
    ],
    [
      'de',
      'AWS reiht sich in die lange Liste der Zulieferer von OpenAI ein. Das Start-up hat zugesagt, bei Oracle Rechenleistung für 300 Mrd. Dollar zu kaufen, und seine Verträge mit CoreWeave sind bis zu 22,4 Mrd. Dollar wert.',
      OPENAI_BOTH,
    ],
    // Two labs before: the stand-in is either; nothing is said rather than pairing the two sellers.
    [
      'en',
      'AWS joins a long list of OpenAI and Anthropic suppliers. The startup has agreed to buy $300 billion of computing power from Oracle, and its contracts with CoreWeave are worth up to $22.4 billion.',
      [],
    ],
  ],
  // "its contracts with CoreWeave are worth up to $22.4 billion" in a later clause of the subject's sentence: one
  // pair's contracts, summed; the subject is the buyer. Two companies after "contracts with" are a sum, but never
  // the counterparties of the amount told before them with its own seller ("from Oracle").
  "one pair's contracts summed in a later clause keep the subject's pair": [
    [
      'en',
      'OpenAI has agreed to buy $300 billion of computing power from Oracle, and its contracts with CoreWeave are worth up to $22.4 billion.',
      OPENAI_BOTH,
    ],
    [
      'en',
      'OpenAI will buy $300 billion of capacity from Oracle, and its contracts with CoreWeave and Microsoft are worth $42.4 billion.',
      OPENAI_ORACLE,
    ],
    [
      'fr',
      'OpenAI achètera pour 300 milliards de dollars de capacité à Oracle, et ses contrats avec CoreWeave et Microsoft valent 42,4 milliards de dollars.',
      OPENAI_ORACLE,
    ],
    [
      'de',
      'OpenAI kauft bei Oracle Rechenleistung für 300 Mrd. Dollar, und seine Verträge mit CoreWeave und Microsoft sind 42,4 Mrd. Dollar wert.',
      OPENAI_ORACLE,
    ],
    [
      'en',
      'Microsoft has committed more than $60 billion under multi-year contracts with Nscale, Nebius, CoreWeave, IREN and Lambda.',
      [],
    ],
  ],
  // "Según ha informado IREN en un comunicado", "Secondo una nota di IREN", "Segundo o comunicado da IREN": the
  // company's own word opening the sentence (the capital letter of its first word included); a newspaper's stays
  // hearsay.
  'a company statement opening the sentence is no hearsay': [
    [
      'es',
      'Según ha informado IREN en un comunicado, Microsoft pagará 9.700 millones de dólares por cinco años de capacidad de computación en la nube de IREN.',
      IREN_SIGNED,
    ],
    [
      'fr',
      "Selon un communiqué d'IREN, Microsoft paiera 9,7 milliards de dollars pour cinq ans de capacité de calcul dans le cloud d'IREN.",
      IREN_SIGNED,
    ],
    [
      'it',
      'Secondo una nota di IREN, Microsoft pagherebbe 9,7 miliardi di dollari per cinque anni di capacità di calcolo cloud di IREN.',
      IREN_SIGNED,
    ],
    [
      'pt',
      'Segundo o comunicado da IREN, a Microsoft pagaria 9,7 bilhões de dólares por cinco anos de capacidade de computação em nuvem da IREN.',
      IREN_SIGNED,
    ],
    [
      'es',
      'Según ha informado el diario Expansión, Microsoft pagaría 9.700 millones de dólares por cinco años de capacidad de computación en la nube de IREN.',
      ['microsoft iren 9700000000 reported'],
    ],
  ],
  // "habría cerrado … con Google Cloud y negocia otro … con Oracle": the hedge of the first deal and the talks of the
  // second, each in its own part of the sentence.
  'a deal and talks joined by "and is in talks" keep a status each': [
    [
      'es',
      'La matriz de Facebook habría cerrado un contrato de más de 10.000 millones de dólares con Google Cloud y negocia otro de 20.000 millones de dólares con Oracle.',
      META_TWO,
    ],
    [
      'en',
      'Meta reportedly signed a $10 billion cloud contract with Google and is in talks over a $20 billion contract with Oracle.',
      META_TWO,
    ],
    [
      'fr',
      'Meta aurait signé un contrat cloud de 10 milliards de dollars avec Google et négocie un autre contrat de 20 milliards de dollars avec Oracle.',
      META_TWO,
    ],
    [
      'de',
      'Meta soll mit Google einen Cloud-Vertrag über 10 Mrd. Dollar geschlossen haben und verhandelt mit Oracle über einen Vertrag über 20 Mrd. Dollar.',
      META_TWO,
    ],
    [
      'it',
      'Meta avrebbe firmato un contratto da 10 miliardi di dollari con Google Cloud e tratta con Oracle per un altro da 20 miliardi di dollari.',
      META_TWO,
    ],
    [
      'en',
      'Meta signed a $10 billion cloud contract with Google and is in talks to expand it.',
      ['meta alphabet 10000000000 signed'],
    ],
  ],
  // "…, y Microsoft se quedó con una participación": the reflexive "se" of a new clause is no "if" of a condition on
  // the amount before it ("servicios adicionales" read as an option's ceiling).
  'a reflexive "se" in the next clause is no condition': [
    [
      'es',
      'OpenAI se comprometió a contratar servicios adicionales de Azure por valor de 250.000 millones de dólares, y Microsoft se quedó con una participación de alrededor del 27 % en el nuevo grupo.',
      AZURE_MORE,
    ],
    [
      'it',
      'OpenAI si è impegnata ad acquistare servizi aggiuntivi di Azure per 250 miliardi di dollari, e Microsoft si tiene una quota del 27 % nel nuovo gruppo.',
      AZURE_MORE,
    ],
    [
      'pt',
      'A OpenAI comprometeu-se a contratar serviços adicionais do Azure no valor de 250 mil milhões de dólares, e a Microsoft ficou com uma participação de cerca de 27 % no novo grupo.',
      AZURE_MORE,
    ],
    // A condition of its own ("se a Microsoft contratar serviços adicionais") still makes the second figure a ceiling.
    [
      'pt',
      'A Microsoft pagará à Nebius 17,4 bilhões de dólares, valor que pode chegar a 19,4 bilhões se a Microsoft contratar serviços adicionais.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "Together with our Fluidstack agreement, … $8.5 billion", "Including the AWS lease, … now represent $8.5 billion",
  // "Zusammen mit dem Fluidstack-Vertrag …": a named contract counted in before the amount makes it a sum, whoever the
  // sentence names; a contract told beside its own amount, or a partner, is not counted in.
  'a sum counted with a named contract is no deal': [
    [
      'en',
      '"Together with our Fluidstack agreement, our AI hosting business is now underpinned by roughly $8.5 billion of contracted lease payments," Cipher said.',
      [],
    ],
    [
      'en',
      "Including the AWS lease, Cipher's HPC contracts now represent approximately $8.5 billion of lease payments.",
      [],
    ],
    [
      'fr',
      'Avec le contrat conclu avec Fluidstack, les loyers contractuels de Cipher atteignent désormais environ 8,5 milliards de dollars.',
      [],
    ],
    [
      'de',
      'Zusammen mit dem Fluidstack-Vertrag kommt Cipher damit auf vertraglich gesicherte Mieteinnahmen von rund 8,5 Mrd. Dollar.',
      [],
    ],
    [
      'es',
      'Junto con el contrato de Fluidstack, los ingresos contratados de Cipher por arrendamientos suman ya unos 8.500 millones de dólares.',
      [],
    ],
    [
      'en',
      'Cipher signed a 15-year lease with AWS worth $5.5 billion, together with a separate 10-year lease with Fluidstack.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'en',
      'Together with Fluidstack, Cipher will lease 168 MW to Google for $3 billion.',
      ['alphabet cipher-mining 3000000000 signed'],
    ],
  ],
  // "Last month it agreed to take GPUs from Nscale, and in September it signed a contract with Nebius worth $17.4
  // billion": the clause's own subject pronoun ("it", "il a", "er") stands for the sentence's subject, before the
  // company of an earlier clause; the two sellers are never each other's pair.
  "a subject pronoun in the amount's clause is the subject, not the earlier clause's company": [
    [
      'en',
      'Microsoft has been spreading its needs across neoclouds. Last month it agreed to take 200,000 GPUs from Nscale, and in September it signed a contract with Nebius worth $17.4 billion for capacity in New Jersey.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'fr',
      'Microsoft répartit ses besoins entre plusieurs néoclouds. Le mois dernier, il a accepté de prendre 200 000 GPU chez Nscale, et en septembre il a signé avec Nebius un contrat de 17,4 milliards de dollars pour de la capacité de calcul dans le New Jersey.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'de',
      'Microsoft verteilt seinen Bedarf auf mehrere Neoclouds. Im Oktober sicherte sich der Konzern 200.000 GPUs bei Nscale, und im September hatte er mit Nebius einen Vertrag über 17,4 Mrd. Dollar für Rechenkapazität in New Jersey unterzeichnet.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "… in a deal in which Microsoft and Nvidia plan to invest": two companies joined by "and" as co-subjects of
  // another clause leave the sentence's pronoun its referent (the lab named before).
  'two co-subjects joined by "and" leave the pronoun its referent': [
    [
      'en',
      "Anthropic trains its models on several clouds, among them AWS and Nvidia GPUs. A month later, it committed to buy $30 billion of computing capacity on Azure, Microsoft's cloud, under a deal in which Microsoft and Nvidia plan to invest up to $5 billion and $10 billion in the startup.",
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'fr',
      "Anthropic revendique une stratégie multi-fournisseurs : elle entraîne aussi ses modèles sur les puces Trainium d'Amazon. Un mois plus tard, elle s'est engagée à acheter pour 30 milliards de dollars de capacité de calcul sur Azure, le cloud de Microsoft, dans le cadre d'un accord où Microsoft et Nvidia prévoient d'investir jusqu'à 5 et 10 milliards de dollars dans la start-up.",
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'de',
      'Anthropic setzt auf mehrere Anbieter und trainiert auch auf Trainium-Chips von Amazon. Einen Monat später verpflichtete sie sich, für 30 Mrd. Dollar Rechenkapazität in Azure, der Cloud von Microsoft, zu kaufen, im Rahmen einer Vereinbarung, bei der Microsoft und Nvidia bis zu 5 und 10 Mrd. Dollar in das Start-up investieren wollen.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    // The last two of a longer list still name one clause's companies: no referent is guessed for "the group".
    [
      'fr',
      "Meta a signé un accord cloud avec Google. Le groupe reste dans la course aux infrastructures d'IA de 400 milliards de dollars, menée par Alphabet, Amazon, Microsoft et CoreWeave.",
      ['meta alphabet null'],
    ],
  ],
  // "the Redmond company", "the Menlo Park company", "the Mountain View company": a company named by its home town and
  // a plain noun, as "la firme de Redmond" and "il colosso di Seattle" are; a startup of the same town is not it.
  'a company named by its home town and a plain noun': [
    [
      'en',
      'IREN shares rallied. In September the Redmond company agreed to a five-year contract with Nebius worth $17.4 billion for GPU capacity.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'en',
      'CoreWeave shares rose after the Menlo Park company agreed to buy $14.2 billion of computing capacity from it through 2031.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'en',
      'Anthropic will rent up to one million TPUs from the Mountain View company in a cloud deal worth tens of billions of dollars.',
      ['anthropic alphabet null signed'],
    ],
    [
      'fr',
      "Les actions d'IREN bondissent : en septembre, la firme de Redmond a signé avec Nebius un contrat de capacité GPU de 17,4 milliards de dollars.",
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'it',
      'OpenAI ha firmato con il colosso di Seattle un contratto cloud da 38 miliardi di dollari per server Nvidia.',
      ['openai amazon 38000000000 signed'],
    ],
    ['en', 'OpenAI signed a $38 billion contract with a Seattle-based startup for Nvidia servers.', []],
  ],
  // "agreed to expand its use of Google Cloud", "a accepté d'étendre son utilisation de", "seine Nutzung von Google
  // Cloud zu erweitern": more of a relationship that exists, expanded; "to expand its use of AI" is a purpose.
  'agreeing to expand the use of a cloud is an expansion': [
    [
      'en',
      'Last month Anthropic agreed to expand its use of Google Cloud, gaining access to as many as one million TPUs in a deal worth tens of billions of dollars.',
      ['anthropic alphabet null expanded'],
    ],
    [
      'en',
      'OpenAI signed a $10 billion deal with Oracle for Nvidia chips to expand its use of AI.',
      ['openai oracle 10000000000 signed'],
    ],
    [
      'fr',
      'Anthropic a accepté d’étendre son utilisation de Google Cloud dans un accord de plusieurs dizaines de milliards de dollars portant sur un million de TPU.',
      ['anthropic alphabet null expanded'],
    ],
    [
      'es',
      'Anthropic acordó ampliar su uso de Google Cloud en un acuerdo de decenas de miles de millones de dólares por hasta un millón de TPU.',
      ['anthropic alphabet null expanded'],
    ],
    [
      'de',
      'Anthropic hat zugestimmt, seine Nutzung von Google Cloud zu erweitern, in einem Deal im Wert von mehreren zehn Milliarden Dollar über bis zu eine Million TPUs.',
      ['anthropic alphabet null expanded'],
    ],
  ],
  // "accounted for about half of Lambda's nearly $114 million in second-quarter cloud revenue", "Lambda ingresó cerca
  // de 114 millones", "der 114 Millionen Dollar Cloud-Umsatz": customers' share of a seller's revenue, no contract.
  "a share of a seller's revenue is no customer's contract": [
    [
      'en',
      "Nvidia agreed to rent GPU servers from Lambda for $1.3 billion. Amazon and Microsoft together accounted for about half of Lambda's nearly $114 million in second-quarter cloud revenue, according to the report.",
      ['nvidia lambda 1300000000 signed'],
    ],
    [
      'es',
      'Nvidia alquila servidores de GPU a Lambda por 1.300 millones de dólares. Lambda ingresó cerca de 114 millones de dólares por su nube en el segundo trimestre; Amazon y Microsoft aportaron la mitad de esa cifra.',
      ['nvidia lambda 1300000000 signed'],
    ],
    [
      'fr',
      "Nvidia loue des serveurs GPU à Lambda pour 1,3 milliard de dollars. Amazon et Microsoft ont représenté environ la moitié des 114 millions de dollars de chiffre d'affaires cloud de Lambda au deuxième trimestre.",
      ['nvidia lambda 1300000000 signed'],
    ],
    [
      'de',
      'Nvidia mietet bei Lambda GPU-Server für 1,3 Milliarden Dollar. Amazon und Microsoft standen für etwa die Hälfte der 114 Millionen Dollar Cloud-Umsatz von Lambda im zweiten Quartal.',
      ['nvidia lambda 1300000000 signed'],
    ],
    [
      'en',
      'Lambda signed a cloud contract with Microsoft worth $114 million in annual revenue for Lambda over five years.',
      ['microsoft lambda null signed'],
    ],
  ],
  // "Blue Owl committed $15 billion to Crusoe for its data center", "to Crusoe's Abilene joint venture": a funder's
  // money put into a seller's project is financing; money committed for GPU capacity still buys it.
  "a funder's money put into a seller's project is financing": [
    ['en', 'Blue Owl committed $15 billion to Crusoe for its data center.', []],
    [
      'en',
      "Blue Owl Capital and Primary Digital Infrastructure committed $15 billion to Crusoe's Abilene joint venture, which will host OpenAI's GPUs.",
      [],
    ],
    ['fr', 'Blue Owl a apporté 15 milliards de dollars à Crusoe pour son centre de données.', []],
    ['es', 'Blue Owl aportará 15.000 millones de dólares a Crusoe para su centro de datos.', []],
    [
      'en',
      'SoftBank committed $3 billion to Crusoe for GPU capacity it will rent for OpenAI.',
      ['softbank crusoe 3000000000 signed'],
    ],
    ['en', 'SoftBank will pay Crusoe $3 billion for GPU capacity.', ['softbank crusoe 3000000000 signed']],
  ],
  // "a $5.5 billion, 15-year lease with Amazon Web Services, also backed by a Google guarantee", "garanti par Google",
  // "respaldado por Google", "für den Google bürgt": the guarantee another company gives leaves the tenant's lease its
  // kind and its pair (the comma between two adjectives of one noun opens no clause); the guarantor's own amount
  // stays a backstop.
  "a guarantee another company gives leaves the tenant's lease a lease": [
    [
      'en',
      'Cipher Mining signed a $5.5 billion, 15-year lease with Amazon Web Services, also backed by a Google guarantee.',
      ['amazon cipher-mining 5500000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Google agreed to backstop $1.4 billion of Fluidstack lease obligations to Cipher Mining.',
      ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
    ],
    [
      'fr',
      'Cipher Mining a signé un bail de 5,5 milliards de dollars avec Amazon Web Services, garanti par Google.',
      ['amazon cipher-mining 5500000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Cipher Mining firmó un arrendamiento de 5.500 millones de dólares con Amazon Web Services, respaldado por Google.',
      ['amazon cipher-mining 5500000000 signed datacenter_lease'],
    ],
    [
      'de',
      'Cipher Mining hat mit Amazon Web Services einen Mietvertrag über 5,5 Mrd. Dollar geschlossen, für den Google bürgt.',
      ['amazon cipher-mining 5500000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Fluidstack signed a $3 billion lease with Cipher Mining, and Google will backstop $1.4 billion of it.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'en',
      'The River Bend announcement lands a few months after rival TeraWulf agreed a $3.7 billion hosting deal with Fluidstack at its Lake Mariner campus in New York, also with a Google guarantee, and after Cipher Mining signed a $5.5 billion, 15-year lease with Amazon Web Services.',
      ['fluidstack terawulf 3700000000 signed', 'amazon cipher-mining 5500000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Cipher ya había firmado en septiembre un contrato de diez años con Fluidstack por unos 3.000 millones de dólares, respaldado por una garantía de Google de 1.400 millones de dólares.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
  ],
  // "with a minimum of $400 million in each year", "con un mínimo de 400 millones cada año", "ogni anno": a yearly
  // minimum beside the total is the contract's rate, no contract of its own (a 10-K's "we" told both to the merge).
  'a yearly minimum beside the total is no contract of its own': [
    [
      'es',
      'Snap se comprometió a comprar a Google servicios en la nube por al menos 2.000 millones de dólares en cinco años, con un mínimo de 400 millones cada año.',
      ['snap alphabet 2000000000 signed'],
    ],
    [
      'it',
      'Snap si è impegnata ad acquistare da Google servizi cloud per almeno 2 miliardi di dollari in cinque anni, con un minimo di 400 milioni ogni anno.',
      ['snap alphabet 2000000000 signed'],
    ],
    [
      'en',
      'Snap committed to purchase at least $2.0 billion of cloud services from Google over five years, with a minimum of $400 million in each year.',
      ['snap alphabet 2000000000 signed'],
    ],
    [
      'en',
      'Snap committed to spend $400 million on Google cloud services.',
      ['snap alphabet 400000000 signed'],
    ],
  ],
  // "agreements with suppliers, including for NVIDIA and AMD GPUs, which represent … purchase obligations of $10.2
  // billion": a sum over a class of suppliers; two sellers named in it make no pair.
  'a sum over suppliers is no contract': [
    [
      'en',
      'Oracle has entered into agreements with suppliers, including for Nvidia and AMD GPUs, which represent non-cancellable purchase obligations of approximately $10.2 billion.',
      [],
    ],
    [
      'fr',
      "Oracle a conclu des accords avec des fournisseurs, notamment pour des GPU Nvidia et AMD, qui représentent des obligations d'achat non résiliables d'environ 10,2 milliards de dollars.",
      [],
    ],
    [
      'de',
      'Oracle hat Vereinbarungen mit Lieferanten geschlossen, unter anderem für GPUs von Nvidia und AMD, die unkündbare Abnahmeverpflichtungen von rund 10,2 Mrd. Dollar darstellen.',
      [],
    ],
    [
      'es',
      'Oracle firmó acuerdos con proveedores, entre ellos de GPU de Nvidia y AMD, que suponen obligaciones de compra no cancelables de unos 10.200 millones de dólares.',
      [],
    ],
    [
      'en',
      'Oracle agreed to buy $10.2 billion of GPUs from Nvidia, its main supplier.',
      ['oracle nvidia 10200000000 signed hardware'],
    ],
  ],
});
