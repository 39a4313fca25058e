// Kinds of error seen on real pages in round 48 ("Hut 8 signed a $7 billion lease with Fluidstack … clusters that
// Fluidstack will operate for Anthropic … its broader arrangement with Anthropic": the tenant's end user read as the
// landlord's customer; "… lease at River Bend with Google backstop", "adossé à une garantie de Google": the guarantor
// given the lease's own amount; "O acordo se soma ao contrato fechado em setembro com a Microsoft" after a sentence
// naming Meta by a nickname: the earlier contract paired with Meta, and read as an expansion; a stock screener's
// "CoreWeave | CRWV | +158 % | 58 Md$ | OpenAI, Meta" under a "Capitalisation" heading read as a $58 billion deal;
// an analyst's call in a bullet, "- One broker initiated Hut 8 at Buy", read as a deal with the article's subject;
// "in a $3 billion deal that Google likewise backs": the guarantor read as the seller; "In August it signed …, with
// Google backstopping $1.8 billion": the pronoun after a date unread, the lease's amount lost; "with minimums of $80
// million in 2019, $100 million in 2020 and $120 million in 2021": a year's minimum, and "2020 and $120 million" read
// as $2.02 billion; "an earlier, unsolicited $1.02 billion approach" read as a lease; "cuenta entre sus clientes con
// laboratorios como OpenAI y Anthropic" read as a deal; "The agreement is valued at more than $10 billion, according
// to people familiar with the terms" after the company's own announcement read as reported; a press release's
// highlight "- Began deploying capacity under the agreement with Microsoft" paired with the dek's buyer, Meta; "Em
// setembro, segundo o Wall Street Journal, fechou com a Oracle …": the unsaid subject read as the Google Cloud the
// sentence before names; "Microsoft said it will invest $10 billion in Portugal" taking the value of "a deal the
// chip startup valued at more than $10 billion"; "Together AI and Fluidstack are customers" in a call's answer read as
// a deal between the two; "is understood to have held early-stage discussions with Amazon Web Services" read as
// reported, not talks; "Claude's maker commits $30 billion to Azure" under a headline naming three companies read as
// Microsoft buying from Nvidia; "Im August nahm CoreWeave eine Option auf weitere 150 MW wahr" read as a new
// contract; "le Fonds canadien pour l'informatique souveraine, doté de 2 milliards" read as the value of a contract
// whose amount the companies did not disclose).
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay silent or keep their pair. Each row's wanted strings are prefixes of the printed mentions
// ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

const FLUIDSTACK_LEASE = ['fluidstack hut-8 7000000000 signed datacenter_lease'];
const NEBIUS_BOTH = ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'];

