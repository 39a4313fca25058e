// Kinds of error seen on real pages in round 56: a compute company putting a chip maker's goods to work in its own
// cluster, with no buyer served ("Vultr will deploy 24,000 AMD Instinct GPUs", "TensorWave a mis en service un cluster
// d'accélérateurs d'AMD", "AMD-GPUs in Betrieb genommen", "a facility housing 24,000 AMD GPUs", "an AMD-powered
// supercluster") was no deal, where the pages' readers count the maker's supply of the goods; a company's money for its
// own sites told through a possessive ("400 Millionen Dollar für den Ausbau seiner Schweizer Rechenzentren", "a promis
// 5 milliards d'euros … pour ses centres") became a contract with the company named beside it; a round a headline tells
// as "closes $100M to expand" its cluster became the cluster maker's sale; a buyer running on a provider now ("Safe
// Superintelligence is using Google Cloud's TPUs", "Le Chat tourne sur les puces de Cerebras", "nutzt die TPUs von
// Google Cloud") was no deal, the future alone being read; a chip maker renting a landlord's megawatts ("Riot Platforms
// affitta 25 MW ad AMD") became the landlord's buyer of hardware; customers who "decided not to take" a site became the
// lease's party; the company that designed goods another sells ("TPU Ironwood diseñadas por Google") became the seller;
// an additional order "taking its orders with Broadcom to $21bn" gave the total as its value; a purchase's seller named
// before the goods' brand ("comprará da Dell Technologies GPUs Nvidia") lost the sale to the brand; counterparties
// listed each with its amount in parentheses ("con Microsoft (altri 250 miliardi di servizi Azure) e con CoreWeave
// (…)") were paired with each other, an amount of services bought read as no money, and the first member's hedge
// ("secondo il Wall Street Journal") read as every member's; and a lease's amount told after a heading naming its
// guarantor ("Hut 8 vermietet … an Fluidstack – Google bürgt") went to the guarantor ("avec la garantie de Google"
// names its guarantor since round 57). Servers named with their maker ("alquilar servidores de Nvidia a CoreWeave")
// made the maker the seller.
// Each kind is told again in invented sentences, in three languages or more: positives that must be found and near
// misses that must stay as they are (goods deployed for a customer, an ability, a site's room, a partner's deployment,
// a venture's, a maker as co-subject, goods beside a contract the deployer sells, a contract's own amount). Each row's
// wanted strings are prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Nscale signs a contract with Microsoft.');
}, 120_000);

