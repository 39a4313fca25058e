// Kinds of error seen on real pages in round 57 (a fresh set of 93 pages in six languages, and the held-out eval's
// report): a landlord's expected yearly rent ("Galaxy rechnet mit jährlichen Mieteinnahmen von mehr als 1 Milliarde
// Dollar") became the lease's value, and an option taken up with the landlord named between ("a levé chez Galaxy
// Digital sa dernière option") was read as a fund raise or as no expansion; a guarantee's size told after its
// guarantor ("with a guarantee from Google covering $1.4 billion", "avec la garantie de Google sur 1,4 milliard") was
// the lease's or nobody's; a tenant's options told as growth ("options to expand to 200 MW; if it exercises all of
// them, the contract could approach $1 billion") became the contract's value; a buyer named the customer of a
// provider's site ("Cohere will be a customer of CoreWeave's data centre", "Cohere wird dort Kunde sein") was no deal,
// and the public money it was promised ("Ottawa a accordé à Cohere jusqu'à 240 millions") became its value; German
// talks told with "Gespräche …, um … anzumieten" or "kurz vor einer Einigung" were lost; a licence's fee ("paid $650
// million to license Inflection's models") and a joint venture's money ("crearon una sociedad conjunta con 10.000
// millones") became contracts; a company set aside at a sentence's opening ("Neben Coreweave hatte sich Meta … bei
// Nebius … gesichert") became a party, and a stake told with German's particle ("steigen … bei Anthropic ein") a
// purchase; "avec le groupe de Mark Zuckerberg" was read as an anaphor for the article's subject; a company counted
// among another's shareholders, a rival named as such ("in diretta concorrenza con Nvidia"), a roster told with an
// adjective ("entre seus principais clientes a Microsoft"), related links headed in two languages ("Auch interessant
// / Also read:"), and a company's own figures (remaining commitments, a tax charge, transaction costs) became
// parties or deals; purchases of goods told without a figure ("xAI is buying servers from Dell and Super Micro",
// "xAI achète des serveurs à Dell"), talks to buy goods ("Meta is in talks with Google to buy TPUs") and a deal signed
// with a maker for its goods ("signed a deal with Nvidia for millions of GPUs") were lost; and capacity secured with
// the verb that also means guaranteeing ("a Meta garantiu … US$ 3 bilhões em capacidade") became a backstop; a list of
// providers holding a name's short form in brackets ("Amazon Web Services ("AWS"), Microsoft Azure and Google Cloud")
// paired two of them, and German money "in Rechenzentren fließen sollen" became a contract.
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay as they are (a lease's value over its term, a firm option's figure, a guarantee denied or
// without its size, a past customer, an ability, a deal beside the licence, a goods supply contract, an investor that
// also sells, a business description of one's own chips, talks that ended). Each row's wanted strings are prefixes of
// the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Nscale signs a contract with Microsoft.');
}, 120_000);

