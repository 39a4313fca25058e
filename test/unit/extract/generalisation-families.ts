// Families of sentences written for the generalisation test: issue 8's nine kinds of error, each phrased the ways
// real pages in six languages phrase them (headline + dek shapes, apposition, passives, parenthetical amounts,
// amounts only in a headline, dash and arrow lists, live-blog timestamps, attribution formulas, local money
// abbreviations). None is a corpus sentence; the deals are invented. Expected: "buyer provider valueUsd status
// [kind] [total=runningTotalUsd]" as a prefix of each mention found, in order; [] means nothing may come out.

export type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt';

export interface Family {
  lang: Lang;
  text: string;
  want: string[];
  /** A headline read apart from the body, as a feed item's title is. */
  title?: string;
}

/** Roles: headline verbs that put the seller first (lands, conquista, si aggiudica), apposition, passives. */
export const ROLES: Family[] = [
  { lang: 'en', text: 'xAI taps Oracle for $6 billion of cloud capacity', want: ['xai oracle 6000000000'] },
  {
    lang: 'en',
    text: 'Lambda lands Microsoft as customer in $1.5 billion GPU rental pact',
    want: ['microsoft lambda 1500000000'],
  },
  {
    lang: 'en',
    text: 'The Nvidia-backed neocloud Lambda has won a $1.5 billion contract from Microsoft to rent out GPU servers.',
    want: ['microsoft lambda 1500000000'],
  },
  {
    lang: 'en',
    text: 'Two five-year GPU capacity agreements worth a combined $3 billion were signed by Mistral with Fluidstack.',
    want: ['mistral fluidstack 3000000000'],
  },
  {
    lang: 'es',
    text: 'Mistral se alía con Nscale: 2.000 millones de dólares en capacidad de cómputo para entrenar sus modelos',
    want: ['mistral nscale 2000000000'],
  },
  {
    lang: 'es',
    text: 'Nscale suma a Microsoft como cliente con un contrato de capacidad GPU de 2.000 millones de dólares.',
    want: ['microsoft nscale 2000000000'],
  },
  {
    lang: 'de',
    text: 'Cohere sichert sich bei CoreWeave Rechenleistung für 1,2 Mrd. Dollar',
    want: ['cohere coreweave 1200000000'],
  },
  {
    lang: 'de',
    text: 'Der von Nvidia unterstützte Cloud-Anbieter Lambda erhält von Microsoft einen Auftrag über 1,5 Mrd. Dollar für GPU-Kapazität.',
    want: ['microsoft lambda 1500000000'],
  },
  {
    lang: 'pt',
    text: 'Anthropic fecha com Google Cloud acordo de US$ 5 bi para uso de TPUs',
    want: ['anthropic alphabet 5000000000'],
  },
  {
    lang: 'pt',
    text: 'Nebius conquista a Meta como cliente em contrato de capacidade GPU de US$ 3 bi',
    want: ['meta nebius 3000000000'],
  },
  {
    lang: 'it',
    text: 'Meta sceglie Nebius: contratto da 3 mld di dollari per la capacità GPU',
    want: ['meta nebius 3000000000'],
  },
  {
    lang: 'it',
    text: 'Il neocloud sostenuto da Nvidia, CoreWeave, si aggiudica da OpenAI un contratto di capacità di calcolo da 6,5 miliardi di dollari.',
    want: ['openai coreweave 6500000000'],
  },
  {
    lang: 'fr',
    text: 'Mistral AI s’offre la puissance de calcul de Fluidstack pour 1 Md$',
    want: ['mistral fluidstack 1000000000'],
  },
  // The winner of a contract is the seller, whoever is named first, even with an amount (and its ".") between.
  {
    lang: 'es',
    text: 'Lambda ha ganado un contrato de 1.500 millones de dólares de Microsoft para alquilarle servidores GPU.',
    want: ['microsoft lambda 1500000000'],
  },
  {
    lang: 'pt',
    text: 'A Lambda conquistou um contrato de US$ 1,5 bi da Microsoft para alugar servidores GPU.',
    want: ['microsoft lambda 1500000000'],
  },
  {
    lang: 'en',
    text: 'Lambda secures $1.5bn GPU cloud order from Microsoft',
    want: ['microsoft lambda 1500000000'],
  },
  // A backer in apposition is an investor in the seller, no party of its contract.
  {
    lang: 'it',
    text: 'CoreWeave, il neocloud sostenuto da Nvidia, firma con Poolside un accordo da 5,2 miliardi di dollari per capacità GPU.',
    want: ['poolside coreweave 5200000000'],
  },
  {
    lang: 'pt',
    text: 'A Nscale, apoiada pela Nvidia, vai fornecer à Microsoft capacidade de computação num contrato de até US$ 24 bi.',
    want: ['microsoft nscale 24000000000'],
  },
  {
    lang: 'fr',
    text: 'Nscale, soutenue par Nvidia, fournira à Microsoft de la capacité GPU pour 24 milliards de dollars.',
    want: ['microsoft nscale 24000000000'],
  },
  // Winning a customer, German headline verbs.
  {
    lang: 'de',
    text: 'Nebius angelt sich Meta: Rechenleistung für 3 Mrd. Dollar über fünf Jahre',
    want: ['meta nebius 3000000000'],
  },
  // The amount only in the headline, the pair in the dek below it.
  {
    lang: 'de',
    text: 'Milliardenauftrag: 4 Mrd. Dollar für Rechenleistung\n\nDer KI-Entwickler Anthropic mietet GPU-Kapazität beim Anbieter Crusoe. Die Laufzeit beträgt fünf Jahre.',
    want: ['anthropic crusoe 4000000000'],
  },
  {
    lang: 'it',
    text: 'Contratto da 4 miliardi di dollari per la capacità di calcolo\n\nAnthropic affitta GPU dal fornitore Crusoe per cinque anni.',
    want: ['anthropic crusoe 4000000000'],
  },
  {
    lang: 'pt',
    text: 'Acordo de US$ 4 bi em capacidade de computação\n\nA Anthropic vai alugar GPUs da Crusoe por cinco anos.',
    want: ['anthropic crusoe 4000000000'],
  },
  {
    lang: 'en',
    text: '$4 billion compute deal\n\nAnthropic will rent GPU capacity from Crusoe for five years.',
    want: ['anthropic crusoe 4000000000'],
  },
  // The dek says what the headline's amount is: a takeover, a funding round.
  {
    lang: 'es',
    text: 'Operación de 40.000 millones de dólares en centros de datos\n\nUn consorcio con Nvidia y Microsoft comprará Aligned.',
    want: [],
  },
  {
    lang: 'en',
    text: '$2 billion for AI compute\n\nMistral raised new funding from Nvidia and plans to rent GPUs from Fluidstack.',
    want: [],
  },
  // Negatives: two companies in a headline with no contract between them.
  { lang: 'en', text: 'Nvidia-backed CoreWeave and Microsoft shares fell 4% on Tuesday', want: [] },
  {
    lang: 'it',
    text: 'Meta sceglie un ex dirigente di Nebius come nuovo responsabile delle infrastrutture',
    want: [],
  },
  { lang: 'pt', text: 'Nebius e Meta: ações sobem após balanço com receita de US$ 1 bi', want: [] },
];

