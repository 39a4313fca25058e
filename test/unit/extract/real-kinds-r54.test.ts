// Kinds of error seen on real pages in round 54: a tracker whose sections are each headed by one company ("Nebius
// (Netherlands)") over bullets that never name it again lost every such row, and a bullet naming only the other party
// under a section titled by its company ("NEBIUS (Nov. 11) — Shares -3%") was bound to the page's main company; an addition told as an option ("additional
// services could lift it to $19.4 billion") made a new contract an expansion, and the level an addition brings a
// contract to ("lifting the contract to $19.4 billion") stood for the addition; a right the contract gives to buy
// more ("allows Microsoft to buy additional services of up to $2 billion", "contempla que Microsoft pueda contratar
// servicios adicionales") read as an expansion; another contract's amount told beside its label after a lead of time
// ("following the $17.4 billion Microsoft contract") took the news's counterparty; one contract told with an exact
// figure and a rounded one ("$2.9 billion", "approximately $3 billion") split in two; and servers bought to serve a
// capacity contract named by its buyer ("Pour servir le contrat Microsoft, … avec Dell") went to that buyer; a
// guarantee whose guarantor is the sentence's subject ("il avait déjà garanti 1,8 milliard de dollars d'obligations
// locatives … des baux signés par Fluidstack avec TeraWulf") became the tenant's lease at the guarantee's amount;
// "the same buyer" ("el mismo cliente") was read as the page's subject; and a company named by its products ("the
// Windows maker", "la casa di Windows", "der Zuckerberg-Konzern") was no company; and the company in a rival's title
// with no name after it ("from the Nvidia rival", "da rival da Nvidia") was read as the seller; and a total told as
// the sum of a pair's tranches ("die Summe aus drei Tranchen") stood for a contract. Later in the session: a
// guarantee told in a table's credit-support cell ("Google backstop $1.8bn") was dropped with the column, and a whole
// sector's figure ("the sector's contracted AI hosting revenue well past $60 billion") stood for a deal.
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay as they are. Each row's wanted strings are prefixes of the printed mentions ("buyer provider
// valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Nscale signs a contract with Microsoft.');
}, 120_000);

