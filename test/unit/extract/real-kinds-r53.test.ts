// Kinds of error seen on real pages in round 53: a page about a pair's new contract that also tells the pair's
// earlier one lost the earlier contract when its sentence named only one of the two ("Part of the order widens the
// contract Meta signed in September, when it committed up to $14.2 billion") or when the news was told in reported
// speech ("the company said Meta had agreed to buy …", whose pluperfect read as an earlier contract's); a running
// total told with its increment ("adds about $4 billion, bringing the total of the three leases to $11 billion")
// swallowed the earlier contract told after it; a table whose heading names the landlord's and the tenant's columns
// ("Landlord | Tenant | Site | Contract value | Credit support") lent its rows the guarantor and the end user as
// parties, and its rows ran together when their cells were set apart by pipes; talks to rent servers named by their
// chip maker ("la location de serveurs Nvidia", "die Miete von Nvidia-Servern") were lost, and the yardstick's
// amounts after a quoted comparative ("seria "bem menor" que o compromisso de US$ 10 bilhões da Microsoft") read as
// deals; an amount told before a comparative ("The $30 billion commitment is far smaller than the $250 billion … that
// OpenAI agreed to buy from Microsoft") took the yardstick's pair; the rows of a list whose lead-in tells earlier
// agreements ("The expansion comes on top of the agreements TeraWulf unveiled on August 14:") merged into the news;
// the Spanish "deja" (leaves) read as the French "déjà" and split a contract's firm part and option apart; a
// guarantee's level told after its addition ("Google's total backstop across the site comes to $3.2 billion") stood
// for the addition.
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay one contract. Each row's wanted strings are prefixes of the printed mentions ("buyer
// provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Nscale signs a contract with Microsoft.');
}, 120_000);