/** Roundups: a week's or a live blog's deals side by side, each amount with its own clause's pair. */
export const ROUNDUPS: Family[] = [
  {
    lang: 'en',
    text: '10:42 — Microsoft has signed a $9.7 billion cloud deal with IREN.\n11:05 — Separately, Oracle is in talks with Meta over a $20 billion cloud computing contract, Bloomberg reports.',
    want: ['microsoft iren 9700000000 signed', 'meta oracle 20000000000 in_talks'],
  },
  {
    lang: 'de',
    text: 'Die Woche im Überblick: Microsoft mietet bei Nebius GPU-Kapazität für 17,4 Mrd. Dollar; OpenAI kauft bei Oracle Rechenleistung für 300 Mrd. Dollar; Nvidia meldet einen Rekordumsatz von 57 Mrd. Dollar.',
    want: ['microsoft nebius 17400000000', 'openai oracle 300000000000'],
  },
  {
    lang: 'it',
    text: 'In settimana Meta ha firmato con Google Cloud un contratto da oltre 10 miliardi di dollari, mentre Anthropic ha annunciato un accordo con Microsoft per capacità di calcolo da 30 miliardi.',
    want: ['meta alphabet 10000000000', 'anthropic microsoft 30000000000'],
  },
  {
    lang: 'pt',
    text: 'Resumo do dia: a Microsoft assinou contrato de US$ 9,7 bi com a IREN para capacidade de nuvem; a IREN comprou equipamentos de US$ 5,8 bi da Dell; e as ações da Nvidia subiram 3%.',
    want: ['microsoft iren 9700000000', 'iren dell 5800000000 signed hardware'],
  },
  {
    lang: 'es',
    text: 'Entre los contratos de computación del año destacan el de OpenAI con Oracle, por 300.000 millones de dólares, y el de Meta con Google Cloud, por 10.000 millones.',
    want: ['openai oracle 300000000000', 'meta alphabet 10000000000'],
  },
  // A company's results in a clause of its own borrow no pair from the contracts beside them.
  {
    lang: 'it',
    text: 'Riepilogo della settimana: Meta affitta da CoreWeave capacità GPU per 14 miliardi di dollari; Oracle ha registrato ricavi per 16 miliardi.',
    want: ['meta coreweave 14000000000'],
  },
  {
    lang: 'pt',
    text: 'Resumo: a OpenAI fechou com a AWS um contrato de computação em nuvem de US$ 38 bi; a Nvidia reportou receita de US$ 57 bi no trimestre.',
    want: ['openai amazon 38000000000'],
  },
  {
    lang: 'es',
    text: 'Resumen: Meta firma con Google Cloud un contrato de computación de 10.000 millones de dólares; Oracle logra unos ingresos de 16.000 millones.',
    want: ['meta alphabet 10000000000'],
  },
  {
    lang: 'fr',
    text: 'En bref : Microsoft signe avec Nebius un contrat de capacité GPU de 17,4 milliards de dollars ; Nvidia annonce un chiffre d’affaires de 57 milliards.',
    want: ['microsoft nebius 17400000000'],
  },
  {
    lang: 'en',
    text: 'Week in review: Microsoft signed a $17.4 billion GPU deal with Nebius; Nvidia posted record revenue of $57 billion.',
    want: ['microsoft nebius 17400000000'],
  },
  // Negative: a roundup of spending, no pair contracts anything.
  {
    lang: 'en',
    text: 'Microsoft, Oracle and Google have each spent more than $50 billion on data centers this year, while CoreWeave raised $2 billion in debt.',
    want: [],
  },
  {
    lang: 'it',
    text: 'Tra i grandi della nuvola, Microsoft spenderà 80 miliardi di dollari in data center, Oracle 25 miliardi e CoreWeave 20 miliardi.',
    want: [],
  },
];

