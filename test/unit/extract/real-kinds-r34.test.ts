// Kinds of error seen on real pages in round 34 (a roundup's "AMOUNT to X" elements bound to the element before, a
// sum spread across several clouds given to the first of them, …). Each kind is told again in invented sentences,
// in three languages or more: positives that must be found and near misses that must stay silent. Each row's wanted
// strings are prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind(
  {
    // "OpenAI has committed roughly $250 billion back to Microsoft, $300 billion to Oracle, and a new $38 billion
    // agreement with AWS": the third amount went to the pair (Oracle, AWS), the element before and its own object.
    "a roundup's amounts 'to' or 'with' each company bind to the subject, never to the element before": [
      [
        'en',
        'Reports say OpenAI has committed about $250 billion back to Microsoft, $300 billion to Oracle, and a new $38 billion multi-year agreement with AWS.',
        [
          'openai microsoft 250000000000 reported',
          'openai oracle 300000000000 reported',
          'openai amazon 38000000000 reported',
        ],
      ],
      [
        'en',
        'OpenAI has spread its bets: $250 billion remains with Microsoft, $300 billion is allocated to Oracle, and a $38 billion deal has just been signed with AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'fr',
        "Selon la presse, OpenAI s'est engagé par contrat à verser environ 250 milliards de dollars à Microsoft, 300 milliards à Oracle et 38 milliards à AWS.",
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'de',
        'OpenAI hat Cloud-Verträge geschlossen: rund 250 Milliarden Dollar gehen an Microsoft, 300 Milliarden an Oracle und 38 Milliarden an AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'es',
        'OpenAI ha firmado contratos de nube: 250.000 millones de dólares siguen con Microsoft, 300.000 millones se destinan a Oracle y un acuerdo de 38.000 millones acaba de firmarse con AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'it',
        'OpenAI ha firmato contratti cloud: 250 miliardi di dollari restano con Microsoft, 300 miliardi vanno a Oracle e un accordo da 38 miliardi è appena stato firmato con AWS.',
        ['openai microsoft 250000000000', 'openai oracle 300000000000', 'openai amazon 38000000000'],
      ],
      [
        'pt',
        'Em 2025 a Microsoft assinou um contrato de 17,4 mil milhões de dólares com a Nebius e um de 9,7 mil milhões com a IREN.',
        ['microsoft nebius 17400000000', 'microsoft iren 9700000000'],
      ],
      ['en', 'OpenAI sold $6.6 billion of shares to SoftBank and $1 billion to Thrive Capital.', []],
      ['en', 'Alphabet paid $2 billion in shares to Nvidia and $1 billion to Anthropic.', []],
    ],
    // "spreading roughly $600 billion across Amazon Web Services (AWS), Microsoft, and Oracle": the sum over three
    // clouds came out as a $600 billion deal with the first of them.
    'an amount spread across several companies is their sum, no one’s contract': [
      [
        'en',
        'OpenAI is making one of the boldest bets in tech history—spreading roughly $600 billion across Amazon Web Services (AWS), Microsoft, and Oracle to secure the computing power it needs.',
        [],
      ],
      [
        'fr',
        "OpenAI fait l'un des paris les plus audacieux de l'histoire de la tech en répartissant quelque 600 milliards de dollars entre Amazon Web Services (AWS), Microsoft et Oracle pour s'assurer la puissance de calcul dont il a besoin.",
        [],
      ],
      [
        'es',
        'OpenAI hace una de las apuestas más audaces de la historia tecnológica al repartir unos 600.000 millones de dólares entre Amazon Web Services (AWS), Microsoft y Oracle para asegurarse potencia de cálculo.',
        [],
      ],
      [
        'de',
        'OpenAI geht eine der kühnsten Wetten der Tech-Geschichte ein und verteilt rund 600 Milliarden Dollar auf Amazon Web Services (AWS), Microsoft und Oracle, um sich Rechenleistung zu sichern.',
        [],
      ],
      [
        'en',
        'OpenAI is spreading its workloads across clouds and signed a $38 billion contract with Amazon Web Services (AWS).',
        ['openai amazon 38000000000 signed gpu_cloud'],
      ],
    ],
    // "the Amsterdam-based neocloud will deliver $12 billion of dedicated capacity to Meta Platforms from early 2027,
    // and Meta will buy up to $15 billion …": the first amount, told "to" its buyer, was lost.
    "capacity delivered 'to' its buyer beside a second amount is a contract of its own": [
      [
        'en',
        'Nebius will deliver $12 billion of dedicated capacity to Meta from early 2027, and Meta will buy up to $15 billion more if it is not sold to other customers.',
        ['meta nebius 12000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      [
        'de',
        'Nebius liefert ab 2027 dedizierte Kapazität im Wert von 12 Milliarden Dollar an Meta, und Meta kauft bis zu 15 Milliarden Dollar mehr, falls sie nicht an andere Kunden verkauft wird.',
        ['meta nebius 12000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      [
        'es',
        'Nebius entregará 12.000 millones de dólares en capacidad dedicada a Meta desde 2027, y Meta comprará hasta 15.000 millones más si no se vende a otros clientes.',
        ['meta nebius 12000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      ['en', 'Nebius will deliver $12 billion of shares to Meta in the placement.', []],
    ],
    // "Microsoft has already committed more than $33 billion to companies like Nebius, CoreWeave, Nscale and Lambda":
    // the sum over the examples came out as a $33 billion deal with the first of them.
    'an amount committed to a class of companies named by examples is their sum': [
      [
        'en',
        'According to Bloomberg, Microsoft has already committed more than $33 billion to companies like Nebius, CoreWeave, Nscale and Lambda.',
        [],
      ],
      [
        'fr',
        "Selon Bloomberg, Microsoft a déjà engagé plus de 33 milliards de dollars auprès d'entreprises comme Nebius, CoreWeave, Nscale et Lambda.",
        [],
      ],
      [
        'es',
        'Según Bloomberg, Microsoft ya ha comprometido más de 33.000 millones de dólares con empresas como Nebius, CoreWeave, Nscale y Lambda.',
        [],
      ],
      [
        'en',
        'Microsoft has committed $19.4 billion to Nebius for GPU capacity through 2031.',
        ['microsoft nebius 19400000000 signed gpu_cloud'],
      ],
    ],
    // "s'engageait à lui payer … toute la puissance de calcul qu'il ne réussirait pas à revendre, à concurrence de
    // 6,3 milliards": the customer named for the chips it buys came out as the buyer of its own unsold capacity.
    "a chip maker's promise to pay for capacity its customer cannot resell makes the maker the buyer": [
      [
        'en',
        'Nvidia, which sells GPUs to its customer CoreWeave, also agreed to pay it for any computing capacity it fails to resell, up to $6.3 billion through 2032.',
        ['nvidia coreweave 6300000000 signed capacity_backstop'],
      ],
      [
        'es',
        'En septiembre, Nvidia se comprometió a pagar a su cliente CoreWeave, hasta 2032, toda la capacidad de cómputo que no logre revender, hasta un máximo de 6.300 millones de dólares.',
        ['nvidia coreweave 6300000000 signed capacity_backstop'],
      ],
      [
        'it',
        'A settembre Nvidia si è impegnata a pagare al suo cliente CoreWeave, fino al 2032, tutta la capacità di calcolo che non riesca a rivendere, fino a 6,3 miliardi di dollari.',
        ['nvidia coreweave 6300000000 signed capacity_backstop'],
      ],
      [
        'fr',
        "Nvidia s'est engagé à payer à son client CoreWeave, jusqu'en 2032, toute la capacité de calcul qu'il ne réussirait pas à revendre, à hauteur de 6,3 milliards de dollars.",
        ['nvidia coreweave 6300000000 signed capacity_backstop'],
      ],
      [
        'en',
        'Nvidia sold $6.3 billion of GPUs to its customer CoreWeave, which it will resell as cloud capacity.',
        ['coreweave nvidia 6300000000 signed hardware'],
      ],
      ['en', 'Analysts said CoreWeave fails to resell part of its capacity every quarter.', []],
    ],
    // "Nvidia va encore investir de l'argent dans un neocloud … Cette fois-ci, il s'agira de 2 milliards de dollars dans
    // le néerlandais Nebius": the investment told in the sentence before; the amount went to the pair as a contract.
    'an amount put "in" a company after an investment told in the sentence before is a stake': [
      [
        'en',
        'Nvidia is once again putting money into a neocloud that buys its GPUs. This time it is $2 billion in the Dutch company Nebius.',
        [],
      ],
      [
        'fr',
        "Nvidia va encore investir de l'argent dans un neocloud qui lui achète des GPU. Cette fois-ci, il s'agira de 2 milliards de dollars dans le néerlandais Nebius.",
        [],
      ],
      [
        'es',
        'Nvidia vuelve a invertir dinero en un neocloud que le compra GPU. Esta vez se trata de 2.000 millones de dólares en la neerlandesa Nebius.',
        [],
      ],
      [
        'en',
        'Nvidia is once again putting money into neoclouds. This time it signed a $2 billion contract with Nebius to rent GPU capacity.',
        ['nvidia nebius 2000000000 signed gpu_cloud'],
      ],
    ],
    // "shares soaring 31% … after the company projected $500 billion in future cloud revenue": the forecast, read with
    // a company of the sentence before, came out as a $500 billion deal.
    "a company's projected future revenue is no contract's value": [
      [
        'en',
        "Oracle's deals with OpenAI and Meta signal demand for its cloud. Premarket gains also lifted AMD and Broadcom. Oracle stunned Wall Street on Wednesday after the company projected $500 billion in future cloud revenue.",
        [],
      ],
      [
        'de',
        'Die Verträge von Oracle mit OpenAI und Meta zeigen die Nachfrage. Der Anstieg beflügelte auch AMD und Broadcom. Oracle überraschte die Wall Street am Mittwoch, nachdem der Konzern 500 Milliarden Dollar künftigen Cloud-Umsatz erwartete.',
        [],
      ],
      [
        'fr',
        "Les contrats d'Oracle avec OpenAI et Meta montrent la demande. La hausse a aussi porté AMD et Broadcom. Oracle a surpris Wall Street mercredi après que le groupe a projeté 500 milliards de dollars de revenus cloud futurs.",
        [],
      ],
      [
        'en',
        'Oracle said its contract with OpenAI is expected to generate $300 billion of revenue over its term.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
    ],
    // "Meta will purchase up to $15 billion … if the provider cannot sell it to other customers … follows an initial $3
    // billion arrangement": the guarantee told with the earlier amount gave the later contract its kind.
    "a guarantee told with an earlier amount gives a later sentence's contract no backstop kind": [
      [
        'en',
        'Meta will also buy up to $15 billion of extra capacity that Nebius cannot sell to other customers. The two companies signed an initial $3 billion GPU contract in November.',
        ['meta nebius 3000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      [
        'fr',
        "Meta s'engage aussi à acheter jusqu'à 15 milliards de dollars de la capacité que Nebius ne parviendrait pas à vendre à d'autres clients. En novembre, les deux groupes avaient signé un premier contrat GPU de 3 milliards de dollars.",
        ['meta nebius 3000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      [
        'es',
        'Meta se compromete además a adquirir hasta 15.000 millones de dólares de la capacidad que Nebius no logre vender a otros clientes. En noviembre ambas firmaron un primer contrato de GPU de unos 3.000 millones de dólares.',
        ['meta nebius 3000000000 signed gpu_cloud', 'meta nebius 15000000000 signed capacity_backstop'],
      ],
      ['en', 'Nebius said it cannot sell more capacity to other customers this year.', []],
    ],
    // "announced two long-term lease agreements with CoreWeave … The company said it expects $7 billion in rental
    // revenue over 15 years": the leases' value was read as the landlord's forecast and dropped.
    'the rental revenue a landlord expects from the leases it just named is their value': [
      [
        'en',
        'In June, Applied Digital announced two long-term lease agreements with CoreWeave for 250 megawatts of capacity. The company said it expects $7 billion in rental revenue over 15 years, and the shares soared 48% on that news.',
        ['coreweave applied-digital 7000000000 signed datacenter_lease'],
      ],
      [
        'fr',
        'En juin, Applied Digital a annoncé deux baux de long terme avec CoreWeave pour 250 mégawatts. Le groupe attend 7 milliards de dollars de revenus locatifs sur 15 ans.',
        ['coreweave applied-digital 7000000000 signed datacenter_lease'],
      ],
      [
        'es',
        'En junio, Applied Digital anunció dos contratos de arrendamiento a largo plazo con CoreWeave por 250 megavatios. La empresa espera 7.000 millones de dólares en ingresos por alquiler a 15 años.',
        ['coreweave applied-digital 7000000000 signed datacenter_lease'],
      ],
      [
        'en',
        'Applied Digital expects $600 million in revenue next year from its data centers, the company said.',
        [],
      ],
    ],
    // "Hinzu kommt ein 9,7-Milliarden-Deal mit IREN: Der australische Betreiber kauft dafür Grafikprozessoren bei
    // Dell": the element's sentence names no signer; the goods' seller after the colon took the contract's amount.
    "a contract 'with' X whose sentence names no signer goes on with the sentence before, not with a seller after it":
      [
        [
          'de',
          'Microsoft hat in diesem Jahr mehrere Verträge mit Neoclouds geschlossen. Hinzu kommt ein 9,7-Milliarden-Deal mit IREN: Der australische Betreiber kauft dafür Grafikprozessoren bei Dell.',
          ['microsoft iren 9700000000 signed gpu_cloud'],
        ],
        [
          'en',
          'Microsoft has signed several neocloud contracts this year. Then came a $9.7 billion deal with IREN: the Australian operator is buying the GPUs from Dell.',
          ['microsoft iren 9700000000 signed gpu_cloud'],
        ],
        [
          'fr',
          "Microsoft a signé plusieurs contrats avec des néoclouds cette année. S'y ajoute un accord de 9,7 milliards de dollars avec IREN : l'opérateur australien achète pour cela des GPU à Dell.",
          ['microsoft iren 9700000000 signed gpu_cloud'],
        ],
        [
          'es',
          'Microsoft ha firmado varios contratos con neoclouds este año. A ello se suma un acuerdo de 9.700 millones de dólares con IREN: el operador australiano compra para ello GPU a Dell.',
          ['microsoft iren 9700000000 signed gpu_cloud'],
        ],
        [
          'en',
          'Nvidia shares fell 2% on Monday. A $9.7 billion deal with IREN was not enough to lift the sector, analysts said.',
          [],
        ],
      ],
    // "is close to signing a $10 billion contract", "a suspendu son contrat", "ha congelado su contrato", "are expected
    // to sign … next week", "a non-binding term sheet": deals not (or no longer) going ahead came out signed.
    'a deal close to signing, expected, non-binding or paused is in talks': [
      [
        'en',
        'Meta is close to signing a $10 billion cloud contract with Google.',
        ['meta alphabet 10000000000 in_talks'],
      ],
      [
        'en',
        'Meta and Google are expected to sign a $10 billion cloud deal next week.',
        ['meta alphabet 10000000000 in_talks'],
      ],
      [
        'en',
        'Meta and Google have signed a non-binding term sheet for a $10 billion cloud contract.',
        ['meta alphabet 10000000000 in_talks'],
      ],
      [
        'fr',
        'Meta a suspendu son contrat cloud de 10 milliards de dollars avec Google.',
        ['meta alphabet 10000000000 in_talks'],
      ],
      [
        'es',
        'Meta ha congelado su contrato de nube de 10.000 millones de dólares con Google.',
        ['meta alphabet 10000000000 in_talks'],
      ],
      [
        'it',
        'Meta ha sospeso il contratto cloud da 10 miliardi di dollari con Google.',
        ['meta alphabet 10000000000 in_talks'],
      ],
      [
        'pt',
        'A Meta congelou o contrato de nuvem de 10 mil milhões de dólares com a Google.',
        ['meta alphabet 10000000000 in_talks'],
      ],
      [
        'en',
        'Meta signed a $10 billion cloud contract with Google; its shares closed up 2%.',
        ['meta alphabet 10000000000 signed'],
      ],
      ['en', 'Meta is close to its capacity limits, analysts said.', []],
    ],
    // "Microsoft louera à Nscale de la capacité … pour 14 milliards de dollars, Dell fournissant les serveurs": the
    // supplier's own verb made the two-way "louer à" read as Microsoft renting out to Nscale.
    "a third company's own verb of supplying names no role of the pair": [
      [
        'fr',
        'Microsoft louera à Nscale de la capacité Nvidia GB300 au Texas pour 14 milliards de dollars, Dell fournissant les serveurs.',
        ['microsoft nscale 14000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        'Microsoft louera à Nscale de la capacité pour 14 milliards de dollars ; Dell fournit les serveurs.',
        ['microsoft nscale 14000000000 signed gpu_cloud'],
      ],
      [
        'es',
        'Microsoft alquilará a Nscale capacidad por 14.000 millones de dólares; Dell suministra los servidores.',
        ['microsoft nscale 14000000000 signed gpu_cloud'],
      ],
      [
        'en',
        'Microsoft will rent capacity from Nscale for $14 billion; Dell supplies the servers.',
        ['microsoft nscale 14000000000 signed gpu_cloud'],
      ],
      ['en', 'Dell supplies the servers that Nscale runs in Texas.', []],
    ],
    // "Eles também disseram que planejavam expandir o esforço para US$ 500 bilhões nos próximos anos": Stargate's plan,
    // told by "they" after a sentence naming its three founders, came out as SoftBank ← Oracle $500 billion.
    "a programme's planned growth ('planejavam expandir o esforço para US$ 500 bilhões') is no contract": [
      [
        'pt',
        'Em janeiro, OpenAI, Oracle e o conglomerado japonês SoftBank se juntaram ao presidente para anunciar que criariam pelo menos US$ 100 bilhões em infraestrutura de computação como parte do Projeto Stargate. Eles também disseram que planejavam expandir o esforço para US$ 500 bilhões nos próximos anos. Após assinar seu acordo com a Oracle, a OpenAI garantiu compromissos para mais da metade dessa meta.',
        [],
      ],
      [
        'es',
        'En enero, OpenAI, Oracle y el conglomerado japonés SoftBank se unieron al presidente para anunciar al menos 100.000 millones de dólares en infraestructura de cómputo como parte del Proyecto Stargate. También dijeron que planeaban ampliar el esfuerzo a 500.000 millones de dólares en los próximos años. Tras firmar su acuerdo con Oracle, OpenAI aseguró compromisos por más de la mitad de esa meta.',
        [],
      ],
      [
        'fr',
        "En janvier, OpenAI, Oracle et le conglomérat japonais SoftBank ont rejoint le président pour annoncer au moins 100 milliards de dollars d'infrastructures de calcul dans le cadre du projet Stargate. Ils ont aussi dit qu'ils prévoyaient d'étendre l'effort à 500 milliards de dollars dans les années à venir. Après avoir signé son accord avec Oracle, OpenAI a obtenu des engagements pour plus de la moitié de cet objectif.",
        [],
      ],
      [
        'pt',
        'A OpenAI assinou um contrato de US$ 300 bilhões com a Oracle para capacidade de computação.',
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
      [
        'fr',
        "OpenAI a signé un contrat de 300 milliards de dollars avec Oracle pour de la capacité de calcul ; le groupe prévoyait d'étendre son usage des GPU.",
        ['openai oracle 300000000000 signed gpu_cloud'],
      ],
    ],
  },
  true,
);
