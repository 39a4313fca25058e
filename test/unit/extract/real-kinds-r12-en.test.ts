// Kinds of error seen on real English pages and filing texts in round 12 (wire stories, analyst notes, stock
// movers, earnings write-ups, filing summaries) about compute-capacity deals, each told again in invented sentences
// in six languages: positives that must still be found and near misses that must stay silent. Each row's wanted
// strings are prefixes of the printed mentions ("buyer provider valueUsd"), in order.
import { describe } from 'vitest';
import { eachCorpusPage, eachFamily, type Family } from './mention-cases';

function table(title: string, rows: readonly Family[]): void {
  describe(title, () => eachFamily(rows));
}

/**
 * A price or a value per unit of capacity ("valuing a megawatt of colocation capacity at $8 million to $17 million",
 * "$12 million per MW", "12 Mio. Dollar pro Megawatt"): an analyst's yardstick or a rate, never a contract's value,
 * neither of the pair its own sentence names nor of the sentence before.
 */
table('an amount per unit of capacity is no contract value', [
  [
    'en',
    'Cipher has about 600 megawatts contracted to tenants including AWS and Fluidstack. The firm now values a megawatt of critical IT colocation capacity at $8 million to $17 million and integrated cloud capacity at up to $19 million.',
    ['amazon cipher-mining null'],
  ],
  [
    'en',
    'TeraWulf leases 200 MW to Fluidstack at Lake Mariner; analysts put the deal at roughly $12 million per MW of critical IT load.',
    ['fluidstack terawulf null'],
  ],
  [
    'en',
    'Digital Realty paid $27 million per megawatt for three leased AI data centers, a new yardstick for Hut 8 and its lease with Anthropic.',
    [],
  ],
  [
    'fr',
    'Cipher a environ 600 mégawatts loués à des locataires dont AWS et Fluidstack. La banque valorise désormais un mégawatt de colocation à 8 à 17 millions de dollars.',
    ['amazon cipher-mining null'],
  ],
  [
    'fr',
    "Fluidstack loue 200 MW à TeraWulf ; les analystes chiffrent l'accord à environ 12 millions de dollars par mégawatt.",
    ['fluidstack terawulf null'],
  ],
  [
    'de',
    'Fluidstack mietet 200 MW bei TeraWulf. Analysten setzen rund 12 Mio. Dollar pro Megawatt an.',
    ['fluidstack terawulf null'],
  ],
  [
    'es',
    'Fluidstack alquila 200 MW a TeraWulf; los analistas valoran el acuerdo en unos 12 millones de dólares por megavatio.',
    ['fluidstack terawulf null'],
  ],
  [
    'it',
    'Fluidstack affitta 200 MW da TeraWulf; gli analisti stimano circa 12 milioni di dollari per megawatt.',
    ['fluidstack terawulf null'],
  ],
  [
    'pt',
    'A Fluidstack aluga 200 MW da TeraWulf; os analistas estimam cerca de US$ 12 milhões por megawatt.',
    ['fluidstack terawulf null'],
  ],
  [
    'en',
    'Cipher rents capacity to AWS at its Texas site. In its model, the bank puts a megawatt of colocation capacity at $8 million to $17 million and fully integrated cloud capacity at up to $19 million.',
    [],
  ],
  [
    'pt',
    'A Cipher aluga capacidade à AWS no Texas. No modelo, o banco estima um megawatt de colocation em US$ 8 milhões a US$ 17 milhões.',
    // The lease is a deal stated without a figure (round 19); the bank's price per megawatt stays no value of it.
    ['amazon cipher-mining null signed'],
  ],
  // The contract's own value, told beside its price per unit, stays; so does a quantity ("a gigawatt") and a
  // yearly rate, and "per" or "por" meaning "for" before goods.
  [
    'en',
    'Fluidstack signed a $3.7 billion lease with TeraWulf for 200 MW, or about $1.5 million per megawatt per year.',
    ['fluidstack terawulf 3700000000'],
  ],
  [
    'en',
    'OpenAI signed a $10 billion agreement with Oracle for a gigawatt of capacity in Texas.',
    ['openai oracle 10000000000'],
  ],
  [
    'en',
    'Microsoft signed a $9.7 billion contract with IREN for GB300 capacity, about $1.9 billion a year.',
    ['microsoft iren 9700000000'],
  ],
  [
    'fr',
    'Fluidstack a signé avec TeraWulf un bail de 3,7 milliards de dollars pour 200 MW, soit environ 1,5 million de dollars par mégawatt et par an.',
    ['fluidstack terawulf 3700000000'],
  ],
  [
    'de',
    'Fluidstack mietet 200 MW bei TeraWulf; Analysten bewerten jedes Megawatt mit rund 12 Mio. Dollar, der Vertrag selbst ist 3,7 Mrd. Dollar wert.',
    ['fluidstack terawulf 3700000000'],
  ],
  [
    'es',
    'Fluidstack firmó con TeraWulf un arrendamiento de 3.700 millones de dólares por 200 MW, unos 1,5 millones por megavatio al año.',
    ['fluidstack terawulf 3700000000'],
  ],
  [
    'es',
    'IREN comprará GPUs a Dell por 5.800 millones de dólares para su contrato con Microsoft.',
    ['iren dell 5800000000'],
  ],
  [
    'it',
    'IREN acquista da Dell GPU per 5,8 miliardi di dollari per il contratto con Microsoft.',
    ['iren dell 5800000000'],
  ],
  [
    'pt',
    'A Fluidstack assinou com a TeraWulf um aluguel de US$ 3,7 bilhões por 200 MW, cerca de US$ 1,5 milhão por megawatt ao ano.',
    ['fluidstack terawulf 3700000000'],
  ],
]);