eachKind({
  // "Fluidstack will run the clusters on behalf of Anthropic", "pour le compte d'Anthropic", "im Auftrag von",
  // "por cuenta de": the tenant's end user. A later sentence pairing it with the landlord, with no amount of its own,
  // tells no second lease; one with its own amount does.
  "a tenant's end user is no customer of the landlord": [
    [
      'en',
      'Hut 8 signed a $7 billion, 15-year lease with Fluidstack at its River Bend campus. Fluidstack will run the GPU clusters on behalf of Anthropic. Hut 8 said its broader agreement with Anthropic could eventually cover up to 2,295 MW.',
      FLUIDSTACK_LEASE,
    ],
    [
      'fr',
      "Hut 8 a signé avec Fluidstack un bail de 15 ans d'une valeur de 7 milliards de dollars. Fluidstack y exploitera les serveurs pour le compte d'Anthropic. Hut 8 évoque un accord plus large avec Anthropic, qui pourrait porter sur 2 295 MW.",
      FLUIDSTACK_LEASE,
    ],
    [
      'de',
      'Hut 8 hat mit Fluidstack einen Mietvertrag über 15 Jahre im Wert von 7 Mrd. Dollar unterzeichnet. Fluidstack betreibt die Rechencluster im Auftrag von Anthropic. Die weitergehende Vereinbarung von Hut 8 mit Anthropic könnte bis zu 2.295 MW umfassen.',
      FLUIDSTACK_LEASE,
    ],
    [
      'es',
      'Hut 8 firmó con Fluidstack un arrendamiento a 15 años por 7.000 millones de dólares. Fluidstack operará los clústeres por cuenta de Anthropic. El acuerdo más amplio de Hut 8 con Anthropic podría llegar a 2.295 MW.',
      FLUIDSTACK_LEASE,
    ],
    // The end user's own lease, with its own amount, is a deal of its own.
    [
      'en',
      'Hut 8 signed a $7 billion, 15-year lease with Fluidstack at its River Bend campus. Fluidstack will run the GPU clusters on behalf of Anthropic. Anthropic also signed a separate $2 billion lease with Hut 8 for a second site.',
      [...FLUIDSTACK_LEASE, 'anthropic hut-8 2000000000 signed datacenter_lease'],
    ],
  ],
  // "with Google backstop", "with a Google guarantee", "adossé à une garantie de Google", "abgesichert durch eine
  // Garantie von Google": the guarantor of a lease whose tenant the text names is given no part of the lease's amount.
  // A guarantee with an amount of its own is the guarantor's.
  "a lease's guarantor named before its guarantee takes no part of the lease's amount": [
    [
      'en',
      "Hut 8 signs $7 billion, 15-year data center lease at River Bend with Google backstop. The tenant is Fluidstack, which signed the $7 billion lease for the site's first 245 MW.",
      FLUIDSTACK_LEASE,
    ],
    [
      'en',
      "Hut 8 signs $7 billion, 15-year data center lease at River Bend with a Google guarantee. The tenant is Fluidstack, which signed the $7 billion lease for the site's first 245 MW.",
      FLUIDSTACK_LEASE,
    ],
    [
      'fr',
      'Le bail de 15 ans de Hut 8, adossé à une garantie de Google, est évalué à 7 milliards de dollars. Hut 8 a signé ce bail de 7 milliards de dollars avec Fluidstack.',
      FLUIDSTACK_LEASE,
    ],
    [
      'de',
      'Der Mietvertrag von Hut 8, abgesichert durch eine Garantie von Google, ist 7 Mrd. Dollar wert. Hut 8 hat den Mietvertrag über 7 Mrd. Dollar mit Fluidstack unterzeichnet.',
      FLUIDSTACK_LEASE,
    ],
    [
      'en',
      "Hut 8 signed a $7 billion lease with Fluidstack. Google will backstop $1.8 billion of Fluidstack's lease obligations.",
      [...FLUIDSTACK_LEASE, 'alphabet hut-8 1800000000 signed capacity_backstop'],
    ],
  ],
  // "The deal adds to the contract signed in September with Microsoft", "s'ajoute au contrat signé", "se suma al
  // contrato firmado", "se soma ao contrato fechado": an earlier contract of the article's company, signed, not grown;
  // with no clear subject, the sentence just before (the new deal's, naming its buyer by a nickname) lends no party.
  "an earlier contract a new deal adds to is the article company's, signed": [
    [
      'pt',
      'As ações da Nebius subiram 8%. A Nebius anunciou um contrato de cinco anos com a Meta no valor de US$ 3 bilhões. Segundo a carta aos acionistas, a capacidade destinada à dona do Facebook será entregue nos próximos três meses. O acordo se soma ao contrato fechado em setembro com a Microsoft, de US$ 17,4 bilhões ao longo de cinco anos.',
      NEBIUS_BOTH,
      'Nebius fecha contrato de US$ 3 bilhões com a Meta',
    ],
    [
      'en',
      'Nebius shares rose 8%. Nebius announced a five-year contract with Meta worth $3 billion. According to the shareholder letter, the capacity for the Facebook owner will be delivered within three months. The deal adds to the contract signed in September with Microsoft, worth $17.4 billion over five years.',
      NEBIUS_BOTH,
      'Nebius signs $3 billion contract with Meta',
    ],
    [
      'fr',
      "L’action Nebius a gagné 8 %. Nebius a annoncé un contrat de cinq ans avec Meta d'une valeur de 3 milliards de dollars. Selon la lettre aux actionnaires, la capacité destinée à la maison mère de Facebook sera livrée sous trois mois. Cet accord s'ajoute au contrat signé en septembre avec Microsoft, d'une valeur de 17,4 milliards de dollars sur cinq ans.",
      NEBIUS_BOTH,
      'Nebius signe un contrat de 3 milliards de dollars avec Meta',
    ],
    [
      'es',
      'Las acciones de Nebius subieron un 8 %. Nebius anunció un contrato a cinco años con Meta por 3.000 millones de dólares. Según la carta a los accionistas, la capacidad destinada a la dueña de Facebook se entregará en tres meses. El acuerdo se suma al contrato firmado en septiembre con Microsoft, de 17.400 millones de dólares a cinco años.',
      NEBIUS_BOTH,
      'Nebius firma un contrato de 3.000 millones con Meta',
    ],
    // The subject clear (Meta): its own earlier contract.
    [
      'en',
      'CoreWeave shares rose 8%. Meta signed a six-year contract with CoreWeave worth up to $14.2 billion. The capacity for the Facebook owner comes online next year. The deal adds to the contract signed in August with Google, worth more than $10 billion.',
      ['meta coreweave 14200000000 signed', 'meta alphabet 10000000000 signed'],
      'Meta signs $14.2 billion cloud contract with CoreWeave',
    ],
  ],
  // "Market cap", "Capitalisation", "Marktkapitalisierung", "Capitalización": a table column of the companies' own
  // figures; the customers named in the row's last cell make no deal of that figure.
  "a screener's market-cap column is no contract value": [
    [
      'en',
      'Performance of the main stocks (as of November 7)\nCompany | Ticker | YTD | Market cap | Main customer\nCoreWeave | CRWV | +158% | $58B | OpenAI, Meta\nCipher Mining | CIFR | +245% | $6.1B | AWS',
      [],
    ],
    [
      'fr',
      'Tableau : performance des principaux titres\nSociété | Ticker | Perf. 2025 | Capitalisation | Principal client annoncé\nCoreWeave | CRWV | +158 % | 58 Md$ | OpenAI, Meta\nCipher Mining | CIFR | +245 % | 6,1 Md$ | AWS',
      [],
    ],
    [
      'de',
      'Die wichtigsten Titel im Überblick\nUnternehmen | Kürzel | Plus 2025 | Marktkapitalisierung | Großkunde\nCoreWeave | CRWV | +158 % | 58 Mrd. $ | OpenAI, Meta\nCipher Mining | CIFR | +245 % | 6,1 Mrd. $ | AWS',
      [],
    ],
    [
      'es',
      'Los principales valores\nEmpresa | Ticker | Subida 2025 | Capitalización | Cliente principal\nCoreWeave | CRWV | +158 % | 58.000 M$ | OpenAI, Meta\nCipher Mining | CIFR | +245 % | 6.100 M$ | AWS',
      [],
    ],
    [
      'en',
      'Ticker | Company | Price | Mkt cap | Upside\nCIFR | Cipher Mining | 15.20 | $6.0B | 58%\nHUT | Hut 8 | 45.10 | $4.9B | 33%\nCoreWeave signed a $14.2 billion contract with Meta.',
      ['meta coreweave 14200000000 signed'],
    ],
    // A column of contract values holds the rows' deals.
    [
      'en',
      "The neoclouds' largest contracts\nProvider | Customer | Contract value | Term\nCoreWeave | Meta | $14.2B | through 2031\nCipher Mining | AWS | $5.5B | 15 years",
      ['meta coreweave 14200000000 signed', 'amazon cipher-mining 5500000000 signed'],
    ],
  ],
  // "initiated Hut 8 at Buy", "upgraded to Outperform", "relève son objectif de cours", "hebt das Kursziel an": an
  // analyst's call on a stock, in a bullet naming one company, is no deal of the article's subject.
  "an analyst's call in a roundup's bullet is no deal": [
    [
      'en',
      "CoreWeave's backlog reached $55.6 billion. CoreWeave shares fell 9% this week.\nAnalyst calls\n- One broker initiated Hut 8 at Buy, citing 1.5 GW of power-first pipeline.\n- Applied Digital was upgraded to Outperform on its 400 MW Polaris Forge campus.",
      [],
    ],
    [
      'fr',
      "Le carnet de commandes de CoreWeave atteint 55,6 milliards de dollars. L'action CoreWeave a perdu 9 % cette semaine.\nLes notes des analystes\n- Un courtier relève son objectif de cours sur Hut 8, qui dispose de 1,5 GW de capacité électrique.\n- Applied Digital voit son objectif de cours relevé grâce à son campus Polaris Forge de 400 MW.",
      [],
    ],
    [
      'de',
      'Der Auftragsbestand von CoreWeave liegt bei 55,6 Mrd. Dollar. Die CoreWeave-Aktie verlor in dieser Woche 9 %.\nAnalysten\n- Ein Broker hebt das Kursziel für Hut 8 an und verweist auf 1,5 GW an Stromkapazität.\n- Applied Digital erhält ein höheres Kursziel dank seines 400-MW-Campus Polaris Forge.',
      [],
    ],
    // A roundup's row of capacity without an amount is still a deal of the lead's buyer.
    [
      'en',
      'Microsoft has signed with several neoclouds:\n- Nebius: $17.4 billion over five years.\n- Nscale: about 200,000 Nvidia chips in Texas and Portugal.',
      ['microsoft nebius 17400000000 signed', 'microsoft nscale null signed'],
    ],
  ],
  // "a $3 billion deal that Google likewise backs", "que Google garantit", "den Google ebenfalls absichert", "que
  // Google respalda": the guarantor named in a relative clause is no party of the lease.
  'a guarantor in a relative clause is no party of the lease': [
    [
      'en',
      'Cipher Mining also leases space to Fluidstack at its Barber Lake site, in a $3 billion deal that Google likewise backs.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'fr',
      'Cipher Mining loue aussi des salles à Fluidstack, dans un contrat de 3 milliards de dollars que Google garantit.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'de',
      'Cipher Mining vermietet auch Flächen an Fluidstack, in einem Vertrag über 3 Mrd. Dollar, den Google ebenfalls absichert.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Cipher Mining también alquila espacio a Fluidstack, en un contrato de 3.000 millones de dólares que Google respalda.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    // The guarantee's own amount after its relative clause is the guarantor's.
    [
      'en',
      'Cipher Mining also leases space to Fluidstack in a $3 billion deal. Google backstops $1.4 billion of the obligations.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
  ],
  // "In August it signed …", "In 2024 it signed …": an English date without a comma before the subject pronoun; the
  // pronoun stands for the company the sentence before is about.
  'a subject pronoun after a date stands for the company before': [
    [
      'en',
      'Fluidstack has become a go-to partner of the AI labs. In August it signed a 10-year colocation agreement with TeraWulf, worth about $3.7 billion, with Google backstopping $1.8 billion of the obligations.',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
      ],
    ],
    [
      'fr',
      'Fluidstack est devenu un partenaire incontournable des laboratoires. En août, il a signé un contrat de colocation de 10 ans avec TeraWulf, d’une valeur de 3,7 milliards de dollars, Google garantissant 1,8 milliard de dollars des engagements.',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
      ],
    ],
    [
      'de',
      'Fluidstack ist zum gefragten Partner der KI-Labore geworden. Im August hat es mit TeraWulf einen Colocation-Vertrag über 10 Jahre im Wert von 3,7 Mrd. Dollar unterzeichnet.',
      ['fluidstack terawulf 3700000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Fluidstack has become a go-to partner of the AI labs. In 2024 it signed a 10-year colocation agreement with TeraWulf, worth about $3.7 billion.',
      ['fluidstack terawulf 3700000000 signed datacenter_lease'],
    ],
  ],
  // "with minimums of $80 million in 2019, … and $120 million in 2021", "des minimums de 80 millions de dollars en
  // 2019", "Mindestbeträgen von 80 Mio. Dollar im Jahr 2019": each year's minimum is a rate of the commitment before
  // it, and a year before "and $120 million" shares no scale with it.
  "a year's minimum in a schedule is no contract of its own": [
    [
      'fr',
      'Lyft s’est engagé auprès d’Amazon Web Services à dépenser au moins 300 millions de dollars en services cloud, avec des minimums de 80 millions de dollars en 2019, 100 millions de dollars en 2020 et 120 millions de dollars en 2021.',
      ['lyft amazon 300000000 signed'],
    ],
    [
      'de',
      'Lyft hat mit Amazon Web Services vereinbart, mindestens 300 Mio. Dollar für Cloud-Dienste auszugeben, mit Mindestbeträgen von 80 Mio. Dollar im Jahr 2019 und 120 Mio. Dollar im Jahr 2021.',
      ['lyft amazon 300000000 signed'],
    ],
    [
      'en',
      'Lyft runs its platform on Amazon Web Services. In December 2018 it amended its agreement with AWS and committed to spend at least $300 million on AWS cloud services between January 2019 and December 2021, with minimums of $80 million in 2019, $100 million in 2020 and $120 million in 2021.',
      ['lyft amazon 300000000 expanded'],
    ],
  ],
  // "an earlier, unsolicited $1.02 billion approach that Core Scientific rejected", "une offre de rachat non
  // sollicitée", "ein unaufgefordertes Übernahmeangebot": an offer for a company, no lease.
  'an offer for a company is no contract': [
    [
      'en',
      "CoreWeave first leased space at Core Scientific's Denton site in 2024. CoreWeave had made an earlier, unsolicited $1.02 billion approach in June 2024 that Core Scientific rejected.",
      [],
    ],
    [
      'fr',
      'CoreWeave loue des salles à Core Scientific depuis 2024. CoreWeave avait fait en juin 2024 une offre de rachat non sollicitée de 1,02 milliard de dollars, que Core Scientific avait rejetée.',
      [],
    ],
    [
      'de',
      'CoreWeave mietet seit 2024 Flächen bei Core Scientific. Im Juni 2024 hatte CoreWeave ein unaufgefordertes Übernahmeangebot über 1,02 Mrd. Dollar vorgelegt, das Core Scientific ablehnte.',
      ['coreweave core-scientific null signed'],
    ],
    // A lease with its own amount is a deal.
    [
      'en',
      'CoreWeave signed a $1.02 billion lease with Core Scientific in June 2024.',
      ['coreweave core-scientific 1020000000 signed'],
    ],
  ],
  // "cuenta entre sus clientes con laboratorios como OpenAI y Anthropic": two customers named as examples are a roster,
  // no contract (as three names after "entre sus clientes figuran" already were).
  "two customers named as a roster's examples make no deal": [
    [
      'es',
      'Lambda firmó un acuerdo de 1.500 millones de dólares con Microsoft. La compañía cuenta entre sus clientes con laboratorios como OpenAI y Anthropic.',
      ['microsoft lambda 1500000000 signed'],
    ],
    [
      'es',
      'La compañía cuenta entre sus clientes con laboratorios como OpenAI y Anthropic, y opera centros de datos propios en Kansas City.',
      [],
    ],
    [
      'es',
      'Lambda cuenta entre sus clientes con laboratorios como OpenAI y Anthropic, y alquila un edificio de 21 megavatios en Kansas City.',
      [],
    ],
    [
      'fr',
      'Lambda compte parmi ses clients des laboratoires comme OpenAI et Anthropic, et loue un bâtiment de 21 mégawatts à Kansas City.',
      [],
    ],
    [
      'en',
      'Among its customers are labs such as OpenAI and Anthropic, Lambda said, and it leases a 21-megawatt building in Kansas City.',
      [],
    ],
  ],
  // "The agreement is valued at more than $10 billion, according to people familiar with the terms", "Le contrat est
  // évalué à …, selon des sources proches", "El acuerdo está valorado en …, según fuentes": sources put a figure on a
  // contract the company announced; the contract is signed.
  "sources' figure for an announced contract leaves it signed": [
    [
      'en',
      'Cerebras Systems today announced a multi-year agreement with OpenAI under which Cerebras will deliver up to 750 megawatts of AI inference compute. The agreement is valued at more than $10 billion, according to people familiar with the terms.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'fr',
      "Cerebras Systems a annoncé un accord pluriannuel avec OpenAI pour fournir jusqu'à 750 mégawatts de calcul. Le contrat est évalué à plus de 10 milliards de dollars, selon des sources proches du dossier.",
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'es',
      'Cerebras Systems anunció un acuerdo plurianual con OpenAI para suministrar hasta 750 megavatios de cómputo. El acuerdo está valorado en más de 10.000 millones de dólares, según fuentes cercanas a las negociaciones.',
      ['openai cerebras 10000000000 signed'],
    ],
    // Talks whose figure sources give stay talks.
    [
      'en',
      'OpenAI is in talks to buy up to 750 megawatts of compute from Cerebras. The agreement would be worth more than $10 billion, according to people familiar with the talks.',
      ['openai cerebras 10000000000 in_talks'],
    ],
  ],
  // "- Began deploying capacity under the agreement with Microsoft", "- Début du déploiement … du contrat avec
  // Microsoft": a highlight naming its company after a contract's "with" is a deal of the page's company (Nebius),
  // not of the buyer its dek names (Meta).
  "a highlight's contract with a company is the page company's": [
    [
      'en',
      'Signs a $3 billion agreement with Meta; raises its revenue target\n\nNebius Group today reported its results for the third quarter.\n\nHighlights\n- Revenue of $146 million, up 355% year over year.\n- Began deploying capacity under the agreement with Microsoft, valued at $17.4 billion.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
      'Nebius reports third-quarter results',
    ],
    [
      'fr',
      "Signe un accord de 3 milliards de dollars avec Meta\n\nNebius Group a publié aujourd'hui ses résultats du troisième trimestre.\n\nFaits marquants\n- Chiffre d'affaires de 146 millions de dollars, en hausse de 355 %.\n- Début du déploiement de la capacité prévue par le contrat avec Microsoft, d'une valeur de 17,4 milliards de dollars.",
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
      'Nebius publie ses résultats du troisième trimestre',
    ],
    [
      'de',
      'Unterzeichnet einen Vertrag über 3 Mrd. Dollar mit Meta\n\nNebius Group hat heute die Zahlen für das dritte Quartal vorgelegt.\n\nHöhepunkte\n- Umsatz von 146 Mio. Dollar, ein Plus von 355 %.\n- Beginn der Bereitstellung der Kapazität aus dem Vertrag mit Microsoft im Wert von 17,4 Mrd. Dollar.',
      ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
      'Nebius legt Zahlen zum dritten Quartal vor',
    ],
    // A roundup of the lead's buyer: its rows' sellers.
    [
      'en',
      'Microsoft has turned to smaller providers for capacity.\n\n- A contract with Nebius worth $17.4 billion.\n- A contract with IREN worth $9.7 billion.',
      ['microsoft nebius 17400000000 signed', 'microsoft iren 9700000000 signed'],
      "Microsoft's neocloud deals",
    ],
  ],
  // "Em setembro, segundo o Wall Street Journal, fechou com a Oracle …", "En septiembre, según …, cerró con Oracle",
  // "A giugno ha iniziato a usare …": a deal's verb after opening phrases, its subject unsaid, stands for the
  // company the sentences before are about, passing over a sentence whose subject is unsaid too.
  'an unsaid subject after opening phrases is the company before': [
    [
      'pt',
      'A dona do ChatGPT já vinha diversificando fornecedores. Em junho, passou a usar também o Google Cloud. Em setembro, segundo o Wall Street Journal, fechou com a Oracle a compra de US$ 300 bilhões em poder computacional.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'es',
      'La dueña de ChatGPT ya venía diversificando proveedores. En junio, empezó a usar también Google Cloud. En septiembre, según The Wall Street Journal, cerró con Oracle la compra de 300.000 millones de dólares en capacidad de cómputo.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'it',
      'OpenAI diversifica da tempo i fornitori. A giugno ha iniziato a usare anche Google Cloud. Nel settembre scorso, secondo il Wall Street Journal, ha firmato con Oracle un contratto da 300 miliardi di dollari per capacità di calcolo.',
      ['openai oracle 300000000000 reported'],
    ],
    // "El gigante de Menlo Park, …" is Meta's name, no anaphor passed over.
    [
      'es',
      'El gigante de Menlo Park, que prevé invertir 70.000 millones de dólares este año, ya había recurrido a proveedores externos. En agosto firmó con Google Cloud un contrato de más de 10.000 millones de dólares a seis años.',
      ['meta alphabet 10000000000 signed'],
    ],
    // A name after the opening phrase is the subject.
    [
      'es',
      'OpenAI ya venía diversificando proveedores. En septiembre, Oracle cerró con Meta un contrato de 20.000 millones de dólares.',
      ['meta oracle 20000000000 signed'],
    ],
  ],
  // "Microsoft said it will invest $10 billion in Portugal", "investira 10 milliards", "invertirá 10.000 millones":
  // an investment's figure in the body is no contract's value in the headline or the dek (ceiling-repeats.ts); a
  // contract of the body that states the same figure keeps it.
  "an investment's figure takes no body contract's value": [
    [
      'en',
      'OpenAI agreed to buy 750 MW of computing capacity from Cerebras, in a deal the chip startup valued at more than $10 billion.\n\nMicrosoft said it will invest $10 billion in Portugal.',
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'fr',
      "OpenAI a accepté d'acheter 750 MW de capacité de calcul à Cerebras, dans un contrat que la start-up évalue à plus de 10 milliards de dollars.\n\nMicrosoft a annoncé qu'il investira 10 milliards de dollars au Portugal.",
      ['openai cerebras 10000000000 signed'],
    ],
    [
      'es',
      'OpenAI acordó comprar a Cerebras 750 MW de capacidad de cómputo, en un contrato que la empresa valora en más de 10.000 millones de dólares.\n\nMicrosoft anunció que invertirá 10.000 millones de dólares en Portugal.',
      ['openai cerebras 10000000000 signed'],
    ],
  ],
  // "Together AI and Fluidstack are customers", "Together AI et Fluidstack sont clients", "… sind Kunden": a roster
  // of the speaker's customers, no deal between the two.
  'customers named as such are no pair': [
    [
      'en',
      "IREN signed a $9.7 billion contract with Microsoft.\n\nDaniel Roberts: Sure. Beyond Microsoft we have contracts with AI-native customers. Together AI and Fluidstack are customers; we're not going to speculate about others. We're in advanced discussions with several hyperscalers about the remaining capacity.",
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'fr',
      "IREN a signé un contrat de 9,7 milliards de dollars avec Microsoft.\n\nDaniel Roberts : Au-delà de Microsoft, nous avons des contrats avec des clients de l'IA. Together AI et Fluidstack sont clients ; nous ne spéculerons pas sur les autres. Nous sommes en discussions avancées avec plusieurs hyperscalers sur la capacité restante.",
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'de',
      'IREN hat mit Microsoft einen Vertrag über 9,7 Mrd. Dollar geschlossen.\n\nDaniel Roberts: Neben Microsoft haben wir Verträge mit KI-Kunden. Together AI und Fluidstack sind Kunden; über andere spekulieren wir nicht. Wir sind in fortgeschrittenen Gesprächen mit mehreren Hyperscalern über die restliche Kapazität.',
      ['microsoft iren 9700000000 signed'],
    ],
  ],
  // "is understood to have held early-stage discussions with", "aurait mené des discussions préliminaires avec":
  // talks told in the past tense are talks, whoever reports them; "after holding talks" before a signature is not.
  'talks held in the past are talks': [
    [
      'en',
      "TCS's HyperVault is understood to have held early-stage discussions with Amazon Web Services about anchor capacity at its new campus, one person said.",
      ['amazon tcs null in_talks'],
    ],
    [
      'fr',
      'HyperVault, la filiale de TCS, aurait mené des discussions préliminaires avec Amazon Web Services pour louer de la capacité de son nouveau campus.',
      ['amazon tcs null in_talks'],
    ],
    [
      'de',
      'HyperVault, die Rechenzentrumssparte von TCS, soll erste Gespräche mit Amazon Web Services über Kapazität auf ihrem neuen Campus geführt haben.',
      ['amazon tcs null in_talks'],
    ],
    // Talks held before a lease signed are over.
    [
      'en',
      "TCS's HyperVault signed a $2 billion lease with Amazon Web Services for its new campus, after holding talks with several clouds.",
      ['amazon tcs 2000000000 signed'],
    ],
  ],
  // "Claude's maker", "ChatGPT's maker": the possessive forms of the labs' nicknames (companies.json), as "le
  // créateur de Claude" and "der Claude-Entwickler" already were.
  "a lab's possessive nickname names it": [
    [
      'en',
      "Claude's maker commits $30 billion to Azure while the two tech giants join its next funding round.",
      ['anthropic microsoft 30000000000 signed'],
      'Five questions on the Anthropic, Microsoft and Nvidia pact',
    ],
    [
      'fr',
      "Le créateur de Claude s'engage à acheter pour 30 milliards de dollars de capacité Azure.",
      ['anthropic microsoft 30000000000 signed'],
      'Cinq questions sur le pacte entre Anthropic, Microsoft et Nvidia',
    ],
    [
      'de',
      'Der Claude-Entwickler verpflichtet sich, Azure-Kapazität für 30 Mrd. Dollar zu kaufen.',
      ['anthropic microsoft 30000000000 signed'],
      'Fünf Fragen zum Pakt von Anthropic, Microsoft und Nvidia',
    ],
    [
      'en',
      "ChatGPT's maker commits $300 billion to Oracle's cloud over five years.",
      ['openai oracle 300000000000 signed'],
      'Five questions on the OpenAI, Oracle and SoftBank pact',
    ],
  ],
  // "nahm CoreWeave eine Option auf weitere 150 MW wahr", "a levé une option", "exercised an option": an option
  // taken up grows the contract.
  'an option taken up in German is an expansion': [
    [
      'de',
      'Im August nahm CoreWeave bei Applied Digital eine Option auf weitere 150 MW wahr; dieser Vertrag ist rund 4 Milliarden Dollar wert.',
      ['coreweave applied-digital 4000000000 expanded'],
    ],
    [
      'fr',
      'En août, CoreWeave a levé une option sur 150 MW supplémentaires chez Applied Digital, un contrat d’environ 4 milliards de dollars.',
      ['coreweave applied-digital 4000000000 expanded'],
    ],
    [
      'en',
      'In August CoreWeave exercised an option for another 150 MW at Applied Digital, a contract worth about $4 billion.',
      ['coreweave applied-digital 4000000000 expanded'],
    ],
    // An option received, not yet taken up, grows nothing.
    [
      'de',
      'CoreWeave erhielt von Applied Digital eine Option auf weitere 150 MW, die es noch nicht wahrgenommen hat; der bestehende Vertrag ist rund 4 Milliarden Dollar wert.',
      ['coreweave applied-digital 4000000000 signed'],
    ],
  ],
  // "doté de 2 milliards", "dotado con 2.000 millones", "dotato di", "dotado de": a fund's size, no contract's value.
  "a fund's size is no contract's value": [
    [
      'fr',
      "Cohere s'est engagé à acheter de la capacité de calcul à CoreWeave au Canada. Ni Cohere ni CoreWeave n'ont précisé le montant du contrat. Cette enveloppe est issue du Fonds canadien pour l'informatique souveraine, doté de 2 milliards de dollars canadiens sur cinq ans.",
      ['cohere coreweave null signed'],
    ],
    [
      'en',
      "Cohere committed to buy computing capacity from CoreWeave in Canada. Neither company disclosed the value of the contract. The money comes from Canada's sovereign AI compute fund, which has C$2 billion to spend over five years.",
      ['cohere coreweave null signed'],
    ],
    [
      'es',
      'Cohere se comprometió a comprar capacidad de cómputo a CoreWeave en Canadá. Ninguna de las dos empresas precisó el importe del contrato. El dinero procede del fondo canadiense de computación soberana, dotado con 2.000 millones de dólares canadienses.',
      ['cohere coreweave null signed'],
    ],
  ],
});