eachKind({
  "a landlord's yearly rent read as the lease's value, and an option taken up with its landlord named between":
    [
      [
        'en',
        'Galaxy Digital said CoreWeave exercised its final option for another 260 MW at its Helios campus in Texas. Galaxy expects annual rental revenue of more than $1 billion once all phases are running.',
        ['coreweave galaxy-digital null expanded datacenter_lease'],
      ],
      [
        'de',
        'CoreWeave hat bei Galaxy Digital die letzte Option für weitere 260 Megawatt am Campus Helios gezogen. Galaxy rechnet mit jährlichen Mieteinnahmen von mehr als 1 Milliarde Dollar, sobald alle Phasen laufen.',
        ['coreweave galaxy-digital null expanded datacenter_lease'],
      ],
      [
        'fr',
        "CoreWeave a levé chez Galaxy Digital sa dernière option pour 260 MW supplémentaires sur le campus Helios. Galaxy table sur des revenus locatifs annuels de plus d'un milliard de dollars une fois toutes les phases en service.",
        ['coreweave galaxy-digital null expanded datacenter_lease'],
      ],
      [
        'es',
        'CoreWeave ejerció ante Galaxy Digital su última opción por otros 260 MW en el campus Helios. Galaxy espera ingresos anuales por alquiler de más de 1.000 millones de dólares cuando todas las fases estén en marcha.',
        ['coreweave galaxy-digital null expanded datacenter_lease'],
      ],
      [
        'it',
        "CoreWeave ha esercitato con Galaxy Digital l'ultima opzione per altri 260 MW nel campus Helios. Galaxy prevede ricavi annui da locazione superiori a 1 miliardo di dollari quando tutte le fasi saranno operative.",
        ['coreweave galaxy-digital null expanded datacenter_lease'],
      ],
      [
        'pt',
        'A CoreWeave exerceu junto à Galaxy Digital a última opção por mais 260 MW no campus Helios. A Galaxy espera receitas anuais de aluguel de mais de US$ 1 bilhão quando todas as fases estiverem operando.',
        ['coreweave galaxy-digital null expanded datacenter_lease'],
      ],
      [
        'en',
        'Galaxy Digital signed a 15-year lease with CoreWeave for 200 MW at Helios, worth about $1 billion a year in rent.',
        ['coreweave galaxy-digital null signed datacenter_lease'],
      ],
      [
        'en',
        'Galaxy Digital signed a 15-year lease with CoreWeave for 200 MW at Helios; Galaxy expects total contracted revenue of about $4.5 billion over the term.',
        ['coreweave galaxy-digital 4500000000 signed datacenter_lease'],
      ],
      [
        'de',
        'Galaxy Digital hat mit CoreWeave einen Mietvertrag über 15 Jahre für 200 MW in Helios geschlossen; der Vertrag bringt über die Laufzeit Mieteinnahmen von rund 4,5 Milliarden Dollar.',
        ['coreweave galaxy-digital 4500000000 signed datacenter_lease'],
      ],
      [
        'fr',
        'Galaxy Digital a signé avec CoreWeave un bail de 15 ans pour 200 MW à Helios, pour des revenus locatifs de 4,5 milliards de dollars sur la durée du contrat.',
        ['coreweave galaxy-digital 4500000000 signed datacenter_lease'],
      ],
    ],
  "a guarantee's size told after its guarantor, and a Spanish figure without its currency": [
    [
      'fr',
      'Cipher Mining a signé avec Fluidstack un bail de dix ans de 3 milliards de dollars pour son site Barber Lake, avec la garantie de Google sur 1,4 milliard de dollars des loyers.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'es',
      'Cipher Mining firmó con Fluidstack un arrendamiento a diez años de 3.000 millones de dólares para Barber Lake, con la garantía de Google sobre 1.400 millones de dólares de los pagos.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'it',
      'Cipher Mining ha firmato con Fluidstack un contratto di locazione decennale da 3 miliardi di dollari per Barber Lake, con la garanzia di Google su 1,4 miliardi di dollari dei canoni.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'pt',
      'A Cipher Mining assinou com a Fluidstack um arrendamento de dez anos de US$ 3 bilhões para Barber Lake, com a garantia do Google sobre US$ 1,4 bilhão dos pagamentos.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'de',
      'Cipher Mining hat mit Fluidstack einen zehnjährigen Mietvertrag über 3 Milliarden Dollar für Barber Lake geschlossen, mit einer Bürgschaft von Google über 1,4 Milliarden Dollar der Mietzahlungen.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'en',
      'Cipher Mining signed a ten-year, $3 billion lease with Fluidstack for Barber Lake, with a guarantee from Google covering $1.4 billion of the payments.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'en',
      'Hut 8 signed a 15-year, $7 billion lease with Fluidstack at River Bend, with a guarantee from Google on the rent.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'fr',
      'Hut 8 a signé avec Fluidstack un bail de 15 ans de 7 milliards de dollars à River Bend, avec la garantie de Google sur les loyers.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'de',
      'Hut 8 hat mit Fluidstack einen Mietvertrag über 15 Jahre und 7 Milliarden Dollar für River Bend geschlossen, mit einer Bürgschaft von Google.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Hut 8 firmó con Fluidstack un arrendamiento de 15 años y 7.000 millones de dólares en River Bend, respaldado por Google.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'pt',
      'A Hut 8 assinou com a Fluidstack um arrendamento de 15 anos e US$ 7 bilhões em River Bend, com garantia do Google.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'it',
      'Hut 8 ha firmato con Fluidstack una locazione di 15 anni da 7 miliardi di dollari a River Bend, garantita da Google.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Hut 8 signed a 15-year, $7 billion lease with Fluidstack at River Bend, without any guarantee from Google.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Hut 8 signed a 15-year, $7 billion lease with Fluidstack at River Bend; Google, an investor in Anthropic, made no comment.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'fr',
      'Cipher Mining a signé avec Fluidstack un bail de dix ans de 3 milliards de dollars pour Barber Lake, sans garantie de Google.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Cipher Mining firmó con Fluidstack un arrendamiento a diez años de 3.000 millones de dólares, con la garantía de Google sobre los pagos.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'es',
      'En septiembre, Cipher Mining firmó con Fluidstack un arrendamiento de diez años por unos 3.000 millones de dólares para su campus de Barber Lake. Google respaldó 1.400 millones de las obligaciones de arrendamiento de Fluidstack a cambio de warrants de Cipher.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'es',
      'En septiembre, Cipher Mining firmó con Fluidstack un arrendamiento de diez años por unos 3.000 millones de dólares. Fluidstack tiene 1.000 millones de usuarios potenciales, dijo Cipher.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
  ],
  'the options a tenant holds, told as the growth they allow': [
    [
      'en',
      'Riot Platforms signed a 10-year lease with AMD for 25 MW of critical IT load at its Rockdale site, worth about $311 million in the initial term. Riot separately bought the 200 acres under the site, which it had been leasing, for $96 million.',
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
    [
      'fr',
      "Riot Platforms a signé avec AMD un bail de dix ans pour 25 MW à Rockdale, d'une valeur d'environ 311 millions de dollars. Riot a par ailleurs racheté pour 96 millions de dollars les 200 acres de terrain sur lesquels se trouve le site.",
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
    [
      'de',
      'Riot Platforms hat mit AMD einen zehnjährigen Mietvertrag über 25 MW in Rockdale geschlossen, im Wert von rund 311 Millionen Dollar. Zudem kaufte Riot das 200 Acres große Grundstück unter dem Standort für 96 Millionen Dollar.',
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Riot Platforms firmó con AMD un arrendamiento de diez años por 25 MW en Rockdale, valorado en unos 311 millones de dólares. Riot compró además por 96 millones de dólares los terrenos de 200 acres donde está el campus.',
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
    [
      'it',
      'Riot Platforms ha firmato con AMD una locazione decennale per 25 MW a Rockdale, del valore di circa 311 milioni di dollari. Riot ha inoltre acquistato per 96 milioni di dollari i 200 acri di terreno su cui sorge il sito.',
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
    [
      'pt',
      'A Riot Platforms assinou com a AMD um arrendamento de dez anos de 25 MW em Rockdale, avaliado em cerca de US$ 311 milhões. A Riot também comprou por US$ 96 milhões o terreno de 200 acres onde fica o campus.',
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
    [
      'en',
      'AMD has options to expand to 200 MW; if it exercises all of them, the contract could approach $1 billion, Riot said.',
      ['amd riot-platforms null signed datacenter_lease'],
    ],
    [
      'es',
      'Riot Platforms firmó con AMD un arrendamiento de diez años por 25 MW en Rockdale. AMD tiene opciones para ampliar hasta 200 MW; si las ejerce todas, el contrato podría acercarse a 1.000 millones, según Riot.',
      ['amd riot-platforms null signed datacenter_lease'],
    ],
    [
      'fr',
      "Riot Platforms a signé avec AMD un bail de dix ans pour 25 MW à Rockdale. AMD dispose d'options pour passer à 200 MW ; si elle les exerce toutes, le contrat pourrait approcher 1 milliard de dollars, selon Riot.",
      ['amd riot-platforms null signed datacenter_lease'],
    ],
    [
      'de',
      'Riot Platforms hat mit AMD einen zehnjährigen Mietvertrag über 25 MW in Rockdale geschlossen. AMD hat Optionen auf bis zu 200 MW; übt AMD alle aus, könnte der Vertrag fast 1 Milliarde Dollar erreichen.',
      ['amd riot-platforms null signed datacenter_lease'],
    ],
    [
      'it',
      'Riot Platforms ha firmato con AMD una locazione decennale per 25 MW a Rockdale. AMD ha opzioni per salire fino a 200 MW; se le esercitasse tutte, il contratto potrebbe avvicinarsi a 1 miliardo di dollari.',
      ['amd riot-platforms null signed datacenter_lease'],
    ],
    [
      'pt',
      'A Riot Platforms assinou com a AMD um arrendamento de dez anos de 25 MW em Rockdale. A AMD tem opções para chegar a 200 MW; se exercer todas, o contrato pode se aproximar de US$ 1 bilhão.',
      ['amd riot-platforms null signed datacenter_lease'],
    ],
    [
      'fr',
      "Riot Platforms a signé avec AMD un bail de 311 millions de dollars; AMD dispose d'options pour passer à 200 MW.",
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
    [
      'it',
      'Riot Platforms ha firmato con AMD una locazione da 311 milioni di dollari, con opzioni per salire fino a 200 MW.',
      ['amd riot-platforms 311000000 signed datacenter_lease'],
    ],
  ],
  "a buyer named the customer of a provider's site, beside the public money it was promised": [
    [
      'en',
      'CoreWeave will run a new data centre in Cambridge, Ontario, opening next month, and Toronto-based Cohere will be one of its customers, the newspaper reported.',
      ['cohere coreweave null reported gpu_cloud'],
    ],
    [
      'en',
      'Ottawa will give Cohere up to C$240 million toward its compute needs. Cohere is working with CoreWeave, which will build the facility in Cambridge, Ontario.',
      [],
    ],
    [
      'fr',
      "CoreWeave exploitera un nouveau centre de données à Cambridge, en Ontario, dont Cohere sera cliente. Ottawa avait promis jusqu'à 240 millions de dollars canadiens à Cohere pour ses besoins de calcul.",
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'de',
      'CoreWeave betreibt ab dem kommenden Monat ein Rechenzentrum in Cambridge (Ontario); Cohere wird dort Kunde sein. Die kanadische Regierung hatte Cohere bis zu 240 Millionen kanadische Dollar für Rechenleistung zugesagt.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'es',
      'CoreWeave operará un nuevo centro de datos en Cambridge (Ontario), del que Cohere será cliente. El gobierno canadiense había prometido a Cohere hasta 240 millones de dólares canadienses para potencia de cálculo.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'it',
      'CoreWeave gestirà un nuovo data center a Cambridge, in Ontario, di cui Cohere sarà cliente. Ottawa aveva promesso a Cohere fino a 240 milioni di dollari canadesi per la capacità di calcolo.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'pt',
      'A CoreWeave vai operar um novo data center em Cambridge, no Ontário, do qual a Cohere será cliente. Ottawa prometeu à Cohere até 240 milhões de dólares canadenses para capacidade de computação.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'fr',
      'Cohere sera cliente du centre de données de CoreWeave à Cambridge. Le gouvernement fédéral avait annoncé en décembre un financement pouvant atteindre 240 millions de dollars canadiens pour les besoins de calcul de Cohere.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'fr',
      "Cohere sera cliente du centre de données de CoreWeave à Cambridge. Ottawa a accordé à Cohere jusqu'à 240 millions de dollars canadiens, tirés de sa stratégie de calcul souverain.",
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'en',
      "Cohere will be a customer of CoreWeave's Cambridge data centre. The federal government said in December it would provide up to $240 million to Cohere for its compute needs.",
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'en',
      "Cohere will be a customer of CoreWeave's Cambridge data centre. The federal funding of up to C$240 million comes from Ottawa's sovereign compute strategy.",
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'de',
      'Cohere wird Kunde des Rechenzentrums von CoreWeave in Cambridge. Die Regierung in Ottawa hatte im Dezember eine Förderung von bis zu 240 Millionen kanadischen Dollar angekündigt.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'es',
      'Cohere será cliente del centro de datos de CoreWeave en Cambridge. El gobierno federal anunció en diciembre una financiación de hasta 240 millones de dólares canadienses para las necesidades de cómputo de Cohere.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'it',
      'Cohere sarà cliente del data center di CoreWeave a Cambridge. Il governo federale aveva annunciato a dicembre un finanziamento fino a 240 milioni di dollari canadesi per il calcolo di Cohere.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    [
      'pt',
      'A Cohere será cliente do data center da CoreWeave em Cambridge. O governo federal anunciou em dezembro um financiamento de até 240 milhões de dólares canadenses para as necessidades de computação da Cohere.',
      ['cohere coreweave null signed gpu_cloud'],
    ],
    ['en', "Cohere's chief executive said the company will be one of Canada's biggest employers in AI.", []],
    ['de', 'Die Bundesregierung fördert das Projekt; Aleph Alpha wird dort Kunde sein, hieß es.', []],
    ['es', 'El campus de Telefónica en Madrid, del que Mistral AI será cliente, abrirá en 2026.', []],
    [
      'en',
      "Cohere has long been a customer of Oracle's cloud, the company said, while it looks at CoreWeave's new data centre in Cambridge.",
      [],
    ],
    ['en', "Analysts said Cohere could become a customer of CoreWeave's data centre in Cambridge.", []],
    [
      'fr',
      "Cohere est cliente du cloud d'Oracle depuis 2023, et CoreWeave ouvre un centre de données à Cambridge.",
      [],
    ],
    [
      'de',
      'Die Telekom wird Kunde des neuen Rechenzentrums von Nvidia in München, berichtet das Handelsblatt.',
      [],
    ],
  ],
  'German talks to rent capacity': [
    [
      'de',
      'Google verhandelt mit CoreWeave über die Anmietung von Servern mit Nvidia-Chips, berichtet The Information.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'de',
      'Laut The Information führt Google Gespräche mit CoreWeave, um dort Rechenkapazität anzumieten.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'de',
      'Google soll in Verhandlungen mit CoreWeave stehen, um zusätzliche Rechenleistung zu mieten.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'de',
      'Google steht laut einem Bericht kurz vor einer Einigung mit CoreWeave über Rechenkapazität.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'it',
      'Google tratta per affittare server Nvidia da CoreWeave, secondo The Information.',
      ['alphabet coreweave null'],
    ],
    [
      'it',
      'Google è in trattative con CoreWeave per affittare capacità di calcolo.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'fr',
      'Google discute avec CoreWeave de la location de serveurs équipés de puces Nvidia, selon The Information.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'es',
      'Google negocia con CoreWeave el alquiler de servidores con chips de Nvidia, según The Information.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'pt',
      'O Google está em negociações com a CoreWeave para alugar servidores com chips da Nvidia, segundo o The Information.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'en',
      'Google is in talks with CoreWeave to rent servers powered by Nvidia chips, The Information reported.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
  ],
  "a licence's fee and a joint venture's money": [
    [
      'en',
      "Microsoft will pay CoreWeave nearly $10 billion to rent GPU servers through 2030. Microsoft paid about $650 million in March to license Inflection AI's models and hired most of its staff.",
      ['microsoft coreweave 10000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft pagará a CoreWeave cerca de 10.000 millones de dólares por el alquiler de servidores con GPU. Microsoft pagó en marzo unos 650 millones a Inflection AI para licenciar sus modelos y fichar a su equipo.',
      ['microsoft coreweave 10000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Microsoft versera à CoreWeave près de 10 milliards de dollars pour la location de serveurs GPU. Microsoft a versé en mars environ 650 millions de dollars à Inflection AI pour une licence sur ses modèles.',
      ['microsoft coreweave 10000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Microsoft zahlt CoreWeave knapp 10 Milliarden Dollar für die Miete von GPU-Servern. Im März zahlte Microsoft rund 650 Millionen Dollar an Inflection AI für eine Lizenz auf dessen Modelle.',
      ['microsoft coreweave 10000000000 signed gpu_cloud'],
    ],
    [
      'it',
      "Microsoft pagherà a CoreWeave quasi 10 miliardi di dollari per l'affitto di server GPU. A marzo Microsoft ha pagato circa 650 milioni di dollari a Inflection AI per la licenza dei suoi modelli.",
      ['microsoft coreweave 10000000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A Microsoft pagará à CoreWeave quase US$ 10 bilhões pelo aluguel de servidores com GPU. Em março, a Microsoft pagou cerca de US$ 650 milhões à Inflection AI para licenciar seus modelos.',
      ['microsoft coreweave 10000000000 signed gpu_cloud'],
    ],
    [
      'en',
      "Nvidia will rent GPU capacity from CoreWeave. Nvidia agreed to pay about $20 billion for a non-exclusive license to Groq's inference technology and hired its founder.",
      ['nvidia coreweave null signed gpu_cloud'],
    ],
    [
      'en',
      'Microsoft will pay CoreWeave nearly $10 billion to rent GPU servers. Microsoft also signed a $650 million contract with Lambda to rent more GPUs.',
      ['microsoft coreweave 10000000000 signed gpu_cloud', 'microsoft lambda 650000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Humain cerró con AMD el suministro de chips. AMD y Humain crearon una sociedad conjunta con 10.000 millones de dólares para desplegar 500 MW de capacidad de cómputo en cinco años.',
      [],
    ],
    [
      'pt',
      'A Humain fechou com a AMD o fornecimento de chips. AMD e Humain criaram uma sociedade conjunta com US$ 10 bilhões para implantar 500 MW de capacidade de computação em cinco anos.',
      [],
    ],
    [
      'en',
      'Humain agreed to buy AMD chips. AMD and Humain formed a joint venture with $10 billion to deploy 500 MW of compute capacity over five years.',
      [],
    ],
    [
      'es',
      'Humain firmó con AMD un contrato de 10.000 millones de dólares para el suministro de chips durante cinco años.',
      ['humain amd 10000000000 signed hardware'],
    ],
  ],
  "a company set aside at a sentence's opening, and money put in told by German's particle or verb": [
    [
      'de',
      'Neben Coreweave hatte sich Meta im vergangenen Herbst auch beim Amsterdamer Anbieter Nebius für rund 3 Mrd. Dollar über fünf Jahre Kapazität gesichert.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Besides CoreWeave, Meta also secured about $3 billion of capacity over five years from Amsterdam-based Nebius last autumn.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Outre CoreWeave, Meta s'est aussi assuré l'automne dernier environ 3 milliards de dollars de capacité sur cinq ans auprès de Nebius.",
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Además de CoreWeave, Meta también se aseguró el otoño pasado unos 3.000 millones de dólares de capacidad a cinco años con Nebius.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Oltre a CoreWeave, Meta si è assicurata lo scorso autunno circa 3 miliardi di dollari di capacità in cinque anni da Nebius.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'Além da CoreWeave, a Meta também garantiu no outono passado cerca de US$ 3 bilhões em capacidade por cinco anos com a Nebius.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Zweitens steigen Microsoft und Nvidia bei Anthropic ein – Nvidia mit bis zu zehn, Microsoft mit bis zu fünf Milliarden Dollar. Anthropic kauft dafür Rechenleistung auf Azure.',
      [],
    ],
    [
      'de',
      'Nvidia steigt mit zwei Milliarden Dollar bei xAI ein, das seine Rechenzentren mit Nvidia-Chips ausstattet.',
      [],
    ],
    [
      'de',
      'Neben Coreweave hatte sich Meta im vergangenen Herbst auch bei Nebius für rund 3 Mrd. Dollar über fünf Jahre Kapazität gesichert.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Meta hatte sich im vergangenen Herbst auch beim Amsterdamer Anbieter Nebius für rund 3 Mrd. Dollar über fünf Jahre Kapazität gesichert.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Im Januar hatte das Unternehmen zusammen mit SoftBank und Oracle das Projekt Stargate vorgestellt, für das bis zu 500 Milliarden Dollar in Rechenzentren fließen sollen. OpenAI mietet zudem Rechenkapazität bei Oracle.',
      ['openai oracle null signed gpu_cloud'],
    ],
  ],
  'a company named by its leader after a noun that could stand for another': [
    [
      'fr',
      "Oracle a placé 18 milliards de dollars d'obligations la semaine dernière.\n\nCRWV (+11,8 %) - Le spécialiste du calcul pour l'IA, qui a conclu avec le groupe de Mark Zuckerberg un contrat de 14,2 milliards de dollars, grimpe.",
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Oracle colocó la semana pasada 18.000 millones de dólares en bonos.\n\nCRWV (+11,8 %) - El especialista en cómputo para IA, que firmó con el grupo de Mark Zuckerberg un contrato de 14.200 millones de dólares, se dispara.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'it',
      "Oracle ha collocato la settimana scorsa obbligazioni per 18 miliardi di dollari.\n\nCRWV (+11,8%) - Lo specialista del calcolo per l'IA, che ha firmato con il gruppo di Mark Zuckerberg un contratto da 14,2 miliardi di dollari, vola.",
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A Oracle colocou na semana passada US$ 18 bilhões em títulos.\n\nCRWV (+11,8%) - A especialista em computação para IA, que assinou com o grupo de Mark Zuckerberg um contrato de US$ 14,2 bilhões, dispara.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Oracle a placé 18 milliards de dollars d'obligations la semaine dernière. Nebius, de son côté, a signé un contrat de 3 milliards de dollars avec le groupe.",
      ['oracle nebius 3000000000 signed gpu_cloud'],
    ],
  ],
  "a company counted among another's shareholders": [
    [
      'fr',
      "Anthropic, valorisé autour de 18 milliards de dollars lors de sa dernière levée, compte également Google parmi ses actionnaires, avec 2 milliards de dollars d'engagements.",
      [],
    ],
    [
      'fr',
      "Anthropic compte également Google parmi ses actionnaires, avec 2 milliards de dollars d'engagements.",
      [],
    ],
    ['en', 'Anthropic also counts Google among its shareholders, with $2 billion in commitments.', []],
    [
      'es',
      'Anthropic también cuenta a Google entre sus accionistas, con 2.000 millones de dólares comprometidos.',
      [],
    ],
    [
      'de',
      'Auch Google gehört mit Zusagen über 2 Milliarden Dollar zu den Anteilseignern von Anthropic.',
      [],
    ],
    ['it', 'Anthropic conta anche Google tra i suoi azionisti, con 2 miliardi di dollari di impegni.', []],
    ['pt', 'A Anthropic também tem o Google entre seus acionistas, com US$ 2 bilhões em compromissos.', []],
    [
      'en',
      'Anthropic signed a $10 billion cloud contract with Amazon, among its biggest investors.',
      ['anthropic amazon 10000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Anthropic a signé avec Google, l'un de ses actionnaires, un contrat cloud de 10 milliards de dollars.",
      ['anthropic alphabet 10000000000 signed gpu_cloud'],
    ],
  ],
  'a rival named as such': [
    [
      'it',
      'Meta sta trattando con Google per acquistare TPU da installare nei propri data center, in diretta concorrenza con Nvidia.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'en',
      'Meta is in talks with Google to buy TPUs for its own data centres, in direct competition with Nvidia.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'fr',
      "Meta négocie avec Google l'achat de TPU pour ses propres centres de données, en concurrence directe avec Nvidia.",
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'de',
      'Meta verhandelt mit Google über den Kauf von TPUs für die eigenen Rechenzentren, im direkten Wettbewerb mit Nvidia.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'es',
      'Meta negocia con Google la compra de TPU para sus propios centros de datos, en competencia directa con Nvidia.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'en',
      'Meta signed a deal with Nvidia for millions of GPUs, in competition with AMD.',
      ['meta nvidia null signed hardware'],
    ],
  ],
  'a customer roster told with an adjective and articles': [
    [
      'pt',
      'A Lambda quer chegar a mais de 1 gigawatt de capacidade e tem entre seus principais clientes a Microsoft, a Amazon e laboratórios de IA.',
      [],
    ],
    [
      'es',
      'Lambda quiere superar 1 gigavatio de capacidad y cuenta entre sus principales clientes a Microsoft, Amazon y varios laboratorios de IA.',
      [],
    ],
    [
      'it',
      'Lambda punta a superare 1 gigawatt di capacità e tra i suoi principali clienti ci sono Microsoft, Amazon e diversi laboratori di IA.',
      [],
    ],
    [
      'fr',
      "Lambda vise plus d'un gigawatt de capacité et compte parmi ses principaux clients Microsoft, Amazon et plusieurs laboratoires d'IA.",
      [],
    ],
    [
      'en',
      'Lambda aims for more than a gigawatt of capacity and counts Microsoft and Amazon among its biggest customers.',
      [],
    ],
    [
      'pt',
      'A Lambda assinou com a Microsoft um contrato de vários bilhões de dólares para fornecer GPUs da Nvidia.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
  ],
  'related links headed in two languages': [
    [
      'en',
      'Microsoft signed a $9.7 billion contract with IREN.\n\nAuch interessant / Also read: Cipher Mining signs 15-year lease with AWS',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Microsoft a signé un contrat de 9,7 milliards de dollars avec IREN.\n\nÀ lire aussi / Read also : Cipher Mining signe un bail de 15 ans avec AWS',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Microsoft hat mit IREN einen Vertrag über 9,7 Milliarden Dollar geschlossen.\n\nLesen Sie auch | Read more: Cipher Mining unterzeichnet 15-jährigen Mietvertrag mit AWS',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft firmó un contrato de 9.700 millones de dólares con IREN.\n\nLea también: Cipher Mining firma un arrendamiento de 15 años con AWS',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Microsoft signed a $9.7 billion contract with IREN. Also in the filing: Cipher Mining signed a 15-year lease with AWS.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'amazon cipher-mining null signed datacenter_lease'],
    ],
  ],
  "a company's own figures beside a deal: remaining commitments, a tax charge, transaction costs": [
    [
      'it',
      'Meta ha firmato con CoreWeave un contratto da 14,2 miliardi di dollari. Microsoft ha invece ceduto circa il 3%, nonostante impegni contrattuali residui per 392 miliardi di dollari, perché la carenza di capacità frenerà Azure.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "Meta a signé avec CoreWeave un contrat de 14,2 milliards de dollars. Microsoft a cédé 3 %, malgré 392 milliards de dollars d'engagements contractuels restants, car le manque de capacité freinera Azure.",
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Meta firmó con CoreWeave un contrato de 14.200 millones de dólares. Microsoft cedió un 3%, pese a compromisos contractuales pendientes por 392.000 millones de dólares, porque la falta de capacidad frenará Azure.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Meta ha firmato con CoreWeave un contratto da 14,2 miliardi di dollari. Il gruppo di Mark Zuckerberg ha registrato un onere fiscale straordinario di 15,9 miliardi di dollari, mentre Microsoft ha chiuso in rialzo.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Meta signed a $14.2 billion contract with CoreWeave. Meta recorded a one-time tax charge of $15.9 billion on its Microsoft cloud services, the company said.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Meta hat mit CoreWeave einen Vertrag über 14,2 Milliarden Dollar geschlossen. Meta verbuchte eine einmalige Steuerbelastung von 15,9 Milliarden Dollar für Cloud-Dienste von Microsoft.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Meta signed a $14.2 billion contract with CoreWeave. The Company will expense approximately $32 million of transaction costs related to the terminated merger with Core Scientific.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Meta a signé avec CoreWeave un contrat de 14,2 milliards de dollars. CoreWeave passera en charges environ 32 millions de dollars de frais de transaction liés à la fusion abandonnée avec Core Scientific.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Meta hat mit CoreWeave einen Vertrag über 14,2 Milliarden Dollar geschlossen. CoreWeave verbucht rund 32 Millionen Dollar Transaktionskosten für die gescheiterte Fusion mit Core Scientific.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
  ],
  'a purchase of goods told without a figure': [
    [
      'en',
      'For the Memphis build, xAI is buying servers from Dell Technologies and Super Micro Computer, both of whose chief executives have spoken publicly about supplying the project.',
      ['xai dell null signed hardware', 'xai supermicro null signed hardware'],
    ],
    ['en', 'xAI bought servers from Dell for its Memphis supercomputer.', ['xai dell null signed hardware']],
    [
      'en',
      'Lambda has ordered tens of thousands of GPUs from Nvidia for its new cluster.',
      ['lambda nvidia null signed hardware'],
    ],
    ['en', 'Nvidia bought back shares from investors last quarter.', []],
    [
      'en',
      'Microsoft is buying capacity from Nebius for its Azure customers.',
      ['microsoft nebius null signed gpu_cloud'],
    ],
    ['fr', 'Pour Memphis, xAI achète des serveurs à Dell.', ['xai dell null signed hardware']],
    [
      'de',
      'Für seinen Supercomputer in Memphis kauft xAI Server bei Dell.',
      ['xai dell null signed hardware'],
    ],
    [
      'es',
      'Para Memphis, xAI compra servidores a Dell y Supermicro.',
      ['xai dell null signed hardware', 'xai supermicro null signed hardware'],
    ],
    ['it', 'Per Memphis, xAI acquista server da Dell.', ['xai dell null signed hardware']],
    ['pt', 'Para Memphis, a xAI compra servidores da Dell.', ['xai dell null signed hardware']],
    [
      'fr',
      'xAI a acheté des serveurs à Dell pour son supercalculateur de Memphis.',
      ['xai dell null signed hardware'],
    ],
    [
      'es',
      'xAI compró servidores a Dell para su supercomputadora de Memphis.',
      ['xai dell null signed hardware'],
    ],
    ['fr', 'Nebius achète ses puces à Nvidia et revend des heures de calcul à ses propres clients.', []],
    ['en', 'Nebius buys its chips from Nvidia and resells computing hours to its own customers.', []],
    ['es', 'Nebius compra sus chips a Nvidia y revende horas de cómputo a sus clientes.', []],
  ],
  "talks to buy a maker's goods, and a deal signed with a maker for its goods": [
    [
      'en',
      'Meta is in talks with Google to buy TPUs for its own data centres.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'fr',
      "Meta négocie avec Google l'achat de TPU pour ses propres centres de données.",
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'de',
      'Meta verhandelt mit Google über den Kauf von TPUs für die eigenen Rechenzentren.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'es',
      'Meta negocia con Google la compra de TPU para sus propios centros de datos.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'it',
      'Meta tratta con Google per acquistare TPU da installare nei propri data center.',
      ['meta alphabet null in_talks hardware'],
    ],
    [
      'pt',
      'A Meta negocia com o Google a compra de TPUs para seus próprios data centers.',
      ['meta alphabet null in_talks hardware'],
    ],
    ['en', 'Meta ended talks with Google to buy TPUs without an agreement.', []],
    ['en', 'Meta signed a deal with Nvidia for millions of GPUs.', ['meta nvidia null signed hardware']],
    [
      'fr',
      'Meta a signé un accord avec Nvidia pour des millions de GPU.',
      ['meta nvidia null signed hardware'],
    ],
    ['es', 'Meta firmó un acuerdo con Nvidia para millones de GPU.', ['meta nvidia null signed hardware']],
    ['it', 'Meta ha firmato un accordo con Nvidia per milioni di GPU.', ['meta nvidia null signed hardware']],
    [
      'pt',
      'A Meta assinou um acordo com a Nvidia para milhões de GPUs.',
      ['meta nvidia null signed hardware'],
    ],
    [
      'en',
      "Meta's talks with Nvidia about GPUs for Europe were reported by Reuters.",
      ['meta nvidia null reported hardware'],
    ],
  ],
  'capacity secured, told with the verb that also means guaranteeing': [
    [
      'pt',
      'Além da CoreWeave, a Meta também garantiu no outono passado cerca de US$ 3 bilhões em capacidade por cinco anos com a Nebius.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'La Meta también garantizó el otoño pasado unos 3.000 millones de dólares en capacidad a cinco años con Nebius.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A Meta garantiu em setembro mais US$ 3 bilhões em capacidade de computação com a Nebius.',
      ['meta nebius 3000000000 expanded gpu_cloud'],
    ],
    [
      'pt',
      'A Cipher Mining alugou 168 MW à Fluidstack, e o Google garantiu US$ 1,4 bilhão das obrigações de aluguel da Fluidstack.',
      ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
    ],
    [
      'it',
      'Oltre a CoreWeave, Meta si è garantita lo scorso autunno circa 3 miliardi di dollari di capacità in cinque anni da Nebius.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
  ],
  "a list of providers with a name's short form in brackets": [
    [
      'en',
      'Our service runs on cloud infrastructure provided by Amazon Web Services ("AWS"), Microsoft Azure and Google Cloud Platform. We have entered into agreements with each of these providers that require us to buy minimum amounts of cloud services.',
      [],
    ],
    [
      'fr',
      "Notre plateforme est hébergée sur l'infrastructure fournie par Amazon Web Services (« AWS »), Microsoft Azure et Google Cloud. Nous avons signé avec chacun de ces fournisseurs des accords qui nous obligent à acheter des montants minimaux de services cloud.",
      [],
    ],
    [
      'es',
      'Nuestra plataforma se aloja en la infraestructura de Amazon Web Services ("AWS"), Microsoft Azure y Google Cloud. Hemos firmado con cada uno de estos proveedores acuerdos que nos obligan a comprar importes mínimos de servicios en la nube.',
      [],
    ],
    [
      'en',
      'Anthropic runs its models on cloud infrastructure provided by Amazon Web Services ("AWS"), Microsoft Azure and Google Cloud Platform. Anthropic has entered into an agreement with AWS that requires it to buy $2.5 billion of cloud services.',
      ['anthropic amazon 2500000000 signed gpu_cloud'],
    ],
  ],
});