/** Aggregates: one amount over several counterparties, whatever the word order. */
export const AGGREGATES: Family[] = [
  {
    lang: 'de',
    text: 'Insgesamt hat Microsoft mit Neoclouds wie CoreWeave, Nebius, Nscale und Lambda Verträge über Rechenleistung von mehr als 60 Mrd. Dollar abgeschlossen.',
    want: [],
  },
  {
    lang: 'it',
    text: 'Complessivamente gli accordi di capacità di calcolo di OpenAI con Oracle, Microsoft e CoreWeave superano i 1.000 miliardi di dollari.',
    want: [],
  },
  {
    lang: 'pt',
    text: 'Somados, os contratos de computação em nuvem da OpenAI com a AWS e a Oracle chegam a US$ 338 bi.',
    want: [],
  },
  {
    lang: 'es',
    text: 'En total, los compromisos de cómputo en la nube de Anthropic con Google y Microsoft rondan los 80.000 millones de dólares.',
    want: [],
  },
  {
    lang: 'en',
    text: "Microsoft's neocloud commitments, spread across Nebius, Nscale and IREN, now add up to more than $60 billion in GPU capacity.",
    want: [],
  },
  {
    lang: 'fr',
    text: 'Au total, les engagements de capacité de calcul d’OpenAI auprès d’Oracle, de Microsoft et d’AWS dépassent 600 Md$.',
    want: [],
  },
  // The one contract keeps its value; the sum beside it is no pair's total.
  {
    lang: 'it',
    text: 'Microsoft ha firmato con IREN un contratto di capacità cloud da 9,7 miliardi di dollari, portando a oltre 60 miliardi i suoi impegni con i neocloud.',
    want: ['microsoft iren 9700000000 signed'],
  },
  {
    lang: 'pt',
    text: 'A Microsoft assinou com a IREN um contrato de capacidade de nuvem de US$ 9,7 bi, elevando para mais de US$ 60 bi seus compromissos com neoclouds.',
    want: ['microsoft iren 9700000000 signed'],
  },
];