eachKind({
  // The maker supplies the goods a company deploys for itself: a hardware deal told without a figure.
  "a company deploying a chip maker's goods for itself": [
    [
      'en',
      'Vultr will deploy 24,000 AMD Instinct MI355X GPUs at a new 50 MW site in Springfield, Ohio, the cloud provider said on Tuesday.',
      ['vultr amd null signed hardware'],
    ],
    [
      'en',
      'TensorWave, a Las Vegas neocloud, said it has deployed 8,192 AMD Instinct MI325X accelerators, the largest such GPU cluster to date.',
      ['tensorwave amd null signed hardware'],
    ],
    [
      'en',
      'Vultr has chosen Springfield for a 50-megawatt facility housing 24,000 AMD Instinct GPUs, a $901 million capital investment.',
      ['vultr amd null signed hardware'],
    ],
    [
      'en',
      'Vultr will build an AMD-powered GPU supercluster in Springfield, Ohio.',
      ['vultr amd null signed hardware'],
    ],
    [
      'fr',
      "TensorWave a mis en service à Las Vegas un cluster de 8 192 accélérateurs Instinct MI325X d'AMD, le plus grand parc de GPU de ce type.",
      ['tensorwave amd null signed hardware'],
    ],
    [
      'fr',
      "Vultr déploiera 24 000 GPU AMD Instinct sur un nouveau site de 50 MW dans l'Ohio.",
      ['vultr amd null signed hardware'],
    ],
    [
      'de',
      'TensorWave hat in Las Vegas einen Cluster mit 8.192 AMD-GPUs in Betrieb genommen.',
      ['tensorwave amd null signed hardware'],
    ],
    [
      'de',
      'Firmus wird in Tasmanien Nvidia-GB300-Systeme installieren, teilte das GPU-Cloud-Unternehmen mit.',
      ['firmus nvidia null signed hardware'],
    ],
    [
      'es',
      'Vultr desplegará 24.000 GPU AMD Instinct MI355X en un nuevo centro de 50 MW en Springfield, Ohio.',
      ['vultr amd null signed hardware'],
    ],
    [
      'es',
      'Humain instalará racks AI200 de Qualcomm en sus centros de datos a partir de 2026, con GPU para inferencia.',
      ['humain qualcomm null signed hardware'],
    ],
    [
      'it',
      'TensorWave ha messo in funzione a Las Vegas un cluster di 8.192 acceleratori AMD Instinct MI325X, la sua GPU di punta.',
      ['tensorwave amd null signed hardware'],
    ],
    [
      'it',
      'IBM installerà gli acceleratori Instinct MI300X di AMD nel suo cloud dal 2025, accanto alle GPU già offerte.',
      ['ibm amd null signed hardware'],
    ],
    [
      'pt',
      'A Firmus vai instalar sistemas GB300 da Nvidia nos seus centros de dados da Tasmânia, com milhares de GPUs.',
      ['firmus nvidia null signed hardware'],
    ],
    [
      'pt',
      'A Vultr implantará 24 mil GPUs AMD Instinct em um novo campus em Ohio.',
      ['vultr amd null signed hardware'],
    ],
    [
      'en',
      'Nscale will deploy 200,000 Nvidia GPUs for Microsoft in Texas and Portugal.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'es',
      'Nscale desplegará 200.000 GPU de Nvidia para Microsoft en Europa y Texas.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    ['en', 'Nvidia will deploy 10,000 Blackwell GPUs in its own cloud.', []],
    [
      'en',
      'Microsoft signed a $17.4 billion contract with Nebius, which will deploy Nvidia GB300 chips in New Jersey.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    ['en', 'The site can house up to 50,000 Nvidia GPUs once finished.', []],
    [
      'en',
      'Humain also confirmed it expects to deploy up to 600,000 Nvidia GPUs over three years.',
      ['humain nvidia null signed hardware'],
    ],
    [
      'en',
      'Deutsche Telekom and Nvidia unveiled a refurbished data center in Munich that will house up to 10,000 Nvidia GPUs.',
      [],
    ],
    ['en', 'Together AI said it will deploy 36,000 Nvidia GB200 chips with partner Hypertec.', []],
    [
      'fr',
      'La coentreprise détenue à parts égales par Nscale et Aker déploiera à Narvik des serveurs équipés de puces Nvidia GB300.',
      [],
    ],
    [
      'en',
      'The San Francisco GPU cloud will deploy tens of thousands of Nvidia chips for the Azure owner.',
      [],
    ],
    ['en', 'Microsoft buys this capacity because the neoclouds can install Nvidia GB300 racks faster.', []],
    [
      'de',
      'Mit dem Kapital will Lambda mehr als eine Million Nvidia-GPUs in Betrieb nehmen.',
      ['lambda nvidia null signed hardware'],
    ],
    ['de', 'Im Prinzip könnte Lambda dort auch Nvidia-GPUs in Betrieb nehmen, sagte ein Analyst.', []],
    ['en', 'Nscale will install 12,600 Nvidia GPUs in Sines to serve its customers.', []],
    ['fr', 'Selon un analyste, Lambda pourrait déployer des GPU Nvidia sur le site.', []],
    [
      'en',
      'Nscale has signed a contract to supply GPU capacity to Microsoft from Sines. Nscale will install 12,600 Nvidia GB300 GPUs in the Start Campus building.',
      ['microsoft nscale null signed gpu_cloud'],
    ],
    [
      'it',
      'Il primo lotto vale 4,5 miliardi di dollari australiani e prevede un impianto a Melbourne, dove Firmus installerà 18.500 GPU Nvidia GB300 già ordinate.',
      [],
    ],
  ],
  // Money for one's own sites names no counterparty; a contract's amount for the buyer's capacity keeps its value.
  "a company's money for its own sites, told through a possessive": [
    [
      'de',
      'Google verhandelt mit CoreWeave über die Anmietung von Rechenkapazität. Auch in Deutschland wächst der Bedarf: Google betreibt in Frankfurt eine Cloud-Region, Microsoft hat im Vorjahr rund 500 Millionen Euro für den Ausbau seiner deutschen Rechenzentren angekündigt, und Betreiber wie Equinix bauen ebenfalls.',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'fr',
      "Proximus et Mistral AI annoncent un partenariat cloud en Belgique. L'annonce tombe alors que la Pologne multiplie les projets : Amazon a promis 3 milliards d'euros sur trois ans pour ses centres de Varsovie et Cracovie, Microsoft a ouvert sa région cloud polonaise, et Atman lève 200 millions.",
      [],
    ],
    [
      'en',
      'Oracle is in talks to rent GPU capacity from CoreWeave. Demand is rising across Europe: Google runs a cloud region in Warsaw, Microsoft pledged $700 million last year to expand its Polish data centers, and local operators are building too.',
      ['oracle coreweave null in_talks gpu_cloud'],
    ],
    [
      'es',
      'Meta negocia alquilar capacidad de cómputo a Nebius. En España la demanda también crece: Google opera una región cloud en Madrid, Microsoft anunció 2.000 millones de dólares para la ampliación de sus centros de datos en Aragón, y otros operadores construyen.',
      ['meta nebius null in_talks gpu_cloud'],
    ],
    [
      'it',
      "Amazon tratta con Nebius l'affitto di capacità di calcolo. In Italia la domanda cresce: Google gestisce una regione cloud a Milano, Microsoft ha annunciato 1 miliardo di euro per l'ampliamento dei suoi data center in Lombardia, e altri operatori costruiscono.",
      [],
    ],
    [
      'pt',
      'A Meta negocia alugar capacidade de computação à Nebius. Em Portugal a procura também cresce: a Google opera uma região cloud em Lisboa, a Microsoft prometeu 1 bilhão de dólares para a ampliação dos seus centros de dados em Sines, e outros operadores constroem.',
      ['meta nebius null in_talks gpu_cloud'],
    ],
    [
      'en',
      'Meta signed a $14.2 billion contract with CoreWeave to expand its computing capacity.',
      ['meta coreweave 14200000000 signed gpu_cloud'],
    ],
    [
      'de',
      'Microsoft hat mit Nebius einen Vertrag über 17,4 Milliarden Dollar für den Ausbau seiner Rechenkapazität geschlossen.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
  ],
  // A round closed is money raised; a deal closed keeps its value.
  'a round told as closing a sum': [
    [
      'en',
      'Crusoe closes $250M to expand Nvidia cluster. The Denver company said the round will pay for thousands more Nvidia GPUs.',
      [],
      'Silicon and sites: Crusoe closes $250M to expand Nvidia cluster',
    ],
    [
      'en',
      'Nebius closes $17.4B deal with Microsoft for GPU capacity from its New Jersey site.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
      'Nebius closes $17.4B deal with Microsoft',
    ],
    [
      'fr',
      'Lambda boucle une levée de 480 millions de dollars pour étendre son parc de GPU Nvidia. La start-up a lancé son tour de table en février.',
      [],
    ],
    ['es', 'Lambda cierra una ronda de 480 millones de dólares para ampliar su flota de GPU de Nvidia.', []],
  ],
  // A buyer running on a provider now is its customer; an unnamed buyer, background in a relative clause, a maker's own
  // chips are none.
  'a buyer running on a compute provider, told in the present': [
    [
      'en',
      "Safe Superintelligence is using Google Cloud's TPUs to power its research, Google said at Cloud Next.",
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'en',
      "Ilya Sutskever's SSI relies on Google's tensor processing units, the company confirmed.",
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'de',
      'Das Start-up Safe Superintelligence von Ilya Sutskever nutzt die TPUs von Google Cloud für seine Forschung.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'fr',
      "La start-up Safe Superintelligence d'Ilya Sutskever utilise les TPU de Google Cloud pour ses recherches.",
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'pt',
      'A Safe Superintelligence, de Ilya Sutskever, usa as TPUs do Google Cloud nas suas pesquisas.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
    [
      'fr',
      'Le Chat de Mistral tourne désormais sur les puces de Cerebras.',
      ['mistral cerebras null signed gpu_cloud'],
    ],
    ['it', 'Le Chat di Mistral gira ora sui chip di Cerebras.', ['mistral cerebras null signed gpu_cloud']],
    ['en', "Mistral's Le Chat now runs on Cerebras hardware.", ['mistral cerebras null signed gpu_cloud']],
    [
      'en',
      "Meta's Llama API runs on chips from Cerebras and Groq.",
      ['meta cerebras null signed gpu_cloud', 'meta groq null signed gpu_cloud'],
    ],
    ['en', "The startup uses Google Cloud's TPUs for its research, a spokesperson said.", []],
    ['en', "Anthropic, which uses Google's TPUs, declined to comment on the report.", []],
    ['fr', 'Nvidia utilise ses propres puces dans son cloud DGX.', []],
    ['it', 'Cerebras usa i propri chip nel suo cloud di inferenza.', []],
    [
      'de',
      'Das Start-up SSI von Ilya Sutskever setzt auf Googles TPUs.',
      ['ssi alphabet null signed gpu_cloud'],
    ],
  ],
  // A chip maker renting a landlord's megawatts is the tenant; one buying goods for its leased hall stays the buyer of goods.
  "a chip maker renting a landlord's site": [
    [
      'it',
      'Riot Platforms affitta 40 MW a AMD per dieci anni, per un valore di 400 milioni di dollari.',
      ['amd riot-platforms 400000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Riot Platforms alquila 40 MW a AMD por diez años en un contrato de unos 400 millones de dólares.',
      ['amd riot-platforms 400000000 signed datacenter_lease'],
    ],
    [
      'fr',
      "Riot Platforms loue 40 MW à AMD pour dix ans, un contrat d'environ 400 millions de dollars.",
      ['amd riot-platforms 400000000 signed datacenter_lease'],
    ],
    [
      'pt',
      'A Riot Platforms aluga 40 MW à AMD por dez anos, num contrato de cerca de 400 milhões de dólares.',
      ['amd riot-platforms 400000000 signed datacenter_lease'],
    ],
    [
      'en',
      "AMD is leasing 40 MW of critical IT load at Riot Platforms's Texas site under a ten-year contract worth about $400 million.",
      ['amd riot-platforms 400000000 signed datacenter_lease'],
    ],
    [
      'en',
      'IREN will buy Nvidia GB300 GPUs from Dell for about $5.8 billion to fill its 750 MW Childress campus.',
      ['iren dell 5800000000 signed hardware'],
    ],
  ],
  // The customers who decided not to take a site are no party of the lease told now.
  'customers who decided not to take a site': [
    [
      'en',
      'Crusoe is building the Abilene campus. Microsoft agreed last year to rent an expansion of the site of about 700 MW after Oracle and OpenAI decided not to take it, Bloomberg reported at the time.',
      ['microsoft crusoe null reported'],
      "Who pays for Crusoe's chips?",
    ],
    [
      'fr',
      "Crusoe construit le campus d'Abilene. Microsoft a accepté l'an dernier de louer une extension du site d'environ 700 MW après qu'Oracle et OpenAI ont décidé de ne pas la prendre, selon Bloomberg.",
      ['microsoft crusoe null reported'],
      'Qui paie les puces de Crusoe ?',
    ],
    [
      'es',
      'Crusoe construye el campus de Abilene. Microsoft aceptó el año pasado alquilar una ampliación del sitio de unos 700 MW después de que Oracle y OpenAI decidieron no tomarla, según Bloomberg.',
      ['microsoft crusoe null reported'],
      '¿Quién paga los chips de Crusoe?',
    ],
    [
      'it',
      "Crusoe sta costruendo il campus di Abilene. Microsoft ha accettato l'anno scorso di affittare un ampliamento del sito di circa 700 MW dopo che Oracle e OpenAI hanno deciso di non prenderlo, secondo Bloomberg.",
      ['microsoft crusoe null reported'],
      'Chi paga i chip di Crusoe?',
    ],
  ],
  // The designer of goods another sells is no party of the sale.
  'goods told with the company that designed them': [
    [
      'en',
      'Broadcom said on Thursday that its mystery customer is Anthropic. The customer that ordered $10 billion of AI systems in September is Anthropic, which buys full racks of Ironwood TPUs designed by Google.',
      ['anthropic broadcom 10000000000 signed hardware'],
      'Broadcom names its $10 billion customer',
    ],
    [
      'es',
      'Broadcom confirmó el jueves la identidad de su cliente. El cliente que en septiembre encargó sistemas de IA por valor de 10.000 millones de dólares es Anthropic, que compra bastidores completos de TPU Ironwood diseñadas por Google.',
      ['anthropic broadcom 10000000000 signed hardware'],
      'Broadcom revela su cliente de 10.000 millones',
    ],
    [
      'fr',
      "Broadcom a confirmé jeudi l'identité de son client. Le client qui a commandé en septembre pour 10 milliards de dollars de systèmes d'IA est Anthropic, qui achète des baies complètes de TPU Ironwood conçues par Google.",
      ['anthropic broadcom 10000000000 signed hardware'],
      'Broadcom dévoile son client à 10 milliards',
    ],
  ],
  // An additional order taking a buyer's orders to a total: the order is the addition, the total its running total.
  "an additional order taking the buyer's orders to a total": [
    [
      'en',
      'Broadcom shares rose after the results. Tan said Anthropic placed an additional $11bn order in the fourth quarter for delivery in late 2026, taking its orders with Broadcom to $21bn.',
      ['anthropic broadcom 11000000000 expanded hardware'],
      'Broadcom earnings live',
    ],
    [
      'en',
      'Tan said Anthropic placed a $10 billion order in September. Tan said Anthropic placed an additional $11bn order in the fourth quarter, taking its orders with Broadcom to $21bn.',
      ['anthropic broadcom 10000000000 signed hardware', 'anthropic broadcom 11000000000 expanded hardware'],
      'Broadcom earnings live',
    ],
    [
      'fr',
      "Hock Tan a indiqué qu'Anthropic avait passé une commande supplémentaire de 11 milliards de dollars au quatrième trimestre, ce qui porte ses commandes auprès de Broadcom à 21 milliards.",
      ['anthropic broadcom 11000000000 expanded hardware'],
      'Broadcom en direct',
    ],
    [
      'es',
      'Hock Tan dijo que Anthropic hizo un pedido adicional de 11.000 millones de dólares en el cuarto trimestre, lo que eleva sus pedidos a Broadcom a 21.000 millones.',
      ['anthropic broadcom 11000000000 expanded hardware'],
      'Broadcom en directo',
    ],
  ],
  // The seller a purchase names with its preposition sells, whatever goods' words follow its name.
  "a purchase's seller named before the goods' brand": [
    [
      'pt',
      'Para isso, a IREN comprará da Dell Technologies GPUs Nvidia GB300 e equipamentos relacionados por cerca de US$ 5,8 bilhões.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'it',
      'Per questo IREN acquisterà da Dell GPU Nvidia GB300 e apparecchiature collegate per circa 5,8 miliardi di dollari.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'es',
      'Para ello, IREN comprará a Dell GPU Nvidia GB300 y equipos relacionados por unos 5.800 millones de dólares.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'en',
      'To serve the contract, IREN will buy Nvidia GB300 GPUs from Dell for about $5.8 billion.',
      ['iren dell 5800000000 signed hardware'],
    ],
    [
      'en',
      'IREN will buy Dell servers with Nvidia GB300 GPUs for about $5.8 billion.',
      ['iren nvidia 5800000000 signed hardware'],
    ],
  ],
  // Each name's own parentheses hold its amount; the subject is the company before the list.
  'a list of counterparties, each with its amount in parentheses': [
    [
      'it',
      'Negli ultimi mesi OpenAI ha preso impegni con Oracle (300 miliardi di dollari, secondo il Wall Street Journal), con Microsoft (altri 250 miliardi di servizi Azure) e con CoreWeave (un contratto ampliato più volte, fino a 22,4 miliardi di dollari).',
      [
        'openai oracle 300000000000 reported gpu_cloud',
        'openai microsoft 250000000000',
        'openai coreweave 22400000000',
      ],
    ],
    [
      'en',
      'In recent months OpenAI has made commitments to Oracle ($300 billion, according to the Wall Street Journal), to Microsoft (a further $250 billion of Azure services) and to CoreWeave (a contract expanded several times, up to $22.4 billion).',
      [
        'openai oracle 300000000000 reported gpu_cloud',
        'openai microsoft 250000000000',
        'openai coreweave 22400000000',
      ],
    ],
    [
      'es',
      'En los últimos meses OpenAI asumió compromisos con Oracle (300.000 millones de dólares, según The Wall Street Journal), con Microsoft (otros 250.000 millones de servicios de Azure) y con CoreWeave (un contrato ampliado varias veces, hasta 22.400 millones de dólares).',
      [
        'openai oracle 300000000000 reported gpu_cloud',
        'openai microsoft 250000000000',
        'openai coreweave 22400000000',
      ],
    ],
    [
      'fr',
      "Ces derniers mois, OpenAI a pris des engagements auprès d'Oracle (300 milliards de dollars, selon le Wall Street Journal), de Microsoft (250 milliards de services Azure supplémentaires) et de CoreWeave (un contrat élargi à plusieurs reprises, jusqu'à 22,4 milliards de dollars).",
      [
        'openai oracle 300000000000 reported gpu_cloud',
        'openai microsoft 250000000000',
        'openai coreweave 22400000000',
      ],
    ],
    [
      'en',
      'Nvidia (NVDA) fell 3% after Microsoft signed a $17.4 billion contract with Nebius.',
      ['microsoft nebius 17400000000 signed gpu_cloud'],
    ],
    [
      'en',
      "The news follows Microsoft's $9.7 billion cloud capacity contract with IREN, as well as OpenAI's cloud agreements with Amazon AWS (a seven-year, $38 billion deal) and Oracle (a partnership valued at $300 billion).",
      [
        'microsoft iren 9700000000 signed gpu_cloud',
        'openai amazon 38000000000 signed gpu_cloud',
        'openai oracle 300000000000 signed gpu_cloud',
      ],
    ],
  ],
  // A lease's amount told after a heading that names a guarantor is the landlord's and the tenant's.
  "a lease's amount after a heading naming its guarantor": [
    [
      'de',
      'Hut 8 vermietet Rechenzentrum in Louisiana an Fluidstack – Google bürgt\n\nDer 15-jährige Mietvertrag hat einen Wert von sieben Milliarden Dollar. Google sichert einen Teil der Mietzahlungen ab.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Hut 8 leases Louisiana data center to Fluidstack, with Google backstop\n\nThe 15-year lease is worth $7 billion. Google guarantees part of the rent.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'fr',
      'Hut 8 loue un centre de données en Louisiane à Fluidstack, avec la garantie de Google\n\nLe bail de 15 ans vaut 7 milliards de dollars. Google garantit une partie des loyers.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Hut 8 alquila a Fluidstack un centro de datos en Luisiana, con respaldo de Google\n\nEl arrendamiento a 15 años vale 7.000 millones de dólares.',
      ['fluidstack hut-8 7000000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Hut 8 leases Louisiana data center to Fluidstack, with Google backstop\n\nGoogle will backstop $1.8 billion of the lease obligations.',
      ['alphabet hut-8 1800000000 signed capacity_backstop'],
    ],
  ],
  // The maker of servers rented from a cloud is their brand; the vendor of servers bought sells them.
  'servers named with their maker, rented from a cloud or bought from their vendor': [
    [
      'es',
      'Google negocia alquilar servidores de Nvidia a CoreWeave',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'es',
      'Alphabet está en conversaciones para alquilar a CoreWeave servidores equipados con chips Blackwell de Nvidia, según The Information.',
      ['alphabet coreweave null in_talks gpu_cloud'],
      'Google negocia alquilar servidores de Nvidia a CoreWeave',
    ],
    ['it', 'Google tratta per affittare server Nvidia da CoreWeave', ['alphabet coreweave null']],
    [
      'pt',
      'Google negocia alugar servidores da Nvidia à CoreWeave',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'fr',
      'Google négocie la location de serveurs Nvidia auprès de CoreWeave',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'en',
      'Google in talks to rent Nvidia servers from CoreWeave',
      ['alphabet coreweave null in_talks gpu_cloud'],
    ],
    [
      'pt',
      'A IREN confirma contrato de cinco anos e US$ 9,7 bilhões com a Microsoft. A mineradora comprará os servidores da Dell por US$ 5,8 bilhões.',
      ['microsoft iren 9700000000 signed gpu_cloud', 'iren dell 5800000000 signed hardware'],
    ],
  ],
});
