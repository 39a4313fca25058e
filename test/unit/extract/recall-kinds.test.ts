// Recall kinds of issue 8 (the deals the extractor used to miss), each in at least three languages, with the
// negatives that must stay silent. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { findCompanyMentions } from '../../../functions/core/companies';
import { kindOf } from '../../../functions/core/extract/cues';
import { each } from './mention-cases';

describe('a fleet of accelerators sizes a deal that states no amount', () => {
  each([
    [
      'Anthropic agreed to use up to one million of Google’s tensor processing units under a multiyear cloud agreement.',
      ['anthropic alphabet null signed gpu_cloud'],
    ],
    [
      'Google Cloud wird Anthropic im Rahmen eines mehrjährigen Vertrags bis zu eine Million seiner KI-Chips vom Typ TPU bereitstellen.',
      ['anthropic alphabet null signed gpu_cloud'],
    ],
    [
      'Anthropic ha firmato con Google un accordo per accedere a un massimo di un milione di TPU nel cloud.',
      ['anthropic alphabet null signed gpu_cloud'],
    ],
    [
      'A CoreWeave vai fornecer à Poolside um cluster com mais de 40 mil GPUs da Nvidia, num acordo de longo prazo.',
      ['poolside coreweave null signed gpu_cloud'],
    ],
    [
      'Lambda firmó un contrato plurianual con Microsoft para desplegar decenas de miles de GPU de Nvidia en sus centros de datos.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    [
      'Lambda stellt Microsoft im Rahmen eines Vertrags Zehntausende Nvidia-Chips in seinen Rechenzentren bereit.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    // A fleet with no deal, or one company only: nothing.
    ['Google has shipped one million TPUs to its own data centers since the spring.', []],
    [
      'Die Bundesregierung zählt in Deutschland inzwischen Zehntausende Grafikprozessoren in Rechenzentren.',
      [],
    ],
    // The fleet of a deal told with its amount just before, in a sentence naming no company: that deal's detail.
    [
      'OpenAI signs a $38 billion cloud contract with Amazon Web Services and loosens its ties to Microsoft. The seven-year contract gives access to hundreds of thousands of Nvidia GPUs.',
      ['openai amazon 38000000000 signed gpu_cloud'],
    ],
    [
      'A OpenAI assina um contrato de US$ 38 bilhões com a Amazon Web Services e reduz a dependência da Microsoft. O contrato de sete anos dá acesso a centenas de milhares de GPUs da Nvidia.',
      ['openai amazon 38000000000 signed gpu_cloud'],
    ],
    [
      'OpenAI signe un contrat de 38 milliards de dollars avec Amazon Web Services et réduit sa dépendance à Microsoft. Le contrat de sept ans donne accès à des centaines de milliers de puces Nvidia.',
      ['openai amazon 38000000000 signed gpu_cloud'],
    ],
  ]);
});

describe('a first customer of a site is a buyer of its capacity; power may be written with a hyphen', () => {
  each([
    [
      'xAI will be the first customer of a 500-megawatt data center that Humain is building in Saudi Arabia.',
      ['xai humain null signed'],
    ],
    [
      'Humain baut in Saudi-Arabien ein Rechenzentrum mit 500 Megawatt; xAI wird dessen erster Kunde.',
      ['xai humain null signed'],
    ],
    [
      'xAI sarà il primo cliente del data center da 500 megawatt che Humain sta costruendo in Arabia Saudita.',
      ['xai humain null signed'],
    ],
    [
      'A xAI será a primeira cliente do centro de dados de 500 MW que a Humain constrói na Arábia Saudita.',
      ['xai humain null signed'],
    ],
    // A first customer of a product, no capacity: nothing.
    ['Apple was the first customer of the new modem, Qualcomm said.', []],
    ['Humain construit un centre de données de 500 MW ; son premier client n’a pas été nommé.', []],
    // A year before a capitalised "Gigawatt" is a publication's name, not power.
    ['Lesen Sie auch: OpenAI und Oracle, der Vertrag im Faktencheck. © 2025 Gigawatt Journal', []],
  ]);
});

describe('value words without a figure, and a contract noun before "miliardari"', () => {
  each([
    [
      'Lambda hat einen Auftrag im Milliardenbereich erhalten: Lambda stellt Microsoft Rechenleistung mit Nvidia-Chips bereit.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    [
      'Microsoft stringe accordi miliardari per la capacità di calcolo con Lambda.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    [
      'A Microsoft fecha contratos bilionários de capacidade de computação com a Lambda.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    // "miliardario" alone is a billionaire, no value word.
    ['Il miliardario Larry Ellison, fondatore di Oracle, ha parlato di cloud e di OpenAI.', []],
  ]);
});

describe('a table whose header gives the currency, and cells that withhold the amount', () => {
  each([
    [
      'Microsoft ha firmado contratos de capacidad de GPU con varios proveedores.\n\nProveedor        Importe (dólares)       Estado\nNebius           17.400 millones         Firmado\nLambda           no revelado             Firmado\n',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft lambda null signed gpu_cloud'],
    ],
    [
      'Microsoft ha firmato contratti di capacità GPU con diversi fornitori.\n\nFornitore        Valore (dollari)        Stato\nNebius           17,4 miliardi           Firmato\nLambda           non divulgato           Firmato\n',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft lambda null signed gpu_cloud'],
    ],
    [
      'Microsoft has signed GPU capacity contracts with several providers.\n\nProvider    Value           Status\nNebius      $17.4 billion   Signed\nLambda      not disclosed   Signed\n',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft lambda null signed gpu_cloud'],
    ],
    [
      'Microsoft hat GPU-Kapazitätsverträge mit mehreren Anbietern unterzeichnet.\n\nAnbieter    Wert            Status\nNebius      17,4 Mrd. Dollar   unterzeichnet\nLambda      nicht genannt   unterzeichnet\n',
      ['microsoft nebius 17400000000 signed gpu_cloud', 'microsoft lambda null signed gpu_cloud'],
    ],
    // In prose, withheld terms name no contract of their own.
    ['Nscale is working with Dell Technologies on the servers. Financial terms were not disclosed.', []],
    ['Nscale travaille avec Dell sur les serveurs. Le montant est non divulgué.', []],
  ]);
});

describe('paying for another chip maker’s technology is an acquisition, not a contract', () => {
  each([
    ['Nvidia will pay $20 billion for Groq’s technology and hire its chip engineers.', []],
    [
      'Nvidia paga 20.000 millones de dólares por la tecnología de Groq y contrata a sus ingenieros de chips.',
      [],
    ],
    [
      "Nvidia s'offre la technologie de Groq pour 20 milliards de dollars, un accord de licence sur ses puces.",
      [],
    ],
    ['A Nvidia paga US$ 20 bilhões pela tecnologia da Groq e contrata os seus engenheiros de chips.', []],
  ]);
});

describe('the company table names compute companies beyond the first ones', () => {
  each([
    [
      'Thinking Machines signed a multiyear agreement to rent GPU capacity from Voltage Park for $500 million.',
      ['thinking-machines voltage-park 500000000 signed gpu_cloud'],
    ],
    [
      'Northern Data stellt Perplexity für 300 Millionen Dollar GPU-Rechenleistung in seiner Taiga Cloud bereit.',
      ['perplexity northern-data 300000000 signed gpu_cloud'],
    ],
    [
      'ByteDance ha firmado un contrato de 2.000 millones de dólares para alquilar capacidad de GPU en la nube de Alibaba Cloud.',
      ['bytedance alibaba 2000000000 signed gpu_cloud'],
    ],
  ]);

  it('reads tickers that are no word, in capitals only', () => {
    const ids = (t: string) => findCompanyMentions(t).map((m) => m.company.id);
    expect(ids('CRWV and NBIS rallied while WULF fell')).toEqual(['coreweave', 'nebius', 'terawulf']);
    expect(ids('the crwv thread')).toEqual([]);
  });
});

describe('an order "from" a company, its size in quotes between, names the buyer', () => {
  each([
    [
      'Lambda meldete einen Auftrag „im Milliardenbereich“ von Microsoft: Lambda stellt dem Konzern GPU-Rechenleistung bereit.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    [
      'Lambda a annoncé une commande « pluriannuelle » de Microsoft pour de la capacité GPU d’un montant de plusieurs milliards de dollars.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    [
      'Lambda anunció un pedido «plurianual» de parte de Microsoft para capacidad de GPU por varios miles de millones de dólares.',
      ['microsoft lambda null signed gpu_cloud'],
    ],
    // A negated "from" says nothing of who sells: the usual roles decide.
    [
      'OpenAI und Broadcom haben eine Vereinbarung über KI-Beschleuniger mit 10 Gigawatt getroffen; der frühere Großauftrag kam nicht von OpenAI.',
      ['openai broadcom null signed'],
    ],
  ]);
});

describe('the status of an amount told after a sentence that sized the deal is its own sentence’s', () => {
  each([
    [
      'Nscale will deploy about 200,000 Nvidia GB300 processors for Microsoft in Texas. The value was not disclosed. According to a person familiar with the matter, the contracts could be worth as much as $24 billion.',
      ['microsoft nscale 24000000000 reported gpu_cloud'],
    ],
    [
      'Nscale déploiera environ 200 000 puces Nvidia GB300 pour Microsoft au Texas. Selon des sources proches du dossier, les contrats pourraient valoir jusqu’à 24 milliards de dollars.',
      ['microsoft nscale 24000000000 reported gpu_cloud'],
    ],
    [
      'Nscale wird für Microsoft in Texas rund 200.000 Nvidia-Prozessoren vom Typ GB300 bereitstellen. Laut Insidern könnten die Verträge bis zu 24 Milliarden Dollar wert sein.',
      ['microsoft nscale 24000000000 reported gpu_cloud'],
    ],
  ]);
});

describe('acquiring capacity is buying it, not buying a company', () => {
  each([
    [
      'A Anthropic se compromete a adquirir US$ 30 bilhões em capacidade de computação na nuvem Azure, da Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'Nvidia se compromete a adquirir por 6.300 millones de dólares la capacidad de cómputo que CoreWeave no logre vender.',
      ['nvidia coreweave 6300000000 signed'],
    ],
    [
      "Nvidia s'est engagé à acquérir pour 6,3 milliards de dollars la capacité de calcul que CoreWeave n'aura pas vendue.",
      ['nvidia coreweave 6300000000 signed'],
    ],
    // "compra US$ 30 bilhões": a currency, not a company bought.
    [
      'A Anthropic compra US$ 30 bilhões em capacidade na nuvem Azure da Microsoft.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    // Buying a company stays an acquisition.
    ['CoreWeave acordó adquirir Core Scientific por 9.000 millones de dólares en acciones.', []],
    ['CoreWeave a accepté d’acquérir Core Scientific pour 9 milliards de dollars en actions.', []],
  ]);
});

describe('an AI lab named by what it makes, in every language, and whose suppliers they are', () => {
  each([
    [
      'La creadora de Claude se ha comprometido a adquirir capacidad de cómputo de Microsoft Azure por valor de 30.000 millones de dólares.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'Der Claude-Entwickler hat mit Microsoft einen Vertrag über Azure-Rechenleistung für 30 Milliarden Dollar geschlossen.',
      ['anthropic microsoft 30000000000 signed gpu_cloud'],
    ],
    [
      'A criadora do ChatGPT assinou com a Oracle um contrato de capacidade de computação de US$ 30 bilhões por ano.',
      ['openai oracle null signed gpu_cloud'],
    ],
    [
      'O acordo com a AMD, para 6 gigawatts de GPUs, entra na lista de fornecedores da dona do ChatGPT.',
      ['openai amd null signed'],
    ],
    [
      "L'accord avec AMD, pour 6 gigawatts de puces, allonge la liste des fournisseurs d'OpenAI.",
      ['openai amd null'],
    ],
    [
      'The agreement with AMD, for 6 gigawatts of GPUs, adds to the list of suppliers to OpenAI.',
      ['openai amd null'],
    ],
  ]);
});

describe('a contract of the one company a sentence names, in an article about its counterparty', () => {
  each([
    [
      "CoreWeave a signé avec Meta une commande de capacité de calcul de 14,2 milliards de dollars. CoreWeave dépend moins de Microsoft. L'autre grand client, OpenAI, a vu son contrat porté à 22,4 milliards de dollars.",
      ['meta coreweave 14200000000 signed', 'openai coreweave 22400000000'],
    ],
    [
      'CoreWeave hat mit Meta einen Auftrag für Rechenleistung über 14,2 Milliarden Dollar abgeschlossen. CoreWeave wächst schnell. Mit OpenAI hat das Unternehmen Verträge über 22,4 Milliarden Dollar.',
      ['meta coreweave 14200000000 signed', 'openai coreweave 22400000000'],
    ],
    [
      'CoreWeave ha firmato con Meta un ordine di capacità di calcolo da 14,2 miliardi di dollari. CoreWeave cresce in fretta. Anche Nvidia ha un contratto da 6,3 miliardi di dollari per la capacità invenduta.',
      ['meta coreweave 14200000000 signed', 'nvidia coreweave 6300000000 signed'],
    ],
    // An IPO's anchor order is no contract.
    [
      'CoreWeave priced its IPO at $40 a share. CoreWeave raised $1.5 billion. Nvidia put in an anchor order of $250 million.',
      [],
    ],
    [
      "CoreWeave a fixé le prix de son introduction en Bourse à 40 dollars. CoreWeave a levé 1,5 milliard de dollars. Nvidia a passé un ordre d'ancrage de 250 millions de dollars.",
      [],
    ],
    [
      'CoreWeave hat den Ausgabepreis auf 40 Dollar festgelegt. CoreWeave nahm 1,5 Milliarden Dollar ein. Nvidia zeichnete als Ankerinvestor Aktien über einen Auftrag von 250 Millionen Dollar.',
      [],
    ],
  ]);
});

describe('a newspaper named as the source reports, in German too', () => {
  each([
    [
      'Laut Wall Street Journal hat OpenAI mit Oracle eine Vereinbarung über Rechenleistung für rund 300 Milliarden Dollar geschlossen.',
      ['openai oracle 300000000000 reported'],
    ],
    [
      'Laut dem Handelsblatt mietet Meta bei Nebius GPU-Kapazität für 3 Milliarden Dollar.',
      ['meta nebius 3000000000 reported'],
    ],
  ]);
});

describe('a cloud named by its own chips is the seller of their use', () => {
  each([
    [
      'Anthropic to tap up to a million Google TPUs in a deal worth tens of billions',
      ['anthropic alphabet null signed gpu_cloud'],
    ],
    [
      'Anthropic sichert sich in einem Milliardendeal bis zu eine Million Google-TPUs.',
      ['anthropic alphabet null signed gpu_cloud'],
    ],
    [
      'Anthropic firma un accordo miliardario per usare fino a un milione di Google TPU.',
      ['anthropic alphabet null signed gpu_cloud'],
    ],
    // A chip brand with no deal and no buyer: nothing.
    ['Google TPUs now train most of Gemini under a long-standing internal agreement.', []],
  ]);
});

describe("a guarantee of a tenant's lease obligations told with its financing purpose stays the guarantor's", () => {
  const lease =
    'TeraWulf signed a ten-year colocation lease with Fluidstack worth about $3.7 billion at Lake Mariner. ';
  const both = [
    'fluidstack terawulf 3700000000 signed datacenter_lease',
    'alphabet terawulf 1800000000 signed capacity_backstop',
  ];
  each([
    [
      `${lease}Google agreed to backstop $1.8 billion of Fluidstack's lease obligations to support project-level debt financing.`,
      both,
    ],
    [
      "TeraWulf a signé avec Fluidstack un bail de colocation de dix ans d'environ 3,7 milliards de dollars. Google garantira 1,8 milliard de dollars des obligations locatives de Fluidstack afin de faciliter la dette du projet.",
      both,
    ],
    [
      'TeraWulf firmó con Fluidstack un contrato de arrendamiento de colocation a diez años por unos 3.700 millones de dólares. Google respaldará 1.800 millones de dólares de las obligaciones de arrendamiento de Fluidstack para facilitar la financiación del proyecto con deuda.',
      both,
    ],
    [
      'TeraWulf ha firmato con Fluidstack un contratto di locazione decennale per circa 3,7 miliardi di dollari. Google garantirà 1,8 miliardi di dollari delle obbligazioni di locazione di Fluidstack, a sostegno del finanziamento a debito del progetto.',
      both,
    ],
    [
      'TeraWulf hat mit Fluidstack einen Mietvertrag über zehn Jahre im Wert von rund 3,7 Milliarden Dollar geschlossen. Google bürgt für 1,8 Milliarden Dollar der Mietzahlungen von Fluidstack, um die Kredite für das Projekt zu erleichtern.',
      both,
    ],
    [
      'A TeraWulf assinou com a Fluidstack um contrato de arrendamento de dez anos de cerca de US$ 3,7 bilhões. O Google garantirá US$ 1,8 bilhão das obrigações de aluguel da Fluidstack para viabilizar a dívida do projeto.',
      both,
    ],
    // A guarantee that names no tenant's obligations is the financing itself: notes, a loan.
    [
      `${lease}TeraWulf also priced $3.2 billion of senior secured notes guaranteed by its subsidiaries to finance the build.`,
      both.slice(0, 1),
    ],
    [
      'TeraWulf ha firmato con Fluidstack un contratto di locazione decennale per circa 3,7 miliardi di dollari. TeraWulf ha collocato obbligazioni garantite senior per 3,2 miliardi di dollari per finanziare i lavori.',
      both.slice(0, 1),
    ],
    [
      `${lease}Google guaranteed a $2 billion term loan that lenders extended to TeraWulf for the build.`,
      both.slice(0, 1),
    ],
  ]);
});

describe("a verb of support whose object is a tenant's obligations tells a guarantee", () => {
  const both = [
    'fluidstack terawulf 3700000000 signed datacenter_lease',
    'alphabet terawulf 1800000000 signed capacity_backstop',
  ];
  const lease =
    'TeraWulf signed a ten-year colocation lease with Fluidstack worth about $3.7 billion at Lake Mariner. ';
  each([
    [`${lease}Google has agreed to stand behind $1.8 billion of Fluidstack's lease obligations.`, both],
    [`${lease}Google supports $1.8 billion of Fluidstack lease obligations.`, both],
    [
      "TeraWulf a signé avec Fluidstack un bail de colocation de dix ans d'environ 3,7 milliards de dollars. Google couvrira 1,8 milliard de dollars des obligations locatives de Fluidstack.",
      both,
    ],
    [
      'TeraWulf firmó con Fluidstack un contrato de arrendamiento de colocation a diez años por unos 3.700 millones de dólares. Google cubrirá 1.800 millones de dólares de las obligaciones de arrendamiento de Fluidstack.',
      both,
    ],
    [
      'TeraWulf ha firmato con Fluidstack un contratto di locazione decennale per circa 3,7 miliardi di dollari. Google coprirà 1,8 miliardi di dollari degli obblighi di locazione di Fluidstack.',
      both,
    ],
  ]);
  it('a verb of support with another object is no guarantee', () => {
    expect(kindOf('Google supports the build with $1.8 billion of cloud credits for its teams', 1)).not.toBe(
      'capacity_backstop',
    );
    expect(kindOf('Google soutient le projet avec 1,8 milliard de crédits cloud', 1)).not.toBe(
      'capacity_backstop',
    );
    expect(kindOf('Google cubre 1.800 millones en créditos de nube para sus equipos', 1)).not.toBe(
      'capacity_backstop',
    );
  });
});

describe("a sum of one counterparty's contracts is that pair's value, not an aggregate", () => {
  const lease = ['fluidstack terawulf 3700000000 signed datacenter_lease'];
  each([
    [
      'TeraWulf reported results on Thursday. The company signed two ten-year colocation agreements with Fluidstack at Lake Mariner that together total about $3.7 billion of contracted revenue.',
      lease,
    ],
    [
      'TeraWulf publicó sus cuentas. La empresa firmó dos acuerdos de colocación a diez años con Fluidstack en Lake Mariner, que suman unos 3.700 millones de dólares.',
      lease,
    ],
    [
      'TeraWulf a publié ses comptes. Le groupe a signé deux contrats de colocation de dix ans avec Fluidstack à Lake Mariner, qui totalisent environ 3,7 milliards de dollars.',
      lease,
    ],
    [
      'TeraWulf hat am Donnerstag Zahlen vorgelegt. Das Unternehmen hat zwei Colocation-Verträge mit Fluidstack unterzeichnet, die zusammen rund 3,7 Milliarden Dollar wert sind.',
      lease,
    ],
    [
      'TeraWulf ha pubblicato i conti. Il gruppo ha firmato due accordi di colocation decennali con Fluidstack a Lake Mariner, che insieme valgono circa 3,7 miliardi di dollari.',
      lease,
    ],
    // Contracts with several counterparties summed: an aggregate, no pair's value.
    [
      'Microsoft has signed contracts with Nebius, IREN and Nscale that together total about $60 billion of GPU capacity.',
      [],
    ],
    [
      'Microsoft a signé des contrats avec Nebius, IREN et Nscale qui totalisent environ 60 milliards de dollars de capacité GPU.',
      [],
    ],
  ]);
});

describe("a contract's sentence naming no company continues the pair the sentence before borrowed", () => {
  each([
    [
      'Nvidia hat mit dem Cloud-Anbieter Lambda zwei Mietverträge über Server geschlossen. Das berichtet The Information. Der größere Vertrag umfasst 10.000 GPU-Server für vier Jahre und hat einen Wert von rund 1,3 Milliarden Dollar. Ein zweiter Vertrag über 200 Millionen Dollar betrifft 8.000 weitere Server.',
      ['nvidia lambda 1300000000 reported gpu_cloud', 'nvidia lambda 200000000 reported gpu_cloud'],
    ],
    [
      'Nvidia signed two server leases with Lambda, The Information reported. People familiar with it said so. The larger contract covers 10,000 GPU servers for four years and is worth about $1.3 billion. A separate contract worth $200 million covers 8,000 more servers.',
      ['nvidia lambda 1300000000 reported gpu_cloud', 'nvidia lambda 200000000 reported gpu_cloud'],
    ],
    [
      'A Nvidia fechou dois contratos de aluguel de servidores com a Lambda, segundo o site The Information. As empresas não comentaram. O contrato maior cobre 10 mil servidores com GPU por quatro anos e vale US$ 1,3 bilhão. Um segundo contrato, de US$ 200 milhões, cobre mais 8 mil servidores.',
      ['nvidia lambda 1300000000 reported gpu_cloud', 'nvidia lambda 200000000 reported gpu_cloud'],
    ],
    // A sentence with no contract of its own borrows nothing two sentences on.
    [
      'Nvidia signed two server leases with Lambda, The Information reported. People familiar with it said so. The larger contract covers 10,000 GPU servers for four years and is worth about $1.3 billion. The market for GPU servers will be worth $200 billion by 2030.',
      ['nvidia lambda 1300000000 reported gpu_cloud'],
    ],
  ]);
});

describe('the owner of the goods a "with" introduces is no second object of "with"', () => {
  each([
    [
      'Nvidia hat mit dem Cloud-Anbieter Lambda einen Mietvertrag über Server geschlossen, die mit Nvidias eigenen Grafikprozessoren bestückt sind. Der Vertrag umfasst 10.000 GPU-Server und hat einen Wert von rund 1,3 Milliarden Dollar.',
      ['nvidia lambda 1300000000 signed gpu_cloud'],
    ],
    [
      "Nvidia signed a lease with Lambda for servers built with Nvidia's own chips. The contract covers 10,000 GPU servers and is worth about $1.3 billion.",
      ['nvidia lambda 1300000000 signed gpu_cloud'],
    ],
    [
      'Nvidia ha firmato con Lambda un contratto di affitto di server costruiti con i chip di Nvidia. Il contratto copre 10.000 server GPU e vale circa 1,3 miliardi di dollari.',
      ['nvidia lambda 1300000000 signed gpu_cloud'],
    ],
  ]);
});

describe('a ticker item or a German sentence that buys capacity named as a capitalised noun', () => {
  each([
    [
      '13:30 Uhr – Iren meldet einen 9,7-Milliarden-Dollar-Vertrag mit Microsoft für KI-Rechenkapazität.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'Iren hat einen Fünfjahresvertrag mit Microsoft geschlossen: Der Softwarekonzern kauft Cloud-Kapazitäten im Wert von 9,7 Milliarden US-Dollar.',
      ['microsoft iren 9700000000 signed gpu_cloud'],
    ],
    [
      'Microsoft kauft bei Nebius Rechenleistung für 17,4 Milliarden Dollar aus einem neuen Rechenzentrum.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    // Buying a business named by what it makes or runs stays an acquisition.
    ['Iren kauft den Rechenzentrumsbetreiber Sweetwater für 2 Milliarden Dollar aus der Cloud-Branche.', []],
    ['CoreWeave kauft Serverhersteller Dell für 9,7-Milliarden-Dollar, heißt es im Rechenzentrumsmarkt.', []],
  ]);
});

describe("a table's next column or a count of shares is not the words of a deal's quantity", () => {
  each([
    [
      "Les accords d'OpenAI avec ses fournisseurs\nFournisseur   Volume                          Précisions\nAMD           6 gigawatts de puces Instinct   bons de souscription jusqu'à 160 millions d'actions AMD\n",
      ['openai amd null signed hardware'],
    ],
    [
      "OpenAI's chip agreements\nSupplier   Volume                         Notes\nAMD        6 gigawatts of Instinct GPUs   warrant for up to 160 million AMD shares\n",
      ['openai amd null signed hardware'],
    ],
    [
      'OpenAI-Lieferanten\nLieferant   Volumen                          Anmerkung\nAMD         6 Gigawatt Instinct-Chips          Optionsscheine auf bis zu 160 Millionen AMD-Aktien\n',
      ['openai amd null signed hardware'],
    ],
    [
      "OpenAI's compute commitments, deal by deal:\n * Oracle: about $300 billion over five years.\n * AMD: 6 gigawatts of Instinct GPUs; OpenAI received a warrant for up to 160 million AMD shares.\n",
      ['openai oracle 300000000000 signed gpu_cloud', 'openai amd null signed hardware'],
    ],
    // The stake in the amount's own cell stays a stake.
    ['OpenAI holdings\nCompany   Stake\nAMD       warrant for 160 million shares worth $10 billion\n', []],
  ]);
});

describe("a loan's sentence that lets its site to a named tenant keeps the lease, without the loan's value", () => {
  const lease = ['coreweave galaxy-digital null signed datacenter_lease'];
  each([
    [
      'Galaxy Digital closed a $1.4 billion project loan to finish Helios, the Texas campus it has leased to CoreWeave.',
      lease,
    ],
    [
      'Galaxy Digital hat eine Kreditlinie über 1,4 Milliarden Dollar für das Rechenzentrum Helios abgeschlossen, CoreWeave mietet alles.',
      lease,
    ],
    [
      'Galaxy Digital a obtenu un prêt de 1,4 milliard de dollars pour achever Helios, le campus loué à CoreWeave.',
      lease,
    ],
    [
      'Galaxy Digital cerró un préstamo de 1.400 millones de dólares para terminar Helios, el campus arrendado a CoreWeave.',
      lease,
    ],
    [
      'Galaxy Digital ha ottenuto un prestito da 1,4 miliardi di dollari per completare Helios, il campus affittato a CoreWeave con un contratto di quindici anni.',
      lease,
    ],
    [
      'A Galaxy Digital fechou um empréstimo de US$ 1,4 bilhão para concluir o Helios, o campus alugado à CoreWeave.',
      lease,
    ],
    // A loan that lets nothing to anyone, or names a user of the site only: no deal.
    ['Galaxy Digital closed a $1.4 billion project loan to finish Helios, its Texas data center campus.', []],
    [
      'Galaxy Digital closed a $1.4 billion loan from Deutsche Bank for Helios, which CoreWeave will use.',
      [],
    ],
  ]);
});

describe('a fleet of accelerators named in each language sizes a deal with no amount', () => {
  const deal = ['microsoft lambda null signed gpu_cloud'];
  each([
    [
      "Microsoft accelera sulla IA. L'azienda ha annunciato un'intesa pluriennale con Lambda, che prevede la fornitura di decine di migliaia di acceleratori Nvidia; il valore non è stato reso noto.",
      deal,
    ],
    [
      'Microsoft amplía su apuesta por la IA. La empresa ha firmado un acuerdo plurianual con Lambda, que prevé el suministro de decenas de miles de aceleradores Nvidia; el importe no se ha divulgado.',
      deal,
    ],
    [
      "Microsoft accélère dans l'IA. Le groupe a signé un accord pluriannuel avec Lambda, qui prévoit la fourniture de dizaines de milliers d'accélérateurs Nvidia ; le montant n'a pas été dévoilé.",
      deal,
    ],
    [
      'A Microsoft acelera na IA. A empresa assinou um acordo plurianual com a Lambda, que prevê o fornecimento de dezenas de milhares de aceleradores Nvidia; o valor não foi divulgado.',
      deal,
    ],
    // The maker named after its accelerators is the goods, not a party; a fleet with no deal is nothing.
    ['Nvidia ha consegnato decine di migliaia di acceleratori ai propri clienti nel trimestre.', []],
    ['Nvidia entregó decenas de miles de aceleradores a sus clientes en el trimestre.', []],
  ]);
});
