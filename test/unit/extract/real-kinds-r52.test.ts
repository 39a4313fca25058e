// Kinds of error seen on real pages in round 52: capacity told in German by its supply or its use ("stellt Microsoft
// GPU-Kapazität zur Verfügung", "ein Vertrag über KI-Rechenkapazität") or as machines run for a buyer ("exploitera
// pour Microsoft 100 000 GPU Nvidia") was lost; another company's deal named as the yardstick ("far smaller than
// Microsoft's, which has committed about $10 billion to CoreWeave") lent its amounts to the news's own pair; money
// raised or put into a venture ("completes $480 million raise", "una joint venture da 10 miliardi"), the rows of a
// list of stakes under a section's heading, a venture formed, a business bought and a company's revenue were read as
// contracts, and the lab a lease serves as its tenant.
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
  // Capacity supplied, used or contracted for in so many words, or machines a provider runs for a named buyer.
  'capacity told by its supply, its use or the machines run for a buyer': [
    [
      'de',
      'Microsoft hat mit Nscale einen Vertrag über KI-Rechenkapazität in Norwegen unterzeichnet.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'de',
      'Nscale stellt Microsoft in Narvik GPU-Kapazität zur Verfügung, wie beide Unternehmen mitteilten.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'de',
      'Microsoft bezieht künftig Rechenleistung von Nebius aus dem Rechenzentrum in New Jersey.',
      ['microsoft nebius null signed gpu_cloud'],
    ],
    [
      'de',
      'Nscale wird für Microsoft in Texas rund 104.000 Nvidia-Chips betreiben.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'fr',
      'Nscale exploitera pour Microsoft environ 100 000 GPU Nvidia au Texas.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'en',
      'Nscale will run about 104,000 Nvidia GB300 GPUs for Microsoft at the Texas campus.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'es',
      'Nscale gestionará para Microsoft unas 100.000 GPU de Nvidia en Texas.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'it',
      'Nscale gestirà per Microsoft circa 100.000 GPU Nvidia in Texas.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    // Near misses: a maker's goods for a buyer's own sites, capacity offered to no named buyer, a company's own sites.
    ['fr', 'Nvidia fournira à Microsoft des GPU pour ses propres centres de données.', []],
    ['de', 'Die Deutsche Telekom stellt ihren Industriekunden Rechenleistung aus München zur Verfügung.', []],
    ['de', 'Microsoft wird in Texas rund 100.000 Nvidia-Chips betreiben.', []],
  ],
  // Another company's deal named as the yardstick ("smaller than Microsoft's, which has committed …") recaps its
  // figures: none of its amounts is the news's deal, nor a deal of the news's companies.
  "a deal compared with another company's": [
    [
      'en',
      "Google is in talks to rent servers from CoreWeave, The Information reported. The Google contract would be far smaller than Microsoft's, which has committed about $10 billion to CoreWeave through 2030, and OpenAI's $11.9 billion five-year deal.",
      ['alphabet coreweave null in_talks gpu_cloud'],
      'Google in talks to rent servers from CoreWeave',
    ],
    [
      'es',
      'Google negocia alquilar servidores a CoreWeave, según The Information. El acuerdo con Google sería mucho menor que el de Microsoft, que comprometió unos 10.000 millones de dólares con CoreWeave hasta 2030, y que el contrato de OpenAI por 11.900 millones.',
      ['alphabet coreweave null in_talks gpu_cloud'],
      'Google negocia alquilar servidores a CoreWeave',
    ],
    [
      'fr',
      "Google discute avec CoreWeave pour louer des serveurs, selon The Information. Le contrat serait bien plus modeste que celui de Microsoft, qui s'est engagé pour environ 10 milliards de dollars auprès de CoreWeave, ou que le contrat de 11,9 milliards d'OpenAI.",
      ['alphabet coreweave null in_talks gpu_cloud'],
      'Google discute avec CoreWeave pour louer des serveurs',
    ],
    [
      'de',
      'Google verhandelt mit CoreWeave über die Miete von Servern, berichtet The Information. Der Vertrag wäre deutlich kleiner als der von Microsoft, das rund 10 Milliarden Dollar bei CoreWeave gebucht hat, und als der 11,9-Milliarden-Vertrag von OpenAI.',
      ['alphabet coreweave null in_talks gpu_cloud'],
      'Google verhandelt mit CoreWeave über Server',
    ],
    [
      'it',
      "Google è in trattative con CoreWeave per noleggiare server, secondo The Information. L'accordo sarebbe molto più piccolo di quello di Microsoft, che si è impegnata per circa 10 miliardi di dollari con CoreWeave.",
      ['alphabet coreweave null in_talks gpu_cloud'],
      'Google in trattative con CoreWeave per noleggiare server',
    ],
    [
      'pt',
      'O Google negocia com a CoreWeave o aluguel de servidores, segundo o The Information. O acordo seria bem menor que o compromisso de US$ 10 bilhões da Microsoft com a CoreWeave.',
      ['alphabet coreweave null in_talks gpu_cloud'],
      'O Google negocia com a CoreWeave o aluguel de servidores',
    ],
    // Near miss: the news's own deal keeps its pair and its value beside the comparison.
    [
      'en',
      'Meta signed a $14.2 billion contract with CoreWeave, larger than the $11.9 billion deal OpenAI agreed with the company in March.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
  ],
  // Money raised in a round or a listing, or put into a joint venture, or spent on a company's own sites.
  'money raised or put into a venture beside a deal': [
    [
      'en',
      'Lambda completes $480 million raise to expand its GPU cloud, weeks after signing a multiyear deal with Microsoft.',
      [],
    ],
    ['en', 'Humain and AMD formed a $10 billion joint venture to build AI data centres in Saudi Arabia.', []],
    [
      'fr',
      'Humain et AMD créent une coentreprise de 10 milliards de dollars pour des centres de données IA.',
      [],
    ],
    ['it', 'Con AMD, Humain crea una joint venture da 10 miliardi di dollari per i data center.', []],
    [
      'de',
      'Mit AMD gründet Humain ein Gemeinschaftsunternehmen mit einem Volumen von 10 Milliarden Dollar, und Nvidia liefert GPUs.',
      [],
    ],
    [
      'it',
      "Lambda chiude un round da 480 milioni di dollari per espandere il suo cloud GPU, dopo l'accordo con Microsoft.",
      [],
    ],
    [
      'de',
      'Der Börsengang brachte CoreWeave 1,5 Milliarden Dollar ein; Microsoft ist größter Kunde für GPU-Kapazität.',
      [],
    ],
    [
      'en',
      'Microsoft will spend $400 million to expand its Swiss data centers, and Google is in talks with CoreWeave for GPU capacity.',
      [],
    ],
    // Near miss: a contract told beside the round keeps its value.
    [
      'en',
      'Nebius signed a $3 billion, five-year deal with Meta to supply AI infrastructure, and raised $1 billion in a Series B.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
  ],
  // The rows of a list of stakes, under a section's heading below the lead-in that says what they are.
  'rows of a list of stakes under a section heading': [
    [
      'en',
      "Nvidia's portfolio: every stake the chipmaker took this year\n\nNvidia has become one of the busiest investors in the industry it supplies, often in its own customers.\n\nBelow are the largest commitments it announced. All are equity investments or warrants.\n\nThe labs\n\n- OpenAI, up to $100 billion (September 2025). Nvidia said it would invest in OpenAI in stages.\n- Anthropic, up to $10 billion (November 2025).\n\nThe clouds\n\n- Nebius, $2 billion (March 2026), through warrants.",
      [],
    ],
    [
      'fr',
      "Le portefeuille de Nvidia : toutes les participations du fabricant de puces cette année\n\nNvidia est devenu l'un des investisseurs les plus actifs du secteur qu'il fournit, souvent chez ses propres clients.\n\nVoici ses plus gros engagements annoncés. Tous sont des investissements en capital ou des bons de souscription.\n\nLes laboratoires\n\n- OpenAI, jusqu'à 100 milliards de dollars (septembre 2025). Nvidia investira dans OpenAI par étapes.\n- Anthropic, jusqu'à 10 milliards de dollars (novembre 2025).\n\nLes clouds\n\n- Nebius, 2 milliards de dollars (mars 2026), par des bons de souscription.",
      [],
    ],
    [
      'es',
      'La cartera de Nvidia: todas las participaciones del fabricante de chips este año\n\nNvidia se ha convertido en uno de los inversores más activos del sector al que abastece, a menudo en sus propios clientes.\n\nEstos son sus mayores compromisos anunciados. Todos son inversiones en el capital o warrants.\n\nLos laboratorios\n\n- OpenAI, hasta 100.000 millones de dólares (septiembre de 2025). Nvidia invertirá en OpenAI por etapas.\n- Anthropic, hasta 10.000 millones de dólares (noviembre de 2025).\n\nLas nubes\n\n- Nebius, 2.000 millones de dólares (marzo de 2026), mediante warrants.',
      [],
    ],
    // Near miss: a list of contracts under a section's heading keeps its rows, with the lead-in's buyer.
    [
      'en',
      "Microsoft's biggest outside capacity contracts this year:\n\nThe neoclouds\n\n- Nebius, $17.4 billion over five years (September 2025).\n- Nscale, about $14 billion (October).",
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft nscale 14000000000 signed gpu_cloud'],
      "Microsoft's neocloud deals: the full list",
    ],
  ],
  // A joint venture the companies form ("AMD, Cisco and Humain will form a joint venture to build up to 1 gigawatt"):
  // partners, no buyer and no seller.
  'a joint venture the companies form names no buyer and no seller': [
    [
      'en',
      'AMD, Cisco and Humain said they would form a joint venture to build up to 1 gigawatt of AI data center capacity in Saudi Arabia by 2030.',
      [],
    ],
    [
      'pt',
      'A AMD, a Cisco e a Humain anunciaram uma joint venture para construir até 1 gigawatt de capacidade de IA no reino até 2030.',
      [],
    ],
    [
      'fr',
      "AMD, Cisco et Humain vont créer une coentreprise pour bâtir jusqu'à 1 gigawatt de capacité de centres de données en Arabie saoudite.",
      [],
    ],
    [
      'es',
      'AMD, Cisco y Humain crearán una empresa conjunta para construir hasta 1 gigavatio de capacidad de centros de datos en Arabia Saudí.',
      [],
    ],
    [
      'de',
      'AMD, Cisco und Humain gründen ein Gemeinschaftsunternehmen, das bis 2030 bis zu 1 Gigawatt KI-Rechenzentrumskapazität aufbauen soll.',
      [],
    ],
    [
      'it',
      'AMD, Cisco e Humain costituiranno una joint venture per costruire fino a 1 gigawatt di capacità di data center in Arabia Saudita.',
      [],
    ],
    // Near miss: a venture formed in one sentence leaves the next one's capacity deal alone.
    [
      'en',
      'AMD and Humain formed a joint venture last year. Humain now rents GPU capacity from Oracle.',
      ['humain oracle null signed gpu_cloud'],
    ],
  ],
  // "a $7 billion lease for Anthropic's AI clusters", "para la IA de Anthropic": the lab the lease serves is its end
  // user, no party of the amount.
  'the lab whose AI a contract serves is no party of it': [
    [
      'es',
      'La minera Hut 8 se dispara tras un contrato de 7.000 millones de dólares para la IA de Anthropic.',
      [],
    ],
    ['fr', "Hut 8 s'envole après un bail de 7 milliards de dollars pour les clusters d'Anthropic.", []],
    ['it', "Hut 8 vola dopo un contratto da 7 miliardi di dollari per l'IA di Anthropic.", []],
    ['pt', 'Hut 8 dispara após contrato de US$ 7 bilhões para a IA da Anthropic.', []],
    ['en', "Hut 8 soars after a $7 billion lease for Anthropic's AI clusters.", []],
    // Near misses: the tenant named, the lease is its own with the landlord; the lab still no party.
    [
      'en',
      "Fluidstack signed a $7 billion lease with Hut 8 for Anthropic's AI clusters.",
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Fluidstack firmó con Hut 8 un arrendamiento de 7.000 millones de dólares para la IA de Anthropic.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
  ],
  // "Nebius bought the agentic-search startup Tavily for about $275 million": a business bought, named by its kind.
  'a business bought, named by its kind': [
    [
      'es',
      'Nebius compró la startup de búsqueda Tavily por unos 275 millones de dólares, semanas después de su contrato de capacidad GPU con Meta.',
      [],
    ],
    [
      'it',
      'Nebius ha acquistato la startup Tavily per circa 275 milioni di dollari, poche settimane dopo il contratto di capacità GPU con Meta.',
      [],
    ],
    [
      'pt',
      'A Nebius comprou a startup Tavily por cerca de US$ 275 milhões, semanas depois do contrato de capacidade de GPUs com a Meta.',
      [],
    ],
    [
      'en',
      'Nebius bought the agentic-search startup Tavily for about $275 million, weeks after its GPU capacity deal with Meta.',
      [],
    ],
    [
      'fr',
      'Nebius a racheté la start-up Tavily pour environ 275 millions de dollars, quelques semaines après son contrat de capacité GPU avec Meta.',
      [],
    ],
    // Near miss: capacity bought from a company is the deal.
    [
      'en',
      'Microsoft bought capacity from Nebius for $10 billion.',
      ['microsoft nebius 10000000000 signed gpu_cloud'],
    ],
  ],
  // "Its revenue, however, is still small: it is projected at about $5 billion": the company's results.
  "a company's revenue as the sentence's subject": [
    [
      'en',
      'CoreWeave signed a multiyear contract with Microsoft for GPU capacity. Its revenue, however, is still small: it is projected at about $5 billion this year.',
      ['microsoft coreweave null signed gpu_cloud'],
    ],
    [
      'pt',
      'A CoreWeave aluga capacidade de GPUs à Microsoft. A receita da empresa, porém, ainda é pequena: a projeção é de cerca de US$ 5 bilhões neste ano.',
      ['microsoft coreweave null signed gpu_cloud'],
    ],
    [
      'fr',
      "CoreWeave loue de la capacité GPU à Microsoft. Son chiffre d'affaires reste modeste : il est attendu à environ 5 milliards de dollars cette année.",
      ['microsoft coreweave null signed gpu_cloud'],
    ],
    // Near miss: revenue over the contract's term is the contract's value.
    [
      'en',
      'CoreWeave signed a $5 billion contract with Microsoft. Its revenue over the term of the contract is about $5 billion.',
      ['microsoft coreweave 5000000000 signed gpu_cloud'],
    ],
  ],
  // A lab that chooses, will use or relies on a cloud's TPUs ("has chosen Google Cloud TPUs", "setzt für das Training
  // seiner Modelle auf die TPU-Chips von Google", "utilisera les TPU de Google Cloud"), named by its short name ("SSI").
  "a lab that chooses or will use a cloud's TPUs, by its short name": [
    [
      'en',
      'Safe Superintelligence (SSI), the start-up founded by Ilya Sutskever, has chosen Google Cloud TPUs for its research.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'de',
      'SSI setzt für das Training seiner Modelle auf die TPU-Chips von Google.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'pt',
      'A SSI, startup de Ilya Sutskever, vai usar as TPUs do Google Cloud em suas pesquisas.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'fr',
      "La start-up SSI d'Ilya Sutskever utilisera les TPU de Google Cloud pour ses recherches.",
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'es',
      'SSI, la startup de Ilya Sutskever, utilizará los TPU de Google Cloud para su investigación.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'it',
      'SSI, la startup di Ilya Sutskever, userà le TPU di Google Cloud per la sua ricerca.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
    ['en', 'Google Cloud has signed SSI as a customer for its TPUs.', ['ssi alphabet null signed gpu_cloud']],
    // Near misses: a lab's founder praising the chips, a cloud using its own chips.
    ['en', "SSI's co-founder Ilya Sutskever praised Google's TPUs in a podcast interview.", []],
    ['en', 'Google Cloud will use its own TPUs to train the next Gemini models.', []],
  ],
  // "investiront jusqu'à 15 milliards dans la jeune pousse : jusqu'à 10 milliards pour le fabricant de puces, …": the
  // shares of an investment told after a colon are its parts, no contract between the investors.
  'the shares of an investment listed after a colon': [
    [
      'en',
      'Anthropic committed to buy $30 billion of Azure compute from Microsoft. Microsoft and Nvidia will also invest up to $15 billion in the startup: up to $10 billion from the chipmaker and up to $5 billion from Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Anthropic s'engage à acheter pour 30 milliards de dollars de capacité Azure à Microsoft. Dans le même mouvement, Microsoft et Nvidia investiront ensemble jusqu'à 15 milliards de dollars dans la jeune pousse : jusqu'à 10 milliards pour le fabricant de puces, jusqu'à 5 milliards pour le groupe de Redmond.",
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Anthropic comprará a Microsoft capacidad de Azure por 30.000 millones de dólares. Microsoft y Nvidia invertirán además hasta 15.000 millones en la startup: hasta 10.000 millones el fabricante de chips y hasta 5.000 millones Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Anthropic kauft bei Microsoft Azure-Rechenleistung für 30 Milliarden Dollar. Microsoft und Nvidia investieren zudem bis zu 15 Milliarden Dollar in das Start-up: bis zu 10 Milliarden kommen von Nvidia, bis zu 5 Milliarden von Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Anthropic acquisterà da Microsoft capacità Azure per 30 miliardi di dollari. Microsoft e Nvidia investiranno inoltre fino a 15 miliardi nella startup: fino a 10 miliardi il produttore di chip e fino a 5 miliardi Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    // Near miss: contracts listed after a colon, under a lead-in that invests nothing.
    [
      'en',
      'OpenAI signed two contracts this week: $12 billion with CoreWeave and $8 billion with Oracle.',
      ['openai coreweave 12000000000 signed gpu_cloud', 'openai oracle 8000000000 signed gpu_cloud'],
    ],
  ],
});