/** Acquisitions, investments and plans: no capacity contract, even beside one. */
export const ACQUISITIONS: Family[] = [
  {
    lang: 'de',
    text: 'Nvidia beteiligt sich mit 2 Mrd. Dollar an xAI, das seine Rechenzentren ausbaut.',
    want: [],
  },
  {
    lang: 'de',
    text: 'CoreWeave übernimmt den Rechenzentrumsbetreiber Core Scientific für rund 9 Mrd. Dollar in Aktien.',
    want: [],
  },
  {
    lang: 'it',
    text: 'Microsoft investirà 10 miliardi di dollari in un data center a Sines, in Portogallo, con i partner Nscale e Start Campus.',
    want: [],
  },
  { lang: 'it', text: 'Nvidia rileva una quota di CoreWeave per 1 miliardo di dollari.', want: [] },
  {
    lang: 'pt',
    text: 'A Amazon vai investir mais US$ 4 bi na Anthropic, que usa os chips Trainium da AWS.',
    want: [],
  },
  {
    lang: 'pt',
    text: 'A Meta planeja investir US$ 600 bi em infraestrutura de IA nos EUA até 2028.',
    want: [],
  },
  {
    lang: 'es',
    text: 'Un consorcio del que forman parte Nvidia y Microsoft comprará Aligned por 40.000 millones de dólares.',
    want: [],
  },
  {
    lang: 'es',
    text: 'Anthropic comprará a Microsoft capacidad de cómputo por 30.000 millones de dólares; Nvidia invertirá hasta 10.000 millones en Anthropic.',
    want: ['anthropic microsoft 30000000000'],
  },
  {
    lang: 'pt',
    text: 'A Anthropic vai comprar US$ 30 bi em capacidade de computação da Microsoft, e a Nvidia vai investir até US$ 10 bi na startup.',
    want: ['anthropic microsoft 30000000000'],
  },
  {
    lang: 'fr',
    text: 'Selon nos informations, Nvidia envisage d’investir 5 Md$ dans Nscale, qui loue déjà des GPU à Microsoft.',
    want: [],
  },
];

