// Kinds of error seen in round 14 on real page shapes where many companies and amounts meet (analyst notes and
// price-target changes, earnings write-ups of a backlog and the deals that fed it, market wraps, explainers), each
// told again in invented sentences in six languages: positives that must still be found and near misses that must
// stay silent. Each row's wanted strings are prefixes of the printed mentions ("buyer provider valueUsd"), in order.
import { beforeAll } from 'vitest';
import { eachKind, run } from './mention-cases';

// The extractor's tables are built on first use: paid here, on a loaded machine, not inside the first row's time.
beforeAll(() => {
  run('Meta signed a $1 billion cloud contract with CoreWeave.');
}, 60_000);

eachKind(
  {
    /**
     * An analyst note cites a company's capacity contract "with X" and its hardware purchase from a vendor: X is the
     * other contract's counterparty, not the buyer of the vendor's goods; the company the note is about buys them
     * (or, when no such company is named, nothing is said of the purchase).
     */
    "another contract's counterparty does not buy the vendor's goods": [
      [
        'en',
        "B. Riley raised its price target on IREN to $75 from $52, citing the company's $9.7 billion contract with Microsoft and a $5.8 billion purchase of GPUs and equipment from Dell that will serve the contract.",
        ['microsoft iren 9700000000', 'iren dell 5800000000'],
      ],
      [
        'fr',
        'Canaccord a relevé son objectif de cours sur IREN à 70 dollars, citant le contrat de 9,7 milliards de dollars conclu avec Microsoft et un achat de serveurs à Dell pour 5,8 milliards de dollars.',
        ['microsoft iren 9700000000', 'iren dell 5800000000'],
      ],
      // No company named as the contract's owner: neither amount is given to Microsoft and Dell.
      [
        'en',
        "Roth set a new price target of $94 on the shares, up from $82, pointing to the company's five-year $9.7 billion GPU cloud contract with Microsoft and a $5.8 billion purchase of GPUs and servers from Dell that will equip the Texas campus behind it.",
        [],
      ],
      [
        'en',
        'Analysts pointed to the neocloud’s GPU cloud contract with Microsoft and a $2 billion order of servers from Supermicro for the same campus.',
        [],
      ],
      [
        'it',
        'Gli analisti citano il contratto di capacità di calcolo con Microsoft e un acquisto di server da Dell per 5,8 miliardi di dollari.',
        [],
      ],
      [
        'de',
        'Die Analysten verweisen auf den GPU-Cloud-Vertrag mit Microsoft und einen Kauf von Servern bei Dell für 5,8 Milliarden Dollar.',
        [],
      ],
    ],
    /**
     * One buyer's money "to these neoclouds" (a demonstrative, an article, or a bare preposition before the plural
     * of a kind of seller), whatever names follow ("among them IREN and Lambda"), is a sum over sellers, no pair's
     * contract; one named neocloud stays a deal.
     */
    'a sum committed to these neoclouds is no deal of the names listed after it': [
      [
        'en',
        'Microsoft has committed more than $60 billion to these neoclouds for GPU capacity, among them IREN and Lambda, according to people familiar with the matter.',
        [],
      ],
      [
        'fr',
        'Microsoft a engagé plus de 60 milliards de dollars de capacité de calcul auprès de ces néoclouds, parmi lesquels IREN et Lambda.',
        [],
      ],
      [
        'de',
        'Microsoft hat mehr als 60 Milliarden Dollar für GPU-Kapazität an diese Neoclouds zugesagt, darunter IREN und Lambda.',
        [],
      ],
      [
        'es',
        'Microsoft ha comprometido más de 60.000 millones de dólares en capacidad de cómputo con estos neoclouds, entre ellos IREN y Lambda.',
        [],
      ],
      [
        'it',
        'Microsoft ha impegnato oltre 60 miliardi di dollari in capacità di calcolo con questi neocloud, tra cui IREN e Lambda.',
        [],
      ],
      [
        'pt',
        'A Microsoft comprometeu mais de US$ 60 bilhões em capacidade computacional com essas neoclouds, entre elas IREN e Lambda.',
        [],
      ],
      [
        'en',
        'Microsoft signed a $9.7 billion GPU cloud contract with the neocloud IREN, its second with such a provider.',
        ['microsoft iren 9700000000'],
      ],
      [
        'fr',
        'Microsoft a signé un contrat de capacité de calcul de 9,7 milliards de dollars avec le néocloud IREN.',
        ['microsoft iren 9700000000'],
      ],
    ],
    /**
     * Two contracts each named by one company as its label ("the Meta deal", "the Microsoft contract of $17.4
     * billion", "le contrat Microsoft", "der Microsoft-Vertrag"): the two labels are never one pair; the restated
     * deal's other party is the page's seller or nothing.
     */
    'two deal labels in one sentence are never one pair': [
      [
        'en',
        "Nebius signed a five-year, $3 billion GPU capacity deal with Meta. Meta's agreement is far smaller than the Microsoft contract of $17.4 billion.",
        ['meta nebius 3000000000'],
      ],
      [
        'fr',
        'Nebius a signé avec Meta un contrat de capacité GPU de 3 milliards de dollars. Le contrat Meta reste bien plus petit que le contrat Microsoft de 17,4 milliards de dollars.',
        ['meta nebius 3000000000'],
      ],
      [
        'de',
        'Nebius hat mit Meta einen GPU-Kapazitätsvertrag über 3 Milliarden Dollar geschlossen. Der Meta-Deal ist deutlich kleiner als der Microsoft-Vertrag über 17,4 Milliarden Dollar.',
        ['meta nebius 3000000000'],
      ],
      [
        'pt',
        'A Nebius assinou com a Meta um contrato de capacidade de GPU de US$ 3 bilhões. O acordo Meta é bem menor que o contrato Microsoft de US$ 17,4 bilhões.',
        ['meta nebius 3000000000'],
      ],
      [
        'en',
        'Nebius expanded the Microsoft contract to $19.4 billion of GPU capacity.',
        ['microsoft nebius 19400000000'],
      ],
      [
        'en',
        'The Meta-Nebius GPU capacity contract of $3 billion runs for five years.',
        ['meta nebius 3000000000'],
      ],
      [
        'it',
        'Il contratto Meta e il contratto Microsoft restano i due pilastri della capacità GPU del gruppo.',
        [],
      ],
    ],
    /**
     * An earnings measure told after a deal ("Adjusted EBITDA reached $753 million", "bereinigtes EBITDA 753
     * Millionen", "el EBITDA ajustado fue de"): the company's own result, never the value of the pair before it.
     */
    "an earnings measure after a deal is the company's, not the deal's": [
      [
        'es',
        'CoreWeave amplió en 4.000 millones de dólares su contrato de nube GPU con OpenAI. El EBITDA ajustado fue de 753 millones de dólares.',
        ['openai coreweave 4000000000'],
      ],
      [
        'pt',
        'A CoreWeave ampliou em US$ 4 bilhões o contrato de nuvem de GPU com a OpenAI. O EBITDA ajustado chegou a US$ 753 milhões.',
        ['openai coreweave 4000000000'],
      ],
      [
        'de',
        'CoreWeave hat seinen GPU-Cloud-Vertrag mit OpenAI um 4 Milliarden Dollar erweitert. Darüber hinaus erreichte das bereinigte EBITDA 753 Millionen Dollar.',
        ['openai coreweave 4000000000'],
      ],
      [
        'de',
        'CoreWeave hat seinen GPU-Cloud-Vertrag mit OpenAI um 4 Milliarden Dollar erweitert. Der Nettoverlust lag bei 291 Millionen Dollar.',
        ['openai coreweave 4000000000'],
      ],
      [
        'en',
        'CoreWeave signed a GPU cloud contract with OpenAI. Net income was $120 million and adjusted EBITDA reached $753 million.',
        ['openai coreweave null signed'],
      ],
      ['en', 'Net income was $120 million and adjusted EBITDA reached $753 million, CoreWeave said.', []],
    ],
    /**
     * A cost told per unit of capacity with a verb of needing ("each gigawatt requires about $35 billion of
     * hardware", "cada gigawatt exige", "jedes Gigawatt erfordert"): a yardstick, no deal of the maker who said it
     * nor of the pair of the sentence before.
     */
    'a cost each gigawatt requires is no deal': [
      [
        'pt',
        'A OpenAI assinou contrato de US$ 300 bilhões com a Oracle para compra de capacidade computacional. O CEO da Nvidia reforçou que cada gigawatt em data centers exige algo em torno de US$ 35 bilhões em hardware.',
        ['openai oracle 300000000000'],
      ],
      [
        'de',
        'Laut Nvidia-Chef erfordert jedes Gigawatt Rechenzentrumsleistung rund 35 Milliarden Dollar an Hardware, sagte er mit Blick auf den Vertrag zwischen Oracle und OpenAI.',
        [],
      ],
      [
        'en',
        "Nvidia's chief executive said each gigawatt of data centers requires about $35 billion of hardware, and Oracle signed a $300 billion cloud contract with OpenAI.",
        ['openai oracle 300000000000'],
      ],
      [
        'fr',
        'Selon le patron de Nvidia, chaque gigawatt de centres de données nécessite environ 35 milliards de dollars de matériel.',
        [],
      ],
    ],
    /**
     * A named project's size told after its name ("the Stargate project, worth $500 billion", "il progetto
     * Stargate, da 500 miliardi", "o projeto Stargate, de US$ 500 bilhões"): the partners named with it sign no
     * contract of that size; a contract told for the project keeps its own value, and a leased project stays a lease.
     */
    "a named project's size is no partner's deal": [
      [
        'en',
        'In the spring Oracle formed a partnership with OpenAI and SoftBank for the Stargate project, worth $500 billion, to build AI data centers.',
        [],
      ],
      [
        'it',
        'In primavera, Oracle ha stretto una partnership con OpenAI e SoftBank per il progetto Stargate, da 500 miliardi di dollari.',
        [],
      ],
      [
        'pt',
        'Na primavera, a Oracle fez parceria com a OpenAI e a SoftBank para o projeto Stargate, de US$ 500 bilhões em data centers.',
        [],
      ],
      [
        'en',
        'Oracle signed a $30 billion cloud capacity contract with OpenAI as part of the Stargate project, worth $500 billion.',
        ['openai oracle 30000000000'],
      ],
      [
        'it',
        'Oracle ha firmato con OpenAI un contratto di capacità cloud da 30 miliardi di dollari per il progetto Stargate.',
        ['openai oracle 30000000000'],
      ],
      [
        'en',
        'Crusoe will lease the Abilene data center project, worth $15 billion, to Oracle for its GPU cloud.',
        ['oracle crusoe 15000000000'],
      ],
    ],
    /**
     * "a $300 billion commitment from OpenAI to purchase Oracle capacity", "un engagement de la part d'OpenAI": a
     * commitment comes from the one who pays, as "the commitment of" does; "from" names no seller there.
     */
    'a commitment from a company names its buyer': [
      [
        'en',
        'The most striking: a $300 billion, five-year commitment from OpenAI, the creator of ChatGPT, to purchase Oracle Cloud Infrastructure capacity.',
        ['openai oracle 300000000000'],
      ],
      [
        'en',
        'Oracle received a $300 billion commitment from OpenAI for cloud computing capacity.',
        ['openai oracle 300000000000'],
      ],
      [
        'fr',
        "Oracle a reçu un engagement de la part d'OpenAI portant sur 300 milliards de dollars de capacité de calcul.",
        ['openai oracle 300000000000'],
      ],
      [
        'es',
        'Oracle recibió un compromiso por parte de OpenAI de 300.000 millones de dólares en capacidad de cómputo.',
        ['openai oracle 300000000000'],
      ],
      [
        'pt',
        'A Oracle recebeu um compromisso por parte da OpenAI de US$ 300 bilhões em capacidade de computação.',
        ['openai oracle 300000000000'],
      ],
      [
        'it',
        'La Oracle ha ottenuto un impegno da parte di OpenAI per 300 miliardi di dollari di capacità di calcolo.',
        ['openai oracle 300000000000'],
      ],
      [
        'en',
        'The backlog includes a $300 billion commitment from OpenAI, most of Oracle’s remaining performance obligations of $455 billion.',
        [],
      ],
    ],
  },
  true,
);