/**
 * Companies named as examples of a class of actors in a sentence with no contract amount ("companies such as OpenAI
 * and xAI scrambling to secure capacity", "capacity constraints at rivals including Microsoft"): they illustrate a
 * trend, they are no party of a deal with the company the sentence is about.
 */
table('examples of a class of actors are no parties', [
  [
    'en',
    "The surge in Oracle's cloud business reflects a broader shift, with companies such as OpenAI and xAI scrambling to secure massive computing capacity by boosting spending to hundreds of billions of dollars annually.",
    [],
  ],
  [
    'en',
    'Oracle has been one of the main beneficiaries from capacity constraints at rivals including Microsoft, with large tech companies ploughing hundreds of billions of dollars into data centres.',
    [],
  ],
  [
    'en',
    "Oracle's stock jumped 35% after the company pointed to surging demand for its cloud services from AI developers. The jump in Oracle's cloud business mirrors a wider change, with companies such as OpenAI and xAI racing to lock up vast computing capacity and lifting their spending to hundreds of billions of dollars a year.",
    [],
  ],
  [
    'fr',
    "La croissance du cloud d'Oracle reflète la ruée d'acteurs comme OpenAI et xAI vers la capacité de calcul, avec des dépenses de centaines de milliards de dollars par an.",
    [],
  ],
  [
    'de',
    'Oracles Cloud-Geschäft profitiert davon, dass Unternehmen wie OpenAI und xAI Hunderte Milliarden Dollar für Rechenkapazität ausgeben.',
    [],
  ],
  [
    'es',
    'El negocio de nube de Oracle refleja que empresas como OpenAI y xAI gastan cientos de miles de millones de dólares en capacidad de cómputo.',
    [],
  ],
  [
    'it',
    'Il cloud di Oracle riflette la corsa di aziende come OpenAI e xAI, che spendono centinaia di miliardi di dollari in capacità di calcolo.',
    [],
  ],
  [
    'pt',
    'A nuvem da Oracle reflete a corrida de empresas como a OpenAI e a xAI, que gastam centenas de bilhões de dólares em capacidade de computação.',
    [],
  ],
  // A contract with its amount keeps its pair beside an example list; a class of sellers is not such a list.
  [
    'en',
    'Oracle signed a $30 billion cloud contract with OpenAI, while rivals such as Google race to add capacity.',
    ['openai oracle 30000000000'],
  ],
  [
    'fr',
    'Oracle a signé avec OpenAI un contrat cloud de 30 milliards de dollars, tandis que des rivaux comme Google ajoutent de la capacité.',
    ['openai oracle 30000000000'],
  ],
  [
    'de',
    'Oracle hat mit OpenAI einen Cloud-Vertrag über 30 Mrd. Dollar unterzeichnet, während Rivalen wie Google Kapazität zubauen.',
    ['openai oracle 30000000000'],
  ],
]);

/**
 * A headline that calls an investment a deal ("strike $40B deal for 5 GW of compute") over a body that tells the
 * figure as money invested ("in talks to invest up to $40 billion in Anthropic, a deal that includes 5 GW"): the
 * pair stays, without the investment's amount; a contract amount told beside an investment keeps its value.
 */
table("a headline's figure the body invests is no contract value", [
  [
    'en',
    'Google and Anthropic reportedly strike $40B deal for 5 GW of AI compute\n\nGoogle is reportedly in talks to invest up to $40 billion in Anthropic, a deal that includes a commitment of 5 gigawatts of computing power over five years.',
    ['anthropic alphabet null reported'],
  ],
  [
    'fr',
    "Google et Anthropic concluraient un accord de 40 milliards de dollars pour 5 GW de calcul\n\nGoogle serait en discussion pour investir jusqu'à 40 milliards de dollars dans Anthropic, un accord qui comprend 5 gigawatts de puissance de calcul sur cinq ans.",
    ['anthropic alphabet null reported'],
  ],
  [
    'de',
    'Google und Anthropic: Deal über 40 Mrd. Dollar für 5 GW Rechenleistung\n\nGoogle will bis zu 40 Mrd. Dollar in Anthropic investieren; die Vereinbarung umfasst 5 Gigawatt Rechenleistung über fünf Jahre.',
    ['anthropic alphabet null'],
  ],
  [
    'es',
    'Google y Anthropic sellan un acuerdo de 40.000 millones de dólares por 5 GW de cómputo\n\nGoogle negocia invertir hasta 40.000 millones de dólares en Anthropic, un acuerdo que incluye 5 gigavatios de capacidad de cómputo durante cinco años.',
    ['anthropic alphabet null'],
  ],
  [
    'it',
    'Google e Anthropic, accordo da 40 miliardi di dollari per 5 GW di calcolo\n\nGoogle tratta per investire fino a 40 miliardi di dollari in Anthropic, un accordo che include 5 gigawatt di capacità di calcolo in cinque anni.',
    ['anthropic alphabet null'],
  ],
  [
    'pt',
    'Google e Anthropic fecham acordo de US$ 40 bilhões por 5 GW de computação\n\nO Google negocia investir até US$ 40 bilhões na Anthropic, um acordo que inclui 5 gigawatts de capacidade de computação em cinco anos.',
    ['anthropic alphabet null'],
  ],
  [
    'en',
    'Anthropic commits $30 billion to Azure as Microsoft invests $5 billion\n\nMicrosoft will invest up to $5 billion in Anthropic, and Anthropic has committed to purchase $30 billion of Azure compute capacity.',
    ['anthropic microsoft 30000000000'],
  ],
]);

describe('r12-ren pages through the CLI path, every language', () => eachCorpusPage('r12-ren-', 8, true));