/** Hardware beside capacity: the goods bought to fill a contract keep their own parties. */
export const HARDWARE: Family[] = [
  {
    lang: 'de',
    text: 'IREN liefert Microsoft Cloud-Kapazität für 9,7 Mrd. Dollar. Die dafür nötigen GB300-Systeme kauft IREN für 5,8 Mrd. Dollar bei Dell.',
    want: ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
  },
  {
    lang: 'it',
    text: 'Nebius fornirà a Microsoft capacità GPU per 17,4 miliardi di dollari; i chip GB300 arriveranno da Nvidia.',
    want: ['microsoft nebius 17400000000'],
  },
  {
    lang: 'pt',
    text: 'A Lambda vai fornecer à Microsoft capacidade de GPU num contrato de vários bilhões de dólares, com dezenas de milhares de chips Nvidia GB300.',
    want: ['microsoft lambda null'],
  },
  {
    lang: 'en',
    text: 'Crusoe will supply Anthropic with GPU cloud capacity worth $2 billion. To serve it, Crusoe is buying AMD accelerators for $800 million.',
    want: ['anthropic crusoe 2000000000', 'crusoe amd 800000000 signed hardware'],
  },
  {
    lang: 'es',
    text: 'Nscale alquilará a Microsoft capacidad de cómputo por 6.000 millones de dólares, con servidores que Dell le venderá por 1.500 millones.',
    want: ['microsoft nscale 6000000000', 'nscale dell 1500000000 signed hardware'],
  },
  // Buying the maker's chips, in the verb's own language, is hardware.
  {
    lang: 'es',
    text: 'Meta comprará a Nvidia millones de GPU Blackwell y Rubin por decenas de miles de millones de dólares.',
    want: ['meta nvidia null signed hardware'],
  },
  {
    lang: 'it',
    text: 'xAI acquisterà da Nvidia chip GB300 per 18 miliardi di dollari per il suo centro di calcolo.',
    want: ['xai nvidia 18000000000 signed hardware'],
  },
  {
    lang: 'de',
    text: 'xAI kauft bei Nvidia GB300-Chips für 18 Mrd. Dollar für sein Rechenzentrum.',
    want: ['xai nvidia 18000000000 signed hardware'],
  },
  {
    lang: 'en',
    text: 'Dell shares rose after Nvidia unveiled its GB300 servers, priced at about $3 million per rack.',
    want: [],
  },
  {
    lang: 'it',
    text: 'Supermicro ha venduto server GPU a CoreWeave e xAI per 2 miliardi di dollari nel trimestre, secondo i conti.',
    want: [],
  },
];

/** Expansions: the increment is the value, the running total beside it, the earlier contract apart. */
export const EXPANSIONS: Family[] = [
  {
    lang: 'en',
    text: 'Mistral has expanded its agreement with Fluidstack. The addition is worth $1.2 billion and brings the total value of the contract to about $3 billion.',
    want: ['mistral fluidstack 1200000000 expanded gpu_cloud total=3000000000'],
  },
  {
    lang: 'de',
    text: 'Mistral erweitert den Vertrag mit Fluidstack. Die Aufstockung hat einen Wert von 1,2 Mrd. Dollar; insgesamt beläuft sich der Vertrag damit auf rund 3 Mrd. Dollar.',
    want: ['mistral fluidstack 1200000000 expanded gpu_cloud total=3000000000'],
  },
  {
    lang: 'it',
    text: 'Mistral amplia l’accordo con Fluidstack. L’estensione vale 1,2 miliardi di dollari e porta il valore complessivo del contratto a circa 3 miliardi.',
    want: ['mistral fluidstack 1200000000 expanded gpu_cloud total=3000000000'],
  },
  {
    lang: 'pt',
    text: 'A Mistral ampliou o contrato com a Fluidstack. A ampliação, de US$ 1,2 bi, eleva o valor total do contrato para cerca de US$ 3 bi.',
    want: ['mistral fluidstack 1200000000 expanded gpu_cloud total=3000000000'],
  },
  {
    lang: 'es',
    text: 'Mistral amplía su contrato con Fluidstack. La ampliación, de 1.200 millones de dólares, eleva el valor total del contrato a unos 3.000 millones.',
    want: ['mistral fluidstack 1200000000 expanded gpu_cloud total=3000000000'],
  },
  {
    lang: 'fr',
    text: 'Mistral étend son contrat avec Fluidstack. L’extension, de 1,2 Md$, porte la valeur totale du contrat à environ 3 Md$.',
    want: ['mistral fluidstack 1200000000 expanded gpu_cloud total=3000000000'],
  },
  {
    lang: 'it',
    text: 'OpenAI amplia di 4 miliardi di dollari il contratto di capacità con CoreWeave, che ammonta ora a 16 miliardi.',
    want: ['openai coreweave 4000000000 expanded gpu_cloud total=16000000000'],
  },
  {
    lang: 'fr',
    text: 'OpenAI augmente de 4 milliards de dollars son contrat de capacité avec CoreWeave, qui s’élève désormais à 16 milliards.',
    want: ['openai coreweave 4000000000 expanded gpu_cloud total=16000000000'],
  },
  {
    lang: 'de',
    text: 'OpenAI stockt den Vertrag mit CoreWeave um 4 Mrd. Dollar auf und kommt damit insgesamt auf 16 Mrd. Dollar.',
    want: ['openai coreweave 4000000000 expanded gpu_cloud total=16000000000'],
  },
  // The earlier contract the addition joins keeps its amount out of the increment.
  {
    lang: 'en',
    text: 'Poolside expands its compute contract with CoreWeave. The extension, worth $2 billion, runs through 2031 and comes on top of the $1.5 billion agreement signed last year. The contract now totals about $3.5 billion.',
    want: ['poolside coreweave 2000000000 expanded gpu_cloud total=3500000000'],
  },
  {
    lang: 'it',
    text: 'Poolside amplia il contratto di calcolo con CoreWeave. L’estensione, da 2 miliardi di dollari, si aggiunge al contratto da 1,5 miliardi firmato l’anno scorso. Il valore complessivo del contratto sale così a 3,5 miliardi.',
    want: ['poolside coreweave 2000000000 expanded gpu_cloud total=3500000000'],
  },
  {
    lang: 'pt',
    text: 'A Poolside ampliou o contrato de computação com a CoreWeave. A ampliação, de US$ 2 bi, soma-se ao contrato de US$ 1,5 bi assinado no ano passado. O valor total do contrato chega a US$ 3,5 bi.',
    want: ['poolside coreweave 2000000000 expanded gpu_cloud total=3500000000'],
  },
  {
    lang: 'de',
    text: 'Poolside erweitert den Rechenleistungsvertrag mit CoreWeave. Die Erweiterung über 2 Mrd. Dollar kommt zum bisherigen Vertrag über 1,5 Mrd. Dollar hinzu. Insgesamt beläuft sich der Vertrag damit auf rund 3,5 Mrd. Dollar.',
    want: ['poolside coreweave 2000000000 expanded gpu_cloud total=3500000000'],
  },
  // "s'élève à" (amounts to) is a contract's value, never "lève" (raises funds).
  {
    lang: 'fr',
    text: 'Le contrat de capacité signé par Mistral avec Fluidstack s’élève à 2 milliards de dollars.',
    want: ['mistral fluidstack 2000000000 signed'],
  },
  {
    lang: 'fr',
    text: 'Mistral lève 2 milliards d’euros auprès de Nvidia avant de louer des GPU à Fluidstack.',
    want: [],
  },
  // Negative: an option to extend is no expansion and no running total.
  {
    lang: 'de',
    text: 'Mistral hat mit Fluidstack einen Vertrag über Rechenleistung für 1,8 Mrd. Dollar unterzeichnet. Eine Option erlaubt eine spätere Erweiterung.',
    want: ['mistral fluidstack 1800000000 signed'],
  },
];

