// Kinds of error seen on real pages in round 43 (a contract's base amount dropped as an option's ceiling because the
// ceiling told after it, "an amount that could climb to $19.4 billion if Microsoft takes additional services", is
// conditioned on extra services; "walked away with a stake" read as an ended contract; a topic's block of related
// links, "Mehr zu KI-Rechenzentren:", "Read next", "Leia mais", lending its teasers' deals to the page; parties the
// company table did not know, such as Sharon AI, ESDS, NEXTDC, Snap or Lyft; a sentence opened on "For CoreWeave,"
// or "Para CoreWeave," read as naming CoreWeave the customer of the next sentence's contract; a sum committed "to
// neoclouds such as Nebius" or "con i cosiddetti neocloud" bound to the one seller named; a heading listing "Nebius e
// IREN" lending one of them as the other's customer; a seller whose deal the sentence before told lent as the
// customer of the next seller's; a chief executive's "we are good for our $80 billion" read as the value of the
// pair the sentence before named; "IREN soars on $9.7 billion contract from Microsoft", "com contrato de US$ 9,7
// bilhões da Microsoft" read as Microsoft selling to IREN; two parties ending their contract together, "encerraram o
// contrato", "rescindieron el contrato", read as signed; talks told as "discute par ailleurs avec", "sta trattando
// con" read as signed or reported; "servizi aggiuntivi" the buyer may buy "qualora …" read as an expansion; "an
// agreement for Lambda GPU capacity" read as an agreement for Lambda, the buyer; "megacontrato", "maxicontratto" not
// read as contracts; a quarter's revenue told first dropping the contract its sentence "and revealed" after it; a
// "Mehr dazu" block of links; "Dem WSJ zufolge", "Bloomberg zufolge" not read as hearsay). Each kind is told again in invented
// sentences, in three languages or more: positives that must be found and near misses that must stay silent or keep
// their pair. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status kind"),
// in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind({
  // The ceiling is the figure the condition follows; the figure before it is the contract's base value.
  "a ceiling told after the base amount leaves the base amount the contract's value": [
    [
      'en',
      'Nebius said Microsoft would pay it $17.4 billion over five years for dedicated GPU capacity, an amount that could climb to $19.4 billion if Microsoft takes additional services.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'fr',
      'Nebius a indiqué que Microsoft lui versera 17,4 milliards de dollars sur cinq ans pour de la capacité GPU dédiée, un montant qui pourrait atteindre 19,4 milliards si Microsoft prend des services supplémentaires.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'es',
      'Nebius dijo que Microsoft le pagará 17.400 millones de dólares en cinco años por capacidad de GPU dedicada, una cifra que podría subir a 19.400 millones si Microsoft contrata servicios adicionales.',
      ['microsoft nebius 17400000000 signed'],
    ],
    // Near miss: the ceiling alone, with its condition, is still no contract's value.
    [
      'en',
      'Nebius said its contract with Microsoft could reach $19.4 billion if Microsoft takes additional services.',
      [],
    ],
  ],
  // "Microsoft walked away with a roughly 27 per cent stake": a prize taken, no contract ended.
  'walking away with a stake ends no contract': [
    [
      'en',
      'In exchange, OpenAI committed to buy an incremental $250 billion of Azure services, and Microsoft walked away with a roughly 27 per cent stake.',
      ['openai microsoft 250000000000 expanded'],
    ],
    [
      'en',
      'OpenAI agreed to buy $250 billion of Azure cloud services, while Microsoft walked away with a stake worth about $135 billion.',
      ['openai microsoft 250000000000 signed'],
    ],
    [
      'fr',
      "OpenAI s'est engagé à acheter 250 milliards de dollars supplémentaires de services Azure, et Microsoft repart avec une participation d'environ 27 %.",
      ['openai microsoft 250000000000 expanded'],
    ],
    [
      'de',
      'OpenAI verpflichtet sich, zusätzliche Azure-Dienste für 250 Milliarden Dollar zu kaufen, und Microsoft geht mit einer Beteiligung von rund 27 Prozent aus dem Umbau hervor.',
      ['openai microsoft 250000000000 expanded'],
    ],
    // Near miss: walking away from the contract ends it.
    [
      'en',
      'Microsoft walked away from a $12 billion cloud contract with CoreWeave.',
      ['microsoft coreweave 12000000000 terminated'],
    ],
  ],
  // "Mehr zu KI-Rechenzentren:" then teaser lines: other stories' headlines, no deal of this page.
  "a topic's block of related links lends no deal to the page": [
    [
      'de',
      'Die Telekom hat ihr KI-Rechenzentrum in München eröffnet.\n\nMehr zu KI-Rechenzentren:\n- Nebius: 17,4 Milliarden Dollar Vertrag mit Microsoft\n- Schwarz Digits investiert 11 Milliarden Euro in Lübbenau',
      [],
    ],
    [
      'en',
      'Deutsche Telekom opened its AI data centre in Munich.\n\nMore on data centres:\n- Nebius lands $17.4 billion contract with Microsoft\n- Oracle shares slide on capex worries',
      [],
    ],
    [
      'pt',
      'A Telekom abriu o seu centro de dados de IA em Munique.\n\nLeia mais\n- Nebius fecha contrato de US$ 17,4 bilhões com a Microsoft\n- Ações da Oracle caem',
      [],
    ],
    [
      'en',
      'Deutsche Telekom opened its AI data centre in Munich.\n\nRead next:\n- IREN signs $9.7 billion contract with Microsoft',
      [],
    ],
    [
      'de',
      'Die Telekom hat ihr KI-Rechenzentrum in München eröffnet.\n\nMehr dazu\n- Nebius: 17,4 Milliarden Dollar Vertrag mit Microsoft',
      [],
    ],
    // Near miss: "more on" inside a sentence of the article opens no block.
    [
      'en',
      'Nebius said it will say more on the deal later. Microsoft will pay Nebius $17.4 billion for GPU capacity.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "Para CoreWeave, la ruptura coincide …. En septiembre firmó con Meta un contrato …": the opening "for" sets the
  // topic, who then signs the next sentence's contract; it names no customer.
  'a sentence opened on "for" and a company names no customer': [
    [
      'es',
      'Para CoreWeave, la ruptura coincide con un periodo difícil. En septiembre firmó con Meta un contrato de 14.200 millones de dólares para suministrarle capacidad de computación hasta 2031.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'en',
      'For CoreWeave, the breakup comes at a difficult time. In September it signed a $14.2 billion contract with Meta to supply it with computing capacity through 2031.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'fr',
      'Pour CoreWeave, la rupture tombe mal. En septembre, la société a signé avec Meta un contrat de 14,2 milliards de dollars pour lui fournir de la capacité de calcul.',
      ['meta coreweave 14200000000 signed'],
    ],
    [
      'it',
      'Per CoreWeave, la rottura arriva in un momento difficile. A settembre ha firmato con Meta un contratto da 14,2 miliardi di dollari per fornirle capacità di calcolo.',
      ['meta coreweave 14200000000 signed'],
    ],
    // Near miss: "for" after a contract's words still names the one the deal is for.
    [
      'en',
      'Nebius signed a $17.4 billion deal for Microsoft, which will rent GPU capacity in New Jersey.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "has committed more than $60 billion to neoclouds such as Nebius": the sellers' class sums their contracts; the
  // one named is an example, no pair of that sum.
  'a sum committed to a class of sellers is no deal with the seller named as an example': [
    ['en', 'Microsoft has committed more than $60 billion to neoclouds such as Nebius.', []],
    [
      'it',
      'Il gruppo guidato da Satya Nadella ha già impegnato oltre 60 miliardi di dollari con i cosiddetti neocloud come Nebius.',
      [],
    ],
    ['fr', 'Microsoft a engagé plus de 60 milliards de dollars auprès de néoclouds comme Nebius.', []],
    // Near miss: one seller's contract, the class told beside it.
    [
      'en',
      'Microsoft signed a $17.4 billion contract with Nebius, one of several neoclouds it relies on.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "Nebius e IREN, i primi due tasselli" over the paragraph on Nebius's contract: the heading lists the section's
  // subjects; IREN is no customer of Nebius.
  'a heading listing companies lends none of them as a counterparty': [
    [
      'it',
      'Nebius e IREN, i primi due tasselli\n\nIl primo a fare notizia è stato il gruppo olandese Nebius, con un accordo quinquennale da 17,4 miliardi di dollari per capacità GPU.',
      [],
    ],
    [
      'en',
      'Nebius and IREN, the first two pieces\n\nThe first to make news was Dutch group Nebius, with a five-year $17.4 billion agreement for GPU capacity.',
      [],
    ],
    [
      'fr',
      'Nebius et IREN, les deux premières pièces\n\nLe premier à faire parler de lui a été le néerlandais Nebius, avec un accord de 17,4 milliards de dollars sur cinq ans pour de la capacité GPU.',
      [],
    ],
    [
      'es',
      'Nebius e IREN, las dos primeras piezas\n\nEl primero en dar la noticia fue el grupo neerlandés Nebius, con un acuerdo a cinco años de 17.400 millones de dólares por capacidad de GPU.',
      [],
    ],
    // Near miss: a heading that names a pair with its verb still lends it.
    [
      'en',
      'CoreWeave Expands Agreement with OpenAI\n\nThe contract adds up to $4 billion of compute capacity.',
      ['openai coreweave 4000000000 expanded'],
    ],
  ],
  // "… Nebius, con un accordo da 17,4 miliardi. A inizio novembre è arrivata IREN: … fornirà a Redmond …": two items
  // of a tally of one buyer's sellers; the first seller is no customer of the second.
  'a seller whose deal the sentence before told is no customer of the next seller': [
    [
      'en',
      'The first to make news was Nebius, with a five-year $17.4 billion agreement for GPU capacity. In early November came IREN: the former miner will supply Redmond with AI cloud services worth $9.7 billion over five years.',
      [],
    ],
    [
      'it',
      "Il primo a fare notizia è stato il gruppo olandese Nebius, con un accordo quinquennale da 17,4 miliardi di dollari per capacità GPU. A inizio novembre è arrivata IREN: l'ex miner australiano fornirà a Redmond servizi di cloud per l'IA per 9,7 miliardi di dollari in cinque anni.",
      [],
    ],
    [
      'es',
      'El primero fue Nebius, con un acuerdo de 17.400 millones de dólares por capacidad de GPU. A principios de noviembre llegó IREN: la antigua minera australiana suministrará a Redmond servicios de nube por 9.700 millones de dólares en cinco años.',
      [],
    ],
    // Near miss: a seller named in the next sentence's own clause still deals with it.
    [
      'en',
      'Nebius signed a $17.4 billion deal with Microsoft. Lambda then won a $1.5 billion contract from Nebius to rent out its spare GPUs.',
      ['microsoft nebius 17400000000 signed', 'nebius lambda 1500000000 signed'],
    ],
  ],
  // "We are good for our $80 billion," Satya Nadella said: the speaker's own budget, no contract's value.
  "a budget the speaker calls its own is no contract's value": [
    [
      'en',
      'Microsoft let its option for more CoreWeave capacity lapse. "We are good for our $80 billion," Satya Nadella said on television last month.',
      [],
    ],
    [
      'fr',
      'Microsoft a laissé expirer son option sur CoreWeave. « Nous sommes prêts pour nos 80 milliards de dollars », a assuré Satya Nadella.',
      [],
    ],
    [
      'es',
      'Microsoft dejó vencer su opción con CoreWeave. «Vamos a cumplir con nuestros 80.000 millones de dólares», dijo Satya Nadella.',
      [],
    ],
    [
      'de',
      'Microsoft ließ die Option bei CoreWeave verfallen. „Wir stehen zu unseren 80 Milliarden Dollar“, sagte Satya Nadella.',
      [],
    ],
    // Near miss: "our" before a contract's own noun keeps the contract's value.
    [
      'en',
      'CoreWeave said it would deliver on our $14.2 billion contract with Meta, its chief executive told investors.',
      ['meta coreweave 14200000000 signed'],
    ],
  ],
  // A contract's amount, then the company it comes from: the customer who awards it.
  'a contract "from" a company names that company the customer': [
    ['en', 'IREN soars on $9.7 billion contract from Microsoft', ['microsoft iren 9700000000 signed']],
    ['pt', 'IREN dispara com contrato de US$ 9,7 bilhões da Microsoft', ['microsoft iren 9700000000 signed']],
    [
      'es',
      'IREN se dispara con un contrato de 9.700 millones de dólares de Microsoft',
      ['microsoft iren 9700000000 signed'],
    ],
    [
      'it',
      'IREN vola con il contratto da 9,7 miliardi di dollari di Microsoft',
      ['microsoft iren 9700000000 signed'],
    ],
    // Near miss: capacity bought "from" a seller names the seller.
    [
      'en',
      'Microsoft signed a $9.7 billion contract for GPU capacity from IREN.',
      ['microsoft iren 9700000000 signed'],
    ],
  ],
  // "A Poolside e a CoreWeave encerraram o contrato": both parties ending their contract end it.
  'two parties ending their contract together end it': [
    [
      'pt',
      'A Poolside e a CoreWeave encerraram o contrato de US$ 1 bilhão de capacidade de GPU no fim de fevereiro.',
      ['poolside coreweave 1000000000 terminated'],
    ],
    [
      'pt',
      'A Poolside e a CoreWeave romperam o contrato de US$ 1 bilhão de capacidade de GPU em fevereiro.',
      ['poolside coreweave 1000000000 terminated'],
    ],
    [
      'es',
      'Poolside y CoreWeave rescindieron el contrato de nube de 1.000 millones de dólares en febrero.',
      ['poolside coreweave 1000000000 terminated'],
    ],
    [
      'en',
      'Poolside and CoreWeave terminated their $1 billion GPU cloud contract in February.',
      ['poolside coreweave 1000000000 terminated'],
    ],
    // Near miss: a market session closed ("encerrou o pregão") ends no contract.
    [
      'pt',
      'A CoreWeave encerrou o pregão em alta de 5% depois de assinar um contrato de US$ 1 bilhão de capacidade de GPU com a Poolside.',
      ['poolside coreweave 1000000000 signed'],
    ],
  ],
  // "Meta discute par ailleurs avec Oracle", "Meta sta trattando con Oracle": talks, whatever words come between.
  'talks told with words between the verb and the partner are talks': [
    [
      'fr',
      "Meta discute par ailleurs avec Oracle d'un contrat de cloud d'environ 20 milliards de dollars.",
      ['meta oracle 20000000000 in_talks'],
    ],
    [
      'it',
      'Meta sta trattando con Oracle un contratto cloud da 20 miliardi di dollari.',
      ['meta oracle 20000000000 in_talks'],
    ],
    [
      'it',
      'Secondo Bloomberg, Meta sta negoziando con Oracle un contratto cloud da 20 miliardi di dollari.',
      ['meta oracle 20000000000 in_talks'],
    ],
    [
      'en',
      'Meta is in talks with Oracle about a cloud contract worth about $20 billion.',
      ['meta oracle 20000000000 in_talks'],
    ],
    // Near miss: a signed contract keeps its status.
    [
      'fr',
      'Meta a signé avec Oracle un contrat de cloud de 20 milliards de dollars.',
      ['meta oracle 20000000000 signed'],
    ],
  ],
  // "… 19,4 miliardi qualora Microsoft decidesse di acquistare servizi aggiuntivi": an option, no expansion.
  'an addition told as a condition expands no contract': [
    [
      'it',
      'Nebius ha firmato con Microsoft un contratto quinquennale: il valore base è di 17,4 miliardi di dollari, che potrebbero diventare 19,4 miliardi qualora Microsoft decidesse di acquistare servizi aggiuntivi.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'en',
      'Nebius signed a $17.4 billion contract with Microsoft for GPU capacity, should Microsoft decide to buy additional services later.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'fr',
      'Nebius a signé avec Microsoft un contrat de cinq ans : la valeur de base est de 17,4 milliards de dollars, qui pourraient devenir 19,4 milliards si Microsoft achète des services supplémentaires.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'de',
      'Nebius hat mit Microsoft einen Fünfjahresvertrag unterzeichnet: Der Grundwert liegt bei 17,4 Milliarden Dollar, der auf 19,4 Milliarden steigen könnte, wenn Microsoft zusätzliche Leistungen bucht.',
      ['microsoft nebius 17400000000 signed'],
    ],
    // Near miss: a reflexive "se" before the addition is no condition; the addition expands the contract.
    [
      'es',
      'Como parte de ese acuerdo, OpenAI se comprometió a contratar servicios adicionales de Azure por valor de 250.000 millones de dólares.',
      ['openai microsoft 250000000000 expanded'],
    ],
  ],
  // "signed a multiyear agreement for Lambda GPU capacity": the company naming the capacity sells it.
  'a company naming the capacity a contract is for sells it': [
    [
      'en',
      'Its earlier customers included Microsoft, which signed a multiyear agreement for Lambda GPU capacity in 2023.',
      ['microsoft lambda null signed'],
    ],
    [
      'en',
      'Microsoft signed a $1 billion agreement for Lambda GPU capacity.',
      ['microsoft lambda 1000000000 signed'],
    ],
    [
      'fr',
      'Microsoft a signé un accord de 1 milliard de dollars pour de la capacité GPU de Lambda.',
      ['microsoft lambda 1000000000 signed'],
    ],
    [
      'es',
      'Microsoft firmó un acuerdo de 1.000 millones de dólares por capacidad de GPU de Lambda.',
      ['microsoft lambda 1000000000 signed'],
    ],
    // Near miss: the buyer's workloads a deal is for name the buyer.
    [
      'en',
      'Nebius signed a $17.4 billion deal for Microsoft AI workloads.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "tras cerrar un megacontrato de 17.400 millones con Microsoft": the prefixed noun is a contract's.
  'a contract noun glued to "mega" or "maxi" is a contract': [
    [
      'es',
      'Nebius se dispara tras cerrar un megacontrato de 17.400 millones de dólares con Microsoft.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'it',
      'Nebius vola dopo il maxicontratto da 17,4 miliardi di dollari con Microsoft.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'pt',
      'Nebius dispara após megacontrato de US$ 17,4 bilhões com a Microsoft.',
      ['microsoft nebius 17400000000 signed'],
    ],
    // Near miss: another "mega" word is no contract; the sentence's own contract stays.
    [
      'es',
      'Nebius cita la megatendencia de la IA y firmó un contrato de 17.400 millones de dólares con Microsoft para capacidad de GPU.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ],
  // "reported third-quarter revenue of $146.1 million, …, and revealed a $3 billion, five-year agreement …".
  "a contract told in its own clause after the company's revenue keeps its amount": [
    [
      'en',
      'Nebius Group reported third-quarter revenue of $146.1 million, up 355% year on year, and revealed a $3 billion, five-year agreement to provide AI infrastructure to Meta.',
      ['meta nebius 3000000000 signed'],
    ],
    [
      'fr',
      "Nebius a publié un chiffre d'affaires trimestriel de 146,1 millions de dollars, en hausse de 355 %, et dévoilé un accord de 3 milliards de dollars sur cinq ans pour fournir de l'infrastructure IA à Meta.",
      ['meta nebius 3000000000 signed'],
    ],
    [
      'es',
      'Nebius registró ingresos trimestrales de 146,1 millones de dólares, un 355 % más, y reveló un acuerdo de 3.000 millones de dólares a cinco años para suministrar infraestructura de IA a Meta.',
      ['meta nebius 3000000000 signed'],
    ],
    // Near miss: revenue from contracts, and no contract told in a clause of its own.
    [
      'en',
      'Nebius reported third-quarter revenue of $146.1 million from its contracts with Meta and Microsoft, and said demand stayed strong.',
      [],
    ],
  ],
  // "Dem WSJ zufolge …", "Bloomberg zufolge …": a newspaper credited after its name, German's word order.
  'a deal credited to a newspaper with "zufolge" is reported': [
    [
      'de',
      'Dem WSJ zufolge will Meta bei Oracle Cloud-Kapazität für 20 Milliarden Dollar einkaufen.',
      ['meta oracle 20000000000 reported'],
    ],
    [
      'de',
      'Bloomberg zufolge hat Meta mit Oracle einen Cloud-Vertrag über 20 Milliarden Dollar geschlossen.',
      ['meta oracle 20000000000 reported'],
    ],
    [
      'en',
      'According to the Wall Street Journal, Meta will buy cloud capacity worth $20 billion from Oracle.',
      ['meta oracle 20000000000 reported'],
    ],
    [
      'fr',
      'Selon le Wall Street Journal, Meta va acheter pour 20 milliards de dollars de capacité cloud à Oracle.',
      ['meta oracle 20000000000 reported'],
    ],
    // Near miss: the contract's own terms, "dem Vertrag zufolge", credit no newspaper.
    [
      'de',
      'Dem Vertrag zufolge mietet Meta bei Oracle Cloud-Kapazität für 20 Milliarden Dollar.',
      ['meta oracle 20000000000 signed'],
    ],
  ],
  // Parties the company table now knows: smaller neoclouds and hosts, and enterprise buyers of cloud capacity.
  'a smaller neocloud, host or enterprise buyer is a party': [
    [
      'en',
      'Sharon AI unveiled a five-year contract with Indian cloud provider ESDS Software Solution. ESDS will take a dedicated cluster of Nvidia B300 GPUs, and the contract carries a total value of $1.25 billion.',
      ['esds sharon-ai 1250000000 signed'],
    ],
    [
      'es',
      'La australiana Sharon AI firmó un contrato de 1.250 millones de dólares con ESDS, que alquilará un clúster dedicado de GPU durante cinco años.',
      ['esds sharon-ai 1250000000 signed'],
    ],
    [
      'it',
      'Sharon AI ha firmato un contratto quinquennale da 1,25 miliardi di dollari con ESDS, che affitterà un cluster di GPU dedicato.',
      ['esds sharon-ai 1250000000 signed'],
    ],
    [
      'en',
      'Snap Inc. entered into a Google Cloud Platform License Agreement, committing to purchase $2 billion of cloud services over five years.',
      ['snap alphabet 2000000000 signed'],
    ],
    [
      'fr',
      "Lyft s'est engagé à acheter pour 300 millions de dollars de services cloud à Amazon Web Services d'ici 2026.",
      ['lyft amazon 300000000 signed'],
    ],
    // Near miss: a known small host named beside a deal that is not its own lends no pair.
    [
      'en',
      'NEXTDC shares rose 3% after Microsoft signed a $1 billion GPU capacity agreement with Nebius.',
      ['microsoft nebius 1000000000 signed'],
    ],
  ],
});
