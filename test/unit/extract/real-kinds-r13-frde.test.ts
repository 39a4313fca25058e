import { eachKind, type Family } from './mention-cases';

/**
 * "Enfin, la jeune pousse décroche une option auprès de Microsoft pour réserver 1 GW": a lab's stand-in after a
 * sentence adverb is still the sentence's subject (with no amount of its own, the sentence pairs nobody rather than
 * the chip maker left over from the sentence before); an option on capacity is granted by the one who holds the
 * capacity (it sells). Two labs before the stand-in: it pairs with nobody.
 */
const LAB_STAND_IN_OPTION: Family[] = [
  [
    'fr',
    "NVIDIA et Anthropic officialisent un partenariat technologique profond. Enfin, la jeune pousse décroche une option auprès de Microsoft pour réserver jusqu'à 1 gigawatt supplémentaire de capacité de calcul Azure.",
    [],
  ],
  [
    'fr',
    'Microsoft, Nvidia et Anthropic ont annoncé une alliance. En outre, la start-up achète pour 30 milliards de dollars de capacité Azure auprès de Microsoft.',
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    "Anthropic décroche une option auprès de Microsoft pour réserver jusqu'à 1 gigawatt de capacité de calcul.",
    ['anthropic microsoft null signed gpu_cloud'],
  ],
  [
    'fr',
    'CoreWeave décroche un contrat de 14 milliards de dollars auprès de Meta.',
    ['meta coreweave 14000000000 signed'],
  ],
  [
    'it',
    "Nvidia e Microsoft hanno annunciato un'alleanza con Anthropic. Inoltre, la startup compra da Microsoft capacità di calcolo Azure per 30 miliardi di dollari.",
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Nvidia y Microsoft anunciaron una alianza con Anthropic. Además, la startup comprará a Microsoft capacidad de cómputo de Azure por 30.000 millones de dólares.',
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    'OpenAI et Anthropic ont présenté leurs modèles. Enfin, la jeune pousse décroche une option auprès de Microsoft pour réserver 1 gigawatt de capacité de calcul.',
    [],
  ],
  [
    'en',
    'Nvidia and Anthropic announced a deep technology partnership. Finally, the startup secured an option from Microsoft to reserve up to one more gigawatt of Azure compute.',
    [],
  ],
  [
    'it',
    'Oracle e xAI trattano. La start-up di Elon Musk aveva già affittato 24.000 chip H100 da Oracle per addestrare Grok 2.',
    [],
  ],
];

/**
 * "optimiser les modèles Claude sur les futures architectures Nvidia": the chips a model is tuned for name no
 * seller; the next sentence's compute commitment borrows no party from there.
 */
const ARCHITECTURE_BRAND: Family[] = [
  [
    'fr',
    "Les trois acteurs vont optimiser les modèles Claude sur les futures architectures Nvidia, notamment Blackwell et Vera Rubin. Anthropic s'engage également à consommer jusqu'à 1 GW de compute via ces systèmes.",
    [],
  ],
  [
    'de',
    'Die drei wollen Claude auf die künftigen Architekturen von Nvidia abstimmen. Anthropic will zudem bis zu 1 GW Rechenleistung auf diesen Systemen nutzen.',
    [],
  ],
  [
    'es',
    'Los tres optimizarán los modelos Claude para las futuras arquitecturas de Nvidia. Anthropic también se compromete a usar hasta 1 GW de cómputo en esos sistemas.',
    [],
  ],
  [
    'it',
    'I tre ottimizzeranno i modelli Claude sulle future architetture Nvidia. Anthropic si impegna anche a usare fino a 1 GW di calcolo su questi sistemi.',
    [],
  ],
  [
    'pt',
    'Os três vão otimizar os modelos Claude para as futuras arquiteturas da Nvidia. A Anthropic também se compromete a usar até 1 GW de computação nesses sistemas.',
    [],
  ],
  [
    'fr',
    'Nvidia fournira ses plateformes Blackwell à CoreWeave pour 2 milliards de dollars.',
    ['coreweave nvidia 2000000000 signed'],
  ],
];