/** Multi-party leases: tenant buys, landlord provides; the guarantor and the end user sign nothing. */
export const LEASES: Family[] = [
  // The guarantor backs the landlord's lease (its mention binds it to the landlord); the end user signs nothing.
  {
    lang: 'de',
    text: 'TeraWulf vermietet Fluidstack für zehn Jahre 200 MW auf dem Campus Lake Mariner; der Mietvertrag ist rund 3,5 Mrd. Dollar wert. Google garantiert 1,8 Mrd. Dollar der Mietzahlungen, Endnutzer ist Anthropic.',
    want: [
      'fluidstack terawulf 3500000000 signed datacenter_lease',
      'alphabet terawulf 1800000000 signed capacity_backstop',
    ],
  },
  {
    lang: 'fr',
    text: 'Cipher Mining loue 150 MW à Fluidstack pour 3 milliards de dollars sur dix ans, Anthropic étant l’utilisateur final.',
    want: ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  },
  {
    lang: 'es',
    text: 'Hut 8 arrendará a Fluidstack 245 MW por 7.000 millones de dólares durante 15 años; el usuario final será Anthropic.',
    want: ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  },
  {
    lang: 'it',
    text: 'Applied Digital affitta a CoreWeave 150 MW per circa 5 miliardi di dollari in quindici anni, con Microsoft come cliente finale.',
    want: ['coreweave applied-digital 5000000000 signed datacenter_lease'],
  },
  {
    lang: 'it',
    text: 'Cipher Mining ha firmato un contratto di locazione di dieci anni con Fluidstack per 150 MW, del valore di circa 3 miliardi di dollari, con garanzia di Google.',
    want: ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
  },
  {
    lang: 'pt',
    text: 'A Hut 8 assinou um arrendamento de 15 anos com a Fluidstack, no valor de US$ 7 bi, tendo a Anthropic como usuária final e o Google como garantidor.',
    want: ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  },
  {
    lang: 'es',
    text: 'Galaxy Digital alquilará a CoreWeave 200 MW en su campus Helios durante 15 años, con ingresos de unos 4.000 millones de dólares.',
    want: ['coreweave galaxy-digital 4000000000'],
  },
  {
    lang: 'en',
    text: 'CoreWeave signed a 15-year lease with Applied Digital for a 150 MW building, worth roughly $5 billion, which it will use to serve Microsoft.',
    want: ['coreweave applied-digital 5000000000 signed datacenter_lease'],
  },
  {
    lang: 'it',
    text: 'La garanzia di Google sui canoni di locazione di Fluidstack sale a 3,2 miliardi di dollari.',
    want: [],
  },
  {
    lang: 'es',
    text: 'Google respaldará con 1.400 millones de dólares los pagos de alquiler de Fluidstack.',
    want: [],
  },
];