eachKind({
  // Each bullet is the row of the company heading its section, with the article's subject as the other party.
  'bullets under a heading that is one company': [
    [
      'en',
      "Microsoft's AI capacity ledger\n\nMicrosoft is now the biggest buyer of third-party GPU capacity. Here is every disclosed contract.\n\nNebius (Netherlands)\n• Five-year GPU infrastructure agreement signed September 2025, valued at $17.4 billion.\n\nIREN (Australia)\n• Five-year, $9.7 billion AI cloud contract for GB300 capacity at Childress, Texas.\n• Includes a 20% prepayment.",
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Le registre des capacités IA de Microsoft\n\nMicrosoft est devenu le premier acheteur de capacité GPU auprès de tiers. Voici chacun de ses contrats connus.\n\nNebius (Pays-Bas)\n• Contrat d'infrastructure GPU de cinq ans signé en septembre 2025, d'une valeur de 17,4 milliards de dollars.\n\nIREN (Australie)\n• Contrat de cloud IA de cinq ans et de 9,7 milliards de dollars pour des GPU GB300 à Childress, au Texas.",
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Microsofts KI-Kapazitäten im Überblick\n\nMicrosoft ist inzwischen der größte Käufer von GPU-Kapazität bei Dritten. Hier alle bekannten Verträge.\n\nNebius (Niederlande)\n- Fünfjähriger Vertrag über GPU-Infrastruktur, unterzeichnet im September 2025, im Wert von 17,4 Milliarden Dollar.\n\nIREN (Australien)\n- Fünfjähriger KI-Cloud-Vertrag über 9,7 Milliarden Dollar für GB300-Kapazität in Childress, Texas.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'es',
      'El mapa de capacidad de IA de Microsoft\n\nMicrosoft es hoy el mayor comprador de capacidad de GPU de terceros. Estos son sus contratos conocidos.\n\nNebius (Países Bajos)\n• Contrato de infraestructura de GPU a cinco años firmado en septiembre de 2025, valorado en 17.400 millones de dólares.\n\nIREN (Australia)\n• Contrato de nube de IA a cinco años por 9.700 millones de dólares para capacidad GB300 en Childress, Texas.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'it',
      'La mappa della capacità AI di Microsoft\n\nMicrosoft è oggi il primo acquirente di capacità GPU da terzi. Ecco tutti i contratti noti.\n\nNebius (Paesi Bassi)\n\n• Contratto quinquennale di infrastruttura GPU firmato a settembre 2025, del valore di 17,4 miliardi di dollari.\n\nIREN (Australia)\n\n• Contratto cloud AI quinquennale da 9,7 miliardi di dollari per capacità GB300 a Childress, in Texas.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    // Near miss: a heading that is a sentence, not a company, lends its company no row.
    [
      'en',
      "Microsoft's AI capacity ledger\n\nMicrosoft is now the biggest buyer of third-party GPU capacity.\n\nNebius raises money for new sites\n• A $1 billion convertible note offering priced in June.",
      [],
    ],
    // Near miss: a bullet that names its own counterparty keeps it, under any heading.
    [
      'en',
      'Neocloud contracts\n\nHere is what the neoclouds have signed this year.\n\nNebius (Netherlands)\n• Five-year agreement with Meta valued at $3 billion.\n\nIREN (Australia)\n• Five-year, $9.7 billion contract with Microsoft for GB300 capacity.',
      ['meta nebius 3000000000 signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    // Near miss: rows set apart by blank lines are siblings, never each other's heading.
    [
      'de',
      'Microsoft mietet bei Neoclouds – die Übersicht\n\nMicrosoft kommt mit dem Bau eigener Rechenzentren nicht hinterher und mietet deshalb bei spezialisierten Anbietern.\n\n* Nebius: 17,4 Milliarden Dollar über fünf Jahre\n\n* IREN: 9,7 Milliarden Dollar über fünf Jahre\n\n* Lambda: ein Vertrag über mehrere Milliarden Dollar, Summe nicht veröffentlicht',
      ['microsoft nebius 17400000000', 'microsoft iren 9700000000', 'microsoft lambda null'],
    ],
  ],
  // A section titled by one company ("NEBIUS (Nov. 11) — Shares -3%"): a bullet under it that names only the other
  // party is the section company's deal, not the deal of the company the page is mostly about.
  "a bullet that names one party, under its section's company": [
    [
      'en',
      "Neocloud scorecard: what CoreWeave and Nebius told investors\n\nCOREWEAVE (reported Nov. 10) — Shares -16%\n• Revenue $1.36 billion, up 134%.\n• CoreWeave cited Meta's order for up to $14.2 billion of capacity.\n\nNEBIUS (Nov. 11) — Shares -3%\n• Revenue $146.1 million, up 355%.\n• Reiterated its revenue run-rate target. The September Microsoft contract ($17.4 billion over five years) starts delivering this quarter.",
      ['meta coreweave 14200000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Néoclouds : ce que CoreWeave et Nebius ont dit aux investisseurs\n\nCOREWEAVE (publié le 10 novembre) — action -16 %\n• Chiffre d'affaires de 1,36 milliard de dollars, en hausse de 134 %.\n• CoreWeave a cité la commande de Meta pouvant atteindre 14,2 milliards de dollars de capacité.\n\nNEBIUS (11 novembre) — action -3 %\n• Chiffre d'affaires de 146,1 millions de dollars.\n• Objectif de revenus confirmé. Le contrat Microsoft de septembre (17,4 milliards de dollars sur cinq ans) commence à être livré ce trimestre.",
      ['meta coreweave 14200000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Neoclouds: lo que CoreWeave y Nebius dijeron a los inversores\n\nCOREWEAVE (10 de noviembre) — acciones -16%\n• Ingresos de 1.360 millones de dólares, un 134% más.\n• CoreWeave citó el pedido de Meta de hasta 14.200 millones de dólares de capacidad.\n\nNEBIUS (11 de noviembre) — acciones -3%\n• Ingresos de 146,1 millones de dólares.\n• Reiteró su objetivo de ingresos. El contrato de Microsoft de septiembre (17.400 millones de dólares a cinco años) empieza a entregarse este trimestre.',
      ['meta coreweave 14200000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
  ],
  // An addition the buyer may take is an option of the new contract: it stays signed.
  'an addition told as an option, with no relative pronoun': [
    [
      'en',
      'Microsoft signed a five-year GPU infrastructure agreement with Nebius, valued at $17.4 billion; additional services could lift it to $19.4 billion.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Microsoft a signé avec Nebius un contrat d'infrastructure GPU de cinq ans d'une valeur de 17,4 milliards de dollars ; des services supplémentaires pourraient le porter à 19,4 milliards.",
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft firmó con Nebius un contrato de infraestructura de GPU a cinco años valorado en 17.400 millones de dólares; servicios adicionales podrían elevarlo a 19.400 millones.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Microsoft ha firmato con Nebius un contratto quinquennale di infrastruttura GPU del valore di 17,4 miliardi di dollari; servizi aggiuntivi potrebbero portarlo a 19,4 miliardi.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Microsoft signed a five-year GPU infrastructure agreement with Nebius, valued at $17.4 billion; additional services could lift the contract to $19.4 billion.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    // Near miss: an addition that was agreed grows the contract; the level it brings the contract to is its total.
    [
      'en',
      'Microsoft signed a five-year GPU infrastructure agreement with Nebius in September. It has now added services worth an additional $2 billion, lifting the contract to $19.4 billion.',
      ['microsoft nebius 2000000000 expanded gpu_cloud'],
    ],
    [
      'en',
      "Microsoft signed a five-year GPU infrastructure agreement with Nebius in September. It has now added services worth an additional $2 billion, bringing the contract's value to $19.4 billion.",
      ['microsoft nebius 2000000000 expanded gpu_cloud'],
    ],
    [
      'fr',
      'Microsoft a signé un contrat avec Nebius en septembre. Il y a ajouté des services pour 2 milliards de dollars supplémentaires, portant le contrat à 19,4 milliards.',
      ['microsoft nebius 2000000000 expanded gpu_cloud'],
    ],
  ],
  // A right the contract gives the buyer to take more ("allows Microsoft to buy additional services of up to $2
  // billion") is an option not taken: no contract of its own, no expansion.
  "the buyer's right to additional services, told as a possibility": [
    [
      'en',
      'Nebius signed a $17.4 billion five-year deal with Microsoft. The agreement also allows Microsoft to buy additional services of up to $2 billion.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Nebius firmó un acuerdo de 17.400 millones de dólares a cinco años con Microsoft. El acuerdo contempla además que Microsoft pueda contratar servicios adicionales por hasta 2.000 millones.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Nebius a signé un contrat de 17,4 milliards de dollars sur cinq ans avec Microsoft. Le contrat prévoit aussi que Microsoft puisse acheter des services supplémentaires pour 2 milliards de dollars au plus.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'it',
      "Nebius ha firmato con Microsoft un contratto quinquennale da 17,4 miliardi di dollari. L'accordo prevede inoltre che Microsoft possa acquistare servizi aggiuntivi fino a 2 miliardi.",
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A Nebius assinou com a Microsoft um contrato de cinco anos de US$ 17,4 bilhões. O acordo prevê ainda que a Microsoft possa contratar serviços adicionais de até US$ 2 bilhões.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    // Near misses: an option taken grows the contract; a right to the contract's own capacity is the contract.
    [
      'es',
      'Nebius firmó en septiembre un acuerdo de 17.400 millones de dólares con Microsoft. El lunes Microsoft ejerció su opción de contratar servicios adicionales por 2.000 millones.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft nebius 2000000000 expanded gpu_cloud'],
    ],
    [
      'en',
      'The deal allows OpenAI to rent capacity from CoreWeave worth up to $6.5 billion.',
      ['openai coreweave 6500000000 signed gpu_cloud'],
    ],
  ],
  // Another contract's amount, told beside its label after a lead of time ("following the $17.4 billion Microsoft
  // contract"), is that contract's, with the page's company: never the news's counterparty's.
  "another contract's amount beside its label, after a lead of time": [
    [
      'en',
      'Highlights of the quarter at Nebius:\n\n- Signed a new agreement with Meta worth approximately $3 billion, following the $17.4 billion Microsoft contract announced in September\n- Raised $4.2 billion in new capital',
      ['meta nebius 3000000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Nebius : les faits marquants du trimestre\n\n- Signature d'un nouveau contrat avec Meta d'environ 3 milliards de dollars, après le contrat Microsoft de 17,4 milliards de dollars annoncé en septembre\n- Levée de 4,2 milliards de dollars",
      ['meta nebius 3000000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Nebius: lo más destacado del trimestre\n\n- Firmó un nuevo acuerdo con Meta por unos 3.000 millones de dólares, tras el contrato de 17.400 millones con Microsoft anunciado en septiembre\n- Captó 4.200 millones de dólares de nuevo capital',
      ['meta nebius 3000000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'Nebius: os destaques do trimestre\n\n- Assinou um novo acordo com a Meta de cerca de US$ 3 bilhões, após o contrato de US$ 17,4 bilhões com a Microsoft anunciado em setembro\n- Captou US$ 4,2 bilhões em novo capital',
      ['meta nebius 3000000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    // Near miss: the news told after a lead of time keeps its pair.
    [
      'es',
      'CoreWeave se dispara tras cerrar un contrato de 14.200 millones de dólares con Meta. La compañía suministrará capacidad de computación a Meta hasta diciembre de 2031.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
  ],
  // One contract told with an exact figure and a rounded one ("approximately $2.9 billion", "approximately $3
  // billion"): one contract, whatever cue of a new agreement the rounded one carries.
  'one contract told exactly and rounded': [
    [
      'en',
      'Nebius signed a five-year order with Meta. The order has a total contract value of approximately $2.9 billion.\n\nHighlights: signed a new agreement with Meta worth approximately $3 billion.',
      ['meta nebius 2900000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Nebius a signé une commande de cinq ans avec Meta. La commande a une valeur totale d'environ 2,9 milliards de dollars.\n\nFaits marquants : un nouveau contrat avec Meta d'environ 3 milliards de dollars.",
      ['meta nebius 2900000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Nebius firmó un pedido a cinco años con Meta. El pedido tiene un valor total de unos 2.900 millones de dólares.\n\nLo más destacado: un nuevo acuerdo con Meta por unos 3.000 millones de dólares.',
      ['meta nebius 2900000000 signed gpu_cloud'],
    ],
    // Near miss: a second contract whose figure does not round to the first stays apart.
    [
      'en',
      'Nebius signed a $3.4 billion contract with Meta in March. In May it signed a second contract with Meta worth about $3 billion.',
      ['meta nebius 3400000000 signed gpu_cloud', 'meta nebius 3000000000'],
    ],
  ],
  // Servers bought to serve a capacity contract named by its buyer ("Pour servir le contrat Microsoft, … avec Dell"):
  // the contract's seller buys them, not the buyer whose name labels the contract.
  "a purchase of goods naming the capacity buyer only as its contract's label": [
    [
      'fr',
      "IREN a signé avec Microsoft un contrat de services cloud de 9,7 milliards de dollars sur cinq ans.\n\nPour servir le contrat Microsoft, un accord d'achat de GPU a été conclu avec Dell pour 5,8 milliards de dollars.",
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'es',
      'IREN firmó con Microsoft un contrato de servicios en la nube de 9.700 millones de dólares a cinco años.\n\nPara atender el contrato Microsoft, se cerró un acuerdo de compra de GPU con Dell por 5.800 millones de dólares.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'it',
      'IREN ha firmato con Microsoft un contratto di servizi cloud da 9,7 miliardi di dollari in cinque anni.\n\nPer servire il contratto Microsoft è stato chiuso un accordo di acquisto di GPU con Dell da 5,8 miliardi di dollari.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    // Near miss: a buyer that is the purchase's subject keeps it (and no seller of capacity takes it).
    [
      'en',
      'IREN signed a five-year, $9.7 billion cloud services contract with Microsoft.\n\nSeparately, Microsoft agreed to buy $5.8 billion of servers from Dell for its own data centers.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
  ],
  // A guarantee whose guarantor the sentence leaves to its subject ("In August it had already guaranteed $1.8
  // billion of lease obligations under the leases Fluidstack signed with TeraWulf"): the subject's guarantee to the
  // landlord, never the tenant's lease at the guarantee's amount.
  'a guarantee told by an unnamed guarantor beside the lease it backs': [
    [
      'en',
      "Google's role deserves a closer look. The Mountain View group is neither tenant nor operator. In August it had already guaranteed $1.8 billion of lease obligations under the leases Fluidstack signed with TeraWulf at Lake Mariner.",
      ['alphabet terawulf 1800000000 signed capacity_backstop'],
    ],
    [
      'fr',
      "Le rôle de Google mérite qu'on s'y arrête. Le groupe de Mountain View n'est ni le locataire ni l'exploitant du site. En août, il avait déjà garanti 1,8 milliard de dollars d'obligations locatives dans le cadre des baux signés par Fluidstack avec TeraWulf sur le campus de Lake Mariner.",
      ['alphabet terawulf 1800000000 signed capacity_backstop'],
    ],
    [
      'es',
      'El papel de Google merece atención. Google no es ni inquilino ni operador del sitio. En agosto ya había garantizado 1.800 millones de dólares de obligaciones de arrendamiento de los contratos que Fluidstack firmó con TeraWulf en Lake Mariner.',
      ['alphabet terawulf 1800000000 signed capacity_backstop'],
    ],
    [
      'it',
      'Il ruolo di Google merita attenzione. Google non è né inquilino né gestore del sito. Ad agosto aveva già garantito 1,8 miliardi di dollari di obblighi di locazione dei contratti firmati da Fluidstack con TeraWulf a Lake Mariner.',
      ['alphabet terawulf 1800000000 signed capacity_backstop'],
    ],
    [
      'pt',
      'O papel do Google merece atenção. O Google não é inquilino nem operador do local. Em agosto, já tinha garantido US$ 1,8 bilhão em obrigações de arrendamento dos contratos que a Fluidstack assinou com a TeraWulf em Lake Mariner.',
      ['alphabet terawulf 1800000000 signed capacity_backstop'],
    ],
    // Near misses: a subject that is the landlord guarantees nothing of its own lease; a lease told with its own amount
    // keeps it.
    [
      'en',
      "TeraWulf's role deserves a closer look. TeraWulf owns the site. In August it had already guaranteed $1.8 billion of lease obligations under the leases Fluidstack signed with TeraWulf at Lake Mariner.",
      [],
    ],
    [
      'en',
      'Fluidstack signed two ten-year leases with TeraWulf worth about $3.7 billion. The company said it had guaranteed nothing beyond its own obligations.',
      ['fluidstack terawulf 3700000000 signed datacenter_lease'],
    ],
  ],
  // "the same buyer", "le même client", "el mismo cliente", "lo stesso cliente": the buyer of the deal told last,
  // not the page's subject.
  'a party told again as the same buyer': [
    [
      'en',
      "Lambda said on Monday it signed a multibillion-dollar agreement to deploy Nvidia GPUs for Microsoft. The announcement landed a few hours after the same buyer disclosed a five-year, $9.7 billion contract with Australia's IREN.",
      ['microsoft lambda null signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Lambda a signé lundi un accord de plusieurs milliards de dollars avec Microsoft. L'annonce est tombée quelques heures après que le même client a dévoilé un contrat de 9,7 milliards de dollars avec l'australien IREN.",
      ['microsoft lambda null signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Lambda firmó el lunes un acuerdo multimillonario con Microsoft. El anuncio llegó horas después de que el mismo cliente revelara un contrato de 9.700 millones de dólares con la australiana IREN.',
      ['microsoft lambda null signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'it',
      "Lambda ha firmato lunedì un accordo da diversi miliardi con Microsoft. L'annuncio è arrivato poche ore dopo che lo stesso cliente aveva reso noto un contratto da 9,7 miliardi di dollari con l'australiana IREN.",
      ['microsoft lambda null signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
    // Near miss: "the same day" names no party.
    [
      'en',
      'Lambda signed a multibillion-dollar agreement with Microsoft on Monday. The same day, IREN disclosed a five-year, $9.7 billion contract with Microsoft.',
      ['microsoft lambda null signed gpu_cloud', 'microsoft iren 9700000000 signed gpu_cloud'],
    ],
  ],
  // A company named by its products ("the Windows maker", "la casa di Windows", "der Zuckerberg-Konzern", "le propriétaire
  // d'Instagram"): the company table's epithets.
  'a company named by its products or its founder': [
    [
      'en',
      'Lambda lands multibillion-dollar GPU contract from the Windows maker\n\nLambda said on Monday it signed a multiyear agreement worth several billion dollars with the Windows maker to deploy tens of thousands of Nvidia GPUs.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    [
      'it',
      "IREN vola in Borsa\n\nLa casa di Windows ha firmato con l'australiana IREN un contratto da 9,7 miliardi di dollari in cinque anni per capacità GB300 in Texas.",
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Nebius gewinnt Großkunden\n\nDer Zuckerberg-Konzern hat bei Nebius GPU-Kapazität für rund 3 Milliarden Dollar über fünf Jahre gebucht.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Nebius décroche un nouveau client\n\nLe propriétaire d'Instagram a signé avec Nebius un contrat de capacité GPU d'environ 3 milliards de dollars sur cinq ans.",
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    // Near miss: the products alone name no company.
    [
      'en',
      'Nebius raises money\n\nNebius raised $1 billion in convertible notes this week; its engineers post updates on Instagram and still run Windows laptops.',
      [],
    ],
  ],
  // A company named only in a rival's title that stands for the party ("from the Nvidia rival", "du rival de Nvidia",
  // "da rival da Nvidia"), with or without the party's own name: no party.
  "a company named in a rival's title without the rival's name": [
    [
      'en',
      'Cerebras signs OpenAI\n\nThe ChatGPT maker secures 750 megawatts of computing power from the Nvidia rival through 2028.',
      ['openai cerebras null signed gpu_cloud'],
    ],
    [
      'fr',
      "Cerebras signe avec OpenAI\n\nLe créateur de ChatGPT s'assure 750 mégawatts de puissance de calcul auprès du rival de Nvidia jusqu'en 2028.",
      ['openai cerebras null signed gpu_cloud'],
    ],
    [
      'es',
      'Cerebras firma con OpenAI\n\nLa creadora de ChatGPT se asegura 750 megavatios de capacidad de cálculo del rival de Nvidia hasta 2028.',
      ['openai cerebras null signed gpu_cloud'],
    ],
    [
      'pt',
      'Cerebras fecha com a OpenAI\n\nA dona do ChatGPT garante 750 megawatts de poder de cálculo da rival da Nvidia até 2028.',
      ['openai cerebras null signed gpu_cloud'],
    ],
    // Near miss: the seller named, the rival beside it.
    [
      'en',
      'Cerebras signs OpenAI\n\nOpenAI secures 750 megawatts of computing power from Cerebras through 2028, a deal that also tests Nvidia.',
      ['openai cerebras null signed gpu_cloud'],
    ],
  ],
  // A total told as the sum of a contract's tranches ("the $22.4 billion is the sum of three tranches", "die Summe aus
  // drei Tranchen", "la somme de trois tranches", "la suma de tres tramos"): no contract; the tranches told after it are.
  "a total told as the sum of a pair's tranches": [
    [
      'en',
      'OpenAI rents capacity from CoreWeave. At CoreWeave, the $22.4 billion is the sum of three tranches: the original contract of March 2025 was worth $11.9 billion.',
      ['openai coreweave 11900000000 signed gpu_cloud'],
    ],
    [
      'de',
      'OpenAI mietet Kapazität bei CoreWeave. Bei CoreWeave wiederum gilt: Die 22,4 Milliarden Dollar sind die Summe aus drei Tranchen. Der ursprüngliche Vertrag vom März 2025 umfasste 11,9 Milliarden Dollar.',
      ['openai coreweave 11900000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'OpenAI loue de la capacité à CoreWeave. Chez CoreWeave, les 22,4 milliards de dollars sont la somme de trois tranches. Le contrat initial de mars 2025 portait sur 11,9 milliards de dollars.',
      ['openai coreweave 11900000000 signed gpu_cloud'],
    ],
    [
      'es',
      'OpenAI alquila capacidad a CoreWeave. En CoreWeave, los 22.400 millones de dólares son la suma de tres tramos. El contrato original de marzo de 2025 era de 11.900 millones de dólares.',
      ['openai coreweave 11900000000 signed gpu_cloud'],
    ],
    // Near misses: deliveries in tranches are one purchase's.
    [
      'en',
      'IREN LIMITED entered into a purchase agreement with Dell for GPUs and related products to be delivered in multiple tranches from March 2026, for total consideration of approximately $5.8 billion.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'fr',
      "IREN a conclu avec Dell un contrat d'achat de GPU livrés en plusieurs tranches à partir de mars 2026, pour un montant total d'environ 5,8 milliards de dollars.",
      ['iren dell 5800000000 signed hardware'],
    ],
  ],
  // A guarantee told in its own cell of a table of landlords and tenants ("Google backstop $1.8bn" under "Credit
  // support", "garantie de Google de 1,8 milliard" under "Garantie"): the cell's guarantor backs the row's landlord.
  "a guarantee in a table's credit-support column": [
    [
      'en',
      'Miners turned landlords\n\nLandlord | Tenant | Site | Critical IT | Base contract value | Credit support\nTeraWulf | Fluidstack | Lake Mariner, NY | ~200 MW | ~$3.7bn, 10 yrs (Aug) | Google backstop $1.8bn\nCipher Mining | Fluidstack | Barber Lake, TX | 168 MW | ~$3.0bn, 10 yrs (Sep) | Google backstop $1.4bn\nCipher Mining | Amazon | undisclosed, TX | 300 MW | ~$5.5bn, 15 yrs (Nov) | —',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
        'amazon cipher-mining 5500000000 signed datacenter_lease',
      ],
    ],
    [
      'fr',
      'Les mineurs devenus bailleurs\n\nBailleur | Locataire | Site | Valeur du contrat | Garantie\nTeraWulf | Fluidstack | Lake Mariner | 3,7 milliards de dollars | garantie de Google de 1,8 milliard de dollars\nCipher Mining | Fluidstack | Barber Lake | 3 milliards de dollars | garantie de Google de 1,4 milliard de dollars',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'de',
      'Vom Miner zum Vermieter\n\nVermieter | Mieter | Standort | Vertragswert | Absicherung\nTeraWulf | Fluidstack | Lake Mariner | 3,7 Milliarden Dollar | Google-Bürgschaft über 1,8 Milliarden Dollar\nCipher Mining | Fluidstack | Barber Lake | 3 Milliarden Dollar | Google-Bürgschaft über 1,4 Milliarden Dollar',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'es',
      'De mineros a arrendadores\n\nArrendador | Inquilino | Sitio | Valor del contrato | Garantía\nTeraWulf | Fluidstack | Lake Mariner | 3.700 millones de dólares | garantía de Google por 1.800 millones de dólares\nCipher Mining | Fluidstack | Barber Lake | 3.000 millones de dólares | garantía de Google por 1.400 millones de dólares',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'alphabet terawulf 1800000000 signed capacity_backstop',
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    // Near miss: a guarantee given by the tenant is no guarantor's deal with the landlord.
    [
      'en',
      'Miners turned landlords\n\nLandlord | Tenant | Site | Base contract value | Credit support\nTeraWulf | Fluidstack | Lake Mariner, NY | ~$3.7bn | Fluidstack parent guarantee $1.8bn\nCipher Mining | Amazon | undisclosed, TX | ~$5.5bn | none; capacity 300 MW',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'amazon cipher-mining 5500000000 signed datacenter_lease',
      ],
    ],
  ],
  // A whole sector's figure told beside a deal ("pushes the sector's contracted AI hosting revenue well past $60
  // billion", "les revenus … du secteur", "die Umsätze der Branche"): every seller's contracts summed, no deal's value.
  "a sector's figure beside a deal": [
    [
      'en',
      "Hut 8 signs Fluidstack\n\nHut 8's River Bend deal this week pushes the sector's contracted AI hosting revenue well past $60 billion.",
      [],
    ],
    [
      'fr',
      "Hut 8 signe avec Fluidstack\n\nLe contrat de River Bend signé par Hut 8 porte les revenus d'hébergement IA contractés du secteur bien au-delà de 60 milliards de dollars.",
      ['fluidstack hut-8 null signed datacenter_lease'],
    ],
    [
      'de',
      'Hut 8 unterzeichnet mit Fluidstack\n\nDer River-Bend-Vertrag von Hut 8 hebt die vertraglich gesicherten KI-Hosting-Umsätze der Branche auf deutlich über 60 Milliarden Dollar.',
      [],
    ],
    [
      'es',
      'Hut 8 firma con Fluidstack\n\nEl contrato de River Bend de Hut 8 eleva los ingresos contratados de alojamiento de IA del sector muy por encima de 60.000 millones de dólares.',
      ['fluidstack hut-8 null signed datacenter_lease'],
    ],
    // Near misses: one contract ranked in its sector keeps its value.
    [
      'en',
      "Meta signs with CoreWeave\n\nThe sector's biggest contract so far is Meta's order with CoreWeave for up to $14.2 billion of capacity.",
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Meta signe avec CoreWeave\n\nLe plus gros contrat du secteur reste la commande de Meta à CoreWeave, pouvant atteindre 14,2 milliards de dollars.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
  ],
});
