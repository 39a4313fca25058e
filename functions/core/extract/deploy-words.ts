// The words of a company putting a maker's goods to work ("will deploy 24,000 AMD GPUs", "a facility housing",
// "AMD-powered", "AMD-GPUs in Betrieb genommen"): read by the trigger scan (triggers.ts) and weighed by
// deployed-goods.ts, which decides whether they tell a purchase. Kept apart so that the scan imports no party logic.

const GOODS =
  '(?:GPUs?|chips?|processors|accelerators|systems|racks|servers|puces|processeurs|acc[ée]l[ée]rateurs|syst[èe]mes|serveurs|aceleradores|procesadores|servidores|sistemas|acceleratori|processori|sistemi|server|processadores|Instinct|Blackwell|GB[23]00|MI3\\d\\dX?|\\S*Beschleuniger\\S*)(?![\\p{L}])';
const DEPLOY_VERB =
  '(?:deploy(?:s|ed|ing)?|hous(?:es|ed|ing)|install(?:s|ed|ing)?|br(?:ings?|ought) online|d[ée]ploie(?:nt|ra|ront)?|d[ée]ploy[ée]e?s?|install(?:e|ent|era|eront|[ée]e?s?)|mis en service|met(?:tent|tra)? en service|despleg(?:ar[áa]n?|[óo]|aron|ado)|desplieg(?:a|an)|instal(?:ar[áa]n?|[óo]|aron|ado|a|an|ou|aram)|(?:pondr[áa]|puso|puesto) en marcha|install(?:er[àa]|eranno|ato|a|ano)|messo in funzione|mett(?:e|er[àa]) in funzione|attiv(?:ato|er[àa])|implant(?:ar[áa]|ou|aram|a|am|ado)|vai (?:implantar|instalar)|(?:colocou|p[ôo]s) em opera[çc][ãa]o|rack(?:s|ed|ing)|(?:builds?|built|building) (?:its|their|a) (?:\\S+ )?(?:cluster|cloud|supercomputer)s? (?:\\S+ )?(?:on|with)|(?:a construit|construit (?:son|sa|ses|leur)) (?:\\S+ ){0,4}avec|constru(?:y[óo]|ye) (?:\\S+ ){0,3}con|(?:ha costruito|costruisce) (?:\\S+ ){0,3}con|punta tutto su(?:gli|i|lle)?|(?:montou|monta|construiu) (?:\\S+ ){0,3}com|baut (?:\\S+ ){0,3}mit|setzt (?:\\S+ ){0,5}auf)';
export const MAKER = '(?:Nvidia|NVIDIA|AMD|Qualcomm|Intel|Cerebras|Groq)';
const DEPLOYS_SOURCE = `\\b${MAKER}-powered\\s(?:[\\w-]+\\s){0,3}?(?:superclusters?|clusters?|supercomputers?|data cent(?:er|re)s?)\\b|\\b${DEPLOY_VERB}\\s.{0,60}?\\b${GOODS}|\\b${MAKER}-\\S*(?:GPUs|Chips|Beschleuniger\\S*|Systeme|Racks|Server)\\b.{0,60}?(?:installier\\S*|in Betrieb genommen|in Betrieb nehmen|einsetzen|eingesetzt|aufgebaut|aufbauen)`;
export const DEPLOYS_RE = new RegExp(DEPLOYS_SOURCE, 'iu');
/** The same, for the trigger scan (triggers.ts). */
export const DEPLOYS_SCAN_RE = new RegExp(DEPLOYS_SOURCE, 'giu');