/**
 * "L'accord fait partie d'une collaboration plus large entre Hut 8 et Anthropic, qui pourrait atteindre 2,3 GW": the
 * two sides of the frame a lease belongs to are no pair of it (Anthropic is the end user of Fluidstack's lease).
 */
const BROADER_COLLABORATION: Family[] = [
  [
    'fr',
    "L'accord fait également partie d'une collaboration plus large entre Hut 8 et Anthropic, qui pourrait à terme atteindre une capacité de 2,3 gigawatts.",
    [],
  ],
  [
    'en',
    'The lease is part of a broader partnership between Hut 8 and Anthropic that could reach 2.3 gigawatts.',
    [],
  ],
  [
    'de',
    'Der Vertrag ist Teil einer umfassenderen Partnerschaft zwischen Hut 8 und Anthropic, die bis zu 2,3 Gigawatt erreichen könnte.',
    [],
  ],
  [
    'es',
    'El contrato forma parte de una colaboración más amplia entre Hut 8 y Anthropic, que podría alcanzar 2,3 gigavatios.',
    [],
  ],
  [
    'it',
    "L'accordo fa parte di una collaborazione più ampia tra Hut 8 e Anthropic, che potrebbe arrivare a 2,3 gigawatt.",
    [],
  ],
  [
    'pt',
    'O contrato faz parte de uma parceria mais ampla entre a Hut 8 e a Anthropic, que pode chegar a 2,3 gigawatts.',
    [],
  ],
  [
    'fr',
    "Hut 8 a signé avec Fluidstack un bail de 7 milliards de dollars, dans le cadre d'une collaboration plus large avec Anthropic.",
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
];

/**
 * "un accord soutenu financièrement par Google et présenté comme la première phase d'un déploiement lié à
 * Anthropic. Le bail … est évalué à 7 milliards": a lease's financial backer and the company its deployment is tied
 * to are no parties; the next sentence's value goes to the lease's pair.
 */
const BACKER_AND_TIED_END_USER: Family[] = [
  [
    'fr',
    "Hut 8 a signé un contrat de 245 MW avec Fluidstack, un accord soutenu financièrement par Google et première phase d'un déploiement lié à Anthropic. Le bail de 15 ans est évalué à environ 7 milliards de dollars.",
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'en',
    'Hut 8 signed a 245 MW contract with Fluidstack, a deal financially backed by Google and the first phase of a build-out tied to Anthropic. The 15-year lease is valued at about $7 billion.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'de',
    'Hut 8 hat mit Fluidstack einen Vertrag über 245 MW geschlossen, finanziell abgesichert durch Google, als erste Phase eines Ausbaus im Zusammenhang mit Anthropic. Der Mietvertrag über 15 Jahre ist rund 7 Milliarden Dollar wert.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'es',
    'Hut 8 firmó con Fluidstack un contrato de 245 MW, respaldado financieramente por Google, primera fase de un despliegue vinculado a Anthropic. El arrendamiento a 15 años vale unos 7.000 millones de dólares.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'it',
    "Hut 8 ha firmato con Fluidstack un contratto da 245 MW, sostenuto finanziariamente da Google, prima fase di un'espansione legata ad Anthropic. La locazione di 15 anni vale circa 7 miliardi di dollari.",
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'pt',
    'A Hut 8 assinou com a Fluidstack um contrato de 245 MW, apoiado financeiramente pelo Google, primeira fase de uma implantação ligada à Anthropic. O arrendamento de 15 anos vale cerca de 7 bilhões de dólares.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
];

/**
 * "marquant une expansion majeure de son pipeline", "un site pouvant être étendu à 3 000 acres": the company's own
 * pipeline, or a site that could be enlarged, grows; the contract told beside it is signed, not expanded. A contract
 * widened by its parties stays expanded.
 */
const OWN_PIPELINE_NOT_EXPANSION: Family[] = [
  [
    'fr',
    'Hut 8 signe avec Fluidstack un bail de 7 milliards de dollars, marquant une expansion majeure de son pipeline de centres de données.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'en',
    'Hut 8 signed a $7 billion lease with Fluidstack, marking a major expansion of its development pipeline.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'de',
    'Hut 8 unterzeichnet mit Fluidstack einen Mietvertrag über 7 Milliarden Dollar – eine deutliche Erweiterung seiner Projektpipeline.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'es',
    'Hut 8 firmó con Fluidstack un arrendamiento de 7.000 millones de dólares, una expansión de su cartera de centros de datos.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'fr',
    'Hut 8 a signé avec Fluidstack un bail de 7 milliards de dollars sur un site de 627 acres pouvant être étendu à 3 000 acres.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'fr',
    'Microsoft a étendu son contrat avec Nebius de 2 milliards de dollars.',
    ['microsoft nebius 2000000000 expanded'],
  ],
  [
    'de',
    'CoreWeave erweitert seinen Vertrag mit OpenAI um 6,5 Milliarden Dollar.',
    ['openai coreweave 6500000000 expanded'],
  ],
];

/**
 * "der mit Zusatzleistungen auf 19,4 Milliarden Dollar steigen kann", "qui peut atteindre 19,4 milliards avec des
 * services supplémentaires": a ceiling told with "can" (German puts it last) is neither the value nor an expansion;
 * a total the contract now reaches stays a value.
 */
const CEILING_WITH_CAN: Family[] = [
  [
    'de',
    'Nebius hat mit Meta einen Vertrag geschlossen. Bereits im September hatte der Anbieter einen Fünfjahresdeal über 17,4 Milliarden Dollar mit Microsoft gemeldet, der mit Zusatzleistungen auf 19,4 Milliarden Dollar steigen kann.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'de',
    'Hut 8 hat mit Fluidstack einen Mietvertrag über 7 Milliarden Dollar geschlossen, der mit Verlängerungen auf 17,7 Milliarden Dollar anwachsen könnte.',
    ['fluidstack hut-8 7000000000 signed datacenter_lease'],
  ],
  [
    'fr',
    'Nebius a signé avec Microsoft un contrat de 17,4 milliards de dollars, qui peut atteindre 19,4 milliards avec des services supplémentaires.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'en',
    'Nebius signed a $17.4 billion contract with Microsoft that can reach $19.4 billion with additional services.',
    ['microsoft nebius 17400000000 signed gpu_cloud'],
  ],
  [
    'de',
    'CoreWeave erweitert seinen Vertrag mit OpenAI um 6,5 Milliarden Dollar, womit das Volumen auf 22,4 Milliarden Dollar steigt.',
    ['openai coreweave 6500000000 expanded gpu_cloud'],
  ],
];

/**
 * "La start-up, valorisée autour de 350 milliards de dollars, reste cliente d'Amazon Web Services": what a company is
 * worth is no contract's value, whichever companies the sentence names.
 */
const VALUED_AROUND: Family[] = [
  [
    'fr',
    "Microsoft loue des serveurs. La start-up, valorisée autour de 350 milliards de dollars après l'opération, reste cliente d'Amazon Web Services.",
    [],
  ],
  [
    'fr',
    "Microsoft loue des serveurs. Anthropic, valorisée aux alentours de 350 milliards de dollars, reste cliente d'Amazon Web Services.",
    [],
  ],
  [
    'es',
    'Microsoft alquila servidores. La startup, valorada en torno a 350.000 millones de dólares, sigue siendo cliente de Amazon Web Services.',
    [],
  ],
  [
    'de',
    'Microsoft mietet Server. Das Start-up, bewertet mit rund 350 Milliarden Dollar, bleibt Kunde von Amazon Web Services.',
    [],
  ],
  [
    'fr',
    "Anthropic s'engage à acheter pour 30 milliards de dollars de capacité de calcul à Microsoft Azure.",
    ['anthropic microsoft 30000000000 signed gpu_cloud'],
  ],
];

/**
 * "Allein auf Microsoft entfällt ein Fünfjahresvertrag über 19 Milliarden, flankiert von einer
 * Drei-Milliarden-Dollar-Vereinbarung mit Meta": a provider's two customers told side by side are no pair; the
 * flanking customer is the party of another contract (with the provider named before).
 */
const FLANKING_CUSTOMER: Family[] = [
  [
    'de',
    'Langfristige Verträge von Nebius summieren sich auf über 20 Milliarden US-Dollar. Allein auf Microsoft entfällt ein Fünfjahresvertrag im Wert von 19 Milliarden US-Dollar, flankiert von einer Drei-Milliarden-Dollar-Vereinbarung mit Meta.',
    ['microsoft nebius 19000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    "Les contrats de Nebius dépassent 20 milliards de dollars. Microsoft représente à lui seul un contrat de 19 milliards de dollars, accompagné d'un accord de 3 milliards avec Meta.",
    ['microsoft nebius 19000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'en',
    "Nebius's contracts top $20 billion. Microsoft alone accounts for a $19 billion contract, flanked by a $3 billion deal with Meta.",
    ['microsoft nebius 19000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'es',
    'Los contratos de Nebius superan los 20.000 millones. Microsoft aporta un contrato de 19.000 millones de dólares, acompañado de un acuerdo de 3.000 millones con Meta.',
    ['microsoft nebius 19000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'it',
    'I contratti di Nebius superano i 20 miliardi. Microsoft pesa per un contratto da 19 miliardi di dollari, affiancato da un accordo da 3 miliardi con Meta.',
    ['microsoft nebius 19000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'pt',
    'Os contratos da Nebius passam de 20 bilhões. A Microsoft responde por um contrato de 19 bilhões de dólares, acompanhado de um acordo de 3 bilhões com a Meta.',
    ['microsoft nebius 19000000000 signed gpu_cloud', 'meta nebius 3000000000 signed gpu_cloud'],
  ],
  [
    'en',
    'Nebius signed a $3 billion agreement with Meta, in addition to the contract worth $17.4 billion with Microsoft.',
    ['meta nebius 3000000000 signed gpu_cloud'],
  ],
];

/**
 * "65 milliards de dollars de nouveaux engagements, répartis entre sept contrats signés avec quatre clients, dont
 * Meta": a seller's sum over several customers is no pair's value; the customer named as an example is no pair of
 * it. A contract spread over years stays one contract.
 */
const SPREAD_OVER_CUSTOMERS: Family[] = [
  [
    'fr',
    'Oracle a conclu pour 65 milliards de dollars de nouveaux engagements cloud sur le mois, répartis entre sept contrats signés avec quatre clients, dont Meta.',
    [],
  ],
  [
    'en',
    'Oracle signed $65 billion of new cloud commitments in the month, spread across seven contracts with four customers, including Meta.',
    [],
  ],
  [
    'de',
    'Oracle hat im Monat neue Cloud-Verpflichtungen über 65 Milliarden Dollar abgeschlossen, verteilt auf sieben Verträge mit vier Kunden, darunter Meta.',
    [],
  ],
  [
    'es',
    'Oracle firmó 65.000 millones de dólares en nuevos compromisos de nube, repartidos entre siete contratos con cuatro clientes, entre ellos Meta.',
    [],
  ],
  [
    'fr',
    'Meta a signé avec Oracle un contrat cloud de 20 milliards de dollars, réparti sur six ans.',
    ['meta oracle 20000000000 signed gpu_cloud'],
  ],
  [
    'fr',
    "Oracle a signé avec Meta un contrat de capacité cloud de 20 milliards de dollars. Oracle a conclu pour 65 milliards de dollars d'engagements cloud, répartis entre sept contrats avec quatre clients, dont Meta.",
    ['meta oracle 20000000000 signed gpu_cloud'],
  ],
];

const KINDS: Record<string, Family[]> = {
  "a lab's stand-in after a sentence adverb, and an option granted by the seller": LAB_STAND_IN_OPTION,
  "a chip maker's architecture a model is tuned for names no seller": ARCHITECTURE_BRAND,
  'the two sides of a broader collaboration are no pair of the deal': BROADER_COLLABORATION,
  "a lease's financial backer and the deployment's end user are no parties": BACKER_AND_TIED_END_USER,
  "the company's own pipeline or an enlargeable site is no expansion of the contract":
    OWN_PIPELINE_NOT_EXPANSION,
  'a ceiling told with "can" is neither the value nor an expansion': CEILING_WITH_CAN,
  "a participle valuation ('valorisée autour de') is the company's worth": VALUED_AROUND,
  "a customer flanking another customer's contract is no party of it": FLANKING_CUSTOMER,
  "a seller's sum spread over several customers is no pair's value": SPREAD_OVER_CUSTOMERS,
};

eachKind(KINDS);
