// Kinds of error seen on real pages in round 23 (live blogs, wire copy and translated stories). Each kind is told
// again in invented sentences, in three languages or more: positives that must be found and near misses that must
// stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status
// kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "the Redmond-based software giant", "der Softwareriese aus Redmond", "il colosso di Menlo Park": a company
    // named by its home town and trade was no party, and the deal lost its buyer.
    'a company named by its home town and trade is a party': [
      [
        'en',
        'The Redmond-based software giant signed a $9.7 billion contract with IREN for GPU capacity over five years.',
        ['microsoft iren 9700000000 signed gpu_cloud'],
      ],
      [
        'de',
        'Der Softwareriese aus Redmond hat mit Nebius einen Vertrag über 17,4 Milliarden Dollar für GPU-Kapazität unterzeichnet.',
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Il colosso di Menlo Park ha firmato con CoreWeave un contratto da 14,2 miliardi di dollari per capacità di calcolo.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'en',
        'The Mountain View-based company agreed to supply Anthropic with up to one million TPUs in a deal worth tens of billions of dollars.',
        ['anthropic alphabet null signed'],
      ],
      ['en', 'The Redmond-based software giant reported quarterly revenue of $77.7 billion.', []],
      ['de', 'Der Softwareriese aus Redmond meldete einen Quartalsumsatz von 77,7 Milliarden Dollar.', []],
    ],
    // "sumó otros 14.200 millones", "outros 14,2 mil milhões", "altri 14,2 miliardi": "other" before an amount,
    // without a preposition, is an increment as much as "por otros" is.
    '"other" before an amount is an increment': [
      [
        'es',
        'Meta sumó otros 14.200 millones de dólares a su contrato de capacidad de cómputo con CoreWeave.',
        ['meta coreweave 14200000000 expanded gpu_cloud'],
      ],
      [
        'pt',
        'A Meta fechou com a CoreWeave mais um contrato: outros 14,2 mil milhões de dólares em capacidade de computação.',
        ['meta coreweave 14200000000 expanded gpu_cloud'],
      ],
      [
        'it',
        'CoreWeave ha firmato con Meta un contratto di capacità cloud: altri 14,2 miliardi di dollari fino al 2031.',
        ['meta coreweave 14200000000 expanded gpu_cloud'],
      ],
      [
        'es',
        'Meta firmó un contrato de 14.200 millones de dólares con CoreWeave, además de otros acuerdos con Google.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      ['es', 'Microsoft invirtió otros 2.000 millones de dólares en OpenAI durante la ronda.', []],
      ['pt', 'Nvidia investiu outros 2 mil milhões de dólares na xAI.', []],
    ],
    // "portando il valore complessivo degli impegni con il fornitore di cloud a circa 35 miliardi": the total came
    // too far after "valore" and the new order lost its running total.
    'a running total told after a long noun phrase': [
      [
        'it',
        'Meta ha firmato con CoreWeave un nuovo ordine da 14,2 miliardi di dollari, portando il valore complessivo degli impegni con il fornitore di cloud a circa 35 miliardi di dollari.',
        ['meta coreweave 14200000000 expanded gpu_cloud'],
      ],
      [
        'en',
        'Meta signed a new $14.2 billion order with CoreWeave, bringing the total value of its commitments to the cloud provider to about $35 billion.',
        ['meta coreweave 14200000000 expanded gpu_cloud'],
      ],
      [
        'es',
        'Meta firmó con CoreWeave un nuevo pedido de 14.200 millones de dólares, con lo que el valor total de sus compromisos con el proveedor asciende a unos 35.000 millones.',
        ['meta coreweave 14200000000 expanded gpu_cloud'],
      ],
      [
        'it',
        'Il rialzo di CoreWeave ha aggiunto altri 5 miliardi di dollari alla capitalizzazione, portando il valore complessivo della società a circa 60 miliardi di dollari.',
        [],
      ],
      [
        'en',
        'CoreWeave shares rose 8%, bringing the total market value of the cloud provider to about $60 billion.',
        [],
      ],
    ],
    // "Altman had already sealed partnerships with the big players:" over "- Nvidia – $100 billion / - Microsoft – $13
    // billion": a list of ties (stakes, chips, hoped-for revenue) gave each row the lab of the deal told above it.
    'a list of partnerships lends its rows no buyer': [
      [
        'en',
        'OpenAI signed a $38 billion agreement with Amazon Web Services for cloud capacity over seven years.\nAltman had already struck partnerships with most of the big names in tech:\n- Nvidia – $100 billion\n- Microsoft – $13 billion\n- Oracle – $10 billion',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'OpenAI a signé un accord de 38 milliards de dollars avec Amazon Web Services pour de la capacité cloud.\nSam Altman avait déjà noué des partenariats avec les grands noms de la tech :\n- Nvidia – 100 milliards de dollars\n- Microsoft – 13 milliards de dollars\n- Oracle – 10 milliards de dollars',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
      [
        'de',
        'OpenAI hat mit Amazon Web Services einen Vertrag über 38 Milliarden Dollar für Cloud-Kapazität unterzeichnet.\nAltman hatte bereits Partnerschaften mit den großen Namen der Branche geschlossen:\n- Nvidia – 100 Milliarden Dollar\n- Microsoft – 13 Milliarden Dollar\n- Oracle – 10 Milliarden Dollar',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'OpenAI firmó con Amazon Web Services un acuerdo de 38.000 millones de dólares para capacidad en la nube.\nAltman ya había sellado alianzas con los grandes nombres del sector:\n- Nvidia – 100.000 millones de dólares\n- Microsoft – 13.000 millones de dólares\n- Oracle – 10.000 millones de dólares',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A OpenAI assinou um acordo de US$ 38 bilhões com a Amazon Web Services para capacidade de nuvem.\nAltman já tinha fechado parcerias com os grandes nomes do setor:\n- Nvidia – US$ 100 bilhões\n- Microsoft – US$ 13 bilhões\n- Oracle – US$ 10 bilhões',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
      [
        'it',
        'OpenAI ha firmato con Amazon Web Services un accordo da 38 miliardi di dollari.\nIl titolo Oracle è salito del 3%.\nLe alleanze già strette da Altman con i big della tecnologia:\n- Nvidia – 100 miliardi di dollari\n- Microsoft – 13 miliardi di dollari',
        ['openai amazon 38000000000 signed'],
      ],
      [
        'pt',
        'Altman já tinha fechado parcerias com os grandes nomes do setor:\n- Nvidia – US$ 100 bilhões\n- Microsoft – US$ 13 bilhões',
        [],
      ],
      [
        'en',
        'OpenAI signed a $38 billion agreement with Amazon Web Services for cloud capacity over seven years.\nIts other compute contracts so far:\n- Oracle – $300 billion\n- CoreWeave – $22.4 billion',
        [
          'openai amazon 38000000000 signed gpu_cloud',
          'openai oracle 300000000000 signed gpu_cloud',
          'openai coreweave 22400000000 signed gpu_cloud',
        ],
      ],
      [
        'pt',
        'A OpenAI assinou um acordo de US$ 38 bilhões com a Amazon Web Services para capacidade de nuvem.\nOs outros contratos de computação da empresa:\n- Oracle – US$ 300 bilhões\n- CoreWeave – US$ 22,4 bilhões',
        [
          'openai amazon 38000000000 signed gpu_cloud',
          'openai oracle 300000000000 signed gpu_cloud',
          'openai coreweave 22400000000 signed gpu_cloud',
        ],
      ],
    ],

    // "potrebbe essere stato stipulato un contratto", "avrebbero stipulato", a next sentence saying "non confermata": a
    // done deal told as a possibility, or that nobody confirmed, stayed signed.
    'a deal told as a possibility or as unconfirmed is reported': [
      [
        'it',
        'Così, tra OpenAI e Oracle potrebbe essere stato stipulato un contratto da 300 miliardi di dollari per la capacità di calcolo.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'it',
        'OpenAI e Oracle avrebbero stipulato un contratto da 300 miliardi di dollari per la capacità di calcolo.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'it',
        "OpenAI ha stipulato con Oracle un contratto da 300 miliardi di dollari per la capacità di calcolo. Si tratta di un'indiscrezione del Wall Street Journal, non confermata dalle due società.",
        ['openai oracle 300000000000 reported'],
      ],
      [
        'en',
        'OpenAI may have signed a $300 billion contract with Oracle for computing power.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'en',
        'OpenAI signed a $300 billion contract with Oracle for computing power. Neither company has confirmed the report.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'fr',
        "OpenAI a signé un contrat de 300 milliards de dollars avec Oracle pour de la puissance de calcul. L'information n'a pas été confirmée par les deux groupes.",
        ['openai oracle 300000000000 reported'],
      ],
      [
        'es',
        'OpenAI podría haber firmado un contrato de 300.000 millones de dólares con Oracle para capacidad de cómputo.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'es',
        'OpenAI firmó un contrato de 300.000 millones de dólares con Oracle para capacidad de cómputo. Ninguna de las dos empresas ha confirmado la información.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'de',
        'OpenAI könnte mit Oracle einen Vertrag über 300 Milliarden Dollar für Rechenleistung abgeschlossen haben.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'de',
        'OpenAI hat mit Oracle einen Vertrag über 300 Milliarden Dollar für Rechenleistung abgeschlossen. Bestätigt haben die beiden Unternehmen den Bericht nicht.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'pt',
        'A OpenAI pode ter assinado um contrato de US$ 300 bilhões com a Oracle para capacidade de computação.',
        ['openai oracle 300000000000 reported'],
      ],
      [
        'en',
        'CoreWeave signed a $14.2 billion contract with Meta for cloud capacity through 2031. Meta has not commented on the terms.',
        ['meta coreweave 14200000000 signed'],
      ],
      [
        'fr',
        "CoreWeave a signé avec Meta un contrat de 14,2 milliards de dollars pour de la capacité cloud. Le calendrier des livraisons n'a pas été précisé.",
        ['meta coreweave 14200000000 signed'],
      ],
      [
        'es',
        'Nebius firmó un contrato de 17.400 millones de dólares con Microsoft para capacidad GPU. La compañía confirmó el acuerdo en un comunicado.',
        ['microsoft nebius 17400000000 signed'],
      ],
      ['en', 'Analysts said OpenAI may have signed more compute deals than it can pay for.', []],
    ],

    // "acquistare 30 miliardi di dollari di capacità cloud su Microsoft Azure, con un contratto aggiuntivo per 1 gigawatt":
    // a further contract told beside the amount made the amount's own contract an expansion.
    'a further contract told beside a new one leaves it signed': [
      [
        'it',
        "L'accordo prevede impegni consistenti da parte di Anthropic: acquistare 30 miliardi di dollari di capacità cloud su Microsoft Azure, con un contratto aggiuntivo per 1 gigawatt di potenza computazionale.",
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Anthropic committed to buy $30 billion of Azure compute capacity from Microsoft, with an additional contract for up to one gigawatt of capacity.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        "Anthropic s'est engagé à acheter pour 30 milliards de dollars de capacité de calcul Azure à Microsoft, avec un contrat supplémentaire pour jusqu'à un gigawatt.",
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Meta signed a new contract with CoreWeave worth $14.2 billion, with an additional option for more capacity.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'en',
        'CoreWeave expanded its deal with OpenAI, with an additional $6.5 billion of capacity.',
        ['openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'en',
        'OpenAI signed an additional contract with CoreWeave worth $6.5 billion.',
        ['openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'it',
        'Anthropic valuta un contratto aggiuntivo con Microsoft per un altro gigawatt di potenza di calcolo.',
        [],
      ],
    ],
    // "un accordo complessivo … tra il colosso del software Microsoft, il leader dei chip AI NVIDIA e Anthropic": three
    // companies, each with its trade, were no list of three, and the sum of their ties became Microsoft <- Nvidia.
    "a deal among three companies, each told with its trade, is no pair's": [
      [
        'it',
        'Si parla di un accordo complessivo del valore di circa 45 miliardi di dollari tra il colosso del software Microsoft, il leader dei chip AI NVIDIA e Anthropic.',
        [],
      ],
      [
        'en',
        'There is talk of an overall deal worth about $45 billion between software giant Microsoft, AI chip leader Nvidia and Anthropic.',
        [],
      ],
      [
        'fr',
        "On parle d'un accord global d'environ 45 milliards de dollars entre Microsoft, le géant des puces Nvidia et Anthropic.",
        [],
      ],
      [
        'es',
        'Se habla de un acuerdo global de unos 45.000 millones de dólares entre Microsoft, el fabricante de chips Nvidia y Anthropic.',
        [],
      ],
      [
        'en',
        'Anthropic signed a $30 billion contract with Microsoft, the software giant, for Azure compute capacity.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'it',
        'Anthropic ha firmato con Microsoft, il colosso del software, un contratto da 30 miliardi di dollari per capacità Azure.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
    ],

    // "portando la partnership a un valore complessivo di 22,4 miliardi": the verb's object came between the verb and
    // the total, and the total was read as a new contract's value.
    "a total told after the verb's object is a running total": [
      [
        'it',
        'CoreWeave ampliò il contratto con OpenAI di 6,5 miliardi di dollari, portando la partnership a un valore complessivo di 22,4 miliardi di dollari.',
        ['openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'de',
        'CoreWeave erweiterte den Vertrag mit OpenAI um 6,5 Milliarden Dollar und bringt die Partnerschaft damit auf einen Gesamtwert von 22,4 Milliarden Dollar.',
        ['openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'pt',
        'A CoreWeave ampliou o contrato com a OpenAI em US$ 6,5 bilhões, levando a parceria a um valor total de US$ 22,4 bilhões.',
        ['openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'en',
        'CoreWeave has earlier contracts, such as the one with OpenAI, which brought the partnership to a total value of $22.4 billion.',
        ['openai coreweave 22400000000 expanded'],
      ],
      [
        'fr',
        "CoreWeave a d'autres contrats, comme celui avec OpenAI, qui a porté le partenariat à une valeur totale de 22,4 milliards de dollars.",
        ['openai coreweave 22400000000 expanded'],
      ],
      [
        'es',
        'CoreWeave tiene contratos anteriores, como el de OpenAI, que llevó la relación a un valor total de 22.400 millones de dólares.',
        ['openai coreweave 22400000000 expanded'],
      ],
      ['en', 'The rally took CoreWeave to a total value of $60 billion on the stock market.', []],
    ],
    // "comprometeu-se a adquirir mais de 6 mil milhões de dólares em serviços da CoreWeave": "adquirir" with services as
    // its object read as a takeover; "capacidade de cloud não vendida" was no unsold capacity.
    'buying services or unsold capacity is no takeover': [
      [
        'pt',
        'A Nvidia, liderada por Jensen Huang, comprometeu-se anteriormente a adquirir mais de 6 mil milhões de dólares em serviços da CoreWeave.',
        ['nvidia coreweave 6000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Nvidia se comprometió a adquirir más de 6.000 millones de dólares en servicios de CoreWeave.',
        ['nvidia coreweave 6000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Nvidia committed to acquire more than $6 billion of services from CoreWeave.',
        ['nvidia coreweave 6000000000 signed gpu_cloud'],
      ],
      [
        'pt',
        'A Nvidia comprometeu-se a comprar 6,3 mil milhões de dólares em capacidade de cloud não vendida da CoreWeave.',
        ['nvidia coreweave 6300000000 signed capacity_backstop'],
      ],
      [
        'it',
        'Nvidia si è impegnata ad acquistare 6,3 miliardi di dollari di capacità invenduta di CoreWeave.',
        ['nvidia coreweave 6300000000 signed capacity_backstop'],
      ],
      [
        'pt',
        'A CoreWeave vai adquirir a Core Scientific por 9 mil milhões de dólares em ações, uma empresa de serviços de alojamento.',
        [],
      ],
      ['es', 'CoreWeave acordó adquirir Core Scientific por 9.000 millones de dólares en acciones.', []],
    ],

    // "Google despliega 1 millón de chips TPU mientras Amazon pierde terreno: el acuerdo con Anthropic …": a headline's
    // contrast needs no comma, and its company was taken as the buyer.
    "a company in a headline's contrast clause is no party": [
      [
        'es',
        'Google despliega 1 millón de chips TPU mientras Amazon pierde terreno: el acuerdo con Anthropic sacude la batalla por la AGI',
        ['anthropic alphabet null signed'],
      ],
      [
        'en',
        'Google to supply up to one million TPUs to Anthropic while Amazon loses ground in the AI cloud race',
        ['anthropic alphabet null signed'],
      ],
      [
        'it',
        'Google fornirà ad Anthropic fino a un milione di TPU mentre Amazon perde terreno',
        ['anthropic alphabet null signed'],
      ],
      [
        'pt',
        'Google vai fornecer até um milhão de TPUs à Anthropic enquanto a Amazon perde terreno',
        ['anthropic alphabet null signed'],
      ],
      ['en', 'Amazon loses ground while Google gains in the AI cloud race', []],
    ],
    // "OpenAI, junto con su socio SoftBank a través del joint venture Stargate, ha cerrado un contrato … a Oracle": the
    // venture the lab dealt through, or the partner going along, was taken for the buyer.
    'the venture dealt through and the partner going along are no parties': [
      [
        'en',
        'OpenAI, together with partner SoftBank through the Stargate joint venture, has signed a $30 billion-a-year contract to rent 4.5 gigawatts of computing power from Oracle.',
        ['openai oracle 30000000000 signed'],
      ],
      [
        'es',
        'OpenAI, junto con su socio SoftBank a través del joint venture Stargate, ha cerrado un contrato de 30.000 millones de dólares anuales para alquilar 4,5 gigavatios de potencia informática a Oracle.',
        ['openai oracle null signed'],
      ],
      [
        'fr',
        'OpenAI, aux côtés de son partenaire SoftBank, a signé avec Oracle un contrat de 300 milliards de dollars pour de la puissance de calcul.',
        ['openai oracle 300000000000 signed'],
      ],
      [
        'de',
        'OpenAI hat zusammen mit seinem Partner SoftBank einen Vertrag über 300 Milliarden Dollar für Rechenleistung mit Oracle unterzeichnet.',
        ['openai oracle 300000000000 signed'],
      ],
      [
        'pt',
        'A OpenAI, junto com o parceiro SoftBank, assinou com a Oracle um contrato de US$ 300 bilhões para capacidade de computação.',
        ['openai oracle 300000000000 signed'],
      ],
      [
        'en',
        'Microsoft signed a $9.7 billion contract with partner IREN for GPU capacity.',
        ['microsoft iren 9700000000 signed'],
      ],
      [
        'en',
        'SoftBank, together with partner OpenAI, is investing $500 billion in the Stargate joint venture.',
        [],
      ],
    ],
    // "El acuerdo amplía el acceso de CoreWeave a la energía …, dándole la propiedad de 1,3 gigavatios … de Core Scientific":
    // a takeover told through the ownership it hands over was read as a lease that grows.
    'ownership handed over is a takeover, no lease': [
      [
        'es',
        'El acuerdo amplía el acceso de CoreWeave a la energía y a los bienes raíces, dándole la propiedad de 1,3 gigavatios de capacidad bruta en toda la red de centros de datos de Core Scientific en EE. UU.',
        [],
      ],
      [
        'en',
        "The deal expands CoreWeave's access to power and real estate, giving it ownership of 1.3 gigawatts of gross capacity across Core Scientific's US data center network.",
        [],
      ],
      [
        'fr',
        "L'accord élargit l'accès de CoreWeave à l'énergie et à l'immobilier, en lui donnant la propriété de 1,3 gigawatt de capacité brute sur le réseau de centres de données de Core Scientific.",
        [],
      ],
      [
        'it',
        "L'accordo amplia l'accesso di CoreWeave all'energia, dandole la proprietà di 1,3 gigawatt di capacità lorda nella rete di data center di Core Scientific.",
        [],
      ],
      [
        'pt',
        'O acordo amplia o acesso da CoreWeave à energia, dando-lhe a propriedade de 1,3 gigawatt de capacidade bruta na rede de centros de dados da Core Scientific.',
        [],
      ],
      [
        'en',
        'CoreWeave expanded its lease with Core Scientific by 200 megawatts of capacity at the Denton campus.',
        ['coreweave core-scientific null expanded datacenter_lease'],
      ],
    ],

    // "la joint venture tra Aker e Nscale, che ha siglato un accordo pluriennale per la fornitura di … GPU … a Microsoft":
    // the venture's members were dropped as mere members though the venture deals in its own relative clause; the
    // English copy paired Microsoft with the chips' maker.
    'a venture that deals in its own clause is stood for by its members': [
      [
        'it',
        "A completare il quadro c'è la joint venture tra Aker e Nscale, che ha siglato un accordo pluriennale per la fornitura di circa 52.000 GPU Nvidia GB300 a Microsoft dal suo campus di Narvik, in Norvegia.",
        ['microsoft nscale null signed gpu_cloud'],
      ],
      [
        'en',
        'There is also the joint venture between Aker and Nscale, which signed a multi-year agreement to supply about 52,000 Nvidia GB300 GPUs to Microsoft from its Narvik campus in Norway.',
        ['microsoft nscale null signed gpu_cloud'],
      ],
      [
        'fr',
        'La coentreprise entre Aker et Nscale, qui a signé un accord pluriannuel pour fournir environ 52 000 GPU Nvidia GB300 à Microsoft depuis Narvik.',
        ['microsoft nscale null signed gpu_cloud'],
      ],
      [
        'en',
        'Stargate is a joint venture of OpenAI, Oracle and SoftBank, which plans to invest $500 billion in data centers.',
        [],
      ],
    ],
    // "valorado en hasta 19.400 millones" in the lead, then "El 9 de septiembre, Nebius anunció un acuerdo … por un valor de
    // 19.400 millones, que incluye un pago inicial de 17.400 millones y la opción …": the dated sentence was taken for an
    // earlier contract, and the one deal came out twice.
    "a dated sentence that restates the lead's figure tells the same contract": [
      [
        'en',
        'Microsoft secures 100,000 Nvidia chips through its Nebius pact. The deal, valued at up to $19.4 billion, gives Microsoft more AI capacity.\nOn September 9, Nebius announced an agreement with Microsoft worth $19.4 billion, which includes an initial $17.4 billion and the option to expand services by up to $2 billion.',
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      [
        'fr',
        "Microsoft sécurise 100 000 puces Nvidia grâce à son accord avec Nebius. Ce pacte, évalué jusqu'à 19,4 milliards de dollars, donne à Microsoft plus de capacité de calcul.\nLe 9 septembre, Nebius a annoncé un accord avec Microsoft d'une valeur de 19,4 milliards de dollars, qui comprend un montant initial de 17,4 milliards et l'option d'étendre les services jusqu'à 2 milliards.",
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Microsoft asegura 100.000 chips de Nvidia gracias a su pacto con Nebius. Este pacto, valorado en hasta 19.400 millones de dólares, proporciona a Microsoft más capacidad de computación.\nEl 9 de septiembre, Nebius anunció un acuerdo con Microsoft por un valor de 19.400 millones de dólares, que incluye un pago inicial de 17.400 millones de dólares y la opción de expandir los servicios por hasta 2.000 millones.',
        ['microsoft nebius 17400000000 signed gpu_cloud'],
      ],
      [
        'en',
        // "the two had already agreed": the pair's earlier contract, recalled with its value, is a deal of its own (the
        // labelling rule for earlier contracts recalled in passing); "the two" names the pair since round 28.
        'Microsoft signs up to $14 billion with Nscale for GPU capacity in Texas. In September the two had already agreed a $6.2 billion contract for Narvik.',
        ['microsoft nscale 14000000000 signed gpu_cloud', 'microsoft nscale 6200000000 signed gpu_cloud'],
      ],
      ['en', 'The options could add up to $2 billion, on top of the initial $17.4 billion.', []],
    ],
    // "TeraWulf und Fluidstack unterzeichnen Mietverträge über 9,5 Milliarden Dollar": a German compound contract noun
    // ("Mietverträge") and the present "unterzeichnen" named no contract, and the lease was missed.
    'a German compound contract noun tells a contract': [
      [
        'de',
        'TeraWulf und Fluidstack unterzeichnen Mietverträge über 9,5 Milliarden Dollar für Rechenzentrumskapazität.',
        ['fluidstack terawulf 9500000000 signed datacenter_lease'],
      ],
      [
        'de',
        'Hut 8 und Fluidstack unterzeichnen Mietverträge über 7 Milliarden Dollar für Rechenzentrumskapazität.',
        ['fluidstack hut-8 7000000000 signed datacenter_lease'],
      ],
      [
        'fr',
        'TeraWulf et Fluidstack signent des baux de centres de données pour 9,5 milliards de dollars.',
        ['fluidstack terawulf 9500000000 signed datacenter_lease'],
      ],
      [
        'es',
        'TeraWulf y Fluidstack firman contratos de arrendamiento de centros de datos por 9.500 millones de dólares.',
        ['fluidstack terawulf 9500000000 signed datacenter_lease'],
      ],
      ['de', 'Die Mietpreise für Rechenzentrumsflächen in Frankfurt stiegen um 9,5 Prozent.', []],
    ],
    // "CoreWeave stock fell 6% on Tuesday even as the company announced a $14.2 billion agreement with Meta": a deal told
    // against the share move ("even as", "malgré", "obwohl", "pese a") lost its amount to the move's cue.
    'a deal told against a share move keeps its amount': [
      [
        'en',
        'CoreWeave stock fell 6% on Tuesday even as the company announced a $14.2 billion agreement with Meta, following a $6.5 billion expansion of its OpenAI contract last week.',
        ['meta coreweave 14200000000 signed gpu_cloud', 'openai coreweave 6500000000 expanded gpu_cloud'],
      ],
      [
        'fr',
        "L'action CoreWeave a reculé de 6 % mardi malgré l'annonce d'un contrat de 14,2 milliards de dollars avec Meta pour de la capacité de calcul.",
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'de',
        'Die CoreWeave-Aktie fiel am Dienstag um 6 Prozent, obwohl das Unternehmen einen Vertrag über 14,2 Milliarden Dollar mit Meta für Rechenkapazität bekanntgab.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Las acciones de CoreWeave cayeron un 6 % pese al anuncio de un contrato de 14.200 millones de dólares con Meta para capacidad de cómputo.',
        ['meta coreweave 14200000000 signed gpu_cloud'],
      ],
      ['en', 'CoreWeave stock fell 6% on Tuesday even as the broader market rallied.', []],
      [
        'fr',
        "L'action CoreWeave a reculé de 6 % malgré un marché en hausse, sa capitalisation retombant à 40 milliards de dollars.",
        [],
      ],
    ],
    // "AMD will supply OpenAI with graphics processors totalling 6 gigawatts; OpenAI may acquire up to 10% of AMD":
    // a stake the buyer may take (a share of the company) read as a takeover and silenced the supply told before it.
    'a stake the buyer may take is no takeover': [
      [
        'en',
        'AMD will supply OpenAI with graphics processors totalling 6 gigawatts; OpenAI may acquire up to 10% of AMD through warrants.',
        ['openai amd null signed hardware'],
      ],
      [
        'fr',
        "Le fabricant de puces AMD fournira à OpenAI des processeurs graphiques représentant 6 gigawatts ; OpenAI pourra acquérir jusqu'à 10 % d'AMD via des bons de souscription.",
        ['openai amd null signed hardware'],
      ],
      [
        'de',
        'AMD liefert OpenAI Grafikprozessoren mit insgesamt 6 Gigawatt; OpenAI kann über Optionsscheine bis zu 10 Prozent an AMD erwerben.',
        ['openai amd null signed hardware'],
      ],
      ['en', 'CoreWeave agreed to acquire Core Scientific for $9 billion in stock.', []],
      ['fr', "CoreWeave a accepté d'acquérir Core Scientific pour 9 milliards de dollars en actions.", []],
    ],
    // "OpenAI e Oracle hanno ampliato la loro partnership Stargate", "4.5 gigawatts of additional Stargate data center
    // capacity": the partnership's or the capacity's name was taken for the buyer.
    'a partnership or capacity named after Stargate is no party': [
      [
        'it',
        'OpenAI e Oracle hanno ampliato la loro partnership Stargate con ulteriori 4,5 gigawatt di capacità negli Stati Uniti.',
        ['openai oracle null expanded'],
      ],
      [
        'en',
        'OpenAI and Oracle expanded their Stargate partnership with an additional 4.5 gigawatts of capacity in the US.',
        ['openai oracle null expanded'],
      ],
      [
        'en',
        'OpenAI and Oracle agreed to develop 4.5 gigawatts of additional Stargate data center capacity in the US.',
        ['openai oracle null expanded'],
      ],
      [
        'fr',
        'OpenAI et Oracle étendent leur partenariat Stargate avec 4,5 gigawatts de capacité supplémentaire aux États-Unis.',
        ['openai oracle null expanded'],
      ],
      [
        'es',
        'OpenAI y Oracle amplían su alianza Stargate con 4,5 gigavatios adicionales de capacidad en Estados Unidos.',
        ['openai oracle null expanded'],
      ],
      ['en', 'The Stargate partnership plans to invest $500 billion in US data centers over four years.', []],
    ],
    // "This Meta deal is Nebius' second major hyperscaler contract, following a roughly US$17.4 billion agreement with
    // Microsoft": the company that names the other deal was taken as the earlier deal's buyer (Meta <- Microsoft). Since
    // round 25 the company named next (Nebius) is read as the sentence's subject, the earlier deal's seller.
    'a company that names the other deal is no party of the earlier one told after it': [
      [
        'en',
        "This Meta deal is Nebius' second major hyperscaler contract, following a roughly $17.4 billion agreement with Microsoft announced in September.",
        ['microsoft nebius 17400000000 signed'],
      ],
      [
        'fr',
        "Le contrat Meta est le deuxième de Nebius, après un accord d'environ 17,4 milliards de dollars avec Microsoft en septembre.",
        ['microsoft nebius 17400000000 signed'],
      ],
      [
        'de',
        'Der Vertrag mit Meta ist der zweite von Nebius, nach einem Vertrag über rund 17,4 Milliarden Dollar mit Microsoft im September.',
        ['microsoft nebius 17400000000 signed'],
      ],
      [
        'es',
        'Nebius firmó un contrato de 3.000 millones de dólares con Meta, tras un acuerdo de unos 17.400 millones de dólares con Microsoft en septiembre.',
        ['meta nebius 3000000000 signed', 'microsoft nebius 17400000000 signed'],
      ],
      [
        'en',
        "It is Nebius' second hyperscaler contract, following a $17.4 billion agreement with Microsoft announced in September.",
        ['microsoft nebius 17400000000 signed'],
      ],
      [
        'en',
        'This Meta deal is the second for the neocloud, following a $17.4 billion agreement with Microsoft.',
        [],
      ],
    ],
    // "Google has committed to underwrite $1.4 billion of AI computing startup Fluidstack's $3 billion contract with Cipher
    // Mining": "underwrite" read as a debt offering's word silenced both deals; a backstop of the tenant's contract took the
    // tenant for its seller.
    "a guarantee of a tenant's contract is the guarantor's deal with the landlord": [
      [
        'en',
        "Google has committed to underwrite $1.4 billion of AI computing startup Fluidstack's $3 billion contract with Cipher Mining over a decade.",
        [
          'alphabet cipher-mining 1400000000 signed capacity_backstop',
          'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        ],
      ],
      [
        'fr',
        'Google garantira 1,4 milliard de dollars du contrat de 3 milliards de dollars de Fluidstack avec Cipher Mining.',
        [
          'alphabet cipher-mining 1400000000 signed capacity_backstop',
          'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        ],
      ],
      [
        'es',
        'Google respaldará 1.400 millones de dólares del contrato de 3.000 millones de dólares de Fluidstack con Cipher Mining.',
        [
          'alphabet cipher-mining 1400000000 signed capacity_backstop',
          'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        ],
      ],
      [
        'en',
        'CoreWeave priced a $2 billion offering of senior notes; Morgan Stanley and Goldman Sachs are the underwriters.',
        [],
      ],
      [
        'en',
        'IREN completed an underwritten public offering of $1 billion of convertible notes to fund GPUs for Microsoft.',
        [],
      ],
    ],
    // "Anthropic wird Rechenkapazität im Wert von 30 Milliarden Dollar auf Microsoft Azure kaufen": the German infinitive
    // at the clause's end, right after the cloud's name, made the cloud a buyer too, and the pair was dropped.
    "a verb-last infinitive after a name is not that name's verb": [
      [
        'de',
        'Anthropic wird Rechenkapazität im Wert von 30 Milliarden Dollar auf Microsoft Azure kaufen.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'de',
        'Anthropic wird Rechenkapazität im Wert von 30 Milliarden Dollar auf Azure kaufen.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Anthropic will buy $30 billion of compute capacity on Microsoft Azure.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'Anthropic achètera pour 30 milliards de dollars de capacité de calcul sur Microsoft Azure.',
        ['anthropic microsoft 30000000000 signed gpu_cloud'],
      ],
      ['de', 'Analysten erwarten, dass Anleger die Aktien von Microsoft kaufen.', []],
    ],
    // "CoreWeave's backlog rose to $55.6 billion …, including the $14.2 billion Meta contract": a company named as the
    // contract noun's modifier in the backlog's sentence was no contract of its own; "since the $300 billion OpenAI deal was
    // reported in September" kept the deal signed.
    'a contract named by its company inside a backlog sentence, and a deal known from the press': [
      [
        'en',
        "CoreWeave's backlog rose to $55.6 billion at the end of the third quarter, including the $14.2 billion Meta contract.",
        ['meta coreweave 14200000000 signed'],
      ],
      [
        'en',
        "CoreWeave's backlog rose to $55.6 billion, driven by the $14.2 billion Meta contract.",
        ['meta coreweave 14200000000 signed'],
      ],
      [
        'fr',
        'Le carnet de commandes de CoreWeave a atteint 55,6 milliards de dollars, porté par un contrat de 14,2 milliards avec Meta.',
        ['meta coreweave 14200000000 signed'],
      ],
      [
        'it',
        'Il portafoglio ordini di CoreWeave è salito a 55,6 miliardi di dollari, di cui fa parte il contratto con Meta da 14,2 miliardi.',
        ['meta coreweave 14200000000 signed'],
      ],
      [
        'en',
        'Oracle shares have lost more than 40% since the $300 billion OpenAI deal was reported in September.',
        ['openai oracle 300000000000 reported'],
      ],
      ['en', "CoreWeave's backlog rose to $55.6 billion, driven by Meta and OpenAI contracts.", []],
    ],
    // "| Microsoft | $19.4B | Multi-year |": a table written in text with pipes was no list, so its rows borrowed no
    // buyer from the lead, or took the lead's buyer against their own label.
    'a table written with pipes is read row by row': [
      [
        'en',
        'OpenAI signed a $38 billion deal with AWS.\n\nIts other compute contracts:\n\n| Provider | Value |\n|---|---|\n| Oracle | $300B |\n| CoreWeave | $22.4B |',
        [
          'openai amazon 38000000000 signed',
          'openai oracle 300000000000 signed',
          'openai coreweave 22400000000 signed',
        ],
      ],
      [
        'fr',
        'OpenAI a signé un contrat de 38 milliards de dollars avec AWS.\n\nSes autres contrats de calcul :\n\n| Fournisseur | Montant |\n|---|---|\n| Oracle | 300 milliards de dollars |\n| CoreWeave | 22,4 milliards de dollars |',
        [
          'openai amazon 38000000000 signed',
          'openai oracle 300000000000 signed',
          'openai coreweave 22400000000 signed',
        ],
      ],
      [
        'de',
        'OpenAI hat mit AWS einen Vertrag über 38 Milliarden Dollar für Rechenkapazität unterzeichnet.\n\nDie übrigen Rechenverträge von OpenAI:\n\n| Anbieter | Volumen |\n|---|---|\n| Oracle | 300 Milliarden Dollar |\n| CoreWeave | 22,4 Milliarden Dollar |',
        [
          'openai amazon 38000000000 signed',
          'openai oracle 300000000000 signed',
          'openai coreweave 22400000000 signed',
        ],
      ],
      [
        'en',
        'Nebius signs $27B deal with Meta\n\nThis is a transformational contract for Nebius. The contracted revenue picture:\n| Customer | Contract Value | Type |\n|---|---|---|\n| Microsoft | $19.4B | Multi-year |\n| Meta (new) | $27B | 5-year |',
        ['meta nebius 27000000000 signed', 'microsoft nebius 19400000000 signed'],
      ],
      [
        'en',
        'Site map\n\n| Home | News | Markets | Tech |\n|---|---|---|---|\n| Nvidia | Oracle | CoreWeave | Nebius |',
        [],
      ],
    ],
  },
  true,
);
