// Precision kinds of issue 8 (wrong pair, acquisition/investment, hardware, non-deal amount, roles), each in at
// least three languages, with negatives that must stay silent. Every sentence is written for these tests.
// Expected: "buyer provider valueUsd status" as a prefix of each mention found (in order), or [] for none.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

type Case = [string, string[]];

const run = (text: string): string[] =>
  extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind}`);

const each = (cases: Case[]): void => {
  for (const [text, want] of cases)
    it(text.slice(0, 70), () => {
      const got = run(text);
      expect(got, JSON.stringify(got)).toHaveLength(want.length);
      want.forEach((w, i) => {
        expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
      });
    });
};

describe('a brand named as the goods is what is bought, never who buys', () => {
  each([
    [
      'The former miner will host Nvidia GB300 GPUs in Texas and will buy the equipment from Dell for $5.8 billion.',
      [],
    ],
    [
      "L'ancien mineur hébergera des GPU Nvidia GB300 au Texas et achètera l'équipement à Dell pour 5,8 milliards de dollars.",
      [],
    ],
    [
      'La antigua minera alojará GPU Nvidia GB300 en Texas y comprará el equipamiento a Dell por 5.800 millones de dólares.',
      [],
    ],
    // Chips installed for a buyer: the provider's capacity deal with it, the brand no party.
    [
      'Nscale installera environ 104 000 puces GB300 de Nvidia pour Microsoft sur un site de 240 MW au Texas.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'Nscale will install about 104,000 Nvidia GB300 chips for Microsoft at a 240 MW site in Texas.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'Nscale installerà circa 104.000 chip GB300 di Nvidia per Microsoft in un sito da 240 MW in Texas.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    // The buyer named: the vendor sells to it; the customer it serves downstream is no party.
    [
      'IREN will buy Nvidia GB300 GPUs from Dell for $5.8 billion to serve its Microsoft contract.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'IREN comprará GPU Nvidia GB300 a Dell por 5.800 millones de dólares.',
      ['iren dell 5800000000 signed hardware'],
    ],
  ]);
});

describe('the object of an opening "with" is the other party, not the subject of its sentence', () => {
  each([
    [
      "Con Oracle OpenAI ha concordato l'acquisto di potenza di calcolo per 300 miliardi di dollari. Con Microsoft, nell'ambito della nuova struttura, si è impegnata ad acquistare servizi Azure per 250 miliardi.",
      ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 signed'],
    ],
    [
      'With Oracle, OpenAI agreed to buy computing power for $300 billion. With Microsoft, under the new structure, it committed to buy Azure services for $250 billion.',
      ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 signed'],
    ],
    [
      'Con Oracle, OpenAI acordó comprar capacidad de cómputo por 300.000 millones de dólares. Con Microsoft, en el marco de la nueva estructura, se comprometió a comprar servicios de Azure por 250.000 millones.',
      ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 signed'],
    ],
  ]);
});

describe("a recap's amount binds to the signer of its own clause", () => {
  each([
    [
      'Récapitulatif : Anthropic s’engage sur 30 milliards de dollars chez Azure, OpenAI signe 38 milliards avec AWS, et Microsoft confirme un contrat avec Lambda.',
      ['anthropic microsoft 30000000000 signed', 'openai amazon 38000000000 signed'],
    ],
    [
      'Recap: Anthropic commits $30 billion with Azure, OpenAI signs $38 billion with AWS, and Microsoft confirms a contract with Lambda.',
      ['anthropic microsoft 30000000000 signed', 'openai amazon 38000000000 signed'],
    ],
    [
      'Resumen: Anthropic se compromete a 30.000 millones de dólares con Azure, OpenAI firma 38.000 millones con AWS y Microsoft confirma un contrato con Lambda.',
      ['anthropic microsoft 30000000000 signed', 'openai amazon 38000000000 signed'],
    ],
    // The element that names no signer of its own keeps the sentence's first party.
    [
      'Microsoft has signed up to $19.4 billion with Nebius, over $10 billion with Nscale and about $9.7 billion with IREN.',
      ['microsoft nebius 19400000000', 'microsoft nscale 10000000000', 'microsoft iren 9700000000'],
    ],
  ]);
});

describe("a loan is no lease's value: the lease stays, without that amount", () => {
  each([
    [
      'Galaxy a obtenu un prêt de 1,4 milliard de dollars pour le campus Helios, que CoreWeave loue désormais en totalité (800 MW) dans le cadre d’un bail de quinze ans.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'Galaxy obtuvo un préstamo de 1.400 millones de dólares para el campus Helios, que CoreWeave alquila ahora en su totalidad (800 MW) con un contrato de arrendamiento de quince años.',
      ['coreweave galaxy-digital null signed'],
    ],
    [
      'Galaxy hat für den Helios-Campus ein Darlehen über 1,4 Milliarden Dollar erhalten; CoreWeave mietet den Campus (800 MW) mit einem Mietvertrag über fünfzehn Jahre.',
      ['coreweave galaxy-digital null signed'],
    ],
    // A lease with its own value keeps it.
    [
      'CoreWeave loue le campus Helios de Galaxy (800 MW) dans le cadre d’un bail de quinze ans de 9 milliards de dollars.',
      ['coreweave galaxy-digital 9000000000 signed'],
    ],
  ]);
});

describe('an option is no running total: the base contract keeps its value', () => {
  each([
    [
      'Nebius signed a contract with Microsoft for $17.4 billion of GPU capacity. The contract gives Microsoft the option to add services of up to $2 billion, which could take the total to $19.4 billion.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius firmó con Microsoft un contrato de 17.400 millones de dólares de capacidad GPU. El contrato contempla la posibilidad de que Microsoft amplíe los servicios en hasta 2.000 millones de dólares adicionales, con lo que el importe total podría llegar a 19.400 millones.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius ha firmato con Microsoft un contratto da 17,4 miliardi di dollari di capacità GPU. Il contratto prevede la possibilità che Microsoft ampli i servizi fino a 2 miliardi di dollari aggiuntivi, portando il valore complessivo che potrebbe arrivare a 19,4 miliardi.',
      ['microsoft nebius 17400000000 signed'],
    ],
    [
      'Nebius a signé avec Microsoft un contrat de 17,4 milliards de dollars de capacité GPU. Le contrat prévoit la possibilité que Microsoft étende les services de 2 milliards de dollars supplémentaires, ce qui pourrait porter le total à 19,4 milliards.',
      ['microsoft nebius 17400000000 signed'],
    ],
  ]);
});

describe('a shareholder and a guarantor are no parties of the lease beside them', () => {
  each([
    [
      'Cipher Mining : Fluidstack loue Barber Lake, Google prend 5,4 % du capital. Contrat de dix ans de 3 milliards de dollars, qui pourrait atteindre 7 milliards avec les prolongations.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'Cipher Mining vola: Fluidstack affitta Barber Lake, Google entra con il 5,4%. Contratto decennale da 3 miliardi di dollari, che con le proroghe potrebbe arrivare a 7.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'Cipher Mining: Fluidstack alquila Barber Lake y Google toma un 5,4 %. Contrato de diez años por 3.000 millones de dólares, que con las prórrogas podría llegar a 7.000 millones.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'A Cipher Mining alugou 168 MW à Fluidstack, com garantia do Google, num acordo de dez anos estimado em US$ 3 bilhões.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'In September, Cipher had leased 168 MW to Fluidstack, with a guarantee from Google, in a ten-year deal estimated at $3 billion.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    [
      'En septembre, Cipher avait loué 168 MW à Fluidstack, avec la garantie de Google, dans un accord de dix ans estimé à 3 milliards de dollars.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
    // Without a guarantee, the same lease keeps both its parties.
    [
      'A Cipher Mining alugou 168 MW à Fluidstack num acordo de dez anos estimado em US$ 3 bilhões.',
      ['fluidstack cipher-mining 3000000000 signed'],
    ],
  ]);
});

describe('export licences and money put into a company are no contract', () => {
  each([
    [
      'Die US-Regierung genehmigte zuvor die Ausfuhr von bis zu 35.000 Blackwell-Chips an Humain und den Konzern G42.',
      [],
    ],
    ['The US government earlier approved the export of up to 35,000 Blackwell chips to Humain and G42.', []],
    ["Le gouvernement américain a autorisé l'exportation de 35 000 puces Blackwell vers Humain et G42.", []],
    [
      'Google has invested about $3 billion in Anthropic; Amazon, its other main cloud partner, has put in $8 billion.',
      [],
    ],
    [
      'La compañía recordó sus compromisos de inversión: hasta 100.000 millones de dólares en OpenAI, sujetos todavía a un acuerdo definitivo, y hasta 10.000 millones en Anthropic anunciados esta semana junto a Microsoft.',
      [],
    ],
    [
      "Le groupe a rappelé ses engagements d'investissement : jusqu'à 100 milliards de dollars dans OpenAI, sous réserve d'un accord définitif, et jusqu'à 10 milliards dans Anthropic annoncés cette semaine avec Microsoft.",
      [],
    ],
    [
      'Mit AMD hat Humain ein Gemeinschaftsunternehmen vereinbart, das bis 2030 rund 10 Milliarden Dollar in Rechenzentren stecken soll.',
      [],
    ],
    ['Humain und AMD wollen bis 2030 rund 10 Milliarden Dollar in gemeinsame Rechenzentren investieren.', []],
    // A supply contract of the same pair is a deal.
    [
      'Mit Humain hat AMD einen Liefervertrag über 10 Milliarden Dollar für Rechenzentren unterzeichnet.',
      ['humain amd 10000000000 signed'],
    ],
  ]);
});

describe('roles: "the arm of" names a parent, "the total from" names the payer', () => {
  each([
    [
      'A Amazon Web Services (AWS), braço de nuvem da Amazon, assinou com a Cipher Mining um contrato de locação de 15 anos para 300 megawatts, num valor total de cerca de US$ 5,5 bilhões.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'Amazon Web Services (AWS), el brazo de nube de Amazon, firmó con Cipher Mining un contrato de arrendamiento de 15 años para 300 megavatios por unos 5.500 millones de dólares.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'Amazon Web Services (AWS), la divisione cloud di Amazon, ha firmato con Cipher Mining un contratto di locazione di 15 anni per 300 megawatt da circa 5,5 miliardi di dollari.',
      ['amazon cipher-mining 5500000000 signed'],
    ],
    [
      'Applied Digital signs a third lease with CoreWeave at its Ellendale campus. The new 150 MW building adds about $4 billion of contracted revenue, taking the total from CoreWeave across the three leases to roughly $11 billion.',
      ['coreweave applied-digital'],
    ],
    [
      'Applied Digital signe un troisième bail avec CoreWeave à Ellendale. Le nouveau bâtiment de 150 MW ajoute environ 4 milliards de dollars de revenus contractuels, le total provenant de CoreWeave atteignant environ 11 milliards.',
      ['coreweave applied-digital'],
    ],
    [
      'Applied Digital firma un tercer arrendamiento con CoreWeave en Ellendale. El nuevo edificio de 150 MW añade unos 4.000 millones de dólares de ingresos contratados y el total procedente de CoreWeave llega a unos 11.000 millones.',
      ['coreweave applied-digital'],
    ],
  ]);
});

describe('a deal whose parties are gathered from the sentence before has its own status, not that sentence’s', () => {
  each([
    [
      "Con Oracle OpenAI ha concordato l'acquisto di potenza di calcolo per 300 miliardi di dollari. Con Microsoft, nell'ambito della nuova struttura, ha ampliato l'impegno con servizi Azure per 250 miliardi.",
      ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 expanded'],
    ],
    [
      'Con Oracle, OpenAI acordó comprar capacidad de cómputo por 300.000 millones de dólares. Con Microsoft, en el marco de la nueva estructura, amplió su compromiso con servicios de Azure por 250.000 millones.',
      ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 expanded'],
    ],
    [
      "Avec Oracle, OpenAI a conclu l'achat de puissance de calcul pour 300 milliards de dollars. Avec Microsoft, dans le cadre de la nouvelle structure, elle a élargi son engagement avec des services Azure pour 250 milliards.",
      ['openai oracle 300000000000 signed', 'openai microsoft 250000000000 expanded'],
    ],
  ]);
});

describe('two names joined by "and" beside a third company are never each other’s party', () => {
  const joined = [
    "Microsoft stringe accordi miliardari per l'IA: Lambda e IREN in prima linea Redmond affitta capacità da fornitori cloud indipendenti per decine di miliardi di dollari.",
    'Microsoft signs AI deals: Lambda and IREN in the front line as Redmond rents capacity from independent cloud providers for tens of billions of dollars.',
    "Microsoft signe des accords dans l'IA : Lambda et IREN en première ligne, Redmond loue de la capacité à des fournisseurs de cloud indépendants pour des dizaines de milliards de dollars.",
    'Microsoft cierra acuerdos de IA: Lambda e IREN en primera línea, Redmond alquila capacidad a proveedores de nube independientes por decenas de miles de millones.',
  ];
  for (const text of joined)
    it(text.slice(0, 70), () => {
      const got = run(text);
      expect(got.length, JSON.stringify(got)).toBeGreaterThan(0);
      for (const m of got) expect(m.startsWith('microsoft '), m).toBe(true);
    });
  // "between" names the two parties.
  each([
    [
      'The multibillion-dollar agreement between Lambda and IREN covers GPU capacity for Microsoft.',
      ['iren lambda null signed'],
    ],
  ]);
});

describe('a maker named after a list of its products is the product, not a party', () => {
  each([
    [
      'A Anthropic também vai contratar até 1 gigawatt de capacidade com sistemas Grace Blackwell e Vera Rubin da Nvidia.',
      [],
    ],
    [
      'Anthropic will also contract up to 1 gigawatt of capacity on Grace Blackwell and Vera Rubin systems from Nvidia.',
      [],
    ],
    [
      'Anthropic contracterà inoltre fino a 1 gigawatt di capacità con sistemi Grace Blackwell e Vera Rubin di Nvidia.',
      [],
    ],
    // Bought from its maker, the goods make it a party.
    [
      'OpenAI will buy Blackwell and Rubin systems from Nvidia for $10 billion.',
      ['openai nvidia 10000000000 signed hardware'],
    ],
  ]);
});

describe('what a company builds for itself is no contract', () => {
  each([
    ['AI infrastructure live: Nebius lands Meta, Anthropic’s $50 billion build, CoreWeave cuts guidance', []],
    [
      'En direct : Nebius décroche Meta, 50 milliards de dollars de construction pour Anthropic, CoreWeave abaisse ses prévisions',
      [],
    ],
    [
      'In diretta: Nebius conquista Meta, 50 miliardi di dollari di costruzione per Anthropic, CoreWeave taglia le stime',
      [],
    ],
    [
      'Nebius signed a $3 billion contract to supply GPU capacity to Meta.',
      ['meta nebius 3000000000 signed'],
    ],
    [
      'Oracle signed a $10 billion build-to-suit lease with Crusoe for a data center campus.',
      ['oracle crusoe 10000000000 signed'],
    ],
  ]);
});

describe('a guarantee left bound to the tenant it guarantees is no deal', () => {
  each([
    [
      'Google adds $1.4 billion to its backstop of Fluidstack’s lease payments, taking its total backstop to $3.2 billion.',
      [],
    ],
    ['Google will backstop $1.4 billion of Fluidstack’s lease obligations.', []],
    [
      'Google ajoute 1,4 milliard de dollars à sa garantie des loyers de Fluidstack, portant sa garantie totale à 3,2 milliards de dollars.',
      [],
    ],
    [
      'Google erhöht seine Garantie für die Mietzahlungen von Fluidstack um 1,4 Milliarden Dollar auf 3,2 Milliarden Dollar.',
      [],
    ],
    [
      'Google garantiza 1.400 millones de dólares adicionales de las obligaciones de arrendamiento de Fluidstack.',
      [],
    ],
    // With the lease in the document, the guarantee is the landlord's.
    [
      'TeraWulf signed a $3.7 billion lease with Fluidstack. Google will backstop $1.8 billion of Fluidstack’s lease obligations.',
      ['fluidstack terawulf 3700000000 signed', 'alphabet terawulf 1800000000 signed capacity_backstop'],
    ],
  ]);
  it("keeps a filing's guarantee for the documents read with it", () => {
    const found = extractMentions({
      text: 'Google will backstop $1.4 billion of Fluidstack’s lease obligations.',
      registrant: { name: 'Alphabet Inc.' },
    });
    expect(found.map((m) => `${m.buyer.id} ${m.provider.id}`)).toEqual(['alphabet fluidstack']);
  });
});

describe('a campus a company builds with partners is a project, no contract', () => {
  // The compute contract signed before it is a deal told without an amount (real-kinds-r15-en); the campus with
  // MGX, Bpifrance and Nvidia still pairs nobody.
  each([
    [
      'Mistral a signé un contrat de calcul avec Fluidstack. À plus long terme, le groupe porte avec MGX, Bpifrance et Nvidia un projet de campus de 1,4 GW en Île-de-France.',
      ['mistral fluidstack null signed'],
    ],
    [
      'Mistral signed a compute contract with Fluidstack. Longer term, the group is pursuing with MGX, Bpifrance and Nvidia a 1.4 GW campus project near Paris.',
      ['mistral fluidstack null signed'],
    ],
    [
      'Mistral firmó un contrato de cómputo con Fluidstack. A más largo plazo, el grupo impulsa con MGX, Bpifrance y Nvidia un proyecto de campus de 1,4 GW cerca de París.',
      ['mistral fluidstack null signed'],
    ],
    [
      'Mistral ha firmato un contratto di calcolo con Fluidstack. A lungo termine, il gruppo porta avanti con MGX, Bpifrance e Nvidia un progetto di campus da 1,4 GW vicino a Parigi.',
      [],
    ],
    [
      'Mistral a signé avec Fluidstack un contrat de location de 200 MW de capacité de calcul sur le campus de Paris.',
      ['mistral fluidstack null signed'],
    ],
  ]);
});

describe("a block of links to other articles holds other stories' headlines, no deal of this one", () => {
  const body = 'CoreWeave expanded its contract with OpenAI by $6.5 billion.';
  each([
    [
      `${body}\nRead also\nOpenAI and Nvidia: a $100 billion partnership\nWho the neoclouds are`,
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'A CoreWeave ampliou o contrato com a OpenAI em US$ 6,5 bilhões.\nLeia também\nOpenAI e Nvidia: parceria de US$ 100 bilhões\nQuem são as neoclouds',
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'CoreWeave a étendu son contrat avec OpenAI de 6,5 milliards de dollars.\nÀ lire aussi :\nOpenAI et Nvidia : un partenariat de 100 milliards de dollars\nQui sont les néoclouds',
      ['openai coreweave 6500000000 expanded'],
    ],
    [
      'CoreWeave ha esteso il contratto con OpenAI di 6,5 miliardi di dollari.\nLeggi ancheOpenAI e Nvidia, partnership da 100 miliardi di dollari',
      ['openai coreweave 6500000000 expanded'],
    ],
  ]);
  it('a filing\'s "Related Party" heading opens no block of links', () => {
    const found = extractMentions({
      text: 'Related Party Transactions\nWe signed a $2 billion lease with CoreWeave for our Ellendale campus.',
      registrant: { name: 'Applied Digital Corporation' },
    });
    expect(found.map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`)).toEqual([
      'coreweave applied-digital 2000000000',
    ]);
  });
});