/** Lists of one buyer's deals: rows bind to the lead-in's owner; a withheld amount is no value. */
export const LISTS: Family[] = [
  {
    lang: 'en',
    text: "Microsoft's neocloud contracts so far:\n• Nebius → $17.4 billion\n• IREN → $9.7 billion\n• Lambda → undisclosed",
    want: ['microsoft nebius 17400000000', 'microsoft iren 9700000000', 'microsoft lambda null'],
  },
  {
    lang: 'de',
    text: 'Die Neocloud-Verträge von Microsoft im Überblick:\n– Nebius: 17,4 Mrd. Dollar\n– IREN: 9,7 Mrd. Dollar\n– Lambda: Betrag nicht genannt',
    want: ['microsoft nebius 17400000000', 'microsoft iren 9700000000', 'microsoft lambda null'],
  },
  {
    lang: 'it',
    text: 'I contratti di capacità di calcolo di OpenAI:\n• Oracle – 300 mld di dollari\n• AWS – 38 mld di dollari\n• CoreWeave – 22,4 mld di dollari',
    want: ['openai oracle 300000000000', 'openai amazon 38000000000', 'openai coreweave 22400000000'],
  },
  {
    lang: 'pt',
    text: 'Os contratos de computação da OpenAI:\n- Oracle: US$ 300 bi\n- AWS: US$ 38 bi\n- CoreWeave: US$ 22,4 bi',
    want: ['openai oracle 300000000000', 'openai amazon 38000000000', 'openai coreweave 22400000000'],
  },
  {
    lang: 'es',
    text: 'Los contratos de cómputo de OpenAI:\n- Oracle: 300.000 millones de dólares\n- AWS: 38.000 millones de dólares\n- CoreWeave: 22.400 millones de dólares',
    want: ['openai oracle 300000000000', 'openai amazon 38000000000', 'openai coreweave 22400000000'],
  },
  // A row that withholds its amount is still one of the buyer's contracts, without a value.
  {
    lang: 'it',
    text: 'I contratti neocloud di Microsoft:\n• Nebius – 17,4 miliardi di dollari\n• Lambda – importo non comunicato',
    want: ['microsoft nebius 17400000000', 'microsoft lambda null'],
  },
  {
    lang: 'pt',
    text: 'Os contratos da Microsoft com neoclouds:\n- Nebius: US$ 17,4 bi\n- Lambda: valor não divulgado',
    want: ['microsoft nebius 17400000000', 'microsoft lambda null'],
  },
  {
    lang: 'fr',
    text: 'Les contrats de Microsoft avec les néoclouds :\n— Nebius : 17,4 Md$\n— Lambda : montant non divulgué',
    want: ['microsoft nebius 17400000000', 'microsoft lambda null'],
  },
  {
    lang: 'es',
    text: 'Los contratos de Microsoft con neoclouds:\n— Nebius: 17.400 millones de dólares\n— Lambda: importe no revelado',
    want: ['microsoft nebius 17400000000', 'microsoft lambda null'],
  },
  {
    lang: 'es',
    text: 'Inversión en centros de datos prevista para 2025:\n- Microsoft: 80.000 millones de dólares\n- Meta: 72.000 millones de dólares\n- Alphabet: 91.000 millones de dólares',
    want: [],
  },
  {
    lang: 'de',
    text: 'Investitionen in Rechenzentren 2025:\n– Microsoft: 80 Mrd. Dollar\n– Meta: 72 Mrd. Dollar\n– Alphabet: 91 Mrd. Dollar',
    want: [],
  },
];