eachKind({
  // The news and the pair's earlier contract, each with its amount: two contracts, whichever sentence names both.
  'an earlier contract told in a sentence that names one of the pair, beside the news told in reported speech':
    [
      [
        'en',
        'Shares of CoreWeave rose 9% after the company said Meta had agreed to buy about $21 billion of additional capacity. Part of the order widens the contract Meta signed in September, when it committed up to $14.2 billion.',
        ['meta coreweave 21000000000 expanded gpu_cloud', 'meta coreweave 14200000000'],
        'CoreWeave jumps on Meta order',
      ],
      [
        'fr',
        "L'action CoreWeave a bondi de 9 % après que le groupe a annoncé que Meta avait accepté d'acheter environ 21 milliards de dollars de capacité supplémentaire. Une partie de la commande élargit le contrat signé par Meta en septembre, quand il s'était engagé à hauteur de 14,2 milliards de dollars.",
        ['meta coreweave 21000000000 expanded gpu_cloud', 'meta coreweave 14200000000'],
        "CoreWeave s'envole grâce à Meta",
      ],
      [
        'es',
        'Las acciones de CoreWeave subieron un 9% después de que la empresa anunció que Meta había firmado la compra de unos 21.000 millones de dólares de capacidad adicional. Parte del pedido amplía el contrato que Meta firmó en septiembre, cuando se comprometió a pagar hasta 14.200 millones.',
        ['meta coreweave 21000000000 signed gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
        'CoreWeave se dispara con Meta',
      ],
      [
        'pt',
        'As ações da CoreWeave subiram 9% depois que a empresa disse que a Meta tinha assinado a compra de cerca de US$ 21 bilhões em capacidade adicional. Parte do pedido amplia o contrato que a Meta assinou em setembro, quando se comprometeu a pagar até US$ 14,2 bilhões.',
        ['meta coreweave 21000000000', 'meta coreweave 14200000000'],
        'Meta reforça aposta na CoreWeave',
      ],
      [
        'it',
        "Il titolo CoreWeave è salito del 9% dopo che la società ha comunicato che Meta aveva firmato l'acquisto di circa 21 miliardi di dollari di capacità aggiuntiva. Parte dell'ordine amplia il contratto firmato da Meta a settembre, quando si era impegnata a pagare fino a 14,2 miliardi di dollari.",
        ['meta coreweave 21000000000 expanded gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
        'CoreWeave vola con Meta',
      ],
      [
        'fr',
        "Meta passe à CoreWeave une commande d'environ 21 milliards de dollars. Cette commande s'ajoute au contrat de 14,2 milliards de dollars conclu en septembre 2025.",
        ['meta coreweave 21000000000 signed gpu_cloud', 'meta coreweave 14200000000 signed gpu_cloud'],
        'Meta renouvelle sa confiance à CoreWeave',
      ],
      // Near misses: the news alone, told in reported speech or with its own date, is one contract.
      [
        'en',
        'Nebius said on Tuesday that Meta had agreed to buy about $3 billion of computing capacity over five years.',
        ['meta nebius 3000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'Nscale a précisé que Microsoft avait signé un contrat de 6,2 milliards de dollars sur cinq ans pour Narvik.',
        ['microsoft nscale 6200000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Nebius informó que Meta había firmado un contrato de 3.000 millones de dólares, el primero entre ambas.',
        ['meta nebius 3000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'OpenAI signed in March a five-year contract worth $11.9 billion with CoreWeave, the company said.',
        ['openai coreweave 11900000000 signed gpu_cloud'],
      ],
    ],

  // "adds about $4 billion, bringing the total to $11 billion", then the earlier leases' own figure: two contracts.
  'a running total told with its increment, beside the earlier contract told after it': [
    [
      'it',
      'CoreWeave ha firmato con Applied Digital un terzo contratto di locazione per 150 MW a Ellendale. Il nuovo contratto aggiunge circa 4 miliardi di dollari di ricavi, portando il totale dei tre contratti a circa 11 miliardi. A giugno Applied Digital aveva annunciato i primi due contratti con CoreWeave, per circa 7 miliardi di dollari.',
      [
        'coreweave applied-digital 4000000000 expanded datacenter_lease',
        'coreweave applied-digital 7000000000 signed datacenter_lease',
      ],
      'CoreWeave prende il terzo edificio di Applied Digital',
    ],
    [
      'en',
      'CoreWeave signed a third lease with Applied Digital for 150 MW in Ellendale. The new lease adds about $4 billion of revenue, bringing the total of the three leases to roughly $11 billion. In June Applied Digital had announced two leases with CoreWeave worth about $7 billion.',
      [
        'coreweave applied-digital 4000000000 expanded datacenter_lease',
        'coreweave applied-digital 7000000000 signed datacenter_lease',
      ],
      'CoreWeave takes a third building at Polaris Forge',
    ],
    [
      'fr',
      'CoreWeave a signé avec Applied Digital un troisième bail de 150 MW à Ellendale. Le nouveau bail ajoute environ 4 milliards de dollars de revenus, portant le total des trois baux à environ 11 milliards. En juin, Applied Digital avait annoncé deux baux avec CoreWeave pour environ 7 milliards de dollars.',
      [
        'coreweave applied-digital 4000000000 expanded datacenter_lease',
        'coreweave applied-digital 7000000000 signed datacenter_lease',
      ],
      'CoreWeave loue un troisième bâtiment à Applied Digital',
    ],
    [
      'pt',
      'A CoreWeave assinou com a Applied Digital um terceiro contrato de arrendamento de 150 MW em Ellendale. O novo contrato acrescenta cerca de US$ 4 bilhões em receitas, elevando o total dos três contratos para cerca de US$ 11 bilhões. Em junho, a Applied Digital tinha anunciado dois contratos com a CoreWeave, no valor de cerca de US$ 7 bilhões.',
      [
        'coreweave applied-digital 4000000000 expanded datacenter_lease',
        'coreweave applied-digital 7000000000 signed datacenter_lease',
      ],
      'Applied Digital, novo contrato com a CoreWeave',
    ],
    // Near misses: the increment and its total alone, or the earlier leases' sum alone, are one contract.
    [
      'en',
      'CoreWeave signed a third lease with Applied Digital; it adds about $4 billion, bringing the total to $11 billion.',
      ['coreweave applied-digital 4000000000 expanded datacenter_lease'],
    ],
    [
      'en',
      'Applied Digital said CoreWeave had signed two leases in June worth about $7 billion together.',
      ['coreweave applied-digital 7000000000 signed datacenter_lease'],
    ],
  ],
  // Each row pairs the company under "Landlord" with the one under "Tenant" (the first company of each cell), and
  // only its value column holds the contract's amount. Since the fiftieth session a guarantee told with its amount in
  // its own cell ("Google guarantees $1.4B" under "Credit support") is the guarantor's backstop of the row's landlord.
  'a table whose heading names the landlord and the tenant': [
    [
      'en',
      "Below is our ledger of the leases disclosed so far.\n\nLandlord | Tenant | Site | Term | Contract value | Credit support\nCipher Mining | Fluidstack | Barber Lake, TX | 10 years | ~$3.0B | Google guarantees $1.4B\nHut 8 | Fluidstack (for Anthropic) | River Bend, LA | 15 years | ~$7.0B | Google backstop\nApplied Digital | unnamed hyperscaler | Polaris Forge 2 | 15 years | ~$5.0B | none\n\nValues are the landlords' own figures.",
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
        'fluidstack hut-8 7000000000 signed datacenter_lease',
      ],
      'Every miner-to-AI lease, in one table',
    ],
    [
      'fr',
      'Notre tableau des contrats annoncés.\n\nBailleur | Locataire | Site | Durée | Valeur du contrat\nTeraWulf | Fluidstack | Lake Mariner | 10 ans | 3,7 milliards de dollars\nCipher Mining | Amazon Web Services | Texas | 15 ans | 5,5 milliards de dollars\n\nLes montants sont ceux publiés par les bailleurs.',
      [
        'fluidstack terawulf 3700000000 signed datacenter_lease',
        'amazon cipher-mining 5500000000 signed datacenter_lease',
      ],
      "Les baux des mineurs reconvertis dans l'IA",
    ],
    [
      'de',
      'Die bekannten Verträge im Überblick:\n\nVermieter | Mieter | Standort | Laufzeit | Vertragswert\nGalaxy Digital | CoreWeave | Helios | 15 Jahre | 15 Mrd. Dollar\nTeraWulf | Fluidstack | Lake Mariner | 10 Jahre | 3,7 Mrd. Dollar\n\nQuelle: Unternehmensangaben.',
      [
        'coreweave galaxy-digital 15000000000 signed datacenter_lease',
        'fluidstack terawulf 3700000000 signed datacenter_lease',
      ],
      'Die Mietverträge der Ex-Miner',
    ],
    [
      'it',
      'I contratti dei miner riconvertiti.\n\nLocatore | Conduttore | Sito | Valore\nHut 8 | Fluidstack | River Bend | 7 miliardi di dollari\nCipher Mining | Fluidstack | Barber Lake | 3 miliardi di dollari',
      [
        'fluidstack hut-8 7000000000 signed datacenter_lease',
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
      ],
    ],
    [
      'es',
      'Los contratos firmados por Nebius hasta la fecha:\n\nCliente | Proveedor | Capacidad | Valor\nMicrosoft | Nebius | 300 MW | 17.400 millones de dólares\nMeta | Nebius | sin detallar | 3.000 millones de dólares\n\nFuente: comunicados de la empresa.',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
      'Los contratos de Nebius',
    ],
    // Near misses: rows whose tenant is unnamed, and a screener's table of market values, name no contract.
    [
      'en',
      'Two more leases are waiting for a name.\n\nLandlord | Tenant | Site | Contract value\nApplied Digital | unnamed hyperscaler | Polaris Forge 2 | ~$5.0B\nBitdeer | undisclosed | Tydal, Norway | n/a',
      [],
      'Leases still waiting for a name',
    ],
    [
      'pt',
      'As ações do setor no fechamento.\n\nEmpresa | Ticker | Valor de mercado | Principal cliente\nCoreWeave | CRWV | US$ 58 bilhões | OpenAI\nNebius | NBIS | US$ 25 bilhões | Microsoft',
      [],
      'Os neoclouds na bolsa',
    ],
  ],

  // Talks to rent a provider's servers, named by their chip maker, sized against other companies' commitments: the
  // talks are the news (no figure); the commitments compared with are no deal of the pair.
  "talks to rent servers named by their chip maker, sized against other companies' commitments": [
    [
      'es',
      'Google negocia con CoreWeave el alquiler de servidores con chips de Nvidia, según el diario. El pacto sería bastante más chico que los compromisos de Microsoft, de unos 10.000 millones de dólares hasta 2030, y de OpenAI, de 11.900 millones a cinco años.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'pt',
      'O Google negocia com a CoreWeave o aluguel de servidores da Nvidia, segundo o jornal. O negócio seria "bem menor" que o compromisso de US$ 10 bilhões da Microsoft com a CoreWeave e que o contrato de US$ 11,9 bilhões da OpenAI.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'en',
      'Google is in talks to rent Nvidia servers from CoreWeave, the paper reported. The deal would be "much smaller" than the commitments of Microsoft, about $10 billion through 2030, and of OpenAI, $11.9 billion over five years.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'fr',
      "Google négocie avec CoreWeave la location de serveurs Nvidia, selon le journal. L'accord serait « nettement plus petit » que les engagements de Microsoft, environ 10 milliards de dollars, et d'OpenAI, 11,9 milliards sur cinq ans.",
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'de',
      'Google verhandelt mit CoreWeave über die Miete von Nvidia-Servern, berichtet die Zeitung. Der Deal wäre „deutlich kleiner“ als die Zusagen von Microsoft über rund 10 Milliarden Dollar und von OpenAI über 11,9 Milliarden Dollar.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    // Near misses: the same talks told with "pour louer" and "die Anmietung", and a signed deal sized against another
    // company's commitment named in passing, which stays a deal of its own pair.
    [
      'fr',
      'Google négocie avec CoreWeave pour louer des serveurs équipés de puces Nvidia.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'de',
      'Google verhandelt mit CoreWeave über die Anmietung von Servern mit Nvidia-Chips.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'en',
      "Google signed a cloud contract with CoreWeave; the deal is smaller than Microsoft's $10 billion commitment to CoreWeave.",
      ['microsoft coreweave 10000000000 signed gpu_cloud'],
    ],
  ],

  // The figure before the comparative is the news's, restated; the companies after it are the yardstick's, whose own
  // amount is a deal told in passing.
  'an amount told before a comparative keeps the pair told before it': [
    [
      'en',
      'Anthropic will buy $30 billion of Azure capacity from Microsoft. The $30 billion commitment is far smaller than the $250 billion of Azure services that OpenAI agreed to buy from Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud', 'openai microsoft 250000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Anthropic achètera pour 30 milliards de dollars de capacité Azure à Microsoft. Cet engagement de 30 milliards de dollars est bien plus petit que les 250 milliards de dollars de services Azure qu'OpenAI s'est engagé à acheter à Microsoft.",
      ['anthropic microsoft 30000000000 signed gpu_cloud', 'openai microsoft 250000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Anthropic comprará a Microsoft capacidad de Azure por 30.000 millones de dólares. El compromiso de 30.000 millones de dólares es mucho menor que los 250.000 millones de dólares en servicios de Azure que OpenAI acordó comprar a Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud', 'openai microsoft 250000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Anthropic kauft bei Microsoft Azure-Kapazität für 30 Milliarden Dollar. Die Zusage über 30 Milliarden Dollar ist deutlich kleiner als die 250 Milliarden Dollar an Azure-Diensten, die OpenAI bei Microsoft abnehmen will.',
      ['anthropic microsoft 30000000000 signed gpu_cloud', 'openai microsoft 250000000000 signed gpu_cloud'],
    ],
    [
      'it',
      "Anthropic comprerà da Microsoft capacità Azure per 30 miliardi di dollari. L'impegno da 30 miliardi di dollari è molto più piccolo dei 250 miliardi di dollari di servizi Azure che OpenAI ha accettato di acquistare da Microsoft.",
      ['anthropic microsoft 30000000000 signed gpu_cloud', 'openai microsoft 250000000000 signed gpu_cloud'],
    ],
    // Near miss: the pair named before the comparative keeps its amount, the one named after it keeps its own.
    [
      'en',
      'Nebius signed a $3 billion contract with Meta, much smaller than its $17.4 billion deal with Microsoft.',
      ['meta nebius 3000000000 signed gpu_cloud', 'microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    // Near misses: "more than" and "in più di" that size nothing against another deal compare nothing.
    [
      'en',
      'Anthropic agreed to spend $30 billion, more than any other customer, on Azure capacity from Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'it',
      'OpenAI comprerà 250 miliardi di dollari in più di servizi Azure da Microsoft.',
      ['openai microsoft 250000000000 expanded gpu_cloud'],
    ],
  ],

  // The rows under a lead-in that dates them before the news are earlier contracts, each apart from the news.
  'the rows of a list whose lead-in tells earlier agreements': [
    [
      'en',
      'TeraWulf said Fluidstack will lease a fifth building; the new lease adds about $3 billion of contracted revenue.\n\nThe expansion comes on top of the agreements TeraWulf unveiled on August 14:\n\n- Two 10-year colocation leases with Fluidstack, worth about $3.7 billion over the base term.\n- A first 40 MW phase due in 2026.',
      [
        'fluidstack terawulf 3000000000 expanded datacenter_lease',
        'fluidstack terawulf 3700000000 signed datacenter_lease',
      ],
    ],
    [
      'fr',
      "Fluidstack loue un cinquième bâtiment à TeraWulf ; le nouveau bail ajoute environ 3 milliards de dollars de revenus.\n\nL'extension s'ajoute aux accords annoncés par TeraWulf le 14 août :\n\n- Deux baux de dix ans avec Fluidstack, d'une valeur d'environ 3,7 milliards de dollars.\n- Une première tranche de 40 MW en 2026.",
      [
        'fluidstack terawulf 3000000000 expanded datacenter_lease',
        'fluidstack terawulf 3700000000 signed datacenter_lease',
      ],
    ],
    [
      'de',
      'Fluidstack mietet bei TeraWulf ein fünftes Gebäude; der neue Mietvertrag bringt zusätzlich rund 3 Milliarden Dollar Umsatz.\n\nDie Erweiterung kommt zu den Verträgen hinzu, die TeraWulf am 14. August vorgestellt hatte:\n\n- Zwei Mietverträge über zehn Jahre mit Fluidstack im Wert von rund 3,7 Milliarden Dollar.\n- Eine erste Phase mit 40 MW im Jahr 2026.',
      ['fluidstack terawulf 3000000000', 'fluidstack terawulf 3700000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Fluidstack alquilará a TeraWulf un quinto edificio; el nuevo arrendamiento añade unos 3.000 millones de dólares de ingresos.\n\nLa ampliación se suma a los acuerdos que TeraWulf anunció el 14 de agosto:\n\n- Dos arrendamientos a diez años con Fluidstack, por unos 3.700 millones de dólares.\n- Una primera fase de 40 MW en 2026.',
      [
        'fluidstack terawulf 3000000000 expanded datacenter_lease',
        'fluidstack terawulf 3700000000 signed datacenter_lease',
      ],
    ],
    // Near miss: a lead-in that tells the contract itself, undated, lists its parts.
    [
      'en',
      'TeraWulf signed two 10-year colocation leases with Fluidstack. The agreements include:\n\n- Two buildings at Lake Mariner, worth about $3.7 billion over the base term.\n- A first 40 MW phase due in 2026.',
      ['fluidstack terawulf 3700000000 signed datacenter_lease'],
    ],
  ],

  // "déjà", "già", "já" place a contract before the news only with their accent: "deja abierta una ampliación" is
  // the news's option. The accented words still tell the earlier contract.
  "an unaccented word of another language is no earlier contract's cue": [
    [
      'es',
      'Nebius reservará para Meta capacidad dedicada por 12.000 millones de dólares durante cinco años y deja abierta una ampliación de hasta otros 15.000 millones.\n\nNebius ya había firmado con Meta en noviembre un contrato de 3.000 millones de dólares.',
      ['meta nebius 27000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
      'Meta firma con Nebius un contrato de hasta 27.000 millones de dólares',
    ],
    [
      'fr',
      'Meta a signé avec Nebius un contrat de 27 milliards de dollars. Les deux groupes avaient déjà conclu en novembre un accord de 3 milliards de dollars.',
      ['meta nebius 27000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
      'Meta signe avec Nebius un contrat de 27 milliards',
    ],
    [
      'pt',
      'A Meta assinou com a Nebius um contrato de US$ 27 bilhões. As duas empresas já tinham fechado em novembro um acordo de US$ 3 bilhões.',
      ['meta nebius 27000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
      'Meta fecha com a Nebius contrato de US$ 27 bilhões',
    ],
  ],

  // The guarantee's addition is its value, the level it reached a running total, told in the next sentence.
  "a guarantee's level told after its addition": [
    [
      'en',
      "Fluidstack will lease a fifth building from TeraWulf. For the new building, Google will backstop an additional $1.4 billion of Fluidstack's lease obligations. With that, Google's total backstop across the site comes to $3.2 billion.",
      ['fluidstack terawulf null', 'alphabet terawulf 1400000000 expanded capacity_backstop'],
    ],
    [
      'fr',
      'Fluidstack loue un cinquième bâtiment à TeraWulf. Google garantit 1,4 milliard de dollars supplémentaires des loyers de Fluidstack. Au total, la garantie de Google atteint ainsi 3,2 milliards de dollars.',
      ['fluidstack terawulf null', 'alphabet terawulf 1400000000 expanded capacity_backstop'],
    ],
    [
      'es',
      'Fluidstack alquilará un quinto edificio a TeraWulf. Google respaldará 1.400 millones de dólares adicionales de las obligaciones de alquiler de Fluidstack. En total, la garantía de Google asciende así a 3.200 millones de dólares.',
      ['fluidstack terawulf null', 'alphabet terawulf 1400000000 expanded capacity_backstop'],
    ],
    [
      'it',
      'Fluidstack affitterà un quinto edificio da TeraWulf. Google garantirà altri 1,4 miliardi di dollari degli obblighi di locazione di Fluidstack. In totale, la garanzia di Google sale così a 3,2 miliardi di dollari.',
      ['fluidstack terawulf null', 'alphabet terawulf 1400000000 expanded capacity_backstop'],
    ],
    [
      'pt',
      'A Fluidstack vai alugar um quinto edifício da TeraWulf. O Google vai garantir mais US$ 1,4 bilhão das obrigações de aluguel da Fluidstack. No total, a garantia do Google chega assim a US$ 3,2 bilhões.',
      ['fluidstack terawulf null', 'alphabet terawulf 1400000000 expanded capacity_backstop'],
    ],
    // Near miss: the addition and its level in one sentence.
    [
      'en',
      "Fluidstack will lease a fifth building from TeraWulf. Google will backstop an additional $1.4 billion of Fluidstack's lease obligations, bringing its total backstop to $3.2 billion.",
      ['fluidstack terawulf null', 'alphabet terawulf 1400000000 expanded capacity_backstop'],
    ],
  ],
});
