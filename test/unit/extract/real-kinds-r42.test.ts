// Kinds of error seen on real pages in round 42 (a teaser of another story, in a page's related-links block, lending
// its company to the article's sentence under it; a company acting through its partner taken for the party; a funding
// round told as a "série E" or an Italian "Serie da" read as a purchase from an investor; an amount "de prêts" taken
// for the contract it finances; growth told as a partnership's purpose, "to dramatically expand", read as an
// expansion; a subheading's amount bound to the pair of the paragraph above it; a site's conversion cost taken for
// its lease's value). Each kind is told again in invented sentences, in three languages
// or more: positives that must be found and near misses that must stay silent or keep their pair. Each row's wanted
// strings are prefixes of the printed mentions ("buyer provider valueUsd status kind"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The lexicon tables are built on first use: built here, on a loaded machine, not inside the first case's time.
beforeAll(() => {
  run('Hut 8 signs a lease with Fluidstack.');
}, 120_000);

eachKind({
  // "Lire aussi : - Comment Bluesky … ? - Elon Musk affirme que … Tesla …", then a subheading and "cet accord prévoit
  // le déploiement …": the teaser's company is no party of the article's deal, even when a teaser ends on a question.
  "a related link's teaser lends no party to the article under it": [
    [
      'fr',
      'Lambda a annoncé un accord de plusieurs milliards de dollars avec Microsoft.\nLire aussi :\n- Pourquoi Apple a-t-il repoussé le lancement de son nouveau casque de réalité mixte ?\n- Elon Musk affirme que Sam Altman a bien été remboursé par Tesla après avoir annulé sa commande\nUne collaboration majeure pour déployer des superordinateurs\nSelon le communiqué publié par Lambda, cet accord prévoit le déploiement de dizaines de milliers de GPU Nvidia.',
      ['microsoft lambda null signed'],
    ],
    [
      'en',
      'Lambda announced a multibillion-dollar agreement with Microsoft on Monday.\nRead also:\n- Why did Apple push back the launch of its new mixed-reality headset?\n- Elon Musk says Sam Altman was refunded by Tesla after cancelling his order for the car\nA major collaboration to deploy supercomputers\nAccording to the release Lambda published, the agreement covers the deployment of tens of thousands of Nvidia GPUs.',
      ['microsoft lambda null signed'],
    ],
    [
      'de',
      'Lambda hat eine milliardenschwere Vereinbarung mit Microsoft unterzeichnet.\nLesen Sie auch:\n- Warum verschiebt Apple den Marktstart seiner neuen Datenbrille?\n- Elon Musk sagt, Sam Altman habe von Tesla sein Geld für die stornierte Bestellung zurückbekommen\nEine große Zusammenarbeit für neue Supercomputer\nLaut der Mitteilung von Lambda sieht der Vertrag den Einsatz von Zehntausenden Nvidia-GPUs vor.',
      ['microsoft lambda null signed'],
    ],
    [
      'pt',
      'A Lambda anunciou um acordo de vários bilhões de dólares com a Microsoft.\nLeia também:\n- Por que a Apple adiou o lançamento dos seus novos óculos?\n- Elon Musk diz que a Tesla devolveu a Sam Altman o dinheiro da encomenda cancelada\nUma grande colaboração para supercomputadores\nSegundo o comunicado da Lambda, o contrato prevê a instalação de dezenas de milhares de GPUs da Nvidia.',
      ['microsoft lambda null signed'],
    ],
    // Near miss: a sentence of the article itself (no teaser block) still lends its pair to the next one.
    [
      'fr',
      'Tesla a signé un contrat de location de capacité de calcul avec CoreWeave.\nSelon le communiqué, cet accord prévoit le déploiement de dizaines de milliers de GPU Nvidia pour 2 milliards de dollars.',
      ['tesla coreweave 2000000000 signed'],
    ],
  ],
  // "Google, via son partenaire Fluidstack, a conclu un accord d'une valeur de 2,5 milliards d'euros avec Cipher
  // Mining": the partner signs the lease; the company it acts for is no party (house rule: Fluidstack is the tenant).
  'a company acting through its partner is no party of the contract the partner signs': [
    [
      'fr',
      'Google, via son partenaire Fluidstack, a conclu un bail de 3 milliards de dollars avec Cipher Mining.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'en',
      'Google, through its partner Fluidstack, signed a $3 billion lease agreement with Cipher Mining.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'de',
      'Google hat über seinen Partner Fluidstack mit Cipher Mining einen Mietvertrag über 3 Milliarden Dollar geschlossen.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'es',
      'Google, a través de su socio Fluidstack, firmó un contrato de arrendamiento de 3.000 millones de dólares con Cipher Mining.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'it',
      'Google, tramite il suo partner Fluidstack, ha firmato un contratto di locazione da 3 miliardi di dollari con Cipher Mining.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    [
      'pt',
      'O Google, por meio de sua parceira Fluidstack, assinou um contrato de arrendamento de US$ 3 bilhões com a Cipher Mining.',
      ['fluidstack cipher-mining 3000000000 signed datacenter_lease'],
    ],
    // Near miss: a partner named without "through" ("with its partner") is a party.
    [
      'en',
      'Google signed a $3 billion cloud agreement with its partner Anthropic.',
      ['anthropic alphabet 3000000000 signed'],
    ],
  ],
  // "ha chiuso una Serie da 20 miliardi di dollari, con il sostegno di investitori … tra cui … Nvidia": a funding
  // round, no purchase from the investor.
  'a funding round told as a "série E" or a "Serie da" is no purchase from an investor': [
    [
      'it',
      'xAI ha chiuso una Serie da 20 miliardi di dollari, con il sostegno di investitori di peso tra cui il colosso dei chip Nvidia.',
      [],
    ],
    [
      'fr',
      "xAI a bouclé une série E de 20 milliards de dollars, avec le soutien d'investisseurs dont Nvidia.",
      [],
    ],
    ['es', 'xAI cerró una serie E de 20.000 millones de dólares con el apoyo de inversores como Nvidia.', []],
    ['pt', 'A xAI fechou uma série E de US$ 20 bilhões com o apoio de investidores como a Nvidia.', []],
    // Near miss: a purchase of chips told beside a series of deliveries stays a hardware deal.
    [
      'it',
      'xAI ha firmato con Nvidia un contratto da 20 miliardi di dollari per una serie di forniture di GPU.',
      ['xai nvidia 20000000000 signed hardware'],
    ],
  ],
  // "Oracle … a dû obtenir 38 milliards de dollars de prêts afin de financer deux centres de données … pour soutenir
  // l'accord avec OpenAI": the loans' amount, not the contract's value.
  'an amount of loans is not the value of the contract it finances': [
    [
      'fr',
      "Oracle a dû obtenir 38 milliards de dollars de prêts afin de financer deux centres de données destinés à soutenir l'accord avec OpenAI.",
      [],
    ],
    [
      'fr',
      'Oracle est prêt à signer un accord de 300 milliards de dollars avec OpenAI.',
      ['openai oracle 300000000000'],
    ],
    [
      'en',
      'Oracle needed $38 billion of loans to finance two data centers that support its agreement with OpenAI.',
      [],
    ],
    [
      'de',
      'Oracle nahm Kredite über 38 Milliarden Dollar auf, um zwei Rechenzentren für den Vertrag mit OpenAI zu finanzieren.',
      [],
    ],
  ],
  // "has struck a major partnership with Core42 to dramatically expand AI computing capacity across Europe": a new
  // partnership whose purpose is growth, signed, not an expansion of a contract.
  'growth told as the purpose of a new partnership expands no contract': [
    [
      'en',
      'Northern Data has struck a major partnership with Core42 to dramatically expand AI computing capacity across Europe.',
      ['g42 northern-data null signed'],
    ],
    [
      'en',
      'Microsoft signed a contract with Nebius to rapidly expand its GPU capacity in Europe.',
      ['microsoft nebius null signed'],
    ],
    [
      'fr',
      'Microsoft a signé un contrat avec Nebius pour étendre ses capacités de calcul en Europe.',
      ['microsoft nebius null signed'],
    ],
    [
      'de',
      'Microsoft hat mit Nebius einen Cloud-Vertrag unterzeichnet, um seine Rechenkapazitäten in Europa zu erweitern.',
      ['microsoft nebius null signed'],
    ],
    // Near miss: the contract itself expanded stays an expansion.
    [
      'en',
      'Microsoft agreed with Nebius to significantly expand its existing contract by $2 billion.',
      ['microsoft nebius 2000000000 expanded'],
    ],
  ],
  // "… mantenendo al contempo la propria posizione dominante in OpenAI.\nImpegno da 30 miliardi per la capacità di
  // calcolo Azure\nIl cuore dell'accordo risiede nell'impegno di Anthropic …": a subheading titles the paragraph under
  // it; its amount takes no party from the paragraph above.
  "a subheading's amount takes no party from the paragraph above it": [
    [
      'it',
      "Microsoft amplia il proprio portafoglio di partner, mantenendo la sua posizione in OpenAI.\nImpegno da 30 miliardi per la capacità di calcolo Azure\nIl cuore dell'accordo è l'impegno di Anthropic ad acquistare 30 miliardi di dollari di capacità Azure da Microsoft.",
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'en',
      'Microsoft keeps widening its circle of partners while holding on to its stake in OpenAI.\nA $30 billion commitment to Azure capacity\nAt the heart of the deal, Anthropic commits to buy $30 billion of Azure compute capacity from Microsoft.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'fr',
      "Microsoft élargit le cercle de ses partenaires tout en gardant sa place chez OpenAI.\nUn engagement de 30 milliards de dollars sur Azure\nAu cœur de l'accord, Anthropic s'engage à acheter pour 30 milliards de dollars de capacité de calcul Azure à Microsoft.",
      ['anthropic microsoft 30000000000 signed'],
    ],
    [
      'de',
      'Microsoft erweitert den Kreis seiner Partner und hält zugleich an OpenAI fest.\nZusage über 30 Milliarden Dollar für Azure-Kapazität\nKern der Vereinbarung ist die Zusage von Anthropic, Azure-Rechenkapazität für 30 Milliarden Dollar von Microsoft zu kaufen.',
      ['anthropic microsoft 30000000000 signed'],
    ],
    // Near miss: a sentence of the paragraph (it ends with a stop) still reads the pair told before it.
    [
      'en',
      'Anthropic signed a cloud contract with Microsoft on Tuesday.\nThe contract is worth $30 billion over five years.',
      ['anthropic microsoft 30000000000 signed'],
    ],
  ],
  // "Die Kosten für den Umbau der bestehenden Anlage … belaufen sich … auf rund 55 Millionen kanadische Dollar (ca. 40
  // Millionen US-Dollar)": what converting the site costs its owner, not the colocation contract's value.
  "a site's construction or conversion cost is not its contract's value": [
    [
      'en',
      'Bit Digital is converting the MTL-3 site for Cerebras under a colocation agreement. The cost of the conversion is about $40 million.',
      [],
    ],
    [
      'de',
      'Bit Digital baut den Standort MTL-3 für Cerebras im Rahmen eines Colocation-Vertrags um. Die Kosten für den Umbau belaufen sich auf rund 40 Millionen US-Dollar.',
      [],
    ],
    [
      'fr',
      "Bit Digital transforme le site MTL-3 pour Cerebras dans le cadre d'un contrat de colocation. Le coût de la conversion est d'environ 40 millions de dollars.",
      [],
    ],
    [
      'es',
      'Bit Digital adapta el sitio MTL-3 para Cerebras en el marco de un contrato de colocation. El costo de la conversión es de unos 40 millones de dólares.',
      [],
    ],
    // Near miss: the contract's own value told beside the site's conversion keeps it.
    [
      'en',
      'Cerebras signed a $40 million colocation agreement with Bit Digital for the converted MTL-3 site.',
      ['cerebras bit-digital 40000000 signed'],
    ],
  ],
});