/** Status words: a newsroom's finding is reported, finalising is talks, a rescinded contract terminated. */
export const STATUS: Family[] = [
  {
    lang: 'de',
    text: 'Wie aus Kreisen verlautete, hat xAI mit Oracle einen Cloud-Vertrag über 12 Mrd. Dollar abgeschlossen.',
    want: ['xai oracle 12000000000 reported'],
  },
  {
    lang: 'it',
    text: 'Stando a indiscrezioni, Meta avrebbe firmato con Google Cloud un contratto di calcolo da 10 mld di dollari.',
    want: ['meta alphabet 10000000000 reported'],
  },
  {
    lang: 'pt',
    text: 'Segundo a Bloomberg, a Meta fechou com o Google Cloud um contrato de computação em nuvem de US$ 10 bi.',
    want: ['meta alphabet 10000000000 reported'],
  },
  {
    lang: 'es',
    text: 'Según ha podido saber este diario, xAI ultima con Oracle un contrato de computación en la nube de 12.000 millones de dólares.',
    want: ['xai oracle 12000000000 in_talks'],
  },
  {
    lang: 'fr',
    text: 'Selon nos informations, Mistral négocie avec Fluidstack un contrat de capacité de calcul de 2 milliards d’euros.',
    want: ['mistral fluidstack'],
  },
  {
    lang: 'it',
    text: 'OpenAI è in trattative con Google per noleggiare capacità TPU per diversi miliardi di dollari.',
    want: ['openai alphabet null in_talks'],
  },
  {
    lang: 'de',
    text: 'Microsoft hat den Vertrag mit CoreWeave über 10 Mrd. Dollar für GPU-Kapazität gekündigt.',
    want: ['microsoft coreweave 10000000000 terminated'],
  },
  {
    lang: 'pt',
    text: 'A Microsoft cancelou o contrato de capacidade de GPU de US$ 10 bi com a CoreWeave.',
    want: ['microsoft coreweave 10000000000 terminated'],
  },
  {
    lang: 'es',
    text: 'Microsoft rescinde su contrato de capacidad GPU de 10.000 millones de dólares con CoreWeave.',
    want: ['microsoft coreweave 10000000000 terminated'],
  },
  {
    lang: 'it',
    text: 'Microsoft ha rescisso il contratto da 10 miliardi di dollari con CoreWeave per capacità GPU.',
    want: ['microsoft coreweave 10000000000 terminated'],
  },
  {
    lang: 'fr',
    text: 'Microsoft a résilié son contrat de capacité GPU de 10 milliards de dollars avec CoreWeave.',
    want: ['microsoft coreweave 10000000000 terminated'],
  },
  {
    lang: 'es',
    text: 'Las conversaciones entre xAI y Oracle para un contrato de nube de 10.000 millones de dólares se han roto.',
    want: ['xai oracle 10000000000 terminated'],
  },
  {
    lang: 'pt',
    text: 'As negociações entre a xAI e a Oracle para um contrato de nuvem de US$ 10 bi fracassaram.',
    want: ['xai oracle 10000000000 terminated'],
  },
  {
    lang: 'it',
    text: 'Le trattative tra xAI e Oracle per un contratto cloud da 10 miliardi di dollari si sono arenate.',
    want: ['xai oracle 10000000000 in_talks'],
  },
  {
    lang: 'pt',
    text: 'A Microsoft negocia com sindicatos e reguladores enquanto a CoreWeave levanta US$ 2 bi em dívida.',
    want: [],
  },
];
