// Kinds of error seen on real pages in round 38 (a guarantee told as the guarantor's own contract, two deals summed
// with only their buyers named, …). Each kind is told again in invented sentences, in three languages or more:
// positives that must be found and near misses that must stay silent. Each row's wanted strings are prefixes of the
// printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind({
  // "Nebius now has a Microsoft deal and a Meta deal that together are worth $20.3 billion": two deals, each named by
  // its own counterparty, summed; the seller told only as "the neocloud". Two companies named, yet no one pair's
  // running total.
  'two deals each named by its counterparty and summed give no deal': [
    [
      'en',
      'Nebius shares jumped on Tuesday. The neocloud now has a Microsoft deal and a Meta deal that together are worth $20.3 billion, the company said.',
      [],
    ],
    [
      'fr',
      'Les actions de Nebius ont bondi mardi. Le néocloud a désormais un contrat avec Microsoft et un contrat avec Meta qui valent ensemble 20,3 milliards de dollars.',
      [],
    ],
    [
      'de',
      'Die Nebius-Aktie sprang am Dienstag. Der Neocloud-Anbieter hat nun einen Vertrag mit Microsoft und einen mit Meta, die zusammen 20,3 Milliarden Dollar wert sind.',
      [],
    ],
    [
      'es',
      'Las acciones de Nebius subieron el martes. La neonube tiene ahora un contrato con Microsoft y otro con Meta que juntos valen 20.300 millones de dólares.',
      [],
    ],
    [
      'it',
      'Le azioni di Nebius sono salite martedì. La neocloud ha ora un contratto con Microsoft e uno con Meta che insieme valgono 20,3 miliardi di dollari.',
      [],
    ],
    // One deal of the pair, its own amount: kept.
    [
      'en',
      'Nebius shares jumped on Tuesday. The neocloud signed a five-year deal with Meta worth $3 billion, the company said.',
      ['meta nebius 3000000000 signed gpu_cloud'],
    ],
  ],
  // "Google reaches $3 billion data center contract with Cipher Mining", then "Google will provide a guarantee of $1.4
  // billion for a 10-year contract signed by Fluidstack": the headline told the guarantee as the guarantor's own
  // contract. The contract is the tenant's lease from the host; the guarantee is the guarantor's, owed to the host.
  "a guarantor told as the host's customer: the contract is the tenant's, the guarantee the guarantor's": [
    [
      'en',
      'Google reaches $3 billion data center contract with Cipher Mining\nCipher Mining said on Thursday that Google will provide a guarantee of $1.4 billion for a 10-year colocation agreement signed by Fluidstack, which will run AI workloads at the site.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'fr',
      'Google signe un contrat de 3 milliards de dollars avec Cipher Mining\nCipher Mining a indiqué jeudi que Google apportera une garantie de 1,4 milliard de dollars pour un contrat de colocation de dix ans signé par Fluidstack.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'de',
      'Google schließt 3-Milliarden-Dollar-Vertrag mit Cipher Mining\nCipher Mining teilte am Donnerstag mit, dass Google eine Garantie über 1,4 Milliarden Dollar für einen zehnjährigen Colocation-Vertrag übernimmt, den Fluidstack unterzeichnet hat.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    [
      'es',
      'Google cierra un contrato de 3.000 millones de dólares con Cipher Mining\nCipher Mining informó el jueves de que Google aportará una garantía de 1.400 millones de dólares para un contrato de colocation a diez años firmado por Fluidstack.',
      [
        'fluidstack cipher-mining 3000000000 signed datacenter_lease',
        'alphabet cipher-mining 1400000000 signed capacity_backstop',
      ],
    ],
    // The guarantor's own cloud contract, no guarantee told: its own.
    [
      'en',
      'Google reaches $3 billion cloud contract with Cipher Mining\nCipher Mining said on Thursday that Google will rent GPU capacity at the site for ten years.',
      ['alphabet cipher-mining 3000000000 signed'],
    ],
  ],
  // "Google aportará una garantía", "Google fornirà una garanzia di 1,4 miliardi", "eine Garantie … übernimmt": the
  // verbs that also give money or take over a company give a guarantee here; the guarantee is a backstop.
  'a guarantee given with a verb of giving or taking on is a backstop': [
    [
      'es',
      'Cipher Mining informó de que Google aportará una garantía de 1.400 millones de dólares para un contrato de colocation a diez años firmado por Fluidstack.',
      ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
    ],
    [
      'it',
      'Cipher Mining ha detto che Google fornirà una garanzia di 1,4 miliardi di dollari per un contratto di locazione firmato da Fluidstack.',
      ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
    ],
    [
      'de',
      'Cipher Mining teilte mit, dass Google eine Garantie über 1,4 Milliarden Dollar für einen zehnjährigen Colocation-Vertrag übernimmt, den Fluidstack unterzeichnet hat.',
      ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
    ],
    [
      'pt',
      'A Cipher Mining informou que o Google aportará uma garantia de 1,4 mil milhões de dólares para um contrato de colocation de dez anos assinado pela Fluidstack.',
      ['alphabet cipher-mining 1400000000 signed capacity_backstop'],
    ],
    // Money put into a company with the same verbs: a stake, no deal.
    ['it', 'Google fornirà 1,4 miliardi di dollari a Anthropic in un nuovo round di finanziamento.', []],
    ['es', 'Google aportará 1.400 millones de dólares a Anthropic en una nueva ronda de financiación.', []],
  ],
  // "CoreWeave provides springing guaranties for both SPV leases and $50M letter of credit": a letter of credit is
  // security posted for a lease, no contract's value and no deal of its own.
  'a letter of credit is security, no contract': [
    [
      'en',
      'Applied Digital said CoreWeave provides a springing guaranty for the lease and a $50 million letter of credit for the ELN-02 campus.',
      [],
    ],
    [
      'fr',
      'Applied Digital a indiqué que CoreWeave fournit une lettre de crédit de 50 millions de dollars pour le campus ELN-02 loué.',
      [],
    ],
    [
      'de',
      'Applied Digital teilte mit, CoreWeave stelle für den Mietvertrag des Campus ELN-02 ein Akkreditiv über 50 Millionen Dollar.',
      [],
    ],
    [
      'es',
      'Applied Digital informó de que CoreWeave aporta una carta de crédito de 50 millones de dólares para el arrendamiento del campus ELN-02.',
      [],
    ],
    // The lease's own value: kept.
    [
      'en',
      'Applied Digital signed a $50 million lease with CoreWeave for the ELN-02 campus.',
      ['coreweave applied-digital 50000000 signed datacenter_lease'],
    ],
  ],
  // "A Meta vai pagar ao menos US$ 10 bilhões … por seis anos, disse o The Information": the outlet named after the
  // deal with its verb of telling is the deal's source; the companies said nothing: reported. A company telling an
  // outlet ("dijo a Reuters", "ha detto a Reuters") is its own word.
  'an outlet told after the deal with its verb reports it': [
    [
      'en',
      'Meta will pay at least $10 billion to Google Cloud over six years, The Information said.',
      ['meta alphabet 10000000000 reported gpu_cloud'],
    ],
    [
      'pt',
      'A Meta vai pagar ao menos US$ 10 bilhões ao Google Cloud por seis anos, disse o The Information.',
      ['meta alphabet 10000000000 reported gpu_cloud'],
    ],
    [
      'es',
      'Meta pagará al menos 10.000 millones de dólares a Google Cloud durante seis años, dijo The Information.',
      ['meta alphabet 10000000000 reported gpu_cloud'],
    ],
    [
      'fr',
      'Meta versera au moins 10 milliards de dollars à Google Cloud sur six ans, a indiqué The Information.',
      ['meta alphabet 10000000000 reported gpu_cloud'],
    ],
    [
      'it',
      'Meta pagherà almeno 10 miliardi di dollari a Google Cloud in sei anni, ha riferito The Information.',
      ['meta alphabet 10000000000 reported gpu_cloud'],
    ],
    [
      'es',
      'Meta dijo a Reuters que pagará al menos 10.000 millones de dólares a Google Cloud durante seis años.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'it',
      'Meta ha detto a Reuters che pagherà almeno 10 miliardi di dollari a Google Cloud in sei anni.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
  ],
  // "Meta will pay at least $10 billion to Google Cloud": a buyer paying its provider an amount, a few words between
  // the verb and "to" / "for", is the deal (French "versera", Spanish "pagará" already were).
  'a buyer paying its provider an amount is a deal': [
    [
      'en',
      'Meta will pay at least $10 billion to Google Cloud over six years.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Meta will pay at least $10 billion for access to Google Cloud servers over six years.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Meta versera au moins 10 milliards de dollars à Google Cloud sur six ans.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Meta pagará al menos 10.000 millones de dólares a Google Cloud durante seis años.',
      ['meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Nvidia will pay a dividend of $1 billion to shareholders over six years, including Microsoft.',
      [],
    ],
  ],
  // "A Meta planeja investir US$ 600 bilhões … . O plano inclui um contrato de US$ 10 bilhões com o Google Cloud": the
  // plan named again is the one the sentences before told; its owner is the contract's buyer, not the article's
  // subject.
  "a contract a plan told before includes is the plan's owner's": [
    [
      'en',
      'OpenAI signs another cloud deal\nOpenAI has signed a $300 billion deal with Oracle, its largest yet. Meanwhile, Meta plans to invest $600 billion in US infrastructure through 2028. The plan includes a $10 billion contract with Google Cloud.',
      ['openai oracle 300000000000 signed gpu_cloud', 'meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'pt',
      'A OpenAI assina mais um acordo de nuvem\nA OpenAI assinou um acordo de US$ 300 bilhões com a Oracle. Enquanto isso, a Meta planeja investir US$ 600 bilhões em infraestrutura até 2028. Só no primeiro semestre, os gastos superaram o total do ano anterior. O plano inclui um contrato de US$ 10 bilhões com o Google Cloud.',
      ['openai oracle 300000000000 signed gpu_cloud', 'meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "OpenAI signe un nouvel accord cloud\nOpenAI a signé un accord de 300 milliards de dollars avec Oracle. Meta prévoit d'investir 600 milliards de dollars d'ici 2028. Ce plan comprend un contrat de 10 milliards de dollars avec Google Cloud.",
      ['openai oracle 300000000000 signed gpu_cloud', 'meta alphabet 10000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'OpenAI firma otro acuerdo en la nube\nOpenAI firmó un acuerdo de 300.000 millones de dólares con Oracle. Por su parte, Meta planea invertir 600.000 millones de dólares hasta 2028. El plan incluye un contrato de 10.000 millones de dólares con Google Cloud.',
      ['openai oracle 300000000000 signed gpu_cloud', 'meta alphabet 10000000000 signed gpu_cloud'],
    ],
    // The deal named again, not a plan: the article's subject's.
    [
      'en',
      'OpenAI signs another cloud deal\nOpenAI has signed a $300 billion deal with Oracle. Meanwhile, Meta plans to invest $600 billion in US infrastructure through 2028. The deal includes a $10 billion contract with Google Cloud.',
      ['openai oracle 300000000000 signed gpu_cloud', 'openai alphabet 10000000000 signed gpu_cloud'],
    ],
  ],
  // "Microsoft announced an agreement with Nscale, a cloud infrastructure service provider …, to lease computing
  // resources from the facility": an agreement announced for capacity, with no amount, is the deal as a signed one
  // is; the site capacity is leased "from" is no loan's "facility".
  'an agreement announced for capacity, without an amount, is a deal': [
    [
      'en',
      'Microsoft announced an agreement with Nscale, a cloud infrastructure service provider in a data center in Norway, to lease computing resources from the facility.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'fr',
      "Microsoft a annoncé un accord avec Nscale, un fournisseur d'infrastructure cloud basé en Norvège, pour louer de la capacité de calcul.",
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft anunció un acuerdo con Nscale, un proveedor de infraestructura en la nube con sede en Noruega, para alquilar capacidad de cómputo.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'it',
      'Microsoft ha annunciato un accordo con Nscale per affittare capacità di calcolo.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'pt',
      'A Microsoft anunciou um acordo com a Nscale para alugar capacidade computacional.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    // A partnership announced for another purpose: no deal.
    ['en', 'Microsoft announced a partnership with Nscale to develop AI models.', []],
    // A loan's facility still makes the sentence a loan's.
    [
      'en',
      'Nscale said the facility, arranged by its lenders, will fund the lease of computing capacity to Microsoft.',
      [],
    ],
  ],
  // "Crusoe and AMD commit $3 billion to AI cloud capacity": two companies named together as the subject put money
  // into a third thing; neither sells to the other. Signing a deal together is their contract.
  'two companies pledging money together give no deal between them': [
    ['en', 'Crusoe and AMD commit $3 billion to AI cloud capacity in Texas.', []],
    ['fr', 'Crusoe et AMD engagent 3 milliards de dollars dans une capacité cloud IA au Texas.', []],
    ['es', 'Crusoe y AMD comprometen 3.000 millones de dólares en capacidad de nube de IA en Texas.', []],
    ['it', 'Crusoe e AMD impegnano 3 miliardi di dollari in capacità cloud IA in Texas.', []],
    [
      'en',
      'Microsoft and OpenAI sign $10 billion cloud computing deal.',
      ['openai microsoft 10000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Crusoe has a new customer, and Meta committed $3 billion to its AI cloud capacity.',
      ['meta crusoe 3000000000 signed gpu_cloud'],
    ],
  ],
  // "Microsoft signs $9.7 billion deal with IREN; Dell supplies the hardware for $5.8 billion", "… mit IREN – Dell
  // liefert Hardware für 5,8 Mrd.": a hardware vendor opening a clause of its own after another deal's amount sells
  // to a buyer named after it in that clause, or to no one the words say; never to the other deal's signer.
  "a vendor's clause after another deal's amount lends that deal's signer no goods": [
    [
      'en',
      'Microsoft signs $9.7 billion deal with IREN; Dell supplies the hardware for $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Microsoft signe un contrat de 9,7 milliards de dollars avec IREN ; Dell fournit les serveurs pour 5,8 milliards.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Microsoft unterzeichnet einen Vertrag über 9,7 Milliarden Dollar mit IREN – Dell liefert die Hardware für 5,8 Milliarden Dollar.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft firma un contrato de 9.700 millones de dólares con IREN; Dell suministra el hardware por 5.800 millones.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    // The buyer named in the vendor's clause, or the subject of both clauses: its goods.
    [
      'en',
      'IREN signed a $9.7 billion contract with Microsoft; Dell will supply IREN with the GPUs for $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
    [
      'en',
      'IREN signed a $9.7 billion contract with Microsoft and agreed to buy GPUs from Dell for $5.8 billion.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
  ],
  // "… It is one of the largest cloud contracts ever, the Wall Street Journal reported", "…, scrive il Wall Street
  // Journal": the outlet reports the deal told before (or in its own sentence); a ranking "according to Bloomberg"
  // vouches for the rank only.
  'an outlet reporting the deal in the sentence after it, or with a present-tense verb': [
    [
      'en',
      'OpenAI signed a contract with Oracle to buy $300 billion of computing power over five years. It is one of the largest cloud contracts ever, the Wall Street Journal reported.',
      ['openai oracle 300000000000 reported gpu_cloud'],
    ],
    [
      'it',
      'OpenAI ha firmato un contratto con Oracle per acquistare 300 miliardi di dollari di potenza di calcolo in cinque anni. È uno dei più grandi contratti cloud di sempre, ha riferito il Wall Street Journal.',
      ['openai oracle 300000000000 reported gpu_cloud'],
    ],
    [
      'es',
      'OpenAI firmó un contrato con Oracle para comprar 300.000 millones de dólares en potencia de cómputo durante cinco años, escribe el Wall Street Journal.',
      ['openai oracle 300000000000 reported gpu_cloud'],
    ],
    [
      'fr',
      'OpenAI a signé un contrat avec Oracle pour acheter 300 milliards de dollars de puissance de calcul sur cinq ans, écrit le Wall Street Journal.',
      ['openai oracle 300000000000 reported gpu_cloud'],
    ],
    [
      'en',
      'OpenAI signed a contract with Oracle to buy $300 billion of computing power over five years. It is one of the largest cloud contracts ever, according to Bloomberg.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
  ],
  // "Microsoft, Nvidia und Anthropic schließen 45-Milliarden-Allianz / 45-Milliarden-Dollar-Volumen: … eine historische
  // Allianz, die Investitionen und Cloud-Commitments kombiniert": an alliance's size in a sentence that lists three
  // companies is what all of them put in; the cloud commitment told with its own amount is the contract.
  "an alliance's size over three listed companies is no pair's value": [
    [
      'de',
      'KI-Update: Microsoft, Nvidia und Anthropic schließen 45-Milliarden-Allianz\n45-Milliarden-Dollar-Volumen: Microsoft, Nvidia und Anthropic schließen eine historische Allianz, die Investitionen und Cloud-Commitments kombiniert.',
      [],
    ],
    [
      'en',
      'Microsoft, Nvidia and Anthropic strike $45 billion alliance\n$45 billion in all: Microsoft, Nvidia and Anthropic formed a historic alliance that combines investments and cloud commitments.',
      [],
    ],
    [
      'fr',
      'Microsoft, Nvidia et Anthropic scellent une alliance à 45 milliards\n45 milliards de dollars au total : Microsoft, Nvidia et Anthropic nouent une alliance historique qui combine investissements et engagements cloud.',
      [],
    ],
    [
      'de',
      'Microsoft, Nvidia und Anthropic schließen 45-Milliarden-Allianz\n45-Milliarden-Dollar-Volumen: Microsoft, Nvidia und Anthropic schließen eine historische Allianz. Der Löwenanteil entfällt auf ein 30 Milliarden Dollar schweres Cloud-Commitment von Anthropic bei Microsoft Azure.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Microsoft, Nvidia y Anthropic sellan una alianza de 45.000 millones\nMicrosoft, Nvidia y Anthropic sellaron el martes una alianza de 45.000 millones de dólares. La mayor parte es el compromiso de Anthropic de comprar 30.000 millones de dólares de capacidad de cómputo de Azure a Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    // A partnership of two with its own amount: the pair's contract.
    [
      'en',
      'Anthropic signs a $30 billion partnership with Microsoft for Azure capacity.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
  ],
  // "Dopo aver sottoscritto un accordo da 300 miliardi con Oracle, OpenAI ha annunciato una partnership con NVIDIA": the
  // deal told in a lead-in clause is the main clause's subject's with the lead-in's "with" object, never a deal with a
  // company of the main clause.
  "a deal in a lead-in clause is the main subject's with the clause's counterparty": [
    [
      'it',
      'Nvidia investe 100 miliardi di dollari in OpenAI. Dopo aver sottoscritto un accordo da 300 miliardi di dollari con Oracle, OpenAI ha annunciato una partnership con NVIDIA.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
    [
      'en',
      'Nvidia invests $100 billion in OpenAI. After signing a $300 billion computing agreement with Oracle, OpenAI announced a partnership with Nvidia.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
    [
      'fr',
      'Nvidia investit 100 milliards de dollars dans OpenAI. Après avoir signé un accord de 300 milliards de dollars avec Oracle, OpenAI a annoncé un partenariat avec Nvidia.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
    [
      'es',
      'Nvidia invierte 100.000 millones de dólares en OpenAI. Tras firmar un acuerdo de 300.000 millones de dólares con Oracle, OpenAI anunció una alianza con Nvidia.',
      ['openai oracle 300000000000 signed gpu_cloud'],
    ],
    // No deal word in either clause: nothing.
    ['en', 'After a year of talks with Oracle, OpenAI announced a partnership with Nvidia.', []],
  ],
  // "G42 signed a deal to buy capacity from Amazon's AWS", "… à Amazon Web Services d'Amazon", "… a AWS, de Amazon": a
  // brand told beside its own company's name is read with the words before both ("from", "à", "a"): the seller.
  "a brand told beside its own company's name keeps the role of the words before them": [
    [
      'en',
      "G42 signed a deal to buy capacity from Amazon's AWS worth $1.5 billion.",
      ['g42 amazon 1500000000 signed gpu_cloud'],
    ],
    [
      'en',
      "G42 signed a deal to buy capacity from Microsoft's Azure cloud worth $1.5 billion.",
      ['g42 microsoft 1500000000 signed gpu_cloud'],
    ],
    [
      'fr',
      "G42 a signé un accord pour acheter de la capacité à Amazon Web Services d'Amazon pour 1,5 milliard de dollars.",
      ['g42 amazon 1500000000 signed gpu_cloud'],
    ],
    [
      'es',
      'G42 firmó un acuerdo para comprar capacidad a AWS, de Amazon, por 1.500 millones de dólares.',
      ['g42 amazon 1500000000 signed gpu_cloud'],
    ],
    [
      'de',
      'G42 kauft für 1,5 Milliarden Dollar Rechenkapazität bei AWS von Amazon.',
      ['g42 amazon 1500000000 signed gpu_cloud'],
    ],
    // The company itself as the subject: the seller still.
    [
      'en',
      "Amazon's AWS signed a $1.5 billion deal to supply G42 with cloud capacity.",
      ['g42 amazon 1500000000 signed gpu_cloud'],
    ],
  ],
});
