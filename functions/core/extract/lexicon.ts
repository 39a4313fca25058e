// Cue words per language, as data: one table per language, one list per kind of cue. The extractor's regexes
// in cues.ts, aggregates.ts and status.ts add these lists to their own patterns; a new word in a language goes
// here, not into a pattern.
//
// Each entry is a small regex fragment: literals, character classes and bounded gaps ({0,n}) only, so that the
// combined alternation stays linear on any input. An entry starts at a word boundary unless it begins with "*":
// German glues contract words into compounds ("Mietvertrag", "Zehnjahresvertrag", "Investitionsoffensive").
// "~n" stands for up to n words, fewest first ("signed ~2deal with"), "~~n" for up to n words, most first: the gaps
// written out, (?:\S+ ){0,n}? and (?:\S+ ){0,n}, would take ~5.5 KB more of every bundle that reads text. "~w"
// ends a word, accented letters included: (?![a-zà-ÿ]) written out 81 times would take ~0.9 KB more.
// A kind's lists are read together, every language at once: an entry is written once, in the first list that needs it.
import type { Language } from '../types';
import { MARKET_REACTION } from './investor-descriptor';
import { OUTLET_NAMES, SECONDO_QUANTO, SOURCES_PROCHES } from './own-statement';

/** A data centre, in each language's words (many entries name one). */
const DATA_CENTRE_EN = 'data ?cent(?:er|re)';
const DATA_CENTRE_EN_HYPHEN = 'data[- ]cent(?:er|re)';
const DATA_CENTRE_FR = 'centres? de donn[ée]es';
const DATA_CENTRE_ES = 'centros? de datos';
const DATA_CENTRE_PT = 'centros? de dados';
const DATA_CENTRE_IT = 'centri? dati';

/** The AI models a company licenses ("a custom version of the Gemini model"), no compute. */
const MODEL_NAMES = '(?:Gemini|Claude|GPT|Llama|Grok)';

/** Computing, and signing, in the words many entries share. */
const COMPUTING_POWER_FR = 'puissance de calcul';
const COMPUTING_PT = 'computa[çc][ãa]o';
const CAPACITY_EN = 'capacity|compute|computing';
/** Capacity in German, a compound's head glued to any modifier ("KI-Rechenkapazität", "GPU-Kapazitäten"). */
const CAPACITY_DE =
  '(?:\\S{0,12}-)?(?:Rechenkapazit[äa]ten|Rechenkapazit[äa]t|Rechenleistung|Rechenpower|Kapazit[äa]ten|Kapazit[äa]t|KI-Infrastruktur|Cloud-Infrastruktur|Cloud-Dienste)';
const SIGNED_EN = 'signed|signs|inked|inks';

/** Talks in the other languages, and an amount's opening (currency and first digits). */
const TALKS_ES = '(?:negocia|negocian|negociando|negociaciones|conversaciones)';
const TALKS_PT = '(?:negociações|negociação|conversas|conversações|tratativas|negocia|negociando)';
const TALKS_DE = '(?:verhandelt|verhandeln|verhandelte|Verhandlungen|Gespräche|Gesprächen)';
const TALKS_IT = '(?:trattative|trattativa|negoziati|colloqui|negozia|negoziando)';
const USD_AMOUNT = '(?:US)?\\$\\s?[\\d.,]+\\s?';
const AMOUNT_OPENING = '(?:US)?[$€£]?\\s?\\d';
const ENTERED_INTO = 'entered into|enters into';
/** Leasing and renting verbs, and a project told after them within six words: the site leased, no programme. */
const LEASE_VERB = 'lease[sd]?|leasing|rent(?:s|ed|ing)?';
const NOT_LEASED_BEFORE = `(?<!\\b(?:${LEASE_VERB}) (?:[^\\s.;,]+ ){0,6})`;

export interface LanguageCues {
  /** A contract is described: nouns and verbs of signing, renting, buying capacity. */
  deal: readonly string[];
  /**
   * A capacity deal stated without a figure: a deal signed for capacity, capacity a provider will supply, a buyer
   * turning to a compute provider. It marks a deal sentence as a value word does, but is no amount of its own.
   */
  statedDeal: readonly string[];
  /** Value words that stand for an amount without a figure ("multibillion", "dezenas de bilhões"). */
  valueWords: readonly string[];
  /** Buying a company: a takeover, a merger, an all-stock deal. */
  acquisition: readonly string[];
  /** Money put into a company (a stake, a funding round), read near the amount. */
  investment: readonly string[];
  /** Spending plans and programmes: an intention, not a contract, read near the amount. */
  plan: readonly string[];
  /** A sum over several contracts or customers, read near the amount. */
  aggregate: readonly string[];
  /** An existing contract grows: an add-on, an option drawn, a top-up. */
  expanded: readonly string[];
  /** Before an amount: the running total of one pair's contracts after an expansion. */
  runningTotal: readonly string[];
  inTalks: readonly string[];
  reported: readonly string[];
  terminated: readonly string[];
  /** A deal denied by a party ("denied reports that", "a démenti", "dementierte"): no deal told without a figure. */
  denied: readonly string[];
}

/**
 * After an acquisition noun, what is bought is compute, not a company ("l'acquisizione di 750 megawatt di capacità
 * di calcolo", "the acquisition of 750 MW of compute", "la adquisición de capacidad", "a aquisição de 500 MW"): a
 * purchase of capacity, the deal itself; so is a noun joined to it ("la adquisición y suministro de chips de
 * servidor"). A site bought with its megawatts ("acquisition of a 200 MW campus") stays an acquisition.
 */
const NOT_OF_CAPACITY =
  "(?!\\s(?:(?:and|y|et|und|e) (?:the |la |le |l['’]|el |il |a |o |die |der )?[\\wà-ÿ]+\\s)?(?:of|de|di|da|do|des|du|del|della|dello|von|d['’])\\s?(?:\\S+\\s){0,3}?(?:[\\d.,]+\\s?(?:mw|gw|m[ée]ga(?:watts?|vatios)|giga(?:watts?|vatios))(?!\\s(?:\\S+\\s)?(?:campus|sites?|facility|data|centre|center|centro|sito|sitio|rechenzentrum))|capacit|compute\\b|computing|calcul|c[óo]mputo|computa|potenza|puissance|poder|gpus\\b|chips\\b|puces\\b|(?:gpu|chip)\\b(?!\\s(?:maker|designer|startup|company|firm|provider|cloud|fabricant|concepteur|produttore|startup))|servers\\b|serveurs\\b|server gpu\\b|rechen))";

/**
 * After a verb of acquiring, what is bought is compute when a compute noun comes within its first few words ("Meta
 * adquiere capacidad de cómputo", "acquisisce 750 MW di capacità di calcolo", "adquirirá hasta 10.000 millones de
 * dólares en capacidad"): a purchase of capacity, the deal itself. Otherwise the object is a business ("adquieren
 * Aligned Data Centers", "hanno acquisito Aligned", "ont acquis Aligned"): a takeover, whose price is no contract's.
 */
const NOT_BUYING_COMPUTE =
  '(?!\\s(?:\\S+\\s){0,6}?(?:capacit|capacid|compute\\b|computing|calcul|c[óo]mputo|computa|potenza|puissance|potencia|pot[êe]ncia|poder|rechen|kapazit|gpus?\\b|tpus?\\b|chips\\b|puces|servers?\\b|serveurs|servidores|server\\b|cloud|nuage|nube|nuvem|acc[eè]s|acceso|acesso|accesso|servi[cçz]))';

/**
 * The compute providers a headline names as the one a buyer turns to ("Meta taps Google Cloud", "Anthropic setzt auf
 * Azure", "Meta sceglie CoreWeave"): hyperscalers' clouds and neoclouds, whose only business with a lab or a big
 * tech buyer such a verb can tell is capacity. Not "Google" or "Microsoft" bare (chips, models, stakes).
 */
const COMPUTE_BRANDS =
  "(?:Google(?:['’]s)? [Cc]loud|Microsoft Azure|Azure|AWS|Amazon Web Services|Oracle(?: Cloud(?: Infrastructure)?)?|OCI|CoreWeave|Nebius|Nscale|Lambda|Crusoe|Fluidstack|IREN|Together AI|Vultr|Cerebras|Groq|SambaNova|Scaleway|OVHcloud|Genesis Cloud|Voltage Park|DigitalOcean|Firmus|Sesterce|Northern Data|Taiga Cloud|Yotta|Humain|G42|Core42)";
/** By a compute brand, in Portuguese ("pela Microsoft Azure"). */
const BY_BRAND_PT = `(?:pela|pelo|por) (?:a |o )?${COMPUTE_BRANDS}`;
/**
 * Google's TPUs named as what a buyer runs on ("les TPU de Google", "Google's TPUs", "Google-TPUs"): the use of
 * Google Cloud's chips, a cloud's capacity; or a compute brand with its platform's name ("Google Cloud Platform").
 */
const GOOGLE_TPUS = `(?:(?:(?:les|the|die|los|las|i|os|as) )?TPU(?:s|-Chips?)? (?:de|of|von|di|do|da|del|des) Google|Google(?:['’]?s)?(?: Cloud)?(?:['’]s)? (?:TPUs?|tensor processing units)|Google-TPUs?)`;
const RUN_TARGETS = `(?:${GOOGLE_TPUS}|${COMPUTE_BRANDS}(?: Platform)?)`;
/**
 * A deal with a provider whose purpose, told right after it, is models or their sale ("to offer Claude models on
 * Azure", "pour distribuer ses modèles"): a distribution partnership, no capacity; nor chips for the buyer's own
 * data centres ("Google TPUs for its own data centers": a chip purchase). A purpose of training or running models
 * ("elige a Google Cloud para entrenar Claude", "to train its models") is capacity all the same.
 */
const NOT_MODEL_DEAL =
  '(?:(?=[^.;\\n]{0,40}?(?:\\bto (?:train|run|serve|power|host|speed up|accelerate)\\b|pour (?:entra[îi]ner|faire tourner|servir|h[ée]berger|acc[ée]l[ée]rer)|zum Trainieren|um \\S+ zu (?:trainieren|betreiben|beschleunigen)|para (?:entrenar|treinar|rodar|ejecutar|servir|acelerar)|per (?:addestrare|eseguire|servire|accelerare)))|(?![^.;\\n]{0,60}(?:\\bmodels?\\b|mod[èe]les?|modelos?|modelli|Modelle?|Claude|Gemini|Grok|Llama|\\bGPT|Copilot|marketplace|distribu|resell|revend|vend(?:re|er)\\b|(?:own|propres?|eigenen|propios|propias|propri|pr[óo]prios) (?:data|centr|rechenzentr|server))))';
/** A compute provider to run on, its name ending a word, the deal's purpose not models: one pattern, many entries. */
const RUN_TARGET_NOT_MODELS = `${RUN_TARGETS}~w${NOT_MODEL_DEAL}`;

/**
 * A buyer turning to a compute provider, told by the verb alone with the provider's name ("Meta taps Google Cloud",
 * "Microsoft signe avec Nebius", "Anthropic setzt auf Azure", "OpenAI firma con Oracle", "Meta sceglie CoreWeave",
 * "xAI fecha acordo com a Oracle"): a deal word, and a deal told without an amount. Not inside a relative clause
 * ("uno dei fornitori di OpenAI, che a giugno ha scelto Oracle Cloud"): a choice told as background.
 */
/**
 * Words of an earlier time ("recently", "déjà", "bereits", "ya", "già", "já"): one between a verb of signing and its
 * contract noun tells an earlier contract, not the one announced.
 */
const EARLIER_WORDS =
  'recently|previously|earlier|already|r[ée]cemment|d[ée]j[àa]|pr[ée]c[ée]demment|bereits|schon|k[üu]rzlich|recientemente|ya|anteriormente|gi[àa]|in precedenza|recentemente|j[áa]';

/** Not a choice told inside a relative clause ("uno dei fornitori di OpenAI, che a giugno ha scelto Oracle"). */
const NOT_IN_RELATIVE = '(?<!\\b(?:which|who|qui|che|cui|welche[rs]?) ~~3\\S+)';

/**
 * "amplía", "amplia" the verb of a contract that grows, not an adjective ("ampliable") nor a list or a network that
 * grows ("amplia a sua carteira de clientes").
 */
const GROWS_NOT_A_LIST =
  '(?!b(?:les?|il[ei])\\b)(?! (?:a|la|sua|su) (?:lista|carteira|cartera|base|rede|red|rete) d)';

/** A dollar figure: "$2 billion", "US$ 500m". */
const USD_FIGURE = `${USD_AMOUNT}(?:billion|million|bn|b|m)\\b`;

/** "with" or "between" named companies, not "with several". */
const WITH_NAMED = ' (?:with|between)(?! (?:several|multiple|various|many|other)\\b)';
/** A verb of signing, winning or landing a contract (the alternation left open for more). */
const SIGNED_VERB = `\\b(?:${SIGNED_EN}|struck|strikes|${ENTERED_INTO}|sealed|seals|secured|secures|won|wins|landed|lands|`;

const TURNS_TO = {
  en: `(?:taps?|tapped|tapping|partners with|partnered with|has partnered with|teams up with|teamed up with|turns to|turned to|will rely on|to rely on|now relies on|picks|picked|chooses|chose|(?:has|have) chosen|selects|selected|enlists|enlisted|signs with|signed with|inks deal with|(?:struck|strikes|sealed|seals|reached|reaches|clinched|clinches|(?<!(?:already|previously) )(?:${SIGNED_EN})) (?:a |an )~2(?:deal|agreement|pact|contract|partnership) with)${NOT_IN_RELATIVE} (?:rival |neocloud |cloud (?:provider|giant) )?${RUN_TARGETS}\\b(?!(?:,? and \\S+(?: \\S+)?)? to (?:supply|provide|deliver|sell|ship)\\b)${NOT_MODEL_DEAL}`,
  fr: `(?:choisit|a choisi|s['’]associe (?:à|avec)|s['’]est associ[ée]e? (?:à|avec)|se tourne vers|s['’]est tourn[ée]e? vers|signe avec|a sign[ée] avec|mise sur|fait appel à|a fait appel à|recourt à|opte pour|a opt[ée] pour|(?:conclu|nou[ée]|scell[ée]|(?<!d[ée]j[àa] )sign[ée]|pass[ée]) ~2(?:un |une )(?:accord|partenariat|entente|contrat) avec)${NOT_IN_RELATIVE} (?:le |la |l.)?${RUN_TARGET_NOT_MODELS}`,
  de1: `(?:(?:schlie(?:ß|ss)t|schloss|schlossen|unterzeichnet|unterzeichnete|unterschreibt|besiegelt|vereinbart) (?:(?!(?:${EARLIER_WORDS})\\b)\\S+ ){0,3}?(?:\\S{0,12}-)?(?:Vertrag|Deal|Vereinbarung|Abkommen) mit (?:der |dem )?${RUN_TARGETS}|(?<!(?:bereits|schon|bestehende[nr]?|bisherige[nr]?|frühere[nr]?) ~~1)(?:Vertrag|Deal|Vereinbarung|Abkommen) mit (?:der |dem )?${RUN_TARGETS} ~4(?:eingegangen|abgeschlossen|geschlossen|unterzeichnet))~w${NOT_MODEL_DEAL}`,
  de2: `(?:setzt|setzen|setzte)${NOT_IN_RELATIVE} ~5auf (?:die |den |das )?${RUN_TARGET_NOT_MODELS}`,
  de3: `(?:wählt|wählte|bucht bei|mietet bei|holt sich|wendet sich an|wandte sich an)${NOT_IN_RELATIVE} (?:die |den |das )?${RUN_TARGET_NOT_MODELS}`,
  es: `(?:elige|eligi[óo]|se asoci[óa] con|recurre a|recurri[óo] a|apuesta por|firma con|firm[óo] con|se al[íi]a con|contrata a|(?:cierra|cerr[óo]|sella|sell[óo]|firma|firm[óo]) (?:un (?:acuerdo|contrato)|una (?:alianza|asociaci[óo]n)) con)${NOT_IN_RELATIVE} (?:a |al )?(?:la |el )?${RUN_TARGET_NOT_MODELS}`,
  it: `(?:sceglie|ha scelto|punta su|si affida (?:anche )?a|si (?:è|e) affidat[ao] (?:anche )?a|si rivolge a|si (?:è|e) rivolt[ao] (?:anche )?a|si rivolger[àa] a|firma con|(?:firmato|siglato|stretto|chiuso) ~3(?:accordo|contratto|intesa|partnership|alleanza) (?:anche )?con)${NOT_IN_RELATIVE} (?:la |il )?${RUN_TARGET_NOT_MODELS}`,
  pt: `(?:escolhe|escolheu|recorre (?:a|ao|à)|recorreu (?:a|ao|à)|aposta n[oa]|(?:fecha|fechou|firma|firmou|assina|assinou) (?:(?:um )?(?:acordo|contrato)|(?:uma )?parcerias?) com)${NOT_IN_RELATIVE} (?:a |o )?${RUN_TARGET_NOT_MODELS}`,
};

/** Not inside a relative clause ("Anthropic, which already runs on Google Cloud"): background. */
// Not "under which", "por el que", "in base al quale": a relative that tells a contract's terms, not background.
const NOT_RELATIVE =
  '(?<!\\b(?:(?<!\\bunder )which|who|qui|che|cui|welche[rs]?|(?<!\\b(?:el|la|los|las) )que|der|die) ~~3\\S+)';

/**
 * A provider added to a buyer's list of suppliers ("OpenAI has added Google Cloud to its list of cloud providers",
 * "a ajouté Google Cloud à la liste de ses fournisseurs", "ha aggiunto Google Cloud alla lista dei suoi fornitori",
 * "adicionou o Google Cloud Platform como fornecedor"), or joining it as one ("Google Cloud has joined as one of
 * ChatGPT's cloud providers"): the buyer will buy capacity from it, a deal told without a figure (see
 * docs/architecture.md: the provider added is the deal; the suppliers the list already held are named in passing).
 * A bare "Google", "Amazon" or "Microsoft" counts here: a list of suppliers says what it sells.
 */
const LIST_BRAND = `(?:${COMPUTE_BRANDS}(?: Platform)?|Google|Amazon|Microsoft)`;
const ADDED_TO_SUPPLIERS = {
  en: `(?:add(?:s|ed|ing)?|includ(?:es|ed|ing)|br(?:ings|ought)) ${LIST_BRAND} (?:(?:to|into) (?:its|a|the|their) ~3(?:list|roster|lineup|network|circle|stable) of ~3(?:providers|suppliers|vendors|sub-?processors)|as (?:(?:one|another) of (?:its|their) ~3(?:providers|suppliers|vendors|sub-?processors)|(?:a|an|its) (?:new |additional |official )?~2(?:provider|supplier|vendor)))`,
  enJoin: `${LIST_BRAND} (?:has )?(?:now )?(?:joins|joined|is joining) ~6as (?:(?:one|another) of )?~3(?:providers|suppliers|vendors)`,
  fr: `(?:ajout(?:e|é|ent|ant)|int[èe]gr(?:e|é|ant)|inclu(?:t|s|ant)) ${LIST_BRAND} (?:à (?:sa|la|une|leur) ~2liste (?:de (?:ses |leurs )?|des )~2(?:fournisseurs|prestataires|sous-traitants)|(?:à|parmi) (?:ses|leurs) ~2(?:fournisseurs|prestataires|sous-traitants)|comme (?:nouveau |autre )?(?:fournisseur|prestataire))`,
  de: `(?:(?:nimmt|nahm|hat) ~2(?:die |den )?${LIST_BRAND} ~2in (?:die|seine|ihre) ~2(?:Liste|Riege|Kreis)|(?:fügt|fügte|hat) ~2(?:die |den )?${LIST_BRAND} ~2(?:zu )?(?:seinen|ihren|seiner|ihrer) ~2\\S*(?:Anbietern|Lieferanten|Partnern|Liste))|(?:die |den )?${LIST_BRAND} als (?:neuen|weiteren|zusätzlichen) \\S*(?:Anbieter|Lieferanten)`,
  es: `(?:sumad[oa]|sum[óo]|suma|añadid[oa]|añadi[óo]|añade|agregad[oa]|agreg[óo]|agrega|incorporad[oa]|incorpor[óo]|incorpora|incluid[oa]|incluy[óo]|incluye) ~2(?:a )?(?:la |el )?${LIST_BRAND} (?:(?:a|en) (?:su|una|la) ~2lista ~2de ~1proveedores|(?:a|entre) sus ~2proveedores|como (?:uno de sus |nuevo |otro )?~1proveedor(?:es)?)`,
  it: `(?:(?:aggiunt[oa]|aggiunge|inclus[oa]|include|inserit[oa]|inserisce) ~2(?:il |la )?${LIST_BRAND} (?:alla ~1lista (?:dei|di) (?:suoi |propri )?~1fornitori|tra i (?:suoi |propri )?~1fornitori|come (?:nuovo )?fornitore)|(?:ingresso|arrivo) di ${LIST_BRAND} tra i (?:suoi )?~1fornitori)`,
  pt: `(?:adicionou|adiciona|incluiu|inclui|acrescentou|acrescenta|incorporou|incorpora) ~2(?:o |a )?${LIST_BRAND} (?:à (?:sua )?lista de ~1fornecedores|(?:a|entre) (?:os )?seus ~1fornecedores|como ~1(?:fornecedor|provedor)a?)`,
};

/**
 * A buyer's product or models that will run on a compute provider ("ChatGPT will run on Google Cloud", "plans to use
 * Google's cloud infrastructure", "ChatGPT fonctionnera désormais en partie sur les services Google Cloud", "Claude
 * sur les TPU de Google", "verrà alimentato anche dalle infrastrutture cloud di Google", "vai usar nuvem do Google"):
 * the future or a plan tells a new deal; a present tense ("Meta uses Google Cloud for some workloads") describes a
 * customer and stays silent.
 */
const RUNS_ON = {
  en: `(?:will|would|to|set to|going to|plans to|expects to|is to)(?: now| also| soon| partly| in part)?(?: (?:run|be (?:run|hosted|trained|served|powered)|train) ~3(?:on|by|in) (?:the )?${RUN_TARGETS}| use (?:the )?${RUN_TARGETS}(?:['’]s?)? ~2(?:infrastructure|capacity|servers|compute|data cent(?:er|re)s|TPUs|GPUs)| use (?:the )?(?:Google(?:['’]s?)?(?: Cloud)?(?:['’]s?)? TPUs?|TPUs (?:of|from) Google(?: Cloud)?)~w)`,
  fr: `(?:fonctionnera|fonctionneront|tournera|tourneront|entra[îi]nera|entra[îi]neront|utilisera|utiliseront|s['’]appuiera|s['’]appuieront|va (?:fonctionner|tourner|utiliser|s.appuyer)|sera (?:h[ée]berg[ée]|entra[îi]n[ée]|ex[ée]cut[ée])e?|seront (?:h[ée]berg[ée]|entra[îi]n[ée])e?s) ~3(?:sur |de |des |du )?(?:(?:les |le |la |l.)?(?:services |serveurs |infrastructures? |solutions )?(?:cloud )?(?:de |d.)?${RUN_TARGETS}|(?:les |le |la |l.)?(?:serveurs|infrastructures?(?: cloud)?|cloud|nuage|puces|centres de données) (?:de |d.)(?:Google|Amazon|Microsoft))`,
  de: `(?:(?:läuft|laufen) (?:künftig|bald|demnächst|nun|jetzt|ab sofort|teilweise|zum Teil)(?: auch)? (?:auf|in|über) (?:der |die |den |dem )?${RUN_TARGETS}|(?:wird|werden|soll|sollen) ~3(?:auf|in|über) (?:der |die |den |dem )?${RUN_TARGETS} ~2(?:laufen|betrieben|trainiert|gehostet)|nutzt (?:künftig|bald|demnächst|nun|jetzt|ab sofort)(?: auch)? (?:die |den |das )?${RUN_TARGETS})`,
  es: `(?:funcionar[áa]n?|correr[áa]n?|se ejecutar[áa]n?|usar[áa]n?|utilizar[áa]n?|se entrenar[áa]n?|va a (?:usar|utilizar|funcionar|correr)|van a (?:usar|utilizar|funcionar|correr)) ~3(?:en |sobre |con )?(?:(?:la |el )?${RUN_TARGETS}|(?:la |el |los |las )?(?:nube|infraestructura(?: en la nube| de nube)?|servidores|centros de datos|chips) (?:de )?(?:Google|Amazon|Microsoft))`,
  it: `(?:girer[àa]|gireranno|funzioner[àa]|funzioneranno|user[àa]|useranno|utilizzer[àa]|utilizzeranno|(?:sar[àa]|verr[àa]) (?:alimentat|addestrat|ospitat)[oa]|(?:saranno|verranno) (?:alimentat|addestrat|ospitat)[ie]) ~3(?:su |sul |sulla |sui |da |dal |dalla |dalle |dai |con )?(?:(?:la |il )?${RUN_TARGETS}|(?:infrastrutture?|server|cloud|data center|chip)(?: cloud)? (?:di )?(?:Google|Amazon|Microsoft))`,
  pt: `(?:vai (?:usar|utilizar|rodar|funcionar|operar)|v[ãa]o (?:usar|utilizar|rodar)|usar[áa]|utilizar[áa]|rodar[áa]|funcionar[áa]|passar[áa] a (?:usar|rodar)|ser[áa] (?:treinad|hospedad|executad)[oa]) ~3(?:n[ao] |em |sobre )?(?:(?:o |a )?${RUN_TARGETS}|(?:a |os |as )?(?:nuvem|infraestrutura(?: de nuvem)?|servidores|data centers|centros de dados|chips) (?:d[oa] )?(?:Google|Amazon|Microsoft))`,
};

/**
 * A buyer that runs on a compute provider's chips now, told in the present or the past ("Safe Superintelligence is
 * using Google Cloud's TPUs", "Le Chat tourne sur les puces de Cerebras", "nutzt die TPUs von Google Cloud", "usa as
 * TPUs do Google Cloud", "gira sui chip di Cerebras"): the provider's customer, a deal told without a figure (RUNS_ON
 * reads the future). Not a cloud's services in general ("uses Google Cloud for some of its internal workloads"), nor
 * inside a relative clause ("Anthropic, which uses Google's TPUs": background).
 */
/** What a buyer runs on: a provider's chips ("les puces de Cerebras", "chips from Groq"), or Google's TPUs. */
const ON_GOODS_OF = `(?:(?:les |the |die |los |las |i |os |as |sui |nos |nas )?(?:puces|chips?|processeurs|hardware|systèmes|sistemas|sistemi|processori|procesadores|TPUs?|GPUs?|[Tt]ensor [Pp]rocessing [Uu]nits) (?:de |d.|di |da |do |del |von |from |of )?${COMPUTE_BRANDS}|${COMPUTE_BRANDS}(?:['’]s)? (?:chips|hardware|TPUs|GPUs|[Tt]ensor [Pp]rocessing [Uu]nits|(?:specialized |custom )?AI hardware)|${GOOGLE_TPUS})~w`;
/**
 * Models trained on a provider's chips in its cloud ("trained the models behind Apple Intelligence on clusters of TPU
 * v4 and v5p chips in Google's cloud", "addestrato i modelli su cluster di TPU nel cloud di Google", "entraîné ses
 * modèles sur des TPU dans le cloud de Google"): the cloud's customer, a deal told without a figure.
 */
const TRAINED_IN_CLOUD = {
  en: `trained${NOT_RELATIVE} ~8(?:on|using) ~5(?:TPUs?|GPUs?|chips|accelerators)\\b ~5(?:in|on|from) (?:the )?(?:[^\\s,]+['’]s? )?(?:cloud|Cloud)~w`,
  fr: `entraîn[ée](?:s|es)?${NOT_RELATIVE} ~8(?:sur|avec) ~5(?:TPU|GPU|puces)\\b ~5(?:dans|sur) (?:le|la) ~1cloud~w`,
  de: `trainiert${NOT_RELATIVE} ~8(?:auf|mit) ~5(?:TPUs|GPUs|Chips)\\b ~5in der ~2Cloud~w|(?:auf|mit) ~5(?:TPUs|GPUs|Chips)\\b ~3in der (?:\\S+-)?Cloud ~5trainiert~w`,
  es: `entrenad[oa]s?${NOT_RELATIVE} ~8(?:en|con) ~5(?:TPU|GPU|chips)\\b ~5en la nube~w`,
  it: `addestrat[oaie]${NOT_RELATIVE} ~8(?:su|con) ~5(?:TPU|GPU|chip)\\b ~5nel cloud~w`,
  pt: `treinad[oa]s?${NOT_RELATIVE} ~8(?:em|com) ~5(?:TPUs?|GPUs?|chips)\\b ~5na nuvem~w`,
};
/**
 * A provider made the buyer's main one ("will make AWS its primary cloud provider", "named AWS its primary training
 * partner", "fera d'AWS son principal fournisseur de cloud", "convertirá a AWS en su principal proveedor de nube", "das
 * AWS zu seinem wichtigsten Cloud-Anbieter macht", "farà di AWS il suo principale fornitore cloud", "fará da AWS sua
 * principal fornecedora de nuvem"): the provider's customer, a deal told without a figure.
 */
const MAIN_PROVIDER = {
  en: `(?:make|makes|made|making|named|names|name|naming|designated|designates) ~3(?:its|their) (?:primary|main|principal|preferred|lead|exclusive) (?:cloud (?:provider|partner)|training partner|compute (?:provider|partner))\\b|(?:primary|main|principal|preferred|exclusive) (?:cloud|computing|compute) (?:provider|partner)(?<=\\b(?:as|becomes|became|named) \\S+(?: \\S+)?['’]s (?:primary|main|principal|preferred|exclusive) (?:cloud|computing|compute) (?:provider|partner))`,
  fr: `(?:fera|fait|a fait|font|feront) d['’]~2(?:son|leur) (?:principal|premier|unique) (?:fournisseur|partenaire) (?:de |d['’])?(?:cloud|calcul|entraînement|informatique en nuage)~w`,
  de: `(?:Cloud-Anbieter|Cloud-Partner|Trainingspartner)(?<=zu (?:seinem|ihrem) (?:wichtigsten|bevorzugten|primären|exklusiven|größten) (?:Cloud-Anbieter|Cloud-Partner|Trainingspartner))`,
  es: `(?:convertirá|convierte|convirtió|hará|hace|hizo) (?:a |de )?~3en su (?:principal|primer|único) (?:proveedor|socio) (?:de )?(?:nube|cómputo|entrenamiento|cloud)~w`,
  it: `(?:farà|fa|ha fatto|faranno) di ~3(?:il )?(?:suo|loro) (?:principale|primo|unico) (?:fornitore|partner) (?:di )?(?:cloud|calcolo|addestramento)~w`,
  pt: `(?:fará|faz|fez|tornará|torna|tornou) (?:d[ao] |a |o )?~3(?:sua|seu) (?:principal|primeir[oa]|únic[oa]) (?:fornecedor[a]?|parceir[oa]) (?:de )?(?:nuvem|computação|treinamento|cloud)~w`,
};
/**
 * A provider announcing that a buyer will use its own chips ("Google Cloud said Safe Superintelligence is leveraging
 * its tensor processing units", "a annoncé que Safe Superintelligence utilisera ses TPU", "anunció que … utilizará sus
 * TPU"): the announcer's customer, a deal told without a figure. Not "its own" (the buyer's).
 */
const USES_ANNOUNCERS_GOODS = {
  en: `(?:uses|is using|will use|leverages|is leveraging|will leverage|relies on|will rely on)(?<=\\b(?:said|says|announced|announces|confirmed|confirms) (?:that )?(?:\\S+ ){1,4}(?:uses|is using|will use|leverages|is leveraging|will leverage|relies on|will rely on)) its (?:tensor processing units|TPUs|chips|GPUs|AI infrastructure|accelerators)\\b`,
  fr: `(?:utilise|utilisera|utilisent|utiliseront)(?<=\\b(?:a annoncé|annonce|a indiqué|indique|a confirmé) (?:que |qu['’])?(?:\\S+ ){1,4}(?:utilise|utilisera|utilisent|utiliseront)) (?:ses|leurs) (?:TPU|puces|GPU|accélérateurs)\\b`,
  es: `(?:usa|usará|utiliza|utilizará|usarán|utilizarán)(?<=\\b(?:anunció|anuncia|dijo|confirmó|informó) (?:que )?(?:\\S+ ){1,4}(?:usa|usará|utiliza|utilizará|usarán|utilizarán)) sus (?:TPU|chips|GPU|aceleradores)\\b`,
  it: `(?:usa|userà|utilizza|utilizzerà|useranno|utilizzeranno)(?<=\\b(?:ha annunciato|annuncia|ha detto|ha confermato) (?:che )?(?:\\S+ ){1,4}(?:usa|userà|utilizza|utilizzerà|useranno|utilizzeranno)) (?:i |le )?(?:suoi|sue|loro) (?:TPU|chip|GPU|acceleratori)\\b`,
  pt: `(?:usa|usará|utiliza|utilizará|usar|utilizar)(?<=\\b(?:anunciou|anuncia|disse|confirmou|informou) (?:que )?(?:\\S+ ){1,5}(?:usa|usará|utiliza|utilizará|vai usar|vai utilizar)) (?:as |os )?(?:suas|seus) (?:TPUs?|chips|GPUs?|aceleradores)\\b`,
};
const USES_PROVIDER = {
  en: `(?:uses|is using|relies on|runs on|is running on|trains on|is training on|has chosen|is powered by|(?:is|are) (?:now )?(?:served|powered) by|(?:committed|commits|agreed|agrees) to (?:using|use)|to utilize)${NOT_RELATIVE} ${ON_GOODS_OF}`,
  fr: `(?:utilise|utilisent|(?:tourne|tournent|fonctionne)(?: désormais| déjà| aussi| maintenant)? sur|s'appuie sur|s’appuie sur|a choisi)${NOT_RELATIVE} ${ON_GOODS_OF}`,
  de: `(?:nutzt|nutzen|läuft auf|laufen auf|trainiert auf)${NOT_RELATIVE} (?:für (?:seine|ihre|die) \\S+ )?${ON_GOODS_OF}`,
  es: `(?:usa|utiliza|emplea|funciona (?:con|sobre)|corre sobre|se apoya en|eligió)${NOT_RELATIVE} ${ON_GOODS_OF}`,
  it: `(?:usa|utilizza|(?:gira|girano|funziona)(?: ora| già| anche| adesso)? su(?:i|l|lla)?|si appoggia a|ha scelto)${NOT_RELATIVE} ${ON_GOODS_OF}`,
  pt: `(?:usa|utiliza|roda em|roda nos|funciona com|recorre a|escolheu)${NOT_RELATIVE} ${ON_GOODS_OF}`,
};

/**
 * A buyer widening its partnership with a compute provider ("Anthropic expands its partnership with Google Cloud",
 * "étend son partenariat avec", "erweitert die Partnerschaft mit", "amplía su alianza con", "amplia la partnership con",
 * "amplia parceria com"): a deal told without a figure, read as an expansion (status.ts).
 */
const WIDENS = {
  en: `(?:expands?|expanded|expanding|extends?|extended|deepens?|deepened|broadens?|broadened|widens?|widened)${NOT_RELATIVE} (?:its|their|the|an?) ~2(?:partnership|agreement|deal|collaboration|alliance|relationship|contract) with (?:rival )?${RUN_TARGET_NOT_MODELS}`,
  fr: `(?:[ée]tend|[ée]largit|renforce|approfondit|a [ée]tendu|a [ée]largi|a renforc[ée])${NOT_RELATIVE} (?:son|leur|le|l.) ?~2(?:partenariat|accord|alliance|collaboration|contrat) avec (?:le |la |l.)?${RUN_TARGET_NOT_MODELS}`,
  de: `(?:erweitert|erweiterte|vertieft|vertiefte|weitet|baut)${NOT_RELATIVE} ~2(?:Partnerschaft|Zusammenarbeit|Vertrag|Vereinbarung|Allianz|Kooperation) mit (?:der |dem )?${RUN_TARGET_NOT_MODELS}`,
  es: `(?:ampl[íi]a|ampli[óo]|ha ampliado|extiende|extendi[óo]|refuerza|reforz[óo]|profundiza)${NOT_RELATIVE} (?:su|la|el|sus) ~2(?:alianza|acuerdo|asociaci[óo]n|colaboraci[óo]n|contrato) con (?:la |el )?${RUN_TARGET_NOT_MODELS}`,
  it: `(?:amplia|ha ampliato|estende|ha esteso|rafforza|ha rafforzato|allarga)${NOT_RELATIVE} (?:la|il|l.|sua|suo) ?~2(?:partnership|accordo|alleanza|collaborazione|intesa|contratto) con (?:la |il )?${RUN_TARGET_NOT_MODELS}`,
  pt: `(?:amplia|ampliou|expande|expandiu|estende|estendeu|refor[çc]a|refor[çc]ou|aprofunda)${NOT_RELATIVE} (?:a |o |sua |seu )?~2(?:parceria|acordo|alian[çc]a|colabora[çc][ãa]o|contrato) com (?:a |o )?${RUN_TARGET_NOT_MODELS}`,
};

/**
 * The buyers a provider can be said to win as customers ("Nebius lands Meta", "Nscale décroche Microsoft"): AI labs
 * and big tech, named by the brands real copy uses. A bare name with a hyphen glued on ("Microsoft-Aufträge") is
 * left alone.
 */
const WON_BUYER =
  '(?:Meta(?: Platforms)?|Microsoft|OpenAI|Anthropic|xAI|Google|Amazon|Mistral(?: AI)?|Apple|Cohere|Perplexity|ByteDance|Tesla|SSI|Safe Superintelligence|Thinking Machines(?: Lab)?|Poolside|Midjourney|Reflection AI)(?![-\\wà-ÿ])';
/** The buyer won with its article, in Spanish, Italian and Portuguese entries. */
const WON_BUYER_ES = `(?:la |el )?${WON_BUYER}`;
const WON_BUYER_IT = `(?:la |il )?${WON_BUYER}`;
const WON_BUYER_PT = `(?:a |o )?${WON_BUYER}`;
/**
 * What a company wins beside a customer: backing, money, talent, a case, a chip order. "wins Microsoft's backing",
 * "décroche Microsoft comme investisseur", "gewinnt … als Investor", "Nvidia lands OpenAI chip order" name no
 * capacity deal.
 */
const NOT_WON_BACKING =
  '(?![^.;\\n]{0,40}?(?:backing|support|investment|investor|funding|stake|approval|praise|lawsuit|case|talent|engineers|researchers|executives|chips?\\b|puces|Chips|processors|processeurs|soutien|investiss|financement|participation|Investor|Investition|Beteiligung|Finanzierung|inversi[óo]n|inversor|financiaci[óo]n|investimento|investitore|finanziamento|investidor|financiamento|apoio|sostegno|apoyo|Unterstützung))';
/**
 * A provider that wins, lands or secures a buyer ("Nebius lands Meta", "Nscale décroche Microsoft", "Nebius angelt
 * sich Meta", "Nebius conquista Meta come cliente"): a capacity deal told without a figure. A verb that can mean
 * many things ("wins", "gewinnt", "gana", "consegue") names a deal only with the customer's noun after it ("wins
 * Microsoft as a customer"); a verb of winning business ("lands", "décroche", "se adjudica") names one by itself.
 * The provider is the subject and the buyer its object, roles the company table gives each of them.
 */
const WINS_CUSTOMER = {
  en: `(?:(?:lands|landed|bags|bagged|snags|snagged|nabs|nabbed|reels in|reeled in|ropes in|roped in)${NOT_RELATIVE} (?:rival )?${WON_BUYER}(?:['’]s?)?|(?:wins|won|secures|secured|adds|added|signs up|signed up|signs|signed|lands|landed)${NOT_RELATIVE} ${WON_BUYER} as (?:a |an |its |their )?~3(?:customer|client|tenant))${NOT_WON_BACKING}`,
  fr: `(?:(?:décroche|a décroché|rafle|a raflé|séduit|a séduit|arrache|a arraché)${NOT_RELATIVE} (?:le |l.)?${WON_BUYER}|(?:gagne|a gagné|remporte|a remporté|convainc|a convaincu|ajoute|a ajouté|signe|a signé) ${WON_BUYER} (?:comme|en tant que) ~3(?:client|locataire))${NOT_WON_BACKING}`,
  de: `(?:(?:angelt sich|angelte sich|schnappt sich|schnappte sich|holt sich|holte sich)${NOT_RELATIVE} (?:den |die )?${WON_BUYER}|(?:gewinnt|gewann|hat|sichert sich|sicherte sich) (?:den |die )?${WON_BUYER} als ~2\\S*(?:Kunden|Kundin|Mieter))${NOT_WON_BACKING}`,
  es: `(?:(?:se adjudica|se adjudicó|conquista|conquistó|capta|captó|ficha|fichó)${NOT_RELATIVE} (?:a )?${WON_BUYER_ES}|(?:gana|ganó|consigue|consiguió|suma|sumó|logra|logró) (?:a )?${WON_BUYER_ES} como ~3(?:cliente|inquilino))${NOT_WON_BACKING}`,
  it: `(?:(?:si aggiudica|si è aggiudicata|conquista|ha conquistato|strappa|ha strappato)${NOT_RELATIVE} ${WON_BUYER_IT}|(?:ottiene|ha ottenuto|guadagna|acquisisce|ha acquisito|aggiunge) ${WON_BUYER_IT} come ~3(?:cliente|inquilino))${NOT_WON_BACKING}`,
  pt: `(?:(?:conquista|conquistou|abocanha|abocanhou|fisga|fisgou|capta|captou)${NOT_RELATIVE} ${WON_BUYER_PT}|(?:ganha|ganhou|consegue|conseguiu|garante|garantiu|atrai|atraiu) ${WON_BUYER_PT} como ~3(?:cliente|inquilin[oa]))${NOT_WON_BACKING}`,
};

/**
 * Capacity told in the passive, the buyer and the provider both named ("capacity will be provided to Meta by
 * Nebius", "la capacité sera fournie à Meta par Nebius", "wird von Nebius an Meta geliefert", "será suministrada a
 * Meta por Nebius", "sarà fornita a Meta da Nebius", "será fornecida à Meta pela Nebius"): a deal told without a
 * figure. The agent must be a compute provider's brand: chips "supplied to OpenAI by Nvidia" are goods.
 */
const PROVIDED_BY = {
  en: `(?:be|is|are|was|were|being) (?:provided|supplied|delivered|leased|rented|made available) ~3(?:to (?:the )?${WON_BUYER}(?:['’]s?)? ~4by (?:the )?${COMPUTE_BRANDS}|by (?:the )?${COMPUTE_BRANDS} ~4to (?:the )?${WON_BUYER})~w`,
  fr: `(?:sera|seront|est|sont|a été|ont été|serait|seraient) (?:fourni|livr[ée]|lou[ée]|allou[ée]|mis à disposition|mise à disposition)e?s? ~3(?:(?:à|au) (?:l.)?${WON_BUYER} ~4par (?:le |la |l.)?${COMPUTE_BRANDS}|par (?:le |la |l.)?${COMPUTE_BRANDS} ~4(?:à|au) (?:l.)?${WON_BUYER})~w`,
  de: `von (?:der |dem )?${COMPUTE_BRANDS} ~6(?:an|für) (?:den |die )?${WON_BUYER} ~4(?:geliefert|bereitgestellt|vermietet|zur Verfügung gestellt)~w`,
  es: `(?:será|serán|es|son|fue|fueron|sería|serían) (?:suministrad|proporcionad|provist|entregad|alquilad|arrendad)[oa]s? ~3(?:(?:a|al) ${WON_BUYER_ES} ~4por (?:la |el )?${COMPUTE_BRANDS}|por (?:la |el )?${COMPUTE_BRANDS} ~4(?:a|al) ${WON_BUYER_ES})~w`,
  it: `(?:sarà|saranno|verrà|verranno|è|sono|viene|vengono|è stata|è stato|sono stati|sono state) (?:fornit|erogat|consegnat|noleggiat|affittat|mess)[oaie] (?:a disposizione )?~3(?:(?:a|ad) ${WON_BUYER_IT} ~4(?:da|dalla|dal) ${COMPUTE_BRANDS}|(?:da|dalla|dal) ${COMPUTE_BRANDS} ~4(?:a|ad) ${WON_BUYER_IT})~w`,
  pt: `(?:será|serão|é|são|foi|foram|seria|seriam) (?:fornecid|disponibilizad|entregu|alugad|arrendad)[oae]s? ~3(?:(?:a|à|ao) ${WON_BUYER} ~4${BY_BRAND_PT}|${BY_BRAND_PT} ~4(?:a|à|ao) ${WON_BUYER})~w`,
};

/**
 * Access to capacity a compute provider runs, granted to the buyer: "Poolside will initially gain access to a cluster
 * of Nvidia AI computing resources provided by CoreWeave", "aura accès à … fournis par CoreWeave", "erhält Zugang zu …
 * von CoreWeave", "tendrá acceso a … proporcionados por", "avrà accesso a … forniti da", "terá acesso a … fornecidos
 * pela". The provider is named after its verb, a compute brand.
 */
const GAINS_ACCESS = {
  en: `\\b(?:gain|gains|get|gets|have|has|receive|receives) access to ~8(?:provided|supplied|hosted|operated|run) by (?:the )?${COMPUTE_BRANDS}~w`,
  fr: `\\b(?:aura|obtiendra|obtient|a) accès (?:à|aux) ~8(?:fourni|hébergé|exploité)e?s? par (?:le |la |l.)?${COMPUTE_BRANDS}~w`,
  de: `\\b(?:erhält|bekommt|erhalten) ~3Zugang zu ~8(?:von|bei) (?:der |dem )?${COMPUTE_BRANDS}~w`,
  es: `\\b(?:tendrá|obtendrá|tiene|obtiene) acceso a ~8(?:proporcionad|suministrad|alojad|operad)[oa]s? por (?:la |el )?${COMPUTE_BRANDS}~w`,
  it: `\\b(?:avrà|otterrà|ha|ottiene) accesso (?:a|ai|alle) ~8(?:fornit|ospitat|gestit)[oaie] da ${COMPUTE_BRANDS}~w`,
  pt: `\\b(?:terá|obterá|tem|obtém) acesso a ~8(?:fornecid|hospedad|operad)[oa]s? ${BY_BRAND_PT}~w`,
};

/**
 * A provider giving a named buyer access to its chips or capacity, with no figure ("a deal to provide SSI with access
 * to its tensor processing units", "to sell SSI access to TPUs", "fournir à SSI un accès à ses TPU", "SSI Zugang zu
 * ihren TPU-Chips zu verkaufen", "dar a SSI acceso a sus TPU", "fornire a SSI l'accesso alle sue TPU", "fornecer à SSI
 * acesso às suas TPUs"): a capacity deal, the giver its provider.
 */
const ACCESS_GOODS =
  '(?:\\S+ )?(?:TPU|GPU|chip|Chip|processeur|procesador|processore|processador|acelerador|accelerat|capacit|Kapazit|Rechenleistung|tensor)[\\w\\u00e0-\\u00ff-]*';
const GRANTS_ACCESS = {
  en: `\\b(?:provide|provides|providing|give|gives|giving|sell|sells|selling|grant|grants|offer|offers) (?:the )?${WON_BUYER} (?:with )?access to (?:its |their |the )?~2${ACCESS_GOODS}`,
  fr: `\\b(?:fournir|fournira|donner|donnera|vendre|vendra|ouvrir|ouvrira|offrir|offrira) (?:à|au) (?:l.)?${WON_BUYER} (?:un |l.)?accès (?:à|aux) (?:ses |leurs )?~2${ACCESS_GOODS}`,
  de: `\\b${WON_BUYER} ~2Zugang (?:zu|zum|zur) (?:seinen |ihren |den )?~2${ACCESS_GOODS} (?:zu )?(?:verkaufen|verschaffen|gewähren|geben|bieten|verkauft|gewährt)`,
  es: `\\b(?:dar|dará|darle|proporcionar|proporcionará|vender|venderá|ofrecer|ofrecerá) (?:a |al )?${WON_BUYER_ES} (?:el )?acceso a (?:sus |los |las )?~2${ACCESS_GOODS}`,
  it: `\\b(?:fornire|fornirà|dare|darà|vendere|venderà|offrire|offrirà) (?:a |alla |ad )?${WON_BUYER_IT} (?:l.)?accesso (?:a|ai|alle) (?:sue |suoi |loro )?~2${ACCESS_GOODS}`,
  pt: `\\b(?:fornecer|fornecerá|dar|dará|vender|venderá|oferecer|oferecerá) (?:à |ao |a )?${WON_BUYER_PT} (?:o )?acesso (?:a|às|aos) (?:suas |seus )?~2${ACCESS_GOODS}`,
};

/**
 * A named buyer as the customer of the site a provider runs, in a relative clause ("CoreWeave will run the new
 * Cambridge data centre, where Cohere will be a customer", "dont Cohere sera cliente", "donde Cohere será cliente",
 * "bei dem Cohere Kunde sein wird", "dove Cohere sarà cliente", "onde a Cohere será cliente"): a capacity deal
 * without a figure.
 */
const CUSTOMER_OF_SITE = {
  en: `\\b(?:where|at which|in which) ${WON_BUYER} (?:will be|is to be|would be|is) (?:a |an |the )?(?:\\S+ )?(?:customer|client|tenant)|(?:will|would) be (?:one of|among) (?:its|the site['’]s|the facility['’]s) (?:first |early |anchor )?(?:customers|clients|tenants)`,
  fr: `\\b(?:dont|où) (?:l.)?${WON_BUYER} (?:sera|serait|est) (?:le |la |l.|un |une )?(?:\\S+ )?(?:client|cliente|locataire)`,
  de: `\\b(?:bei dem|in dem|bei der|in der) ${WON_BUYER} (?:\\S+ ){0,2}?(?:Kunde|Mieter) (?:sein wird|sein soll|ist|wird)|(?:wird|soll) dort (?:\\S+ )?(?:Kunde|Mieter|Ankerkunde|Ankermieter) (?:sein|werden)`,
  es: `\\b(?:donde|en el que|en la que|del que|del cual|de la que|de la cual) ${WON_BUYER_ES} (?:será|sería|es) (?:el |la |un |una )?(?:\\S+ )?(?:cliente|inquilino)`,
  it: `\\b(?:dove|in cui|di cui) ${WON_BUYER_IT} (?:sarà|sarebbe|è) (?:il |la |l.|un |una )?(?:\\S+ )?(?:cliente|inquilino)`,
  pt: `\\b(?:onde|no qual|na qual|do qual|da qual) ${WON_BUYER_PT} (?:será|seria|é) (?:o |a |um |uma )?(?:\\S+ )?(?:cliente|inquilin[oa])`,
};

/**
 * German capacity rented or bought at a provider, the verb at the clause's end ("plant, Rechenzentrumskapazitäten
 * beim britischen Hyperscaler Nscale in Portugal anzumieten", "soll Rechenleistung bei Nebius einkaufen"): the
 * pattern opens on "bei", the provider's brand within a few words, the verb after it.
 */
const RENTS_AT_DE = `(?:beim|bei der|bei dem|bei)${NOT_RELATIVE} ~3${COMPUTE_BRANDS} ~4(?:anzumieten|anmieten|zu mieten|einzukaufen|einkaufen|zu beziehen|beziehen|zu buchen)~w`;

/** A chip maker or server vendor as the subject: its GPUs supplied are goods, no capacity ("Nvidia will supply"). */
const CHIPMAKER_SUBJECT =
  '\\b(?:Nvidia|NVIDIA|AMD|Intel|Broadcom|Cerebras|Groq|Dell|Supermicro|HPE)(?: \\S+){0,3}';
/**
 * A provider that will supply, rent or deliver GPUs to a named buyer, with no count and no price ("CoreWeave will
 * supply GPUs to Google", "affitterà GPU Nvidia a Microsoft", "wird Google mit GPUs beliefern", "vai fornecer GPUs ao
 * Google"): a capacity deal told without a figure (a count is read by GPU_COUNT_RE). A chip maker or a server
 * vendor as the subject sells goods and is left to the hardware rules.
 */
/** A verb of supplying not led by a chip maker or server vendor, whose own goods it would be. */
const notByChipMaker = (verbs: string): string => `${verbs}(?<!${CHIPMAKER_SUBJECT} ${verbs})`;
const SUPPLIES_GPUS = {
  en: `${notByChipMaker('(?:will|would|agreed to|agrees to|is to|set to|plans to)')} ~2(?:supply|provide|deliver|rent|lease) (?:~3(?:GPUs|GPU servers|GPU clusters) to (?:the )?${WON_BUYER}|${WON_BUYER} with ~3(?:GPUs|GPU servers|GPU clusters))`,
  fr: `${notByChipMaker('(?:fournira|louera|livrera|va fournir|va louer|va livrer)')} (?:~3(?:GPU|processeurs graphiques) ~2(?:à|au) (?:l.)?${WON_BUYER}|(?:à|au) (?:l.)?${WON_BUYER} ~3(?:GPU|processeurs graphiques))`,
  de: `${notByChipMaker('(?:wird|soll|werden)')} (?:den |die )?${WON_BUYER} ~3mit ~2\\S*(?:GPUs|Grafikprozessoren) beliefern`,
  es: `${notByChipMaker('(?:suministrará|proporcionará|alquilará|arrendará|entregará|va a (?:suministrar|proporcionar|alquilar|entregar))')} (?:~3(?:GPUs?|procesadores gráficos) ~2(?:a|al) ${WON_BUYER_ES}|(?:a|al) ${WON_BUYER_ES} ~3(?:GPUs?|procesadores gráficos))`,
  it: `${notByChipMaker('(?:fornirà|noleggerà|affitterà|consegnerà)')} (?:~3(?:GPU|processori grafici) ~2(?:a|ad) ${WON_BUYER_IT}|(?:a|ad) ${WON_BUYER_IT} ~3(?:GPU|processori grafici))`,
  pt: `${notByChipMaker('(?:fornecerá|alugará|entregará|vai (?:fornecer|alugar|entregar))')} ~3(?:GPUs?|processadores gráficos) ~2(?:(?:a|à|ao) |para (?:a |o )?)${WON_BUYER}`,
};

/**
 * A buyer widening its use of a compute provider ("Anthropic is expanding its use of cloud services and TPUs from
 * Google Cloud", "étend son utilisation des TPU de Google Cloud", "weitet die Nutzung von Google Cloud aus", "amplía
 * su uso de Google Cloud", "amplia l'uso di Google Cloud", "amplia o uso do Google Cloud"): a deal told without a
 * figure, read as an expansion (status.ts), as WIDENS is. Not inside a relative clause; not for models; not in the
 * past ("em outubro ampliou o uso de TPUs do Google": an earlier step told as background).
 */
const NOT_MODEL_WORD = '(?!(?:mod[eè]l|models?\\b|modelos|modelli|Modelle|Gemini|Claude|Llama|GPT|Copilot))';
const WIDENS_USE = {
  en: `(?:expands?|expanded|expanding|will expand|increases?|increased|increasing|deepens?|deepened|deepening)${NOT_RELATIVE} (?:its|their|the) use of (?:${NOT_MODEL_WORD}\\S+ ){0,8}?(?:the )?${RUN_TARGET_NOT_MODELS}`,
  fr: `(?:[ée]tend(?:ra)?|[ée]largi(?:t|ra)|accro[îi]t(?:ra)?|augmente(?:ra)?|intensifie(?:ra)?)${NOT_RELATIVE} (?:son |leur |l.)(?:utilisation|usage) (?:${NOT_MODEL_WORD}\\S+ ){0,5}?(?:de |des |du |d.)?(?:la |le |l.)?${RUN_TARGET_NOT_MODELS}`,
  de: `(?:weitet|erweitert|steigert)${NOT_RELATIVE} ~2(?:Nutzung|Einsatz) (?:von |der |des )?(?:${NOT_MODEL_WORD}\\S+ ){0,4}?${RUN_TARGET_NOT_MODELS}`,
  es: `(?:ampl[íi]a|ampliar[áa]|ampli[óo]|aumenta|aumentar[áa]|intensifica|intensificar[áa]|extiende|extender[áa])${NOT_RELATIVE} (?:su |el )uso (?:${NOT_MODEL_WORD}\\S+ ){0,5}?(?:de |del )?(?:la |el )?${RUN_TARGET_NOT_MODELS}`,
  it: `(?:amplia|amplier[àa]|aumenta|aumenter[àa]|intensifica|intensificher[àa]|estende|estender[àa])${NOT_RELATIVE} (?:il suo |l.)(?:uso|utilizzo) (?:${NOT_MODEL_WORD}\\S+ ){0,5}?(?:di |del |della |dei |delle )?(?:la |il )?${RUN_TARGET_NOT_MODELS}`,
  pt: `(?:amplia|ampliar[áa]|aumenta|aumentar[áa]|intensifica|expande|expandir[áa])${NOT_RELATIVE} (?:o seu |o |seu )uso (?:${NOT_MODEL_WORD}\\S+ ){0,5}?(?:d[oa]s? )?${RUN_TARGET_NOT_MODELS}`,
};
/**
 * French workloads moved onto a provider ("OpenAI déploiera désormais certaines charges de travail sur l'infrastructure
 * Google Cloud") and a Portuguese buyer signing up to its service ("A OpenAI aderiu ao serviço Google Cloud"): the
 * future or the past of a new use, a deal told without a figure.
 */
const DEPLOYS_ON_FR = `(?:d[ée]ploiera|d[ée]ploieront|va d[ée]ployer|vont d[ée]ployer|migrera|migreront|va migrer)${NOT_RELATIVE}(?: ${NOT_MODEL_WORD}\\S+){0,8}? sur (?:l.|les |le |la )?(?:infrastructures? |serveurs |services |cloud )?(?:de |d.)?${RUN_TARGET_NOT_MODELS}`;
const SIGNS_UP_PT = `(?:aderiu|aderiram|adere)${NOT_RELATIVE} (?:a|ao|à) (?:serviço |nuvem |plataforma )?(?:d[oa] )?${RUN_TARGET_NOT_MODELS}`;

/**
 * Whom capacity is rented from: a compute provider's brand, or Google, Microsoft, Amazon bare ("renting AI chips
 * from Google": Google's chips are rented only as its cloud's capacity).
 */
const RENT_SOURCE = `(?:${COMPUTE_BRANDS}|Google|Microsoft|Amazon)~w`;
/**
 * A buyer renting or leasing chips, servers or capacity from a provider, with no figure ("OpenAI has begun renting
 * AI chips from Google", "is renting GPUs from CoreWeave", "in talks to rent chips from Google Cloud", "a commencé à
 * louer des puces à Google", "mietet KI-Chips von Google", "alquilar chips de inteligencia artificial de Google",
 * "affittare chip da Google", "alugar chips do Google"): a capacity deal told without a figure, its status from the
 * sentence's own hedges (talks to rent are TALKS_TO_RENT's). Each entry opens on the renting verb (speed rule); not
 * inside a relative clause ("Microsoft, which rents GPUs from CoreWeave": background). Chips are rented for models, never to
 * distribute them: no model guard here.
 */
/**
 * A renting told as a standing relation, "also" or "already" beside the verb ("OpenAI also rents capacity from
 * Oracle", "Il loue aussi des capacités chez Oracle", "mietet bereits"): a customer described, as a present tense
 * of use is (RUNS_ON), not a deal told.
 */
const STANDING =
  '(?<!\\b(?:also|already|still|tamb[ée]m|tambi[ée]n|ya|j[áa]|aussi|d[ée]j[àa]|anche|gi[àa]|auch|bereits|schon) \\S+)(?! (?:aussi|d[ée]j[àa]|encore|auch|bereits|schon|noch|tambi[ée]n|ya|todav[íi]a|anche|gi[àa]|ancora|tamb[ée]m|j[áa]|ainda)(?![a-zà-ÿ]))';
/**
 * A provider's capacity named by its possessive or as a modifier, told without a figure ("a multiyear deal to rent
 * Google's TPUs", "Anthropic secured Google's TPU capacity", "gains access to IREN's GPU cloud", "will gain access to
 * AWS compute capacity", "locked in multi-gigawatt Google TPU capacity"): the buyer's deal with that provider.
 */
const PROVIDERS_CAPACITY = {
  en: `(?:rent|rents|renting|rented|secure|secures|secured|securing|locks in|locked in|locking in|access to)${NOT_RELATIVE}${STANDING} (?:(?:more|additional|new|dedicated|the) )?(?:[\\w.]+-(?:gigawatt|megawatt|GW|MW) )?${RENT_SOURCE}(?:['’]s?)? (?:(?:TPU|GPU|cloud|AI|compute|computing|Trainium|Blackwell) )?(?:TPUs|GPUs|GPU cloud|capacity|infrastructure|compute)~w`,
};

/**
 * A buyer buying or securing capacity (not goods) from a provider, with no figure ("OpenAI will buy computing power
 * from Oracle", "Anthropic secures compute capacity from Microsoft Azure", "OpenAI comprará capacidad de cómputo a
 * Oracle", "OpenAI wird Rechenleistung von Oracle kaufen"): a capacity deal,
 * as renting it is. Chips bought from their maker are AGREES_TO_BUY_GOODS's.
 */
const BUYS_CAPACITY_FROM = {
  en: `(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased|secures|secured|securing|procures|procured|locks in|locked in|locking in)${NOT_RELATIVE}${STANDING} ~3(?:cloud capacity|computing capacity|compute capacity|capacity|compute|computing power|cloud services|access to ~2(?:GPUs|chips|servers|accelerators)) ~3from (?:the )?${RENT_SOURCE}`,
  fr: `(?:ach[eè]te|ach[eè]tent|acheter|ach[eè]tera|ach[eè]teront|achet[ée]e?s?|s[ée]curise|s[ée]curis[ée])${NOT_RELATIVE}${STANDING} ~4(?:capacit[ée]s?|${COMPUTING_POWER_FR}|services cloud) ~4(?:à|au|aupr[èe]s d[eu]|chez) (?:l[ae] |l.)?${RENT_SOURCE}`,
  // Free (no word start: "Rechenkapazität", "Cloud-Kapazitäten"); a leading "\\S*" would be tried at every position.
  de: `*(?:Rechenleistung|Kapazitäten|Kapazität|Cloud-Dienste)${STANDING} ~3(?:von|bei) (?:der |dem )?${RENT_SOURCE} ~2(?:kaufen|kauft|kaufte|gekauft|beziehen|bezieht|bezog|erwerben|erwirbt)`,
  es: `(?:compra|compran|comprar|comprará|comprarán|compró|compraron|asegura|aseguró|consigue|consiguió)${NOT_RELATIVE}${STANDING} ~3(?:capacidad|potencia de (?:cómputo|cálculo)|cómputo|servicios (?:en la |de )nube) ~4(?:a|al|de) (?:la |el )?${RENT_SOURCE}`,
  it: `(?:acquista|acquistano|acquistare|acquisterà|compra|comprare|comprerà|assicura|assicurato)${NOT_RELATIVE}${STANDING} ~3(?:capacità|potenza di calcolo|servizi cloud) ~4(?:da|dal|dalla|presso) (?:la |il )?${RENT_SOURCE}`,
  pt: `(?:compra|compram|comprar|comprará|comprou|compraram|garante|garantiu|assegura|assegurou)${NOT_RELATIVE}${STANDING} ~3(?:capacidade|poder computacional|servi[çc]os de nuvem) ~4(?:d[aoe]|à|ao) (?:a |o )?${RENT_SOURCE}`,
};

/**
 * A provider installing, deploying or running GPUs to serve a named buyer, or for it, with no figure ("Nscale will
 * install 12,600 Nvidia GPUs in Sines to serve Microsoft", "will run 100,000 Nvidia GPUs for Microsoft", "is building a
 * cluster for Microsoft", "vai instalar 12.600 GPUs da Nvidia que irão servir a Microsoft", "wird für Microsoft rund
 * 100.000 Nvidia-Chips betreiben", "exploitera pour Microsoft 100 000 GPU"): a capacity deal.
 */
const INSTALLS_TO_SERVE = {
  en: `(?:(?:install|installs|installing|deploy|deploys|deploying|run|runs|operate|operates|host|hosts)${NOT_RELATIVE} ~5(?:GPUs|chips|servers|accelerators)|(?:build|builds|building)${NOT_RELATIVE} ~3(?:cluster|supercomputer|supercluster)) ~4(?:to serve|for) (?:the )?${WON_BUYER}~w`,
  fr: `(?:installer|installera|installeront|d[ée]ployer|d[ée]ploiera|exploiter|exploitera|exploiteront)${NOT_RELATIVE} (?:~5(?:GPU|puces|serveurs|acc[ée]l[ée]rateurs) ~4(?:pour servir|qui serviront|destin[ée]e?s [àa]|pour) (?:l[ae] |l.)?${WON_BUYER}~w|~2pour (?:l[ae] |l.)?${WON_BUYER} ~5(?:GPU|puces|serveurs|acc[ée]l[ée]rateurs))`,
  de: `(?:wird|soll|werden|betreibt|installiert)${NOT_RELATIVE} ~3für (?:den |die )?${WON_BUYER} ~6(?:\\S+-)?(?:Chips|GPUs|Grafikprozessoren|Server|Beschleuniger) ~2(?:betreiben|installieren|bereitstellen|aufbauen)~w`,
  es: `(?:instalar|instalará|instalarán|desplegar|desplegará|gestionará|operará)${NOT_RELATIVE} (?:~5(?:GPU|GPUs|chips|servidores|aceleradores) ~4(?:para (?:dar servicio a|servir a)|que servirán a|para) ${WON_BUYER_ES}~w|~2para ${WON_BUYER_ES} ~5(?:GPU|GPUs|chips|servidores|aceleradores))`,
  it: `(?:installare|installerà|installeranno|distribuire|distribuirà|gestirà|opererà)${NOT_RELATIVE} (?:~5(?:GPU|chip|server|acceleratori) ~4(?:per servire|che serviranno|per) ${WON_BUYER_IT}~w|~2per ${WON_BUYER_IT} ~5(?:GPU|chip|server|acceleratori))`,
  pt: `(?:instalar|instalará|instalarão|implantar|implantará|operará)${NOT_RELATIVE} (?:~5(?:GPUs?|chips|servidores|aceleradores) ~4(?:para servir|que (?:ir[ãa]o|v[ãa]o|vai|ir[áa]) servir|para)(?: a| à| ao)? ${WON_BUYER_PT}~w|~2para ${WON_BUYER_PT} ~5(?:GPUs?|chips|servidores|aceleradores))`,
};

const RENTS_FROM = {
  en: `(?:rent|rents|renting|rented|lease|leases|leasing|leased|contracted for|contracts for)${NOT_RELATIVE}${STANDING} ~4(?:chips|GPUs|TPUs|servers|processors|accelerators|capacity|compute|computing power|[HB]\\d{3}s|GB\\d{3}s|Blackwells) ~3from (?:rival |the )?${RENT_SOURCE}`,
  fr: `(?:loue|louent|louer|louera|loueront|louait|lou[ée]s?|location)${NOT_RELATIVE}${STANDING} ~4(?:puces|GPU|TPU|serveurs|processeurs|acc[ée]l[ée]rateurs|capacit[ée]s?|${COMPUTING_POWER_FR}) ~4(?:(?:à|au|aupr[èe]s d[eu]|chez|de|du) (?:l[ae] |l.)?|d['’])${RENT_SOURCE}`,
  de: `(?:mietet|mieten|mietete|mieteten|gemietet|anmieten|Anmietung|Miete)${NOT_RELATIVE}${STANDING} ~4\\S*(?:Chips|GPUs|TPUs|Server|Prozessoren|Beschleuniger|Kapazitäten|Kapazität|Rechenleistung) ~3(?:von|bei) (?:der |dem )?${RENT_SOURCE}`,
  es: `(?:alquila|alquilan|alquilar|alquilará|alquilarán|alquiló|alquilaron|alquilando|arrienda|arrendar|arrendará|alquiler)${NOT_RELATIVE}${STANDING} ~4(?:chips|GPUs?|TPUs?|servidores|procesadores|aceleradores|capacidad|potencia de (?:cómputo|cálculo)|cómputo) ~4(?:a|al|de|del) (?:la |el )?${RENT_SOURCE}`,
  it: `(?:affitta|affittano|affittare|affitterà|affittato|affitto|noleggia|noleggiano|noleggiare|noleggerà|noleggiato|noleggio)${NOT_RELATIVE}${STANDING} ~4(?:chip|GPU|TPU|server|processori|acceleratori|capacità|potenza di calcolo) ~4(?:da|dal|dalla|presso|a|ad|di) (?:la |il )?${RENT_SOURCE}`,
  pt: `(?:aluga|alugam|alugar|alugará|alugou|alugaram|alugando|arrenda|arrendar|aluguel)${NOT_RELATIVE}${STANDING} ~4(?:chips|GPUs?|TPUs?|servidores|processadores|aceleradores|capacidade|poder (?:computacional|de computação)) ~4(?:d[aoe]|à|ao|a) (?:a |o )?${RENT_SOURCE}`,
};

/** Goods a maker sells, delivers or is bought from (several entries of each language name them alike). */
const SOLD_GOODS_EN = 'chips|gpus|processors|accelerators|servers';
const SOLD_GOODS_FR = 'puces|gpu|processeurs|acc[ée]l[ée]rateurs|serveurs';
const BOUGHT_GOODS_FR = 'puces|GPU|processeurs|acc[ée]l[ée]rateurs|serveurs';
const SOLD_GOODS_ES = '(?:chips|gpus?|procesadores|aceleradores|servidores|sistemas)';
const BOUGHT_GOODS_ES = 'chips|GPU|procesadores|aceleradores|servidores';
const SOLD_GOODS_IT = '(?:chip|gpu|processori|acceleratori|server|sistemi)';
const SOLD_GOODS_PT = '(?:chips|gpus?|processadores|aceleradores|servidores|sistemas)';

/**
 * An agreement to buy a maker's goods, told without a figure ("announced an agreement to buy chips from Nvidia",
 * "un accord pour l'achat de puces auprès de Nvidia", "un accordo per l'acquisto di chip da Nvidia"): a hardware deal
 * told without a figure, the seller named after its preposition.
 */
const AGREES_TO_BUY_GOODS = {
  en: `(?:buy|purchase|acquire|acquisition of)(?<=\\b(?:agreements?|deals?|contracts?|pacts?) (?:to|for the) (?:buy|purchase|acquire|acquisition of)) ~4(?:${SOLD_GOODS_EN}) ~3from`,
  // "signed a deal with Nvidia to buy its AI chips": the "with" object's own goods.
  enWith: `(?:buy|purchase|acquire)(?<=\\b(?:agreements?|deals?|contracts?|pacts?) with ~~+3to (?:buy|purchase|acquire)) (?:its|their) ~3(?:${SOLD_GOODS_EN}|systems)`,
  fr: `(?:l['’]achat|l['’]acquisition|acheter|acqu[ée]rir)(?<=\\b(?:accords?|contrats?) (?:pour |d.) ?(?:l['’]achat|l['’]acquisition|acheter|acqu[ée]rir)) (?:de |d.)?~3(?:${BOUGHT_GOODS_FR}) ~3(?:auprès d[eu]|chez|de|à)`,
  frWith: `acheter(?<=\\baccords? avec ~~+3pour acheter) (?:ses|leurs) ~3(?:${BOUGHT_GOODS_FR})`,
  de: `(?:Kauf|Erwerb)(?<=(?:Vertrag|Vereinbarung|Abkommen|Deal) (?:zum|über den) (?:Kauf|Erwerb)) von ~3(?:Chips|GPUs|Prozessoren|Beschleunigern|Servern) ~3(?:von|bei)`,
  es: `(?:la compra|la adquisición|comprar|adquirir)(?<=\\b(?:acuerdos?|contratos?) (?:para|de) (?:la compra|la adquisición|comprar|adquirir)) (?:de )?~3(?:${BOUGHT_GOODS_ES}) ~3(?:a|de|con)`,
  esWith: `comprar(?<=\\bacuerdos? con ~~+3para comprar) sus ~3(?:${BOUGHT_GOODS_ES})`,
  it: `(?:l['’]acquisto|l['’]acquisizione|acquistare|comprare)(?<=\\b(?:accord[oi]|contratt[oi]) (?:per|di) (?:l['’]acquisto|l['’]acquisizione|acquistare|comprare)) (?:di |dei |delle )?~3(?:chip|GPU|processori|acceleratori|server) ~3(?:da|dalla|presso)`,
  pt: `(?:a compra|a aquisi[çc][ãa]o|comprar|adquirir)(?<=\\b(?:acordos?|contratos?) (?:para|de) (?:a compra|a aquisi[çc][ãa]o|comprar|adquirir)) (?:de )?~3(?:chips|GPUs?|processadores|aceleradores|servidores) ~3(?:d[aoe]|à|junto)`,
};

/** Goods told as a company's own ("buys its chips from Nvidia"): its business, not a purchase of the day. */
const NOT_OWN_GOODS = '(?! (?:its|their|ses|leurs|seine[n]?|ihre[n]?|sus|i suoi|le sue|seus|suas) )';
/**
 * A purchase of goods under way or done, told without a figure ("xAI achète des serveurs à Dell et Supermicro",
 * "kauft Server bei Dell", "compró servidores a Dell", "acquista server da Dell", "comprou servidores da Dell"): the
 * seller after its preposition sells the goods (English: SUPPLY_AGREEMENT.enBought).
 */
const BUYS_GOODS_FROM = {
  fr: `(?:achète|achètent|a acheté|ont acheté|achetait|commande|commandent|a commandé|ont commandé)${NOT_RELATIVE}${NOT_OWN_GOODS} ~3(?:des |de |d.)?~2(?:${BOUGHT_GOODS_FR}) ~3(?:à|au|aux|auprès d[eu]|chez)`,
  de: `(?:kauft|kaufen|kaufte|kauften|gekauft|bestellt|bestellte|bestellten)${NOT_RELATIVE}${NOT_OWN_GOODS} ~4\\S*(?:Chips|GPUs|Prozessoren|Beschleuniger|Server|Racks) ~3(?:von|bei)`,
  es: `(?:compra|compran|compró|compraron|ha comprado|han comprado|encarga|encargan|encargó|encargaron|ha encargado)${NOT_RELATIVE}${NOT_OWN_GOODS} ~3(?:${BOUGHT_GOODS_ES}) ~3(?:a|al|de|del)`,
  it: `(?:acquista|acquistano|ha acquistato|hanno acquistato|compra|comprano|ha comprato|ordina|ordinano|ha ordinato|hanno ordinato)${NOT_RELATIVE}${NOT_OWN_GOODS} ~3(?:chip|GPU|processori|acceleratori|server) ~3(?:da|dalla|dal|presso|a|ad)`,
  pt: `(?:compra|compram|comprou|compraram|encomendou|encomendaram|encomenda(?<!\\b(?:uma|a|sua|essa|esta|nova|de) encomenda))${NOT_RELATIVE}${NOT_OWN_GOODS} ~3(?:chips|GPUs?|processadores|aceleradores|servidores) ~3(?:d[aoe]|à|junto)`,
};

/**
 * A buyer receiving a maker's goods, told without a figure ("Humain will receive several hundred thousand Nvidia
 * chips", "recibirá cientos de miles de chips de Nvidia", "receberá centenas de milhares de chips da Nvidia"): the
 * maker's sale.
 */
/** Access received is capacity, not goods ("erhält Zugang zu Hunderttausenden Nvidia-Chips … in AWS-Rechenzentren"). */
const NOT_ACCESS = '(?! (?:\\S+ ){0,2}?(?:access|accès|Zugang|Zugriff|acceso|accesso|acesso)\\b)';
const RECEIVES_GOODS = {
  en: `(?:will receive|receives|received|is to receive|will get)${NOT_RELATIVE}${NOT_ACCESS} ~5(?:GPUs|chips|accelerators|processors|servers)\\b`,
  fr: `(?:recevra|recevront|reçoit|reçoivent|a reçu)${NOT_RELATIVE}${NOT_ACCESS} ~5(?:${BOUGHT_GOODS_FR})\\b`,
  de: `(?:erhält|erhielt|bekommt|bekam)${NOT_RELATIVE}${NOT_ACCESS} ~5\\S*(?:Chips|GPUs|Beschleuniger|Prozessoren|Server)`,
  es: `(?:recibirá|recibirán|recibe|reciben|recibió)${NOT_RELATIVE}${NOT_ACCESS} ~5(?:${BOUGHT_GOODS_ES})\\b`,
  it: `(?:riceverà|riceveranno|riceve|ricevono|ha ricevuto)${NOT_RELATIVE}${NOT_ACCESS} ~5(?:chip|GPU|processori|acceleratori|server)\\b`,
  pt: `(?:receberá|receberão|recebe|recebem|recebeu|vai receber)${NOT_RELATIVE}${NOT_ACCESS} ~5(?:chips|GPUs?|processadores|aceleradores|servidores)\\b`,
};

/**
 * A server vendor that will supply its goods to a named buyer, told without a figure ("Dell will supply GPUs to
 * IREN", "Dell fornirà GPU a IREN", "Dell liefert GPUs an IREN"): a hardware sale between the two (a chip
 * designer's "Nvidia will supply" is left to its counted or priced forms).
 */
const SERVER_VENDOR =
  '(?:Dell|Supermicro|Super Micro|HPE|Hewlett Packard Enterprise|Lenovo)(?: Technologies| Computer)?';
const VENDOR_SUPPLIES = {
  en: `${SERVER_VENDOR} (?:will|is to|agreed to|has agreed to|is set to) (?:supply|deliver|ship|provide) ~6(?:GPUs|servers|racks|systems|supercomputers) ~4to`,
  fr: `${SERVER_VENDOR} (?:fournira|livrera|va (?:fournir|livrer)) ~5(?:GPU|serveurs|racks|syst[èe]mes|supercalculateurs) ~3(?:à|au)`,
  de: `${SERVER_VENDOR} (?:liefert|wird ~3liefern) ~5(?:GPUs|Server|Racks|Systeme|Supercomputer) ~3an`,
  es: `${SERVER_VENDOR} (?:suministrar[áa]|entregar[áa]|va a (?:suministrar|entregar)) ~5(?:GPUs?|servidores|racks|sistemas|supercomputadoras) ~3(?:a|al)`,
  it: `${SERVER_VENDOR} (?:fornir[àa]|consegner[àa]) ~5(?:GPU|server|rack|sistemi|supercomputer) ~3(?:a|ad|alla|al)`,
  pt: `${SERVER_VENDOR} (?:fornecer[áa]|entregar[áa]|vai (?:fornecer|entregar)) ~5(?:GPUs?|servidores|racks|sistemas|supercomputadores) ~3(?:a|à|ao|para)`,
};

/**
 * A contract to supply chips or servers, told without a figure ("Broadcom signed an agreement to supply Google with
 * custom accelerators", "a multiyear deal with Meta to supply millions of GPUs", "un contrat de fourniture de puces",
 * "acuerdo para suministrar chips"): the contract's noun makes the sale a deal, where a maker's "will supply" alone
 * describes its business. The verb (or the supply noun) opens the entry; the contract's noun is looked for behind it.
 */
const GOODS = {
  en: '(?:chips|GPUs|processors|accelerators|servers|TPUs)',
  fr: `(?:${BOUGHT_GOODS_FR}|TPU)`,
  de: '(?:Chips|GPUs|Prozessoren|Grafikprozessoren|Beschleunigern|Servern|TPUs)',
  es: '(?:chips|GPUs?|procesadores|aceleradores|servidores|TPUs?)',
  it: '(?:chip|GPU|processori|acceleratori|server|TPU)',
  pt: '(?:chips|GPUs?|processadores|aceleradores|servidores|TPUs?)',
};
/**
 * A supply or purchase agreement for goods, signed without a figure ("AMD signed a supply agreement with OpenAI",
 * "entered into a Product Purchase Agreement for AMD Instinct Products with OpenAI", "OpenAI will purchase six
 * gigawatts of AMD Instinct GPUs from AMD", "Nvidia agreed to supply GPUs to CoreWeave"): the maker's sale.
 */
const SUPPLY_AGREEMENT = {
  en: `(?:supply|purchase|procurement) agreements?(?<=\\b(?:${SIGNED_EN}|${ENTERED_INTO}|executed|executes|announced|announces|reached|reaches|struck|strikes) ~~3(?:supply|product purchase|purchase|procurement|chip supply|GPU supply) agreements?) (?:for ~5)?with`,
  enBuy: `(?:purchase|buy)(?<=(?<!\\balso )\\bwill (?:purchase|buy)) ~5(?:GPUs|chips|accelerators|processors|servers|TPUs) ~2from`,
  // "xAI is buying servers from Dell and Supermicro", "bought 20,000 GPUs from Nvidia": a purchase under way or done.
  enBought: `(?:(?:bought|buys|purchased|purchases|ordered|orders)|(?:buying|purchasing|ordering)(?<=\\b(?:is|are|was|were|been) (?:buying|purchasing|ordering)))${NOT_OWN_GOODS} ~5(?:GPUs|chips|accelerators|processors|servers|TPUs|systems|racks|hardware) ~2from`,
  // Not "will supply": a maker's business, told without a contract.
  enSupply: `supply(?<=\\b(?:agreed to|agrees to|has agreed to) supply) ~3(?:GPUs|chips|accelerators|processors|servers|TPUs) to`,
  fr: `(?:sign[ée]|conclu|annonc[ée]|signe|conclut) ~2(?:un |une )?(?:accord|contrat) (?:d['’]approvisionnement|de fourniture|d['’]achat) ~4avec`,
  de: `(?:Liefervertrag|Liefervereinbarung|Liefervertr[äa]ge)\\S* ~3mit`,
  es: `(?:firm[óo]|firma|cerr[óo]|anunci[óo]|suscribi[óo]) ~2(?:un )?(?:acuerdo|contrato) de (?:suministro|compra) ~4con`,
  it: `(?:firmato|siglato|annunciato|sottoscritto|firma|sigla) ~2(?:un )?(?:accordo|contratto) di (?:fornitura|acquisto) ~4con`,
  pt: `(?:assinou|fechou|firmou|anunciou|assina|fecha) ~2(?:um )?(?:acordo|contrato) de (?:fornecimento|compra) ~4com`,
};
const CONTRACT_TO_SUPPLY_GOODS = {
  en: `supply(?<=\\b(?:agreements?|deals?|contracts?|pacts?) to supply) (?:~4${GOODS.en} ~3to|\\S+(?: \\S+)? with ~3${GOODS.en})`,
  enNoun: `supply (?:agreements?|deals?|contracts?)(?<=\\b(?:chip|GPU|processor|accelerator|server|TPU)s? supply (?:agreements?|deals?|contracts?)) (?:with|to)`,
  fr: `fournir(?<=\\b(?:accords?|contrats?) ~2(?:pour|visant à) fournir) (?:de |d.|des )?~3${GOODS.fr} ~3(?:à|au|aux)`,
  de: `Lieferung(?<=(?:Vertrag|Vereinbarung|Abkommen|Deal) (?:über die|zur) Lieferung) von ~3\\S*${GOODS.de} an`,
  es: `suministrar(?:le|les)?(?<=\\b(?:acuerdos?|contratos?) ~2para suministrar(?:le|les)?) ~3${GOODS.es} ~3(?:a|al)`,
  it: `fornire(?<=\\b(?:accord[oi]|contratt[oi]) ~2per fornire) ~3${GOODS.it} ~3(?:a|ad|alla|al)`,
  pt: `fornecer(?<=\\b(?:acordos?|contratos?) ~3para fornecer) ~3${GOODS.pt} ~5(?:a|à|ao|para)`,
};

/**
 * A deal that fell through, told without a figure ("Poolside's compute deal with CoreWeave fell through", "l'accord
 * avec CoreWeave a capoté", "der Deal mit CoreWeave ist geplatzt"): the ended deal itself (its status is read by the
 * terminated cues). The verb opens the entry (the scan's literal head); the deal's noun is looked for behind it.
 */
const FELL_THROUGH_WORDS = {
  en: 'fell through|falls through|has fallen through|collapsed|has collapsed|was (?:scrapped|cancell?ed|called off)',
  fr: 'a (?:capot[ée]|[ée]chou[ée])|est tomb[ée] à l.eau|a [ée]t[ée] (?:annul[ée]|rompu|r[ée]sili[ée])',
  de: 'ist (?:geplatzt|gescheitert)|ausgestiegen|platzte|scheiterte|wurde (?:gekündigt|aufgelöst|storniert)',
  es: 'se (?:cay[óo]|ha caído|rompi[óo])|fracas[óo]|ha fracasado|fue (?:cancelad|rescindid)[oa]',
  it: 'è (?:saltat|naufragat|fallit)[oa]|è stat[oa] (?:annullat|rescis)[oa]',
  pt: 'fracassou|caiu por terra|foi (?:cancelad|rescindid)[oa]',
};
/** The deal's noun a few words before those words, per language (read behind them, after the literal). */
const FELL_THROUGH_NOUN = {
  en: '(?:deal|agreement|contract|pact|lease)s?',
  fr: '(?:accord|contrat|bail|partenariat)s?',
  de: '(?:Deal|Vertrag|Vereinbarung|Abkommen)s?',
  es: '(?:acuerdo|contrato|pacto)s?',
  it: '(?:accord|contratt|patt)[oi]',
  pt: '(?:acordo|contrato|pacto)s?',
};
/**
 * A party ending its contract: "rescindió su contrato", "encerrou o contrato", and the two parties together
 * ("rescindieron el contrato", "encerraram os dois contratos"): the contract's noun follows.
 */
const ENDED_CONTRACT = {
  es: '(?:cancel(?:[óo]|aron)|rescindi(?:[óo]|eron)|pusieron fin a|puso fin a) (?:el|su|sus|los)(?: dos)?',
  pt: '(?:cancel(?:ou|aram)|rescindi(?:u|ram)|encerr(?:ou|aram)|romp(?:eu|eram)) (?:o|os|seu|seus)(?: dois)?',
};
const fellThrough = (lang: keyof typeof FELL_THROUGH_WORDS): string =>
  `(?:${FELL_THROUGH_WORDS[lang]})(?<=\\b${FELL_THROUGH_NOUN[lang]} ~8(?:${FELL_THROUGH_WORDS[lang]}))`;
/**
 * A party that walked away from its deal, told without a figure: "xAI has pulled out of a major AI deal with Oracle
 * Cloud", "a renoncé à son accord avec", "se retiró del acuerdo con", "si è ritirata dall'accordo con", "desistiu do
 * acordo com" (German tells it verb-last: "ist aus dem Deal mit Oracle ausgestiegen", above). An exclusivity given up
 * ("walked away from its exclusive deal with Microsoft") ends no contract.
 */
const WALKED_AWAY = {
  en: `(?:pulled out of|walked away from|backed out of|scrapped|cancell?ed|terminated|exited|ended(?= (?:its|their|our|the) )) (?!~3exclusiv)~3${FELL_THROUGH_NOUN.en} ~2with`,
  fr: `(?:renonc[ée] à|r[ée]sili[ée]|annul[ée]|mis fin à) (?!~4exclusi)~3${FELL_THROUGH_NOUN.fr} ~2avec`,
  // "hat den Mietvertrag mit CoreWeave gekündigt": the verb last, the contract (maybe a compound's tail) before it.
  de: `(?<!nicht )(?:gekündigt|storniert|aufgelöst|beendet)(?<=\\b(?:\\S*vertr[aä]g|Deal|Vereinbarung|Abkommen)\\S* mit ~5\\S+)|kündigte (?:den|seinen|ihren) \\S*vertrag\\S* mit`,
  es: `(?:se retir[óo] del|${ENDED_CONTRACT.es}) ~3${FELL_THROUGH_NOUN.es} ~2con`,
  it: `(?:ritirat[oa] dall['’]|(?:annullato|rescisso|disdetto) (?:il|l['’]|i)) ?~3${FELL_THROUGH_NOUN.it} ~2con`,
  pt: `(?:desistiu d[oa]|${ENDED_CONTRACT.pt}|p[ôo]s fim ao) ~3${FELL_THROUGH_NOUN.pt} ~2com`,
};
const FELL_THROUGH = {
  en: fellThrough('en'),
  fr: fellThrough('fr'),
  de: fellThrough('de'),
  es: fellThrough('es'),
  it: fellThrough('it'),
  pt: fellThrough('pt'),
};

/**
 * Money given, in the investment entries below ("Nvidia will provide OpenAI with $100 billion"): the words between
 * the verb and the amount name no contract nor guarantee ("aporta un contrato de 19.000 millones" is a contract,
 * "provided a backstop totaling $1.3 billion" a guarantee), and what follows
 * the amount is no lease's obligations or backing ("fornirà 1,8 miliardi per le obbligazioni di leasing").
 */
const GIVEN_FILLER =
  '(?:(?!(?:contra|acuerd|accord|acord|deal|agreement|pedido|ordine|commande|order|lease|bail|arrend|locazion|backstop|guarant|garant|garanz|respald|b[üu]rgschaft)\\w*)\\S+ ){0,3}?';
/** "aportará una garantía", "aportará uma garantia": a guarantee given, no money put in. */
const NOT_A_GUARANTEE = '(?! (?:una |uma |su |sua |la |a )?(?:garant[íi]a|respaldo|aval))';
const NOT_FOR_LEASE =
  '(?! ~3(?:obbligazion|obblighi|obligation|obligacion|obriga|garanz|guarant|garant|backstop|backing|support|soutien|apoio|apoyo|sostegno|respaldo|lease|leasing|bail|loyer|alquiler|arrendamiento|aluguel|arrendamento|affitt|locazion))';

/**
 * The AI labs money is put into ("Nvidia will commit up to $10 billion to Anthropic", "pumped $8 billion into
 * Anthropic"): they sell no compute, so money committed to one is a stake, not a purchase; not their compute or
 * cloud ("into OpenAI's cloud capacity").
 */
export const LAB_FUNDED = `(?:OpenAI|Anthropic|xAI|Mistral(?: AI)?|Cohere|Perplexity|Stargate)(?![-\\wà-ÿ])(?!['’]s? (?:\\S+ )?(?:${CAPACITY_EN}|cloud|GPUs?|infrastructure|services|data))`;

/** The tenants a landlord leases a site to: compute providers and the big buyers. */
const TENANTS = `(?:${COMPUTE_BRANDS}|${WON_BUYER})`;
/** The landlords a tenant leases a site from: former miners and data-centre developers. */
const LANDLORDS =
  '(?:Galaxy(?: Digital)?|Cipher(?: Mining)?|Hut 8|TeraWulf|Applied Digital|IREN|Core Scientific|Bitfarms|WhiteFiber|Bit Digital|Soluna|CleanSpark|Riot(?: Platforms)?|MARA|Crusoe|Aligned|QTS|Vantage|Digital Realty|Equinix|CyrusOne)';
/**
 * A landlord's site leased to a tenant, told without a figure ("Galaxy, which has leased the Helios facility to
 * CoreWeave", "CoreWeave will lease the campus from Galaxy", "Oracle is leasing the data center from Crusoe", "a
 * loué son campus à CoreWeave", "hat den Campus an
 * CoreWeave vermietet", "arrendó su campus a CoreWeave", "ha affittato il campus a CoreWeave", "alugou o campus à
 * CoreWeave"): a data-centre lease, the deal itself. The tenant or the landlord is a known name, so that "leased the
 * site to expand" or "rented space to local firms" tell nothing.
 */
/** The words between a leased site and its tenant: a place or a term, never a purpose ("alquilará las instalaciones
 * para dar servicio a Anthropic": the end user served, no party to the lease). */
const LEASE_FILLER =
  '(?:(?!(?:for|to|serve|serving|pour|afin|servir|um|zu|para|per|dar|servire|atender)\\b)\\S+ ){0,3}?';
/** A German site's noun, maybe a compound's tail ("KI-Rechenzentrum"); the group is left open for more nouns. */
const SITE_DE = '(?:\\S+-)?(?:Campus|Standort|Rechenzentr|Anlage|Fläche';
const LEASES_SITE = {
  en: `(?:leased|rented|(?:lease|rent)(?<=\\b(?:will|agreed to|agrees to|(?:is|are) ~~1set to|plans? to) (?:lease|rent))|(?:leasing|renting)(?<=\\b(?:is|are|was|were|been|be) (?:leasing|renting)))(?: out)? ~4(?:facility|facilities|campus|campuses|site|sites|${DATA_CENTRE_EN}s?|buildings?|space|factory|factories) ${LEASE_FILLER}(?:to (?:the )?${TENANTS}|from (?:the )?(?:(?:developer|start-?up|operator|owner|firm|company|miner|landlord|${DATA_CENTRE_EN} (?:developer|operator)) )?${LANDLORDS})~w`,
  // "signed a ten-year lease with Fluidstack for its campus", "signed a 25-year lease at TeraWulf's Abernathy campus".
  enSigned: `leases?(?<=\\b(?:${SIGNED_EN}|executed|executes|${ENTERED_INTO}|finali[sz]ed|finali[sz]es) ~~4leases?)(?: agreements?)? (?:with ~+3(?:for|at|covering) (?:its |the |their |a |an )?|at ~2\\S+['’]s? )~3(?:campus|${DATA_CENTRE_EN}|facility|site)~w`,
  fr: `(?:lou[ée]e?s?|louera|loueront|va louer|vont louer) ~4(?:campus|sites?|${DATA_CENTRE_FR}|installations?|b[âa]timents?|capacit[ée]s?) ${LEASE_FILLER}(?:(?:à|au) (?:l.)?${TENANTS}|(?:à|auprès de|de) ${LANDLORDS})~w`,
  de: `(?:vermietet|vermietete|vermieten) ~5${SITE_DE})\\S* an (?:den |die |das )?${TENANTS}~w|(?:Campus|Standort|Rechenzentrum|Anlage)\\S* an (?:den |die |das )?${TENANTS} ~3vermietet`,
  // The tenant's side: "Microsoft mietet ein Rechenzentrum von Crusoe", "hat einen Mietvertrag mit Crusoe für ein
  // Rechenzentrum unterzeichnet", "hat bei Cipher Mining Flächen im Campus Barber Lake angemietet".
  deTenant: `(?:mietet|mietete|anmieten|angemietet) ~4${SITE_DE}|Kapazität)\\S* ~3(?:von|bei) (?:der |dem )?${LANDLORDS}~w|Mietvertr(?:a|ä)g\\S* ~3mit (?:der |dem )?${LANDLORDS} ~4${SITE_DE})\\S*|(?:bei|von) (?:der |dem )?${LANDLORDS} ~5${SITE_DE}|Kapazität)\\S* ~4angemietet`,
  es: `(?:(?:va|van) a (?:arrendar|alquilar)|(?:arrend|alquil)(?:ó|ado|ará|arán|aron)) ~4(?:campus|instalaci[óo]n(?:es)?|${DATA_CENTRE_ES}|sitio|edificios?|capacidad) ${LEASE_FILLER}(?:(?:a|al) (?:la |el )?${TENANTS}|(?:a|de) ${LANDLORDS})~w`,
  it: `(?:affittat[oaie]|affitterà|affitteranno|locat[oaie]|noleggiat[oaie]|concess[oa] in locazione) ~4(?:campus|struttur[ae]|siti?|data center|${DATA_CENTRE_IT}|edifici?o?|capacità) ${LEASE_FILLER}(?:(?:a|ad) (?:la |il )?${TENANTS}|da ${LANDLORDS})~w`,
  pt: `(?:(?:vai|vão) (?:alugar|arrendar)|(?:alug|arrend)(?:ou|aram|ad[oa]s?|ará|arão)) ~4(?:campus|instala[çc](?:ão|ões)|${DATA_CENTRE_PT}|data centers?|site|edif[íi]cios?|capacidade) ${LEASE_FILLER}(?:(?:a|à|ao) (?:a |o )?${TENANTS}|(?:da|de|do) ${LANDLORDS})~w`,
};

/**
 * A landlord that hosts a tenant's machines, told without a figure ("TeraWulf will host CoreWeave's GPUs at Lake
 * Mariner", "le site accueillera l'infrastructure de CoreWeave", "wird die Server von CoreWeave beherbergen",
 * "albergará la infraestructura de CoreWeave", "ospiterà i server di CoreWeave", "vai abrigar a infraestrutura da
 * CoreWeave"): a hosting lease, the deal itself. The tenant is a known name, so that "hosts its own GPUs" tells
 * nothing; a present tense without "will" may describe a business, so the future or "to host" is asked for.
 */
const HOSTED_MACHINES = {
  en: '(?:GPUs|servers|clusters?|infrastructure|systems|supercomputers?|compute)',
  fr: "(?:l['’]infrastructure|les (?:GPU|serveurs|grappes|clusters|syst[èe]mes|supercalculateurs)|les capacit[ée]s (?:de calcul|informatiques))",
  de: '(?:die |den )?(?:GPUs|Server|Cluster|Infrastruktur|Systeme|Supercomputer|Rechenkapazit[äa]t(?:en)?)',
  es: '(?:la infraestructura|los (?:GPU|servidores|cl[úu]steres|sistemas|supercomputadores)|la capacidad de c[óo]mputo)',
  it: "(?:l['’]infrastruttura|le GPU|i (?:server|cluster|sistemi|supercomputer)|la capacità di calcolo)",
  pt: `(?:a infraestrutura|as GPUs?|os (?:servidores|clusters|sistemas|supercomputadores)|a capacidade de ${COMPUTING_PT})`,
};
const HOSTS_TENANT = {
  en: `(?:host|house)(?<=\\b(?:will|to|would|(?:is|are) set to|agreed to|agrees to) (?:host|house)) ~2${TENANTS}['’]s? ~2${HOSTED_MACHINES.en}~w`,
  fr: `(?:accueillera|accueilleront|h[ée]bergera|h[ée]bergeront|(?:va|vont) (?:accueillir|h[ée]berger)) ~3${HOSTED_MACHINES.fr} ~2(?:de |d['’])${TENANTS}~w`,
  de: `(?:beherbergt|beherbergen|beherbergen wird) ~3${HOSTED_MACHINES.de} (?:von|des) ${TENANTS}~w|beherbergen(?<=${HOSTED_MACHINES.de} (?:von|des) ${TENANTS} ~4beherbergen)`,
  es: `(?:albergar[áa]n?|alojar[áa]n?|(?:va|van) a (?:albergar|alojar)) ~2${HOSTED_MACHINES.es} ~2de ${TENANTS}~w`,
  it: `(?:ospiter[àa]|ospiteranno) ~2${HOSTED_MACHINES.it} ~2di ${TENANTS}~w`,
  pt: `(?:abrigar[áa]|abrigar[ãa]o|hospedar[áa]|hospedar[ãa]o|(?:vai|v[ãa]o) (?:abrigar|hospedar)) ~2${HOSTED_MACHINES.pt} ~2d[aoe] ${TENANTS}~w`,
};

/**
 * A tenant that exercises its option for more of a site, told without a figure ("CoreWeave exercised its option for
 * an additional 160 MW at Helios", "a levé son option sur 160 MW supplémentaires", "hat die Option auf weitere 160 MW
 * gezogen", "ejerció su opción sobre 160 MW adicionales", "ha esercitato l'opzione su altri 160 MW", "exerceu a opção
 * de mais 160 MW"): the lease grows, the deal itself (its status read by the expansion cues).
 */
const POWER_UNIT = '(?:MW|megawatts?|m[ée]gawatts?|megavatios|GW|gigawatts?|gigavatios)~w';
/** An option taken up, in four languages (also read by cues.ts's expansion words). */
export const OPTION_TAKEN = {
  fr: "(?:a|avait|ont|avaient) (?:lev[ée]|exerc[ée]) (?:(?:chez|auprès de|avec) (?:\\S+ ){1,3})?(?:sa|son|une|l['’]|leur|ses|les) ?(?:\\S+ )?options?",
  es: 'ejerci(?:[óo]|eron|do) (?:(?:ante|con|frente a) (?:\\S+ ){1,3})?(?:la|una|su|sus|las) (?:\\S+ )?opci(?:[óo]n|ones)',
  it: "(?:ha|hanno) esercitato (?:(?:con|presso) (?:\\S+ ){1,3})?(?:l['’]|un['’]|la|una|sua|le) ?(?:\\S+ )?opzion[ei]",
  pt: 'exerc(?:eu|eram|e|em) (?:(?:junto (?:à|ao|a)|com) (?:\\S+ ){1,3})?(?:a|uma|sua|as) (?:\\S+ )?op[çc](?:[ãa]o|[õo]es)',
};
const EXERCISED_OPTION = {
  en: `exercis(?:ed|es) (?:its|an|the|their) ~~1option ~5${POWER_UNIT}`,
  fr: `${OPTION_TAKEN.fr} ~5${POWER_UNIT}`,
  // The participle opens the entry: "Option" alone is met everywhere in a filing.
  de: `(?:ausgeübt|gezogen)(?<=Option ~6${POWER_UNIT} ~3(?:ausgeübt|gezogen))|(?:übte|zog|zieht|übt) ~4Option ~6${POWER_UNIT}`,
  es: `${OPTION_TAKEN.es} ~5${POWER_UNIT}`,
  it: `${OPTION_TAKEN.it} ~5${POWER_UNIT}`,
  pt: `${OPTION_TAKEN.pt} ~5${POWER_UNIT}`,
};

/**
 * A buyer named the first or anchor customer of a provider's site ("Microsoft will be the anchor customer of Nscale's
 * Narvik data centre", "premier client du centre de données de Nscale", "erster Kunde des Rechenzentrums von Nscale"):
 * a capacity deal told without a figure. A site or a cloud must follow: "the first customer of Azure" is history.
 */
const ANCHOR_CUSTOMER = {
  en: `(?:(?:first|anchor|inaugural|launch|founding|main|principal|primary|largest|biggest|sole|only)(?: and \\S+)? (?:customers?|tenants?|clients?|off-?takers?)|off-?taker) (?:of|for|at|in) ~6(?:${DATA_CENTRE_EN}s?|campus(?:es)?|facilit(?:y|ies)|sites?|buildings?|clusters?|supercomputers?|AI factor(?:y|ies)|(?:GPU|AI) cloud)|(?:will be|would be|is to be|becomes|became|has become) (?:a|an|the) (?:customer|client|tenant) (?:of|at|in) ~6(?:${DATA_CENTRE_EN}s?|campus(?:es)?|facilit(?:y|ies)|sites?|clusters?|supercomputers?|AI factor(?:y|ies))`,
  fr: `(?:premiers?|premi[èe]res?) (?:clients?|clientes?|locataires?) (?:du|de la|de l['’]|des|de) ~4(?:${DATA_CENTRE_FR}|campus|site|cluster|supercalculateur|usine d['’]IA)|(?:client (?:d['’]ancrage|pilier|principal)|locataire principal|off-?taker) (?:du|de la|de l['’]|des|de) ~6(?:${DATA_CENTRE_FR}|campus|site|cluster)|(?:sera|serait|devient|est devenue?) (?:cliente?|locataire) (?:du|de la|de l['’]|des) ~4(?:${DATA_CENTRE_FR}|campus|site|cluster|supercalculateur)`,
  de: `(?:erste[rn]? (?:Kunde|Kunden|Mieter|Mieters)|Ankerkunde[n]?|Ankermieter[s]?|Hauptmieter[s]?|Hauptkunde[n]?) (?:des|der|für das|für den|für die|im|in dem) ~6(?:\\S*Rechenzentr\\S*|Campus|Standort\\S*|Clusters?|Supercomputers?|KI-Fabrik)|(?:wird|soll|ist) (?:\\S+ )?(?:Kunde|Mieter) (?:des|der|im) ~4(?:\\S*Rechenzentr\\S*|Campus|Standort\\S*|Clusters?|Supercomputers?)`,
  es: `(?:primer|primera|primeros|primeras|principal|mayor) (?:clientes?|inquilinos?|arrendatarios?) (?:del|de la|de los|de las|de) ~4(?:${DATA_CENTRE_ES}|campus|instalaci[óo]n(?:es)?|edificios?|cl[úu]ster|supercomputador(?:a)?)|(?:cliente|inquilino|arrendatario) (?:ancla|principal) (?:del|de la|de los|de) ~6(?:${DATA_CENTRE_ES}|campus|instalaci[óo]n|cl[úu]ster)|(?:será|sería) (?:el |un )?(?:cliente|inquilino) (?:del|de la|de los) ~4(?:${DATA_CENTRE_ES}|campus|instalaci[óo]n(?:es)?|cl[úu]ster|supercomputador(?:a)?)`,
  it: `(?:primo|prima|primi|prime|principale) (?:clienti?|inquilin[oi]|locatari[o]?) (?:del|della|dello|dei|degli|di) ~4(?:data center|${DATA_CENTRE_IT}|campus|struttur[ae]|edifici?o?|cluster|supercomputer)|(?:cliente (?:[àa]ncora|principale)|off-?taker|locatario principale) (?:del|della|dello|dei|di) ~4(?:data center|${DATA_CENTRE_IT}|campus|struttura|cluster)|(?:sarà|sarebbe) (?:il |un )?(?:cliente|inquilino) (?:del|della|dello|dei) ~4(?:data center|${DATA_CENTRE_IT}|campus|struttura|cluster|supercomputer)`,
  pt: `(?:primeiro|primeira|primeiros|primeiras|principal|maior) (?:clientes?|inquilinos?|locat[áa]rios?) (?:do|da|dos|das|de) ~4(?:${DATA_CENTRE_PT}|data centers?|campus|instala[çc](?:ão|ões)|edif[íi]cios?|cluster|supercomputador)|cliente (?:[âa]ncora|principal) (?:do|da|dos|de) ~4(?:${DATA_CENTRE_PT}|data centers?|campus|instala[çc][ãa]o|cluster)|(?:será|seria) (?:o |um |uma )?(?:cliente|inquilin[oa]) (?:do|da|dos) ~4(?:${DATA_CENTRE_PT}|data centers?|campus|instala[çc][ãa]o|cluster|supercomputador)`,
};

/** A word that names goods, not capacity, before a deal's noun ("OpenAI chip order", "Meta server deal"). */
const NOT_GOODS_WORD = '(?!(?:chips?|GPUs?|processors?|servers?|hardware|equipment)\\b)';
/** A big-tech buyer not told as its cloud: "Google Cloud", "Amazon Web Services", "Microsoft Azure" sell. */
const WON_BUYER_NOT_CLOUD = `${WON_BUYER}(?! Cloud| Web Services| Azure)`;
/** A contract won, not backing or a model deal. */
const WON_NOT_BACKING = `${NOT_WON_BACKING}${NOT_MODEL_DEAL}`;
/**
 * A provider that wins, lands or secures a buyer's contract or deal, with no figure ("Nscale wins Microsoft contract
 * for AI capacity", "Nebius secures Meta deal", "décroche un contrat avec Microsoft", "sichert sich einen Auftrag von
 * Meta", "se adjudica un contrato de Meta", "si aggiudica un contratto da Meta", "conquista contrato com a Meta"): a
 * capacity deal told without a figure, the provider the subject (won-contract.ts gives the roles). Backing, money,
 * chips or talent won are no capacity deal (NOT_WON_BACKING).
 */
const WINS_DEAL = {
  en: `(?:wins|won|lands|landed|secures|secured|clinches|clinched|bags|bagged|snags|snagged|scores|scored)${NOT_RELATIVE} (?:a |an |the )?~3(?:${WON_BUYER_NOT_CLOUD}(?:['’]s?)? (?:${NOT_GOODS_WORD}\\S+ ){0,3}?(?:contract|deal|order|agreement)s?|(?:contract|deal|order|agreement)s? (?:from|with) ${WON_BUYER_NOT_CLOUD})\\b${WON_NOT_BACKING}`,
  fr: `(?:d[ée]croche|a d[ée]croch[ée]|remporte|a remport[ée]|rafle|a rafl[ée]|arrache|a arrach[ée])${NOT_RELATIVE} (?:un |une |le |la |l.)?~3(?:contrat|accord|march[ée]|commande)s? ~3(?:avec|de|aupr[èe]s d[eu]|chez) (?:le |l.)?${WON_BUYER_NOT_CLOUD}${WON_NOT_BACKING}`,
  de: `(?:sichert sich|sicherte sich|erhält|erhielt|gewinnt|gewann|ergattert|ergatterte|landet|landete|holt sich|holte sich|schnappt sich|schnappte sich)${NOT_RELATIVE} (?:einen |eine |ein |den |die |das )?~3(?:\\S*(?:Auftrag|Vertrag|Deal|Vereinbarung)(?:es|s)? ~2(?:von|mit|bei) (?:der |dem )?${WON_BUYER_NOT_CLOUD}|(?:Meta|Microsoft|OpenAI|Anthropic|xAI|Google|Amazon)-\\S*(?:Auftrag|Vertrag|Deal))${WON_NOT_BACKING}`,
  es: `(?:se adjudica|se adjudicó|gana|ganó|consigue|consiguió|logra|logró|obtiene|obtuvo|conquista|conquistó|arrebata|arrebató)${NOT_RELATIVE} (?:un |una |el |la )?~3(?:contrato|acuerdo|pedido|encargo)s? ~3(?:de|con|por parte de) (?:la |el )?${WON_BUYER_NOT_CLOUD}${WON_NOT_BACKING}`,
  it: `(?:si aggiudica|si è aggiudicat[ao]|conquista|ha conquistato|ottiene|ha ottenuto|strappa|ha strappato|vince|ha vinto)${NOT_RELATIVE} (?:un |una |il |la |l.)?~3(?:contratto|accordo|commessa|ordine|ordinativo)s? ~3(?:da|con|di) (?:la |il )?${WON_BUYER_NOT_CLOUD}${WON_NOT_BACKING}`,
  pt: `(?:conquista|conquistou|ganha|ganhou|abocanha|abocanhou|garante|garantiu|obtém|obteve|fisga|fisgou)${NOT_RELATIVE} (?:um |uma |o |a )?~3(?:contrato|acordo|pedido|encomenda)s? ~3(?:d[aoe]|com) (?:a |o )?${WON_BUYER_NOT_CLOUD}${WON_NOT_BACKING}`,
};

/** What is rented in talks: chips, servers, capacity, data-centre space (not a model, a stake, a site bought). */
const RENTED_COMPUTE = `(?:chips?|puces|GPUs?|TPUs?|tensor processing units|unités de traitement tensoriel|unidades de procesamiento tensorial|unità di elaborazione tensoriale|unidades de processamento tensorial|servers|serveurs|servidores|server|(?:\\S+-)?Servern?|\\S*-?Chips|processors|processeurs|capacity|capacit[ée]s?|capacidad|capacidade|capacit[àa]|Kapazit[äa]ten|\\S*kapazit[äa]t(?:en)?|Rechenleistung|computing power|compute|${COMPUTING_POWER_FR}|potencia de c[áa]lculo|c[óo]mputo|potenza di calcolo|poder computacional|${DATA_CENTRE_EN_HYPHEN} space|${DATA_CENTRE_EN_HYPHEN}s?|(?:expansion |${DATA_CENTRE_EN_HYPHEN} )?(?:site|campus)|${DATA_CENTRE_FR}|${DATA_CENTRE_ES}|centri dati|${DATA_CENTRE_PT}|\\S*Rechenzentr\\w*)~w`;
/**
 * A buyer in talks to rent compute from a provider, told without a figure ("Google is in talks to rent chips from
 * CoreWeave", "is in advanced negotiations with CoreWeave to rent AI servers", "is discussing the possibility of
 * renting chips from Nvidia", "en négociations avec CoreWeave pour louer des serveurs", "verhandelt mit CoreWeave über
 * die Anmietung von Servern", "negocia con CoreWeave el alquiler de servidores", "in trattative con CoreWeave per
 * affittare server", "em negociações com a CoreWeave para alugar servidores"): a deal in talks (status.ts reads the
 * talks word). Buying chips is left to the hardware rules: only renting, leasing, using or reserving is read here;
 * so are talks over a cloud contract, the seller often the subject ("Oracle is in talks with Meta about a cloud
 * computing contract", "négocie avec Meta un contrat cloud", "verhandelt mit Meta über einen Cloud-Vertrag").
 * Each entry opens on the talks word (speed rule).
 */
/** Talks told as failed or ended after them ("… ended without an agreement", "ont échoué"): no deal in talks. */
/** Capacity (not goods) bought: "to buy cloud capacity", "para comprar capacidad en la nube". */
const BOUGHT_CAPACITY =
  '(?:cloud capacity|computing capacity|compute capacity|capacity|computing power|cloud services|capacidad|capacit[àa])~w';
const NOT_FAILED =
  '(?![^.;\\n]{0,120}?(?:\\bended\\b|collapsed|broke down|fell through|\\bfailed\\b|without (?:an )?(?:agreement|result)|[ée]chou|rompu|sans (?:r[ée]sultat|accord)|abgebrochen|gescheitert|ohne (?:Ergebnis|Einigung)|sin (?:resultado|acuerdo)|senza (?:risultato|accordo)|sem (?:resultado|acordo)|fracas|rotas?\\b|fallit|naufragat|encerrad))';
/** Talks, in English (the entries of talks to rent, continuing or ended). */
const TALKS_EN = '(?:talks|negotiations|discussions)';
/** Compute to rent, in talks that have not failed. */
const RENTED_NOT_FAILED = `${RENTED_COMPUTE}${NOT_FAILED}`;
/**
 * Talks to buy a maker's goods, told without a figure ("Meta is in talks with Google to buy TPUs", "négocie l'achat de
 * TPU", "verhandelt über den Kauf von TPUs", "negocia la compra de TPU", "tratta per acquistare TPU", "negocia a compra
 * de TPUs"): a hardware deal in talks, the seller named around it (its maker's goods make it the seller).
 */
const TALKS_TO_BUY_GOODS = {
  en: `${TALKS_EN}${NOT_RELATIVE} ~6to (?:buy|purchase|acquire) ~3(?:GPUs|chips|TPUs|accelerators|processors|servers)\\b${NOT_FAILED}`,
  fr: `(?:négociations?|discussions|pourparlers|négocie|négocient)${NOT_RELATIVE} ~6(?:l['’]achat|l['’]acquisition|acheter|d['’]acheter) (?:de |d['’]|des )?~3(?:${BOUGHT_GOODS_FR}|TPU)\\b${NOT_FAILED}`,
  de: `${TALKS_DE}${NOT_RELATIVE} ~6(?:über den|zum) (?:Kauf|Erwerb) (?:von )?~3\\S*(?:Chips|GPUs|TPUs|Prozessoren|Beschleunigern|Servern)${NOT_FAILED}`,
  es: `${TALKS_ES}${NOT_RELATIVE} ~6(?:la compra|la adquisición|comprar|adquirir) (?:de )?~3(?:${BOUGHT_GOODS_ES}|TPUs?)\\b${NOT_FAILED}`,
  it: `(?:${TALKS_IT}|tratta|trattano|trattando)${NOT_RELATIVE} ~6(?:l['’]acquisto|acquistare|comprare) (?:di |dei |delle )?~3(?:chip|GPU|TPU|processori|acceleratori|server)\\b${NOT_FAILED}`,
  pt: `${TALKS_PT}${NOT_RELATIVE} ~6(?:a compra|a aquisição|comprar|adquirir) (?:de )?~3(?:chips|GPUs?|TPUs?|processadores|aceleradores|servidores)\\b${NOT_FAILED}`,
};

/** Chip makers and server vendors, the sellers of goods a deal "for GPUs" buys. */
const GOODS_MAKERS =
  '(?:Nvidia|NVIDIA|AMD|Broadcom|Intel|Qualcomm|Cerebras|Groq|Dell(?: Technologies)?|Supermicro|Super Micro(?: Computer)?|HPE|Hewlett Packard Enterprise|Lenovo)';
/**
 * A deal signed with a maker for its goods, told without a figure ("Meta signed a deal with Nvidia for millions of
 * GPUs", "a signé un accord avec AMD pour des GPU", "firmó un acuerdo con Nvidia para comprar chips", "ha firmato un
 * accordo con Nvidia per chip", "assinou um acordo com a Nvidia para GPUs"): a hardware deal.
 */
const DEAL_WITH_MAKER_FOR_GOODS = {
  en: `(?:deals?|agreements?|pacts?|contracts?)(?<=${SIGNED_VERB}announced|announces|reached|reaches) ~3(?:deals?|agreements?|pacts?|contracts?)) with ${GOODS_MAKERS} ~3for ~4(?:GPUs|chips|accelerators|processors|servers|systems|racks)\\b`,
  fr: `(?:accord|contrat|partenariat)(?<=(?:sign[ée]|conclu|nou[ée]|annonc[ée]|scell[ée]) ~3(?:accord|contrat|partenariat)) avec ${GOODS_MAKERS} ~4pour ~4(?:${BOUGHT_GOODS_FR})\\b`,
  es: `(?:acuerdo|contrato|pacto)(?<=(?:firm[óo]|firma|cerr[óo]|sell[óo]|alcanz[óo]|anunci[óo]) ~3(?:acuerdo|contrato|pacto)) con ${GOODS_MAKERS} ~4(?:para|por) ~4(?:${BOUGHT_GOODS_ES})\\b`,
  it: `(?:accordo|contratto|intesa)(?<=(?:firmato|siglato|stretto|chiuso|annunciato|firma|sigla) ~3(?:accordo|contratto|intesa)) con ${GOODS_MAKERS} ~4per ~4(?:chip|GPU|processori|acceleratori|server)\\b`,
  pt: `(?:acordo|contrato)(?<=(?:assinou|fechou|firmou|anunciou|assina|fecha) ~3(?:acordo|contrato)) com (?:a |o )?${GOODS_MAKERS} ~4(?:para|por) ~4(?:chips|GPUs?|processadores|aceleradores|servidores)\\b`,
};

const TALKS_TO_RENT = {
  en: `(?:talks|negotiations|discussions|discussing|discusses|discussed|negotiating|negotiates|exploring|explores|weighing|mulling|considering|consider|considers)${NOT_RELATIVE} ~5(?:to (?:rent|lease|use|reserve|access)|(?:about|over|on|for) ~1(?:renting|leasing|using|reserving|accessing)|renting|leasing) ~5${RENTED_NOT_FAILED}|${TALKS_EN}${NOT_RELATIVE} ~5to (?:buy|purchase) ~2${BOUGHT_CAPACITY}${NOT_FAILED}|(?:talks|negotiations|discussions|negotiating|negotiates)${NOT_RELATIVE} ~6(?:about|over|on|for) (?:a |an |the |its |their )?~2(?:cloud|cloud computing|computing|compute|GPU|AI infrastructure|${DATA_CENTRE_EN_HYPHEN}) (?:services |capacity )?(?:contract|deal|agreement|lease)s?\\b${NOT_FAILED}|(?<!\\b(?:ended|ends|ending|end|broke off|halted|suspended|abandoned|dropped) (?:the |their |its )?)${TALKS_EN}${NOT_RELATIVE} ~4(?:over|about) ~2${RENTED_NOT_FAILED}|(?:discussing|negotiating)${NOT_RELATIVE} (?:a|an|the) (?:compute|computing|cloud|GPU|capacity) (?:deal|agreement|contract) with`,
  fr: `(?:négociations?|negociations?|discussions|pourparlers|négocie|négocient|discute|discutent)${NOT_RELATIVE} ~5(?:(?:pour|afin de|en vue de|sur) )?(?:la |l.)?(?:louer|location|utiliser|réserver|accéder) ~5${RENTED_NOT_FAILED}|(?:négocie|négocient|négociations?|negociations?|discussions|pourparlers|discute|discutent)${NOT_RELATIVE} ~6(?:un |une |d.un |d.une |sur un |pour un )?(?:contrat|accord) ~~1(?:cloud|de cloud|de calcul|d.informatique en nuage|de capacit[ée]s?)~w${NOT_FAILED}`,
  de: `${TALKS_DE}${NOT_RELATIVE} ~5(?:über|zur|um) (?:den Kauf (?:und|oder) )?(?:die |den |das |eine )?(?:(?:Anmietung|Miete|Nutzung|Buchung|Einsatz) ~5${RENTED_COMPUTE}|(?:Cloud-|Rechen)?Kapazität(?:en)?)${NOT_FAILED}|${TALKS_DE}${NOT_RELATIVE} ~6(?:über|um) (?:einen |ein |den |das |eine )?~~1(?:Cloud-Vertrag|Cloud-Deal|Cloud-Abkommen|Cloud-Auftrag|Rechenzentrums-?[Mm]ietvertrag)${NOT_FAILED}|(?:Verhandlungen|Gespr[äa]chen?)${NOT_RELATIVE} ~5mit ~2[^\\s,]+, um ~4${RENTED_COMPUTE}(?: \\([^)]{1,20}\\))? (?:(?:zu )?(?:nutzen|mieten|buchen|beziehen)|anzumieten|einzukaufen)${NOT_FAILED}|Einigung(?<=kurz vor (?:einer|der) Einigung) ~3mit ~3(?:über|zur) (?:die |den |eine )?(?:(?:Anmietung|Miete|Nutzung) ~5${RENTED_COMPUTE}|(?:Cloud-|Rechen)?Kapazität(?:en)?)${NOT_FAILED}`,
  es: `${TALKS_ES}${NOT_RELATIVE} ~5(?:el |para |sobre el )?(?:alquiler|alquilar|arrendar|arrendamiento|usar|reservar) ~5${RENTED_NOT_FAILED}|${TALKS_ES}${NOT_RELATIVE} ~5para comprar ~2${BOUGHT_CAPACITY}${NOT_FAILED}|${TALKS_ES}${NOT_RELATIVE} ~6(?:un |el |sobre un |para un )?(?:contrato|acuerdo) ~~1(?:de (?:nube|computaci[óo]n en la nube|c[óo]mputo|capacidad)|en la nube|cloud)~w${NOT_FAILED}`,
  it: `${TALKS_IT}${NOT_RELATIVE} ~5(?:per |sull.|sul )?(?:affittare|noleggiare|affitto|noleggio|usare|utilizzare) ~5${RENTED_NOT_FAILED}|(?:trattative|trattativa|negoziati|colloqui)${NOT_RELATIVE} ~5per (?:acquistare|comprare) ~2${BOUGHT_CAPACITY}${NOT_FAILED}|${TALKS_IT}${NOT_RELATIVE} ~6(?:un |il |per un |su un )?(?:contratto|accordo) ~~1(?:cloud|di cloud|di calcolo|per (?:capacit[àa]|servizi cloud))~w${NOT_FAILED}|(?:trattative|trattativa|negoziati|colloqui)${NOT_RELATIVE} ~4(?:sulla|sul|sui|sulle|per la|per il) ~2${RENTED_NOT_FAILED}`,
  pt: `${TALKS_PT}${NOT_RELATIVE} ~5(?:para |sobre o |o )?(?:alugar|aluguel|arrendar|usar|utilizar) ~5${RENTED_NOT_FAILED}|${TALKS_PT}${NOT_RELATIVE} ~6(?:um |o |sobre um |para um )?(?:contrato|acordo) ~~1(?:de (?:nuvem|${COMPUTING_PT} em nuvem|capacidade)|em nuvem|cloud)~w${NOT_FAILED}`,
};

/** Words of a lease or of its backing: money told before them goes to a lease, not into a company. */
const LEASE_BACKING_WORDS =
  'backstop|guarant|garant|bürg|lease|bail|loyer|miet|arrend|alquil|locazion|affitt|aluguel';
/** A project's name follows, not a preposition ("projet Stargate", not "projet avec OpenAI"). */
const NOT_A_PREPOSITION =
  '(?!(?:with|avec|mit|con|com|for|pour|f[üu]r|para|per|de|do|da|di|del|von|der|des|du)\\s)';
/** A project's name after its noun: a word or two, not a preposition. */
const PROJECT_NAME = `${NOT_A_PREPOSITION}[\\w-]+(?: [\\w-]+)?`;

/** No lease's (or its obligations') words in the rest of the clause: the money goes to no lease. */
const NO_LEASE_AHEAD = `(?![^.;]{0,60}(?:${LEASE_BACKING_WORDS}))`;
const NO_LEASE_OR_OBLIGATION_AHEAD = `(?![^.;]{0,60}(?:${LEASE_BACKING_WORDS}|obligation|obligacion|obbligh|obriga|Verpflicht))`;

/**
 * Opens the look-behind of a table's or a list's cell that withholds an amount: after a column gap, a colon, an arrow
 * or a dash, maybe with the word for the amount (see the valueWords entries that use it).
 */
const CELL_BEFORE =
  '(?<=(?:\\s{2}|\\t|[:|→–—]\\s?(?:(?:amount|value|terms|betrag|wert|montant|valeur|importe|monto|valor|importo|valore)\\s)?)';

/**
 * A site changing hands, after a verb or a noun of selling ("Talen sold its data center campus to Amazon", "la vente
 * du campus … à AWS"): up to three words that are not capacity, a data-centre noun, then the buyer's preposition
 * (Portuguese leaves its prepositions to the two entries). Each language's two acquisition entries share it: written
 * out in both, ~0.6 KB more of every bundle that reads text.
 */
const SITE_SOLD_TO = {
  en: '(?:(?!capacity|space|compute)\\S+ ){0,3}?(?:data[- ]?cent(?:er|re)s?|campus|facilit(?:y|ies))\\b(?! (?:capacity|space|services|compute))[^.;]{0,60}?\\bto',
  fr: `(?:(?!capacit|espace|puissance)\\S+ ){0,3}?(?:${DATA_CENTRE_FR}|${DATA_CENTRE_EN}s?|campus)~w[^.;]{0,60}?\\s(?:à|au|aux)`,
  de: '(?:(?!kapazit|rechenleist|leistung|fläche)\\S+ ){0,3}?(?:rechenzentr|campus|areal)\\S*[^.;]{0,60}?\\san',
  es: `(?:(?!capacidad|espacio|potencia)\\S+ ){0,3}?(?:${DATA_CENTRE_ES}|${DATA_CENTRE_EN}s?|campus)~w[^.;]{0,60}?\\s(?:a|al)`,
  it: `(?:(?!capacit|spazio|potenza)\\S+ ){0,3}?(?:${DATA_CENTRE_EN}|centr[oi] dati|campus)~w[^.;]{0,60}?\\s(?:a|ad|al|alla)`,
  pt: `(?:(?!capacidade|espa[çc]o|pot[êe]ncia)\\S+ ){0,3}?(?:${DATA_CENTRE_EN}s?|${DATA_CENTRE_PT}|campus)~w[^.;]{0,60}?\\s`,
};

/** Words of several counterparties in each language, after which a contract is no pair's ("mit mehreren"). */
const SEVERAL_DE = '(?:mehreren|verschiedenen|anderen)\\b';
const SEVERAL_FR = '(?:plusieurs|divers|d.autres)\\b';
const SEVERAL_ES = '(?:varios|varias|diversos|otros)\\b';
const SEVERAL_IT = '(?:diversi|vari|altri)\\b';
const SEVERAL_PT = '(?:v[áa]rios|diversos|outros)\\b';
const SEVERAL_EN = '(?:several|multiple|various|many|other|a number of)\\b';
/** The kinds of a German capacity contract ("Colocation-Vertrag", "Cloud-Vereinbarung"). */
const CAPACITY_CONTRACT_DE = 'cloud|colocation|kapazit[äa]ts|rechenzentrums?-?miet|gpu';
export const LEXICON: Readonly<Record<Language, LanguageCues>> = {
  en: {
    deal: [
      // "CoreWeave exercised its option for an additional 70 MW at Core Scientific, adding $2 billion": an option
      // taken up under a contract is a contract word.
      'exercis(?:ed|es|ing) (?:an|its|the|their) ~~1options?',
      // "an incremental $250 billion Azure consumption commitment", "a purchase commitment with Oracle".
      '(?:consumption|spend(?:ing)?|purchase) commitments? (?:(?:with|on|for|to) )?',
      // "OpenAI invested $300 billion in Oracle cloud services": money spent on a provider's services buys them.
      'invest(?:s|ed|ing)? ~5in(?:to)? ~3(?:cloud services|computing capacity|compute capacity)',
      // "Meta is set to spend more than $10 billion with Google Cloud over six years": money spent with a provider.
      `(?:spend|spends|spending) ~5(?:on|with) (?:the )?${RENT_SOURCE}`,
      TURNS_TO.en,
      // A vendor selling or shipping its goods to a buyer ("Nvidia will sell 18,000 chips to Humain"): a hardware
      // sale, told with the goods within a few words of the verb. Not past sales ("sold GPU servers to CoreWeave and
      // xAI in the quarter": a vendor's results), in no language.
      `(?:sells?|selling|resells?|reselling|ships?|shipping) ~6(?:${SOLD_GOODS_EN}|systems|racks|supercomputers?)`,
      // Delivering them ("Nvidia will deliver 18,000 GB300 chips to Humain"), or a sale of a stated count or sum
      // confirmed after the fact ("Nvidia confirmed it sold 18,000 AI chips to Humain").
      `(?:delivers?|delivering|will deliver|to deliver) ~6(?:${SOLD_GOODS_EN}|systems|supercomputers?)`,
      `sold (?:about |some |roughly |nearly )?(?:\\d[\\d,.]*|\\$\\s?[\\d.,]+\\s?(?:billion|million)) ~4(?:${SOLD_GOODS_EN}|systems) to`,
      // "$10 billion server talks": talks over a priced contract.
      '(?:talks|negotiations)(?<=\\$\\s?[\\d.,]+ ?(?:billion|million|bn) ~2(?:talks|negotiations))',
      'inks?',
      'inked',
      'strikes?',
      'struck',
      'taps?',
      'tapped',
      'secures?',
      'secured',
      'lands?',
      'landed',
      // The buyer turning to its provider ("Meta turns to CoreWeave", "leans on Nebius") or paying it: the verbs
      // real pages state a deal with. (A host's verb is no deal word: "the site will host 100,000 GPUs".)
      'turn(?:s|ed|ing)? to',
      'rel(?:y|ies|ied|ying) on',
      'lean(?:s|ed|ing)? on',
      // "will pay at least $10 billion to Google Cloud", "pays Nebius about $3 billion for".
      'pa(?:y|ys|id|ying) ~~5(?:for|to)',
      // "xAI will be the first customer of Humain's data centre": a capacity customer named, the deal itself.
      'first (?:customer|tenant)',
      'anchor (?:customer|tenant)',
      'largest (?:customer|tenant)',
      'biggest (?:customer|tenant)',
      'main (?:customer|tenant)',
      // Securing or booking compute ("locks in $14B of computing power from Nebius", "reserves GPU capacity").
      'locks? in',
      'locked in',
      // Not "reserves" (cash reserves) nor "reserved the right".
      'reserved(?! the right)',
      'computing power',
      'compute power',
    ],
    statedDeal: [
      // "OpenAI will deploy up to 6 gigawatts of AMD chips": a maker's chips by the gigawatt, a supply deal.
      'deploy(?:s|ing)? (?:up to |about |some )?\\S+ (?:gigawatts?|GW) of ~+2(?:chips|GPUs|accelerators|processors)',
      // A deal signed whose purpose, told right after it, is capacity, with no amount anywhere near: "has struck a
      // deal with Google Cloud to access more computing power", "entered into a partnership with Google Cloud to secure
      // additional computing resources" (not a background contract, "previously signed", nor one with "several").
      `(?:struck|strikes|${SIGNED_EN}|sealed|seals|finali[sz]ed|finali[sz]es|${ENTERED_INTO}|clinched|clinches|agreed|agrees|announced|announces)(?<!(?:previously|recently|had|earlier) [a-z]+(?: into)?)(?: (?!(?:${EARLIER_WORDS})\\b)\\S+){0,3}? (?:deal|agreement|contract|pact|partnership)s?\\b(?! with ${SEVERAL_EN})[^.;\\n]{0,120}?\\b(?:comput(?:e|ing) (?:power|capacity|resources|infrastructure)|(?:GPU|AI|cloud|computing|${DATA_CENTRE_EN_HYPHEN}) capacity|cloud (?:infrastructure|computing)|processing power|cloud services|(?:rent|lease|occupy|access) (?:GPUs|GPU servers|(?:an? |the |its )?~~1data[- ]?cent(?:er|re)s?))`,
      // A provider that will supply or rent capacity ("will rent computing capacity", "an agreement to supply
      // Anthropic with GPU capacity"); a present tense describes a business ("which supplies GPU capacity to"), a
      // "where" clause a site ("IREN's campus, where Microsoft will rent capacity").
      '(?:will|would|agreed to|agrees to|(?:agreement|deal|contract|pact)(?: with ~2\\S+)? to)(?<!\\bwhere ~~3(?:will|would)) ~2(?:supply|provide|rent|lease|deliver) ~4(?:(?:additional|more|extra|dedicated|new) )?(?:GPU |AI |cloud |computing |compute )?(?:capacity|computing power|compute power|computing resources|(?<=(?:cloud|computing|compute|GPU|AI) )(?:services|infrastructure))\\b',
      // A headline's buyer turning to a compute provider ("Meta taps Google Cloud", "OpenAI to tap rival Google
      // Cloud", "picks CoreWeave"): the verb names the deal, the provider's business its object.
      TURNS_TO.en,
      ADDED_TO_SUPPLIERS.en,
      ADDED_TO_SUPPLIERS.enJoin,
      RUNS_ON.en,
      USES_PROVIDER.en,
      TRAINED_IN_CLOUD.en,
      MAIN_PROVIDER.en,
      RECEIVES_GOODS.en,
      USES_ANNOUNCERS_GOODS.en,
      WIDENS.en,
      WINS_CUSTOMER.en,
      PROVIDED_BY.en,
      GAINS_ACCESS.en,
      GRANTS_ACCESS.en,
      CUSTOMER_OF_SITE.en,
      SUPPLIES_GPUS.en,
      RENTS_FROM.en,
      BUYS_CAPACITY_FROM.en,
      PROVIDERS_CAPACITY.en,
      INSTALLS_TO_SERVE.en,
      LEASES_SITE.en,
      ANCHOR_CUSTOMER.en,
      HOSTS_TENANT.en,
      EXERCISED_OPTION.en,
      AGREES_TO_BUY_GOODS.en,
      AGREES_TO_BUY_GOODS.enWith,
      VENDOR_SUPPLIES.en,
      CONTRACT_TO_SUPPLY_GOODS.en,
      SUPPLY_AGREEMENT.en,
      SUPPLY_AGREEMENT.enBuy,
      SUPPLY_AGREEMENT.enBought,
      SUPPLY_AGREEMENT.enSupply,
      CONTRACT_TO_SUPPLY_GOODS.enNoun,
      LEASES_SITE.enSigned,
      WINS_DEAL.en,
      FELL_THROUGH.en,
      WALKED_AWAY.en,
      WIDENS_USE.en,
      TALKS_TO_RENT.en,
      TALKS_TO_BUY_GOODS.en,
      DEAL_WITH_MAKER_FOR_GOODS.en,
    ],
    valueWords: [
      // A long lease between two named companies, told without an amount ("signed a ten-year lease agreement with
      // Fluidstack"): its term makes it a site's lease, not an office's.
      `leases?(?<=(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[- ]year|long-term) ~~1leases?)(?: agreements?)?${WITH_NAMED}`,
      // "TeraWulf signed a ten-year contract with Fluidstack": a contract that long, signed between two named
      // compute companies, is their capacity contract, whatever its noun (the pair's tiers tell lease from cloud);
      // one only recalled ("OpenAI's seven-year contract with Amazon remains the largest") is not news.
      `contracts?(?<=${SIGNED_VERB}awarded) ~5(?:\\d+|five|seven|ten|twelve|fifteen|twenty)[- ]year contracts?)${WITH_NAMED}`,
      // "Forty-eight hours later, it disclosed a separate multiyear deal with Anthropic": a multiyear deal announced
      // between two named compute companies, as a contract of a stated term is.
      `(?:deals?|contracts?|agreements?)(?<=${SIGNED_VERB}announced|announces|disclosed|discloses|unveiled|unveils) ~3multi-?year (?:deals?|contracts?|agreements?))${WITH_NAMED}`,
      // A capacity contract signed, named by its own noun right after the signing verb, with no amount told:
      // "inked a 10-year colocation lease agreement with Fluidstack", "entered into a Master Services Agreement with
      // OpenAI" (a compute seller's contract form), "entered into a major datacenter lease … with
      // Fluidstack", "has entered into two … colocation agreements
      // with", "said it had signed a cloud contract". Not "companies that had signed cloud contracts", "other customers
      // had signed capacity contracts" (a roundup's background; only "it/they/we had" is the speaker's own news), nor
      // the noun alone ("its capacity agreement with Nvidia", "follows Cipher's colocation agreement").
      `(?<!(?<!\\b(?:it|they|we) )had )(?<!(?:previously|recently) )(?:${SIGNED_EN}|${ENTERED_INTO}|struck|strikes|sealed|seals|executed|executes|announced|announces)[^.;,\\n]{0,60}?(?:colocation|hosting|cloud(?: services?| computing| infrastructure)?|compute|computing(?: capacity| power)?|capacity|GPU(?: cloud)?|AI (?:cloud|compute|infrastructure)|${DATA_CENTRE_EN}|HPC|lease|master services?) (?:lease )?(?:agreements?|contracts?|deals?|leases?)\\b(?! with ${SEVERAL_EN})`,
      // "This Master Services Agreement … is between CoreWeave, Inc. … and Meta Platforms, Inc.": a contract exhibit's
      // operative sentence.
      '(?:master services|order form|lease|colocation|hosting|cloud services|capacity) ?(?:agreement)?(?: \\([^)]{0,40}\\))?(?:,[^.;]{0,80},)? (?:is|was) (?:made |entered into )?(?:as of \\S+ \\S+ \\S+ )?(?:by and )?between',
      'several billion dollars',
      'billions of dollars',
      'billion-dollar',
      // "Lambda | not disclosed | Signed", "• Lambda → undisclosed", "– Lambda: Betrag nicht genannt": a table's or
      // list's cell that withholds the amount of a contract it lists (a cell: after a column gap, a colon, an arrow
      // or a dash, maybe with the word for the amount; "terms were not disclosed" in prose names no contract).
      `not disclosed${CELL_BEFORE}not disclosed)`,
      `undisclosed${CELL_BEFORE}undisclosed)`,
      // A contract called big without a figure ("lands a cloud megadeal with Meta", "a blockbuster contract").
      'mega-?deals?',
      'blockbuster (?:deal|contract|agreement)s?',
    ],
    acquisition: [
      // "Nebius bought the agentic-search startup Tavily for about $275 million": a business bought by its kind.
      '(?:bought|buys|buying|acquired|acquires|acquiring|purchased|snapped up) (?:the |a |an |rival |fellow )?(?:(?!from |of |capacity |compute |chips |GPUs )[\\w-]+ ){0,3}?(?:startup|start-up|company|firm|business|developer)(?! ~3(?:capacity|compute|cloud|GPUs))~w',
      // "Apple will pay Google about $1 billion a year to use a custom version of the Gemini model": a model licensed,
      // no compute rented.
      `(?:custom(?:ized)?|tailored) version of (?:the |its )?${MODEL_NAMES}`,
      `(?:pay|pays|paying|paid) ~12to use (?:an? |the )?(?:custom(?:ized)? |special |tailored )?(?:version of (?:the |its )?)?${MODEL_NAMES}`,
      // "giving it ownership of 1.3 gigawatts of gross capacity across Core Scientific's network": what a takeover
      // hands over.
      '(?:giv(?:es|ing|e)|hand(?:s|ing)?) (?:it|them|\\S+) (?:full )?ownership of',
      // "CoreWeave gains grip over approximately 1.3 GW of Core Scientific's power, eliminating $10 billion of future
      // lease payments": a takeover told through what the buyer now owns.
      'gain(?:s|ed|ing)? (?:full )?(?:grip|control|ownership) (?:over|of)',
      'tak(?:e|es|ing|en) (?:full )?(?:control|ownership) of',
      'eliminat(?:e|es|ed|ing) ~6(?:future )?lease (?:payments|obligations|overhead)',
      'buys? (?:the )?assets',
      'acquires? (?:the )?assets',
      'asset purchase',
      'all-stock',
      'stock deal',
      'shareholders (?:will )?receive',
      'per share',
      'tender offer',
      // "an earlier, unsolicited $1.02 billion approach that Core Scientific rejected", "a takeover bid": an offer
      // for a company, whatever became of it.
      '(?:unsolicited|takeover|buyout|all-cash) ~3(?:approach|bid|offer|proposal)',
      // A chip maker paying for another's technology and team: a licence, a buyout in all but name.
      'licens(?:e|es|ed|ing) ~~4technology',
      "for (?:\\S+['’]s )technology",
      'acqui-?hire',
      // "agreed to buy data center operator Aligned", "bought bitcoin miner Core Scientific": a business bought.
      '(?:buy|buys|bought|buying|purchase|purchases|purchased) (?:the )?(?:(?:data[- ]?cent(?:er|re)|cloud|hosting|colocation|rival|bitcoin|crypto|mining|ai|infrastructure|digital infrastructure)[- ])*(?:operator|developer|owner|company|firm|startup|miner)',
      // "Talen sold its data center campus to Amazon for $650 million": a site changing hands is bought, not rented.
      `(?:sold|sells|selling|sell) (?:its|their|the|a) ${SITE_SOLD_TO.en}`,
      // "the data center campus sale from Talen to AWS for $650 million", "the sale of its campus to Amazon": the same
      // site changing hands, told as a noun.
      '(?:campus|data[- ]?cent(?:er|re)|facility|site) sale (?:from|to|by)\\b',
      `sale of (?:its|their|the|a|an) ${SITE_SOLD_TO.en}`,
      // "Yandex decided to sell its operations in Russia for 5 billion euros": a business sold, no capacity bought.
      '(?:sold|sells|selling|sell) (?:its|their|the) ~2(?:operations|business(?:es)?|unit|division|subsidiary)\\b',
    ],
    investment: [
      // "The company will issue shares to OpenAI valued at $350 million": shares given, no contract's value.
      'issu(?:e|es|ed|ing) ~3shares to',
      // "a $2.1 billion option for NVIDIA to buy 30 million IREN shares": money for a block of shares.
      '(?:buy|purchase|acquire|subscribe for|receive) (?:up to )?[\\d.,]+ ?(?:million|billion|m|bn) ~~1(?:new |common |ordinary )?shares',
      // "already has over $1.7 billion in backing from partners": money put into the company.
      'in (?:financial |equity |strategic )?backing\\b',
      // "The first tranche, worth $10 billion, is conditional on OpenAI completing the purchase of chips": a tranche of
      // money paid in (not a tranche of capacity, "the first tranche of 150 MW").
      `(?:first|second|third|initial|next|final) tranche(?! of ~3(?:${CAPACITY_EN}|MW|megawatts?|GW|gigawatts?|chips|GPUs|servers))`,
      // "Nvidia will commit up to $10 billion to Anthropic", "Amazon pumped up to $8 billion into Anthropic": money
      // put into a lab.
      // "Anthropic gets $15 billion from Microsoft, Nvidia in deal …": money a lab receives, no contract's value.
      `${LAB_FUNDED} (?:gets|got|receives|received|raises|raised|secures|secured|nets|netted) (?:up to |about |another |an additional )?${USD_FIGURE}(?! ~2(?:contracts?|deals?|orders?|agreements?|commitments?|of (?:compute|capacity|cloud)))`,
      `(?:commit(?:s|ted|ting)?|pump(?:s|ed|ing)?|pour(?:s|ed|ing)?|plow(?:s|ed|ing)?|inject(?:s|ed|ing)?|sink(?:s|ing)?|sank|put(?:s|ting)? up) ${GIVEN_FILLER}(?:up to |about |some |as much as |another |an additional )?${USD_FIGURE} ~2(?:to|in|into|for) ${LAB_FUNDED}`,
      // "Nvidia will provide OpenAI with $100 billion": the money itself given, nothing bought with it named after it.
      `(?:provides?|providing|provided|gives?|giving|gave) ${GIVEN_FILLER}(?:with )?(?:up to |about |some |as much as )?${USD_AMOUNT}(?:billion|million|bn|trillion)\\b(?!\\s(?:of|in|worth of)\\s(?:\\S+\\s){0,3}?(?:gpus?|chips?|compute|computing|capacity|cloud|servers?|systems|hardware|processors|accelerators|infrastructure|services)\\b)${NOT_FOR_LEASE}`,
      // "SoftBank contributes $30 billion, and Microsoft also takes part": a share of a funding round, its amount right
      // after the verb (money put behind a lease is a backstop, left to the guarantee words).
      `contribut(?:es|ed|ing) (?:(?:about|roughly|some|nearly|up to|more than|another|around) )?(?:US)?[$€£]\\s?\\d${NO_LEASE_AHEAD}`,
      // "Anthropic, recently valued at $183 billion,": what a company was lately worth (a contract is never
      // "recently valued").
      '(?:recently|lately|most recently|last) valued at',
      // "Microsoft, which has long backed OpenAI with some $13 billion,": money put behind a company, no contract.
      `backed ~+3(?:with|to the tune of) (?:(?:about|roughly|some|nearly|more than|around) )?(?:US)?[$€£]\\s?\\d${NO_LEASE_OR_OBLIGATION_AHEAD}`,
      'backers?',
      'invest(?:s|ed|ing|ment|ments)?',
      'to invest',
      'pour(?:s|ed|ing)? (?:up to )?\\S{0,12} into',
      'put(?:s|ting)? in (?:about |roughly |some |nearly |up to |more than |another )?(?:US)?[$€£]',
      'funding',
      // "closing a $10B round for a new AI lab", "raised a $2B seed round": money raised in a round.
      '(?:seed|series [a-h]|funding|financing|investment|equity|venture) rounds?',
      `${USD_AMOUNT}(?:billion|million|bn|mn|b|m)\\b rounds?`,
      // "Lambda raises whopping $1.5B": a round's size, whatever the headline's adjective.
      'rais(?:e|es|ed|ing) (?:a |an )?(?:whopping |massive |fresh |new |another |up to |about |nearly |more than )?(?:US)?\\$',
      // Not a joint venture's capital calls ("targeting 51% upon required equity contributions"): the partners of a
      // venture that signs a lease stay its parties.
      'equity(?! contributions?)',
      'stake',
      // Not an investor call, day or presentation: where a company tells its deals ("said in an investor call that it
      // inked a colocation lease"); nor the market's reaction ("Investors cheered a $5.5 billion lease with AWS", in
      // every language), nor the audience a company tells its contract to ("told investors in its prospectus that it
      // had agreed to spend $750 million on AWS").
      `investors?(?<!\\b(?:told|tells|telling|informed|informs) investors?)(?! (?:call|calls|day|presentation|conference|update)s?\\b)(?! ${MARKET_REACTION.en})`,
      // "writes a $2 billion cheque to Nebius": money put into a company.
      'cheques?',
      'writes? ~~4checks?',
      // "Galaxy Secures $1.4B to Expand Helios Data Center": money a company secures to build or expand its own site
      // is funding, not a contract with the tenant its dek names.
      `secur(?:e|es|ed|ing) (?:about |roughly |nearly |some |up to |more than )?${USD_FIGURE} (?:in (?:new )?(?:funding|financing|debt|capital) )?to (?:expand|build|fund|finance|develop|accelerate|retrofit)\\b`,
      // "with $1.7 billion already raised from Aker, Nokia and Nvidia": capital raised, the amount before its verb.
      '(?:already |previously )raised',
      'raised (?:from|so far|to date)',
      'raised (?:a|an) (?:cumulative |combined )?total of',
      // "It has pledged $7bn for the venture": money put into a joint venture, no contract with a partner.
      // "committed $15 billion to Crusoe's Abilene joint venture": the venture named by its owner and site.
      "(?:pledge[ds]?|pledging|commit(?:s|ted|ting)?|contribut(?:es?|ed|ing)|put(?:s|ting)?) ~~6(?:for|to|into|in) (?:the|this|that|its|their|\\S+['’]s) (?:\\S+ )?(?:new )?(?:joint )?venture",
      // "supplies Nebius with $1 billion of fresh equity": new capital, whatever the verb that carries it.
      'fresh (?:capital|equity|cash|funds)',
      'new equity',
      // Money lent or raised beside a site (issue 8, non-deal amounts): "a $60 million credit line", "funded with $300
      // million from Macquarie", "$5 billion in preferred equity", "a $15 billion fund for the campus".
      'credit (?:lines?|facilit(?:y|ies))',
      'lines? of credit',
      'revolving (?:credit )?facilit(?:y|ies)',
      '(?:funded|financed) (?:with|by|through)',
      'preferred (?:equity|stock|shares|financing)',
      '(?:venture|investment|infrastructure|private equity|sovereign) funds?',
      'funds? (?:for|dedicated to|aimed at) (?:the|its|a|new)',
    ],
    plan: [
      // "Hut 8 has outlined a path to as much as 2,295 MW", "the relationship could ultimately cover up to 2,295 MW": a
      // road ahead sketched or a possibility, no contract.
      'outlin(?:es|ed|ing) (?:a )?(?:path|pathway|roadmap|road map)',
      '(?:relationship|partnership|collaboration|alliance) (?:\\w+ ){0,2}could (?:ultimately |eventually )?(?:cover|reach|grow|span|extend)',
      // "part of a Stargate infrastructure plan that started at $500 billion": a programme's size.
      '(?:plan|project|program(?:me)?|initiative|venture|build-?out)s? (?:that|which) (?:started|began|starts|begins|was launched|launched) (?:at|with)',
      // "Major tech companies are on track to spend $400 billion on AI infrastructure": a sector's spending forecast.
      // "The company has secured (a staggering) $11.6 billion to scale up a data center": money raised for its own build.
      `(?:secured|secures|raised|raises|obtained|closed) (?:(?:a|an) (?:[a-z]+ )?)?(?:about |roughly |some |up to |more than |nearly |over |an additional )?${USD_AMOUNT}(?:billion|million|bn|m)\\b ~2to (?:build|scale|fund|finance|develop|expand|construct)`,
      // "says that it's stockpiled $12.7 billion in available funds": money a company holds, no contract's value.
      '(?:billion|million|bn) (?:in|of) (?:available (?:funds|liquidity|cash|capital)|liquidity|cash on hand|unrestricted cash)',
      // Not money spent with a provider ("expected to spend $10 billion on Google Cloud"): that is a contract.
      `(?:on track|set|expected|poised|projected|forecast|slated) to spend(?! ~6(?:on|with|at) (?:the )?${RENT_SOURCE})`,
      // "xAI has mulled expanding its Memphis campus to 1.56 gigawatts": a company growing its own site.
      `expand(?:s|ed|ing)? (?:its|their) (?:own )?~~1(?:campus(?:es)?|${DATA_CENTRE_EN}s?|sites?|facilit(?:y|ies)|clusters?)(?! for )`,
      // "Core Scientific spent $31.0 million in new site development", "earned $15 million from its AI business line in
      // Q3": a company's own spending or earnings, no contract's value.
      `(?:spent|spends|earned|earns) (?:about |roughly |some |nearly |more than |over |an additional )?${USD_AMOUNT}(?:billion|million|bn|m)\\b (?:on|in|for|from)\\b(?!\\s(?:\\S+\\s){0,2}?(?:${CAPACITY_EN}|cloud services|gpus?)\\b)`,
      // "Anthropic said it will spend $50 billion building its own data centers in Texas with Fluidstack": money a
      // company puts into building its own sites, with whoever builds them; no capacity bought.
      `(?:spend|spends|spending|spent) (?:about |roughly |some |up to |more than |nearly |over )?${USD_AMOUNT}(?:billion|million|bn|m)\\b (?:on )?(?:building|constructing|developing)\\b`,
      // "Meta has pledged $600 billion for data centers over the next three years", "committed $15 billion to an AI hub
      // in Visakhapatnam": a company's own build-out pledged, no counterparty's capacity.
      `(?:pledged|pledges|committed|commits|earmarked|earmarks|set aside) (?:about |roughly |some |up to |more than |nearly |over )?${USD_AMOUNT}(?:billion|trillion|bn|tn)\\b ~2(?:for|to|on|in|toward|towards) (?:U\\.S\\. |US |American |new |its own |its |an? )?(?:AI )?(?:data[- ]?cent(?:er|re)s|infrastructure|build-?outs?|hubs?|campus(?:es)?)\\b`,
      // "Microsoft has committed to spend more than $80 billion on AI data centres this fiscal year": the company's own
      // build-out, with no seller named after "on".
      `(?:committed|commits|pledged|pledges|plans?|planning|intends?|aims?) to spend (?:about |roughly |some |up to |more than |nearly |over )?${USD_AMOUNT}(?:billion|trillion|bn|tn)\\b ~2on (?:U\\.S\\. |US |American |new |its own |its )?(?:AI )?(?:data[- ]?cent(?:er|re)s|infrastructure|build-?outs?|capital (?:expenditures?|spending))\\b`,
      // A named project's size told after its name ("the Stargate project, worth $500 billion"): no contract's value.
      `${NOT_LEASED_BEFORE}project(?: (?!(?:with|for|to|from|of|and|that|which)\\s)[\\w-]+(?: [\\w-]+)?)?, (?:worth|valued at|estimated at|costing|of) (?:about |some |up to |more than )?(?:US)?\\$`,
      // A host's expected operating income from a lease ("$454 million of net operating income a year"): no value.
      'net operating income',
      // "with 2025 expenses expected between $114 billion and $118 billion": a company's own yearly spending.
      '(?:\\d{4}|annual|yearly|full-year|total) expenses',
      'expenses (?:are |were |now )?(?:expected|projected|forecast|estimated|seen|guided)',
      // "Meta's been pouring tens of billions into AI infrastructure": money a company spends on its own build-out.
      // Money poured "into CoreWeave capacity" under a contract stays that contract's.
      "(?:pour(?:s|ed|ing)?|pumping|pumped) (?:[\\w$.'’-]+ ){0,4}into (?:its |their )?(?:own|AI|artificial|data[- ]?cent(?:er|re)s?|infrastructure|build-?outs?)",
      // A country's pledges to a sector's companies ("$600 billion of Saudi commitments to US companies"): no contract.
      '(?:pledges?|pledged|commitments?) ~~6(?<!(?:two|both|three|the) )(?:companies|firms|businesses)\\b',
      'investment pledges?',
      // A recurring-revenue figure ("target AI Cloud ARR of >$500m"): a company's run-rate, no contract's value.
      'ARR\\b',
      // The business may stand between the words: "annual recurring AI cloud revenue".
      'annual(?:i[sz]ed)? recurring (?:[\\w-]+ ){0,3}revenue',
      'annuali[sz]ed run-rate',
      // A person's wealth or a company's worth moved by the news: no contract's amount (six languages).
      'net worth',
      'fortune',
      'richest',
      // "the total planned spending with CoreWeave to $22.4 billion": one pair's running total, no plan.
      // "the planned expansion site", "the planned data center": a site named by its plan, leased or in talks.
      `planned(?<!total planned)(?! (?:expansion |${DATA_CENTRE_EN_HYPHEN} )?(?:site|campus|${DATA_CENTRE_EN_HYPHEN})\\b)`,
      '(?:billion|bn|million) (?:[\\w-]+ ){0,3}project',
      // "Stargate, the data-center project worth $500 billion": a project's size, told after it.
      `${NOT_LEASED_BEFORE}project (?:worth|valued at|costing)`,
      // "agreed to lease a 700 MW data center project from Crusoe": a project leased or rented is a lease, no plan.
      `(?<!\\b(?:${LEASE_VERB}|take over|takes over|took over) (?:[^\\s.;,]+ ){0,4})(?:campus|data cent(?:er|re)) project`,
      // "Anthropic's $50 billion build": what a company builds for itself, no contract.
      '(?:billion|bn) (?:[\\w-]+ ){0,2}(?:build(?!-to)|build-?out|buildout|construction)',
      'savings',
      'plans? (?:up to )?\\S{0,12} (?:billion|bn)',
      'plans? to (?:spend|invest|build|deploy)',
      // "Anthropic's plan, announced last month, to spend $50 billion on U.S. data centers": an aside may split them.
      'plans?, [^.;,]{1,40}, to (?:spend|invest|build|deploy)',
      // "a $73.3 billion plan in partnership with CDC and Nvidia": the amount before the plan it sizes.
      '(?:billion|bn|million) (?:[\\w-]+ ){0,2}plan\\b',
      'planned (?:spending|investment|capex)(?<!total planned \\w+)',
      'investment plan',
      'spending plan',
      'initiative',
      'run-rate',
      'revenue run rate',
      'annualized revenue',
      // An accounting charge; not the French "charge informatique" (an IT load) nor "charge critique".
      'charge(?! (?:informatique|critique|it\\b|utile))',
      'write-?down',
      'impairment',
      'market (?:size|value)',
      'valuation',
    ],
    aggregate: [
      // "the $200 billion in deals announced during the state visit", "200.000 millones de dólares en acuerdos anunciados",
      // "200 milliards de dollars d'accords annoncés": a tally of several deals (all languages: the lists are read together).
      "(?:(?:in|en|de|em|di) |d['’])(?:deals|contracts|accords|contrats|acuerdos|contratos|accordi|contratti|acordos) ~2(?:announced|annonc[ée]s|anunciados|annunciati)",
      'circular (?:deal|financing|arrangement)',
      // "passed $60 billion of neocloud commitments": the commitments to a class of sellers, summed.
      'neo-?cloud (?:commitments|contracts|deals|spending)',
      'all told',
      'trio of deals',
      'string of deals',
      'series of (?:deals|contracts|agreements)',
      'total (?:commitments|contracts)',
      'commitments? (?:to|with|across) (?:neoclouds|several|multiple)',
      'across (?:its|the|their|all) ~~2(?:deals|agreements|contracts|customers|providers)',
      // One amount over sellers listed as examples ("deals topping $33 billion with firms such as CoreWeave, Nscale,
      // and Lambda"): their sum, no pair's value.,
      'with (?:firms|companies|providers|neoclouds|operators) (?:such as|like|including)',
      // "agreements with suppliers, including for NVIDIA and AMD GPUs, which represent … purchase obligations of $10.2
      // billion": a filing's sum over its suppliers.
      '(?:agreements|contracts|commitments) with (?:our |various |several |multiple |third-party )?(?:suppliers|vendors)',
      '(?:accords|contrats|engagements) (?:conclus )?avec (?:des|ses|nos|plusieurs) fournisseurs',
      '(?:Vereinbarungen|Vertr[äa]ge) mit (?:Lieferanten|Zulieferern)',
      '(?:acuerdos|contratos) con (?:proveedores|sus proveedores)',
    ],
    expanded: [
      // "Microsoft leases more Vera Rubin capacity from Nscale": more of what a buyer already rents.
      '(?:leases|leased|leasing|rents|rented|renting|buys|bought|buying|books|booked|reserves|reserved|takes|took) more ~3(?:capacity|compute|GPUs|chips|space)',
      'add-on',
      'top-up',
      'tops? up',
      'topped up',
      'draws? (?:on )?(?:an|its|the) option',
      'exercis(?:es|ed|ing) (?:an|its|the) option',
      // "an extension worth about $21 billion": the extension's own amount.
      'extension (?:worth|valued at)',
    ],
    runningTotal: [
      'now totals?',
      'total(?:s|ing)? (?:approximately |about |roughly |some )?$',
      '(?:contracts?|agreements?|deals?) ~~6(?:now )?(?:total|stands? at|amounts? to|reach(?:es)?)',
      'in total to',
      'total value ~~8(?:to|of|at)',
      'total ~~3revenue ~~3at',
      // "Meta's total commitment to CoreWeave now stands at", "total planned spending with CoreWeave to".
      // "Google's total backstop across the site comes to $3.2 billion": a guarantee's level after an addition.
      'total ~~2(?:commitments?|spend(?:ing)?|partnership value|contract value|backstops?|guarantees?) ~~6(?:now )?(?:stands? at|reach(?:es)?|rises? to|climbs? to|comes? to|to|at)',
      '(?:commitments?|spending) ~~6now (?:totals?|stands? at|amounts? to|reach(?:es)?)',
      // "Meta's commitments to CoreWeave add up to about $35.2 billion": the pair's contracts summed (not "all its
      // contracts", a sum over customers).
      '(?:commitments|contracts|agreements|deals) ~~6(?:to|with) ~~3(?:now )?add up to',
      'combined,? (?:the )?(?:contracts|agreements|deals|commitments) (?:are )?(?:now )?(?:worth|total)',
      // "adds roughly $4 billion; the total across all three leases is approximately $11 billion".
      'the total ~~6(?:is|was|stands at|comes to|reaches) (?:now )?(?:approximately |about |roughly |some |nearly )?$',
      // "The combined commitment is roughly $35 billion": the earlier contract plus the addition, told as one sum.
      'combined (?:commitment|value|total|spend(?:ing)?|contract value|relationship)s? ~~4(?:is|are|was|stands? at|comes? to|reach(?:es)?|totals?) (?:now )?(?:approximately |about |roughly |some |nearly |more than )?$',
    ],
    inTalks: [
      // "is close to signing a $10 billion contract", "are expected to sign … next week", "a non-binding term sheet": not signed yet.
      'close to (?:signing|sealing|finali[sz]ing|closing|clinching|striking|inking|reaching|an? ~~1(?:deal|agreement))',
      '(?:is|are) expected to (?:sign|finali[sz]e|close|ink|seal|announce)',
      'non-binding (?:term sheet|agreement|deal|contract|pact)',
      // "Oracle is preparing to sign a deal with OpenAI": not signed yet.
      'prepar(?:es|ing) (?:to (?:sign|close|ink|finali[sz]e|announce)|for (?:a|an|the) ~~2(?:deal|agreement|contract))',
      // "Nvidia has not yet reached a final deal with OpenAI": talks, no contract yet.
      '(?:has|have|had) not (?:yet )?(?:reached|signed|finali[sz]ed|closed|struck|concluded) (?:a |the |any )?~4(?:deal|agreement|contract)',
      // "Meta and Nebius have yet to sign the $14.2 billion contract".
      '(?:has|have|had) yet to (?:sign|finali[sz]e|close|strike|conclude|reach|ink)',
      // "in $10 billion server talks with Oracle": talks over a priced contract.
      'in (?:\\$\\s?[\\d.,]+ ?(?:billion|million|bn) )~2(?:talks|negotiations)',
      // "Oracle weighs a potential $20 billion cloud deal with Meta": a deal that may come.
      'potential (?!of )~4(?:deal|contract|agreement|pact)s?\\b(?! (?:revenue|value|term)s?\\b)',
      // "is finalising a deal", "in the final stages of talks": not signed yet.
      'finali[sz]ing (?:a |an |the )?~~3(?:deal|agreement|contract|pact)',
      'in the final stages? of',
      // "Talks between xAI and Oracle over a cloud contract … are continuing".
      `${TALKS_EN} ~+14(?:are|were|remain) (?:continuing|ongoing|progressing|advancing|under way|underway)`,
      'stalled',
      'on hold',
      'nearing',
      'nears',
      'in discussions?',
      // "is understood to have held early-stage discussions with AWS about anchor capacity": talks, told in the past.
      '(?:(?:have|has|had|to have) held|(?:is|are|was|were) holding|holds?) (?:early[- ]stage |preliminary |initial |exploratory |advanced )?(?:discussions|talks|negotiations) with',
      'weighing',
      'mulls?',
      'exploring',
      // "OpenAI is also pursuing a $10 billion partnership with Broadcom": sought, not signed.
      '(?:is|are|was|were) (?:also |now |still )?pursuing (?:a |an |the )?',
      'could (?:sign|strike|clinch|seal|finali[sz]e|close|ink) ~~6(?:deal|agreement|contract|pact)',
      'talks (?:have )?(?:stalled|been put on hold)',
      // "Negotiations between OpenAI and Oracle over a $20 billion contract continue": the talks are the subject.
      '(?:talks|negotiations) between',
    ],
    reported: [
      // "OpenAI apparently agreed to a $300 billion deal": the writer's inference, not the companies' word.
      'apparently',
      'seemingly',
      // "According to rumours, Microsoft expects to deploy …": hearsay.
      'according to ~~1rumou?rs',
      'rumou?rs (?:say|suggest|have it|are)',
      // "according to unofficial estimates": an outsider's figure, not the companies'.
      'according to ~~1estimates',
      // "OpenAI has a reported $300 billion deal with Oracle", "the rumored pact": the press's word on the deal itself.
      "(?:a|an|the|its|their|[\\w.-]+[’']s) (?:reported|rumou?red|alleged|purported) ~3(?:deal|contract|agreement|pact|order|partnership)s?\\b",
      // "…, the newspaper added", "the paper wrote": a report's words carried on, not the companies'.
      '(?:the )?(?:newspaper|paper|outlet|publication|news agency) (?:added|wrote|reported)',
      '(?:added|wrote) the (?:newspaper|paper|outlet|publication|news agency)',
      // "The widely cited $27B deal has not been verified in any filing": a figure nobody stands behind.
      'not (?:yet )?been (?:verified|confirmed)',
      // "OpenAI may have signed a $300 billion contract": a done deal told as a possibility.
      '(?:may|might|could) have (?:signed|struck|inked|agreed|closed|sealed|reached)',
      'unverified',
      // "The Register has learned", "as first reported by": a newsroom's own finding, not the companies' word.
      'ha(?:s|ve) (?:learned|learnt)',
      'first reported',
      // "Insiders revealed to the media that …", "according to insiders": people close to it, not the companies.
      'insiders? (?:said|say|says|revealed|told|reported|claim)',
      'according to ~~1insiders',
      // "Oracle shares jumped on reports of a $300 billion contract": the press's reports, not the companies' word.
      '(?:on|after|following|amid) (?:media )?reports (?:of|that)',
      // "…, reported news agency Reuters": the agency told after the news it reports.
      'reported (?:the )?(?:news agency |newswire |wire service )?(?:Reuters|Bloomberg|CNBC|The Information)',
      'people briefed on',
      'was reported by',
      // "since the $300 billion OpenAI deal was reported in September": the deal known from the press.
      '(?:deal|contract|agreement|pact)s? (?:was|were) (?:first |initially )?reported',
      '(?:neither|none) ~~2(?:has |have )?confirmed',
      "(?:has|have)(?:n[’']t| not) confirmed",
      'reportedly',
      // "Microsoft allegedly signed", "the purportedly $20 billion contract": a claim, not a statement.
      'allegedly',
      'purportedly',
      'supposedly',
      // "Multiple reports have described a $20 billion agreement", "the agreement, if confirmed, would …".
      '(?:multiple|several|various|recent|media|press|news) reports (?:have )?(?:described|said|suggested|indicated|pointed to)',
      'if confirmed',
      'according to (?:people|sources|a report|reports|the report)',
      // Not the terms a contract sets ("Under the deal, Core Scientific would lease a data center").
      '(?<!\\b[Uu]nder (?:the|this|that|its) (?:deal|agreement|contract|lease|terms|arrangement),? ~~3)would (?:pay|spend|buy|rent|be worth|be valued|provide|supply|lease|give|cost)',
      'not (?:yet )?confirmed',
      'unconfirmed',
      '(?:a |the )?reports? (?:says?|said|shows)',
      'per (?:a |the )?report',
      '(?:people|person|sources?) (?:involved|briefed)',
      // "Sources: Microsoft agrees to lease …" (a wire headline's tag), "…, sources say": unnamed sources' word.
      'sources:',
      'sources (?:say|said|told|tell|revealed|disclosed)',
      // "reports suggest it has also inked", "media reports indicate": the press's word, not the companies'.
      '(?:(?:media|press|news) )?reports (?:suggest|indicate|claim)',
      '(?:media|press|news) reports? (?:say|said|show)',
      // "valued at $10 billion, according to a source", "according to two people who spoke to The Information".
      'according to (?:a|one|an) ~~1source',
      'according to (?:two|three|four|several|multiple) (?:people|persons|sources)',
      'people who spoke to',
    ],
    terminated: [
      // "Talks … over a $10 billion deal ended without an agreement": talks that failed.
      'without (?:reaching |striking )?(?:an? )?(?:agreement|deal)(?! (?:on|over|about|for|with)\\b)',
      // "Microsoft let a $12 billion option for additional CoreWeave capacity lapse".
      'let ~+10options? ~8(?:lapse|expire)',
      // "Microsoft chose not to exercise a $12 billion option": an option walked away from, like "walked away".
      '(?:chose|decided|opted|elected) not to exercise',
      'declined to exercise',
      "(?:did not|didn['’]t) exercise",
      'terminated',
      'scrapped',
      'called off',
      'cancell?ed',
      'walked away(?! with)',
      'pulled out',
      // Not "shares fell through the floor".
      'f[ae]l(?:l|ls) through(?! the (?:floor|roof))',
      `ended (?:the |their |its )?${TALKS_EN}`,
      '(?:talks|negotiations) (?:have |had )?(?:ended|collapsed|broke down)',
      // "Talks between xAI and Oracle over a cloud contract … have broken down", "… have ended": the subject's words
      // in between.
      `${TALKS_EN} ~+14(?<!\\bnot |n.t )(?:have |had )?(?<!\\bnot )(?:broken down|broke down|collapsed|fallen apart|fell apart|ended(?! (?:up|with|in (?:a|an) (?:deal|agreement|contract)))|come to an end|came to an end)`,
      'broke off',
      `end(?:s|ing)? (?:the |their |its )?${TALKS_EN}`,
      // "xAI Ends $10 Billion Server Talks with Oracle", "ended its $10 billion server talks": the amount and the goods
      // between.
      `end(?:s|ed|ing)? (?:its |their |the )?(?:\\$\\s?[\\d.,]+ ?(?:billion|million|bn) )~2${TALKS_EN}`,
      'back(?:s|ed)? out of',
      'pull(?:s|ed)? the plug',
      // "ended its contract with CoreWeave": a contract ended (not a period: "the quarter ended").
      `ended (?:its|their|our|the) ~~1${FELL_THROUGH_NOUN.en} with`,
    ],
    denied: [
      'denie[sd]',
      'deny(?:ing)?',
      'rejected (?:the )?reports?',
      'dismissed (?:the )?reports?',
      'no such (?:deal|agreement)',
      // "Lambda does not rent capacity from AWS": a contract said not to exist.
      "(?:does|do|did) not (?:rent|lease|buy)|(?:doesn|don|didn)['’]t (?:rent|lease|buy)",
    ],
  },
  fr: {
    deal: [
      "(?:a|ont) exerc[ée] (?:une|son|leur|l['’]) ?~~1option",
      // "un engagement de consommation Azure de 250 milliards".
      'engagements? de (?:consommation|d[ée]penses?|achat)',
      // "OpenAI a investi 300 milliards de dollars dans les services cloud d'Oracle": des services achetés.
      'investi(?:t|ra|ssent)? ~5dans ~3(?:services cloud|capacit[ée]s? de calcul)',
      TURNS_TO.fr,
      // "Nvidia vendra 18 000 puces à Humain": a vendor selling its goods.
      // "Dell vend des serveurs à IREN", "vendrait": present and conditional; a past sale only with its figure ("a
      // vendu des puces pour 2 milliards de dollars à Nebius"), as English "sold".
      `a vendu ~3(?:${SOLD_GOODS_FR}) pour ~~1\\d`,
      `a vendu \\d~4(?:${SOLD_GOODS_FR})`,
      `vend(?:re|ra|ront|ait|ent|rait|raient)? ~6(?:${SOLD_GOODS_FR}|syst[èe]mes)`,
      // "Nvidia prévoit de livrer 18 000 puces à Humain": the goods delivered.
      `livr(?:er|era|eront) ~6(?:${SOLD_GOODS_FR}|syst[èe]mes)`,
      // A buyer's commitments, the noun English reads as "commitments" ("des engagements de calcul").
      'engagements?',
      'conclu[te]?',
      'scell[ée]',
      'paraph[ée]',
      'd[ée]croch[ée]',
      'remport[ée]',
      "s[’']engage",
      'premier client',
      'plus gros client',
      'principal client',
      "client d[’']ancrage",
      // "s'offre de la puissance de calcul chez Google", "s'assure des GPU", "se procure de la capacité".
      "s[’']offr(?:e|ent|ira|ait)",
      "s[’']assur(?:e|ent|era)",
      'se procur(?:e|ent|era)',
      // "Meta s'appuie sur CoreWeave", "se tourne vers Nebius", "fait appel à Nscale", "recourt à Oracle"; a sum
      // paid ("versera 14 milliards à CoreWeave").
      "s[’']appui(?:e|ent|era|eront|ait)",
      'se tourn(?:e|ent|era)',
      'fai(?:t|saient) appel',
      'recour(?:t|ent|ra|ir)',
      'vers(?:e|ent|era|eront|ait)',
      // "achètera à Microsoft des services Azure", "s'est engagé à acheter": buying, as es "compra" and de "kauft".
      'ach[eè]t(?:e|ent|era|eront|ait|[ée]e?s?|er)',
      "s[’']est engag[ée]e?",
      'pai(?:e|ent|era|eront)',
      // Securing, locking in or booking compute ("sécurise 14 milliards de puissance de calcul auprès de Nebius",
      // "verrouille des GPU", "a réservé des GPU"); the compute noun of French copy ("puissance
      // de calcul", "ressources de calcul"), a contract's object as "capacité" is. Not "réserve" ("sous réserve").
      's[ée]curis(?:e|ent|era|eront|ait|aient|er|[ée]e?s?)',
      'verrouill(?:e|ent|era|eront|ait|er|[ée]e?s?)',
      'r[ée]serv(?:ent|era|eront|ait|aient|ée?s?)',
      `${COMPUTING_POWER_FR}`,
      // "puissance informatique": the same compute noun in other words.
      'puissance informatique',
      'ressources de calcul',
      'capacit[ée]s? informatiques?',
    ],
    statedDeal: [
      // A deal signed for capacity, its purpose told right after it ("a signé un accord avec Google Cloud pour obtenir
      // davantage de puissance de calcul"), a provider that will supply it ("Google Cloud va désormais fournir à
      // OpenAI une puissance de calcul supplémentaire"), a headline's buyer turning to a provider ("Microsoft signe
      // avec Nebius", "OpenAI choisit Google Cloud").
      `(?:(?:a|ont|aurait|auraient) (?:(?:[ée]galement|aussi|enfin) )?(?:sign[ée]|conclu|scell[ée]|finalis[ée]|nou[ée]|annonc[ée])|signe|signent|conclut|concluent|scelle|scellent|noue|nouent|annonce|annoncent)(?: (?!(?:${EARLIER_WORDS})\\b)\\S+){0,3}? (?:accord|contrat|partenariat|pacte|entente)s?~w[^.;\\n]{0,80}?(?:puissance (?:de calcul|informatique)|capacit[ée]s? (?:de calcul|informatiques?|cloud|GPU)|ressources (?:de calcul|informatiques)|infrastructures? (?:cloud|de calcul|infonuagique)|services (?:de )?cloud|(?<=(?:accord|contrat|partenariat)s? )cloud|(?:louer|occuper|acc[ée]der à) (?:des |un |le |les |aux )?~~1(?:GPU|${DATA_CENTRE_FR}))`,
      `(?:(?:va|vont|devrait|devraient)(?: \\S+)? (?:fournir|louer|mettre à disposition)|fournira|fourniront|louera|loueront) ~4(?:une |de la |des |du )?(?:${COMPUTING_POWER_FR}|capacit[ée]s? (?:de calcul|GPU|informatiques?|cloud)|ressources de calcul|infrastructures? (?:d.IA|cloud|de calcul|GPU)|services (?:de (?:cloud|calcul)|du cloud|d.informatique en nuage|infonuagiques|cloud))`,
      TURNS_TO.fr,
      ADDED_TO_SUPPLIERS.fr,
      RUNS_ON.fr,
      USES_PROVIDER.fr,
      TRAINED_IN_CLOUD.fr,
      MAIN_PROVIDER.fr,
      RECEIVES_GOODS.fr,
      USES_ANNOUNCERS_GOODS.fr,
      WIDENS.fr,
      WINS_CUSTOMER.fr,
      PROVIDED_BY.fr,
      GAINS_ACCESS.fr,
      GRANTS_ACCESS.fr,
      CUSTOMER_OF_SITE.fr,
      SUPPLIES_GPUS.fr,
      RENTS_FROM.fr,
      BUYS_CAPACITY_FROM.fr,
      INSTALLS_TO_SERVE.fr,
      LEASES_SITE.fr,
      ANCHOR_CUSTOMER.fr,
      HOSTS_TENANT.fr,
      EXERCISED_OPTION.fr,
      AGREES_TO_BUY_GOODS.fr,
      BUYS_GOODS_FROM.fr,
      AGREES_TO_BUY_GOODS.frWith,
      VENDOR_SUPPLIES.fr,
      CONTRACT_TO_SUPPLY_GOODS.fr,
      SUPPLY_AGREEMENT.fr,
      WINS_DEAL.fr,
      FELL_THROUGH.fr,
      WALKED_AWAY.fr,
      WIDENS_USE.fr,
      DEPLOYS_ON_FR,
      TALKS_TO_RENT.fr,
      TALKS_TO_BUY_GOODS.fr,
      DEAL_WITH_MAKER_FOR_GOODS.fr,
    ],
    valueWords: [
      // "elle a dévoilé un accord pluriannuel distinct avec Anthropic": a multiyear deal between two named companies.
      'pluriannuel(?:le)? ~~1(?:avec|entre)',
      // "un bail de dix ans avec Fluidstack": a long lease told without an amount.
      `(?:bail|contrat de (?:location|bail)) ~2(?:de |d.)?(?:\\d+|un|deux|trois|cinq|sept|dix|douze|quinze|vingt) ans (?:avec|entre)(?! ${SEVERAL_FR})`,
      // "un contrat de dix ans avec Fluidstack": a contract that long between two named compute companies.
      `contrats?(?<=\\b(?:sign[ée]|signe|signent|conclu|conclut|remport[ée]|d[ée]croch[ée]) ~5contrats?) (?:de |d.)(?:\\d+|cinq|sept|dix|douze|quinze|vingt) ans (?:avec|entre)(?! ${SEVERAL_FR})`,
      // A capacity contract signed, named right after its verb, without an amount ("a signé un contrat de colocation
      // avec", "a conclu un bail de dix ans avec", "vient de conclure un contrat cloud avec", "scelle un accord
      // pluriannuel de services cloud avec"); not "avait signé" (a background contract).
      `(?<!avait )(?:(?:a|ont) (?:sign[ée]|conclu|scell[ée]|nou[ée]|annonc[ée])|annonce(?:nt)? |vien(?:t|nent) de (?:signer|conclure|sceller|nouer)|scelle(?:nt)?|conclu(?:t|ent))[^.;\\n]{0,60}?(?:contrats?|accords?|baux|bail|partenariat) (?:(?:pluriannuel|strat[ée]gique|long terme|\\S+ ans) )?(?:de (?:services? )?(?:colocation|location|capacit[ée]s?|calcul|${COMPUTING_POWER_FR}|${DATA_CENTRE_FR}|${DATA_CENTRE_EN})|d.h[ée]bergement|cloud)(?![^.;,]{0,20} avec ${SEVERAL_FR})`,
      // "Le présent contrat de location est conclu entre Hut 8 et Fluidstack": a contract's operative sentence.
      '(?:contrat|accord|bail)(?: de (?:location|services|colocation|capacit[ée]|services cloud))? (?:est|a [ée]t[ée]) conclu ~4entre',
      'plusieurs milliards',
      'milliards de dollars',
      "milliards d[’']euros",
      `non (?:divulgu|communiqu|d[ée]voil)[ée]e?s?${CELL_BEFORE}non \\S{4,20})`,
      // A contract called big without a figure ("un méga-contrat avec Google", "un contrat cloud géant avec Meta",
      // "un contrat énorme"): the press's word for a deal's size.
      'm[ée]ga[- ]?(?:contrat|accord|deal)s?',
      // "un accord majeur avec CoreWeave", "un accord historique avec Oracle", "un contrat massif".
      '(?:contrat|accord|deal)s? ~~1(?:g[ée]ants?|colossa(?:l|ux)|XXL|[ée]normes?|record|majeurs?|historiques?|massifs?|gigantesques?|monumenta(?:l|ux))',
    ],
    acquisition: [
      `(?:payer|paiera|paie|versera) ~12pour utiliser (?:une |la |le )?(?:version (?:personnalis[ée]e )?(?:de|du) )?(?:mod[èe]le )?${MODEL_NAMES}`,
      // "AirTrunk, rachetée par Blackstone en 2024 pour 24 milliards": a business bought, told in the passive.
      '(?:rachet|achet|acquis)[ée]?e?s? par (?:(?!(?:à|au|aux|de|du|des)\\s)\\S+ ){1,2}(?:en \\d{4} )?pour (?:environ |près de )?\\d',
      // "en lui donnant la propriété de 1,3 gigawatt de capacité brute": what a takeover hands over.
      'donn(?:ant|e|era) (?:la )?(?:pleine )?propri[ée]t[ée] d(?:e|u|es)',
      'prend(?:re|ra|rait)? le contr[ôo]le',
      'pris le contr[ôo]le',
      // French and English alike.
      // "spent $9 billion on acquisitions", "9 milliards en acquisitions": the plural buys companies too.
      `acquisitions?${NOT_OF_CAPACITY}`,
      // "Talen a vendu son campus de centres de données à Amazon pour 650 millions": un site vendu, pas loué.
      `(?:vend(?:u|ra|rait|ait|ent)?|c[èé]d(?:e|é|era|ent)) (?:son|ses|sa|le|la|les|un|une) ${SITE_SOLD_TO.fr}`,
      // "la vente du campus de centres de données de Talen à AWS pour 650 millions": le même site cédé, dit par un nom.
      `(?:vente|cession) (?:de son|de ses|de sa|du|des|de la|de l['’]|d['’]un|d['’]une) ?${SITE_SOLD_TO.fr}`,
      // "Yandex a décidé de vendre ses activités en Russie pour 5 milliards d'euros": une entreprise cédée.
      '(?:vend(?:re|u|ra|rait|ait)|c[ée]d(?:er|é|era)) (?:ses|son|sa|les) ~2(?:activit[ée]s|op[ée]rations|filiale|division|branche)~w',
      'rach[èe]te',
      'rachat',
      // "a racheté la start-up Tavily pour 275 millions": a business bought by its kind.
      "rachet[ée]e?s? (?:la |le |l['’]|une |un )?(?:start-up|startup|jeune pousse|société|entreprise|groupe|éditeur)",
      // "Nvidia, Microsoft, xAI et BlackRock acquièrent Aligned", "ont acquis Aligned": a business bought, in every
      // person and tense; not "acquiert des capacités de calcul" (NOT_BUYING_COMPUTE).
      `acqui(?:ert|[èe]rent|erra|erront)${NOT_BUYING_COMPUTE}`,
      `(?:a|ont|avait|avaient|aura|auront) acquis${NOT_BUYING_COMPUTE}`,
      'en actions',
      'offre publique',
      'fusion',
      'absorbe',
      // Not when what it lays hands on is compute ("met la main sur 14 milliards de puissance de calcul chez Nebius").
      `met(?:tent)? la main sur(?! ~~5(?:capacit|${COMPUTING_POWER_FR}|ressources de calcul|gpu|puces|serveurs|cloud|nuage))`,
      "s[’']offre la technologie",
      'accord de licence',
      'licence (?:sur|de) (?:la|sa|ses) (?:technologie|puces)',
    ],
    investment: [
      // "émettra des actions au profit d'OpenAI": des actions, pas un contrat.
      '[ée]mett(?:re|ra|ront|ait) ~2actions (?:à|au profit d)',
      // "la première tranche, de 10 milliards de dollars": une tranche d'argent versé.
      '(?:premi[èe]re|deuxi[èe]me|seconde|derni[èe]re) tranche(?! de ~3(?:capacit|calcul|MW|m[ée]gawatts?|GW|gigawatts?|puces|GPU|serveurs))',
      // "Nvidia engagera jusqu'à 10 milliards de dollars dans Anthropic": money put into a lab.
      `(?:engag|inject|apport)[a-zà-ÿ]* ${GIVEN_FILLER}(?:jusqu.à |environ )?[\\d.,]+ (?:milliards?|millions?) de dollars ~2(?:dans|à) (?:l.)?${LAB_FUNDED}`,
      // "Nvidia va fournir 100 milliards de dollars à OpenAI": l'argent lui-même, rien d'acheté nommé après.
      `(?:fournir|fournira|fourniront|fournit|apporter|apportera|donner|donnera) ${GIVEN_FILLER}[\\d.,]+ milliards? de dollars(?! (?:de|en) ~2(?:puces|GPU|capacit|calcul|cloud|serveurs|processeurs|services))${NOT_FOR_LEASE}`,
      // "SoftBank apporte 30 milliards de dollars, et Microsoft participe aussi": une part d'un tour de table.
      `apport(?:e|ent|era|eront|erait) (?:(?:environ|près de|jusqu.à|plus de) )?${AMOUNT_OPENING}${NO_LEASE_AHEAD}`,
      // "Anthropic, récemment valorisée à 183 milliards": ce que vaut une société, pas un contrat.
      '(?:r[ée]cemment|derni[èe]rement) valoris[ée]e?s? à',
      // "Microsoft, qui soutient OpenAI depuis longtemps à hauteur de 13 milliards": un soutien en capital.
      `(?:soutien[st]?|soutenu|soutenait) ~+4à hauteur de${NO_LEASE_OR_OBLIGATION_AHEAD}`,
      'investi[rt]?',
      'investira',
      'investissements?',
      'prise de participation',
      // "une participation évaluée à 135 milliards": a stake held, as es "participación" and it "partecipazione".
      'participations?',
      'entre(?:nt)? au capital',
      'lev[ée]e de fonds',
      'lev[ée]s? (?:auprès|aupr[eè]s) d',
      '(?:apport\\w*|inject\\w*|engag\\w*|mett\\w*) ~~6(?:dans|pour|à) (?:la|cette) (?:nouvelle )?(?:co-?entreprise|joint-venture)',
      'tour de table',
      `investisseurs?(?! ${MARKET_REACTION.fr})`,
      'inject(?:er|era|[ée])',
      'ch[èe]ques?',
      'capitaux frais',
      'fonds propres',
      // Money lent or raised beside a site: "une ligne de crédit de 60 millions", "financé par 300 millions de
      // Macquarie", "un fonds de 15 milliards", "5 milliards de financement préférentiel".
      'lignes? de cr[ée]dit',
      'facilit[ée]s? de cr[ée]dit',
      'financ[ée]e?s? (?:par|avec|[àa] hauteur de)',
      'financement (?:pr[ée]f[ée]rentiel|privil[ée]gi[ée]|mezzanine)',
      "fonds (?:de capital-risque|d['’]investissement|souverain)",
      'fonds (?:de|d[ée]di[ée] [àa]|pour) (?:l[ae] |son |sa |ses )?(?:\\d|US|campus|site|projet)',
    ],
    plan: [
      // "le Fonds canadien pour l'informatique souveraine, doté de 2 milliards de dollars": a fund's size, no contract.
      "dot[ée]e?s? (?:d['’]une enveloppe )?de (?:plus de |pr[èe]s de |quelque )?\\d",
      '(?:trac[ée]|esquiss[ée]|dessin[ée]) (?:une|la) (?:voie|trajectoire|feuille de route)',
      // "dépensera 50 milliards de dollars pour construire ses propres centres de données": its own sites built.
      'd[ée]pens(?:e|er|era|erait|eront|é) ~4(?:pour|à) (?:construire|b[âa]tir|d[ée]velopper)',
      // "ils prévoyaient d'étendre l'effort à 500 milliards": a programme's plan, no contract.
      "pr[ée]voy(?:ai(?:en)?t|aient) d['’](?:[ée]tendre|[ée]largir|augmenter|porter)",
      // "Les géants de la tech devraient dépenser 400 milliards": une prévision de dépenses.
      "(?:devrai(?:en)?t|pr[ée]voi(?:en)?t de|s['’]appr[êe]te(?:nt)? à) d[ée]penser",
      // "xAI envisage d'agrandir son campus de Memphis": un site propre qui grandit.
      '(?:agrandi|[ée]tendre|[ée]tend|étendu)\\S* (?:son|leur|ses) (?:propre )?(?:campus|centre de donn[ée]es|site|cluster)(?! (?:pour|à) )',
      // "Meta a promis 600 milliards de dollars pour des centres de données": son propre chantier, aucun contrat.
      '(?:promis|engag[ée]|consacr[ée]|r[ée]serv[ée]) ~3[\\d.,]+ milliards? de dollars (?:pour|dans|à|aux) (?:des |de |ses |les |nouveaux )?(?:centres de donn[ée]es|infrastructures?)',
      // "le projet Stargate, évalué à 500 milliards": la taille d'un projet nommé, aucun contrat.
      `projet ${PROJECT_NAME}(?:, de|,? d['’]une valeur de|,? évalué à|,? estimé à|,? chiffré à) (?:plus de |environ |quelque )?\\d`,
      "r[ée]sultat (?:net )?d[’']exploitation",
      "revenu net d[’']exploitation",
      // "des dépenses attendues entre 114 et 118 milliards": les dépenses d'une entreprise, aucun contrat.
      'd[ée]penses (?:annuelles |totales )?(?:attendues|pr[ée]vues|estim[ée]es)',
      // Les engagements d'un pays envers les entreprises d'un secteur : aucun contrat.
      '(?:engagements?|promesses?) ~~6(?<!(?:deux|trois) )(?:entreprises|sociétés|firmes|groupes)\\b',
      // A recurring-revenue figure: a company's run-rate, no contract's value ("ARR" is in the English list).
      'revenus? (?:annuels? )?(?:[\\w-]+ ){0,3}récurrents?',
      'patrimoine',
      'plus riche',
      'planifi[ée]e?s?(?<!totale?s? planifi[ée]e?s?)',
      'projette',
      '[ée]conomies',
      'march[ée] mondial',
      "pr[ée]voit d[’']investir",
      "plan d[’']investissement",
      'programme',
      'projet (?:de|à) \\S{0,12} milli(?:ard|on)s',
      // "un projet d'un milliard de dollars": la taille d'un projet, aucun contrat.
      "projet d['’]une? ~~1milliards?",
      `(?<!\\b(?:louer|loue|louera|lou[ée]|reprendre|reprend|reprendra) (?:[^\\s.;,]+ ){0,4})projet (?:de|d[’']un) (?:campus|${DATA_CENTRE_FR}|data cent(?:er|re)s?)`,
      "milliards (?:de dollars |d[’']euros )?(?:de |pour (?:la |sa |leur )?)?construction",
      "chiffre d[’']affaires annualis[ée]",
    ],
    aggregate: [
      'cumul[ée]s? (?:de|des|avec)',
      'engagements (?:aupr[èe]s des )?n[ée]o-?clouds?',
      "l[’']ensemble de ses (?:contrats|accords)",
      'ses (?:trois|quatre|cinq) (?:contrats|accords)',
      // "plus de 33 milliards avec des acteurs comme CoreWeave, Nscale et Lambda": a sum over sellers given as examples.,
      'avec des (?:acteurs|fournisseurs|entreprises|soci[ée]t[ée]s|n[ée]oclouds|op[ée]rateurs) (?:comme|tels que)',
    ],
    expanded: [
      '(?:loue|lou[ée]|ach[eè]te|achet[ée]|r[ée]serve|r[ée]serv[ée]) (?:davantage|plus) de ~2(?:capacit[ée]s?|puissance|GPU|puces)',
      'avenant',
      'rallong[ée]',
      'relev[ée]',
      "lev[ée]e? (?:une|son|l[’']) ?option",
      // "une extension d'environ 21 milliards": the extension's own amount, an addition to a contract.
      "extension d[’'](?:environ|un montant|une valeur)",
      'extension (?:de |chiffr[ée]e à )(?:pr[èe]s de |quelque )?\\d',
      // "Deuxième extension | 6,5 milliards", "CoreWeave (extension) | mai 2025": a table's row for one of a
      // contract's additions.
      '(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|\\() ?extension',
      // "a accepté d'étendre son utilisation de Google Cloud": more of an existing relationship.
      '[ée]tendre (?:son|sa|leur) (?:contrat|accord|(?:utilisation|usage) (?:de|du) (?:Google|Azure|AWS|Amazon|Oracle|OCI|CoreWeave|Microsoft|Nebius|cloud))',
    ],
    runningTotal: [
      // "le contrat s'élève désormais à".
      "s['’][ée]l[èe]ve(?:nt)? (?:d[ée]sormais|ainsi|donc|maintenant) à",
      'montant total',
      'valeur totale',
      'total (?:des|de ses) (?:contrats|accords)',
      'au total à',
      'portant (?:le total|la valeur)',
      'engagements? tota(?:l|ux)',
      "port(?:e|ent|ant) (?:l[’']|le |la )~~2total",
      // "l'ensemble de ses contrats avec le néocloud atteint", "ses engagements totalisent désormais".
      "(?:contrats|accords|engagements) ~~6(?:atteignent|totalisent|s[’']él[èe]vent) (?:d[ée]sormais |ainsi |donc )?(?:à )?",
      'totalis(?:e|ent) d[ée]sormais',
      // "Au total, la garantie de Google atteint ainsi 3,2 milliards": the level an addition reached.
      "au total,? ~~8(?:atteint|atteignent|s['’][ée]l[èe]ve(?:nt)?) (?:ainsi |d[ée]sormais |donc )?(?:à )?",
    ],
    inTalks: [
      // "aurait mené des discussions préliminaires avec AWS": talks, told in the past.
      '(?:a|ont|aurait|auraient|avait|avaient) (?:men[ée]|eu|tenu|engag[ée]) des (?:discussions|n[ée]gociations|pourparlers) (?:pr[ée]liminaires |exploratoires |avanc[ée]es )?avec',
      // "a suspendu son contrat": paused, as "en suspens".
      'suspendue?s?',
      // "Oracle se prépare à conclure un accord avec OpenAI".
      'se pr[ée]pare(?:nt|rait)? à (?:signer|conclure|finaliser|un accord|un contrat)',
      // "n'a pas encore conclu d'accord définitif avec OpenAI".
      "n['’](?:a|ont|avait) pas encore (?:conclu|sign[ée]|finalis[ée]|trouv[ée])",
      // "un accord potentiel de 20 milliards", "un éventuel accord".
      '(?:accord|contrat)s? potentiels?',
      '[ée]ventuel (?:accord|contrat)',
      // "finalise un accord", "en phase finale de négociation".
      'finalise(?:nt|rai(?:t|ent))? (?:un|le|son|leur) ~~3(?:accord|contrat|partenariat)',
      'en phase finale',
      'au point mort',
      'en suspens',
      "proche d[’']un accord",
      'sur le point de',
      'envisage(?:rait|raient|nt)?',
      'songe(?:rait)? à',
      'en passe de',
      'pourrai(?:t|ent) ~~8(?:signer|conclure|sceller|finaliser)',
      'discussions? ~~3(?:au point mort|suspendues?)',
      // "Les négociations entre OpenAI et Nvidia … ont été bloquées": talks named as the subject, stalled or not.
      '(?:n[ée]gociations|pourparlers|discussions) entre',
      '(?:n[ée]gociations|discussions|pourparlers) ~20bloqu[ée]e?s',
    ],
    reported: [
      'apparemment',
      'selon (?:des|les|certaines) rumeurs',
      'selon (?:des|certaines|les) estimations',
      // "un accord présumé de 300 milliards", "le supposé contrat": the press's word on the deal itself.
      '(?:accord|contrat|partenariat|pacte|deal)s? ~5(?:pr[ée]sum[ée]|suppos[ée]|all[ée]gu[ée])e?s?~w',
      '(?:pr[ée]sum[ée]|suppos[ée])e?s? (?:accord|contrat|partenariat|pacte|deal)',
      // "…, ajoute le quotidien": the paper's words carried on.
      '(?:ajoute|a ajout[ée]|pr[ée]cise|a pr[ée]cis[ée]|poursuit|[ée]crit) (?:le quotidien|le journal|le site|l.agence|le m[ée]dia)',
      'non (?:encore )?v[ée]rifi[ée]e?s?',
      // "a appris Le Monde", "de source proche du dossier".
      'a appris',
      'de sources? (?:proches?|s[ûu]res?|concordantes)',
      'aurai(?:t|ent)',
      'selon (?:la|le) (?:presse|journal|quotidien|site|agence)',
      'selon (?:des|plusieurs) sources',
      "d[’']apr[èe]s (?:des|plusieurs|nos|la presse)",
      'non confirm[ée]',
      // "a rapporté The Information, citant une personne impliquée", "selon des personnes proches du dossier".
      'a rapport[ée]',
      'rapport(?:e|ent|ait|aient)~w',
      // The press conditional on a deal's own verb or figure: "Meta signerait", "le contrat vaudrait", "Microsoft
      // louerait", "s'élèverait à": the paper's hedge (a company's "a indiqué qu'il paierait" is its own word).
      '(?:signe|conclu|loue|pai|paye|fourni|achète|verse|dépense|obtiend|décroche|utilise|engage|vaud|élève|représente|porte|coûte|figure)rai(?:t|ent)',
      // "OpenAI se serait engagé à dépenser", "le contrat serait évalué à 300 milliards": the conditional of "être",
      // the paper's hedge on a done deal or on its figure.
      'serai(?:t|ent)',
      'citant',
      'selon (?:une|des|deux|trois|plusieurs) (?:personnes?|sources?)',
      // The attribution after the fact: "…, ont indiqué des personnes proches du dossier", "a dit une source au fait".
      SOURCES_PROCHES,
      'pourrai(?:t|ent) ~~3(?:payer|d[ée]penser|co[ûu]ter)',
      // "Selon une information exclusive du Wall Street Journal": the paper's finding.
      "selon (?:une|l['’]) ?(?:information|r[ée]v[ée]lation|enqu[êe]te)s? (?:exclusives? )?(?:du|de|d['’]|des)",
    ],
    terminated: [
      'sans (?:parvenir à |aboutir à |trouver d.)?(?:un )?accord(?! (?:sur|pour|avec)\\b)',
      // "Microsoft a renoncé à exercer une option de 12 milliards": an option walked away from.
      "n['’](?:a|ont|avait) pas exerc[ée]",
      'renonc[ée] à exercer',
      "renonc[ée] à (?:son|leur|l[ae]|l[’']) ?(?:accord|contrat|bail)",
      '(?:choisi|d[ée]cid[ée]) de ne pas exercer',
      'rompu',
      // "les discussions n'ont pas abouti"; not "… à ce stade": talks still going on.
      "n['’]ont pas abouti(?! (?:à ce stade|pour l['’]instant|pour le moment|jusqu['’](?:ici|à présent)))",
      'ne concluront pas',
      'abandonn[ée]',
      'annul[ée]',
      'r[ée]sili[ée]',
      'enterr[ée]',
      'capot[ée]',
      // "Ces négociations ont échoué".
      '(?:ont|a|avaient|avait) [ée]chou[ée]',
      '[ée]chou(?:[èe]rent)',
      // Not an exclusivity ended ("a mis fin à son partenariat cloud exclusif avec Microsoft"): the contract stays.
      '(?:met(?:tent|tait|taient|tra|tront)?|mis) fin(?! ~5exclusi)',
      // "Les négociations entre xAI et Oracle sur un possible accord … ont pris fin".
      '(?:a|ont|avaient|avait) pris fin',
      'fin (?:des|de leurs|de ses) (?:discussions|n[ée]gociations|pourparlers)',
      "tomb[ée] à l[’']eau",
      // "Microsoft renonce au contrat", "se retire de l'accord".
      // Not a right given up ("renonce à son droit de premier refus"): the contract stays.
      'renonc(?:e|ent|é) (?:à|au|aux)(?! (?:son |sa |ses |leur |leurs )?(?:droit|exclusivit|privil[èe]ge))',
      'se retir(?:e|ent) (?:de|du)',
    ],
    denied: [
      'd[ée]ment(?:i|ent|ait)?',
      'a d[ée]menti',
      'd[ée]ni',
      'aucun accord n.a [ée]t[ée]',
      'ne (?:loue|louent|ach[eè]te|ach[eè]tent) pas',
    ],
  },
  de: {
    deal: [
      'Option ~~3(?:ausge[üu]bt|gezogen)',
      // "eine Abnahmeverpflichtung für Azure über 250 Milliarden Dollar".
      '*(?:Abnahme|Verbrauchs|Kauf)verpflichtung',
      // "OpenAI investiert 300 Milliarden Dollar in Cloud-Dienste von Oracle": gekaufte Dienste.
      'investier(?:t|te|en) ~5in ~3(?:Cloud-Dienste|Rechenleistung|Rechenkapazit[äa]t)',
      TURNS_TO.de1,
      // "Nvidia wird 18.000 KI-Chips an Humain verkaufen": a vendor selling its goods (the verb last or second).
      'verkauf(?:t|en|te|ten)',
      'weiterverkauf(?:t|en)',
      // "Humain hat bei Nvidia Chips für 10 Milliarden Dollar gekauft": bought, the participle last.
      'gekauft',
      TURNS_TO.de2,
      TURNS_TO.de3,
      // "Nebius angelt sich Meta", "Oracle schnappt sich OpenAI", "holt sich Meta als Kunden": winning a customer.
      'angel(?:t|n) sich',
      'schnapp(?:t|en) sich',
      'hol(?:t|en) sich',
      '*vertrag',
      '*vereinbarung',
      '*abkommen',
      '*auftrag',
      'abgeschlossen',
      'geschlossen',
      'unterzeichnet',
      'unterschrieben',
      'vereinbart',
      'kauft',
      'kaufen',
      'einkaufen',
      // "zusätzliche Azure-Dienste … zu erwerben", "erwirbt Rechenkapazität": buying (a business bought is an
      // acquisition cue's: "erwirbt den Betreiber").
      'erwirbt',
      'erwerben',
      'mietet',
      'mieten',
      'vermietet',
      // The landlord's side in every tense: "wird 245 MW an Fluidstack vermieten", "vermietete".
      'vermiete(?:n|te|ten)',
      '*zur[üu]ckmiete[tn]',
      'bezieht',
      'beziehen',
      'verpflichtet',
      'zusagen?',
      'sichert sich',
      'liefert',
      'liefern',
      // "X stellt Y Rechenleistung bereit", "zur Verfügung stellen": a provider's verb around its object.
      'stell(?:t|en|te) ~+12(?:bereit|zur verf[üu]gung)',
      'bereitstell\\w{0,6}',
      'erste[rn]? kunde[n]?',
      'gr[öo](?:ß|ss)te[rn]? kunde[n]?',
      'ankerkunde[n]?',
      'ankermieter',
      // "bucht bei Google Rechenkapazitäten", "hat GPU-Kapazitäten geordert", "stellt Meta … bereit", "schließen
      // einen Cloud-Deal ab", "hat sich … gesichert", "angemietet".
      'bucht',
      'buchen',
      'gebucht',
      'ordert',
      'geordert',
      'bestellt',
      'stellt ~~12bereit',
      'bereitstellen',
      'bereitgestellt',
      'bereitzustellen',
      'gesichert',
      'sichern sich',
      'angemietet',
      'anmieten',
      'schlie[ßs](?:t|en) ~~12ab',
      // A deal in talks is still a deal ("verhandelt mit Google über Rechenkapazitäten", "kurz vor dem Abschluss").
      'verhandel(?:t|n)',
      'vor (?:dem|einem) abschluss',
      // "greift auf CoreWeave zurück", "zahlt CoreWeave 14 Milliarden", "soll bei Oracle Rechenleistung gekauft
      // haben"; a host of another's machines ("beherbergt die KI-Cluster von Fluidstack"; not "soll 100.000 GPUs
      // beherbergen", which hosts no one).
      'greift ~~6zur[üu]ck',
      'zahl(?:t|en|te)',
      'beherberg(?:t|en) ~~+4von',
      'kaufte',
      // "reserviert bei Nebius Rechenleistung", "sichert sich … Rechenleistung": booking compute.
      'reservier(?:t|en|te)',
    ],
    statedDeal: [
      // "OpenAI wird … KI-Chips von AMD mit einer Rechenleistung von bis zu sechs Gigawatt einsetzen".
      '*(?:Chips|GPUs|Beschleuniger) von \\S+ ~8(?:Gigawatt|GW) ~~1(?:einsetzen|einsetzt|nutzen|beziehen|abnehmen)',
      // A deal for capacity without an amount: a contract with a compute provider ("schließt Vertrag mit Google Cloud",
      // "einen Deal mit Google Cloud eingegangen"), capacity the provider will supply or the buyer rents ("Die Google
      // Cloud soll Rechenpower bereitstellen", "mietet Rechenkapazität bei"), a headline's buyer turning to a
      // provider ("Anthropic setzt auf Azure").
      TURNS_TO.de1,
      '(?:Rechenpower|Rechenleistung|Rechenkapazit[äa]ten?|GPU-Kapazit[äa]ten?|Cloud-Kapazit[äa]ten?|Cloud-Dienste|Cloud-Services|Cloud-Dienstleistungen|KI-Infrastruktur|Cloud-Infrastruktur|GPU-Infrastruktur) ~4(?:bereitstellen|bereitstellt|liefern|liefert|vermieten|vermietet|zur Verfügung stellen|zur Verfügung stellt)~w',
      '(?:mietet|mieten|mietete|bucht|buchen|buchte|sichert sich|sicherte sich) ~3(?:\\S{0,12}-)?(?:Rechenkapazit[äa]t(?:en)?|Rechenleistung|Rechenpower|GPU-Kapazit[äa]t(?:en)?|Cloud-Kapazit[äa]t(?:en)?)',
      // The same told with the separable verb split ("stellt Microsoft in Norwegen GPU-Kapazität zur Verfügung"), as
      // supply ("soll Microsoft mit KI-Rechenleistung versorgen"), as a contract about capacity ("einen Vertrag mit
      // Microsoft über Rechenkapazität", "eine Vereinbarung über KI-Rechenkapazität") or as its use ("nutzt künftig
      // GPU-Kapazitäten von Nscale").
      `(?:stellt|stellen|stellte|stellten)${NOT_RELATIVE} ~6${CAPACITY_DE} zur Verfügung`,
      `versorg(?:t|en|te|ten)${NOT_RELATIVE} ~4mit ~2${CAPACITY_DE}`,
      `mit ~2${CAPACITY_DE} (?:zu )?versorgen`,
      `(?:Vertrag|Vereinbarung|Abkommen|Deal|Liefervertrag) (?:mit ~3)?über (?:die (?:Lieferung|Bereitstellung|Nutzung) von )?${CAPACITY_DE}`,
      `(?:nutzt|nutzen|nutzte|bezieht|beziehen|bezog)${NOT_RELATIVE} ~3${CAPACITY_DE} (?:von|bei) (?:der |dem )?${RENT_SOURCE}`,
      INSTALLS_TO_SERVE.de,
      TURNS_TO.de2,
      TURNS_TO.de3,
      ADDED_TO_SUPPLIERS.de,
      RUNS_ON.de,
      USES_PROVIDER.de,
      TRAINED_IN_CLOUD.de,
      MAIN_PROVIDER.de,
      RECEIVES_GOODS.de,
      WIDENS.de,
      WINS_CUSTOMER.de,
      PROVIDED_BY.de,
      GAINS_ACCESS.de,
      GRANTS_ACCESS.de,
      CUSTOMER_OF_SITE.de,
      SUPPLIES_GPUS.de,
      RENTS_FROM.de,
      BUYS_CAPACITY_FROM.de,
      LEASES_SITE.de,
      ANCHOR_CUSTOMER.de,
      HOSTS_TENANT.de,
      EXERCISED_OPTION.de,
      LEASES_SITE.deTenant,
      AGREES_TO_BUY_GOODS.de,
      BUYS_GOODS_FROM.de,
      VENDOR_SUPPLIES.de,
      CONTRACT_TO_SUPPLY_GOODS.de,
      SUPPLY_AGREEMENT.de,
      WINS_DEAL.de,
      FELL_THROUGH.de,
      WALKED_AWAY.de,
      WIDENS_USE.de,
      TALKS_TO_RENT.de,
      TALKS_TO_BUY_GOODS.de,
      RENTS_AT_DE,
    ],
    valueWords: [
      // "meldete einen mehrjährigen Vertrag mit Anthropic": a multiyear deal between two named companies.
      'mehrjährige[nrms]? ~~1(?:Vertrag|Abkommen|Vereinbarung|Deal|Liefervertrag|Cloud-Vertrag) mit',
      // "einen zehnjährigen Mietvertrag mit Fluidstack": a long lease told without an amount.
      `Mietvertr(?<=(?:\\d+|zehn|zw[öo]lf|f[üu]nfzehn|zwanzig|f[üu]nf|sieben)-?j[äa]hrige[nrs]? Mietvertr)(?:ag|äge)[^.;]{0,20}? mit(?! ${SEVERAL_DE})`,
      // "einen Zehnjahresvertrag mit Fluidstack", "einen zehnjährigen Vertrag mit": a contract that long.
      `*(?:(?:\\d+|Fünf|Sieben|Zehn|Zwölf|Fünfzehn|Zwanzig)-?[Jj]ahresvertr(?:ag|äge)|(?:\\d+|fünf|sieben|zehn|zwölf|fünfzehn|zwanzig)-?jährige[nrs]? Vertr(?:ag|äge)) mit(?! ${SEVERAL_DE})(?=[^.;]{0,80}?(?:unterzeichnet|unterschrieben|abgeschlossen|geschlossen|vereinbart))`,
      // "hat einen Colocation-Vertrag mit Fluidstack unterzeichnet": a capacity contract signed without an amount.
      `*(?:${CAPACITY_CONTRACT_DE})-?vertr(?:ag|äge)(?! mit ${SEVERAL_DE})[^.;\\n]{0,60}?(?:unterzeichnet|abgeschlossen|unterschrieben|geschlossen|vereinbart|besiegelt)`,
      // "OpenAI unterzeichnete einen Cloud-Vertrag mit Google": the same contract with the verb in the past, before it.
      `(?:unterzeichnete|unterschrieb|schloss|besiegelte|vereinbarte)(?<!hatte (?:unterzeichnete|unterschrieb|schloss|besiegelte|vereinbarte))n? ~6(?:eine[nm]? |den )?(?:${CAPACITY_CONTRACT_DE})-?(?:vertrag|vereinbarung)(?! mit ${SEVERAL_DE})`,
      // "kündigte einen Mietvertrag mit Fluidstack an": the same contract announced.
      `kündigte(?:n)? ~4(?:eine[nm]? |den )?(?:${CAPACITY_CONTRACT_DE}|miet)-?(?:vertrag|vereinbarung) mit(?! ${SEVERAL_DE})`,
      'mehrere milliarden',
      'milliardenschwer\\w{0,3}',
      '*milliardenauftrag',
      '*milliardendeal',
      '*milliardenvertr[äa]ge?',
      'in milliardenh[öo]he',
      // "ein Auftrag im Milliardenbereich", "im zweistelligen Milliardenbereich".
      `nicht (?:genannt|bekannt(?:gegeben)?|offengelegt)${CELL_BEFORE}nicht \\S{4,20})`,
      // "ein Volumen im (hohen) zweistelligen Milliardenbereich", "ein zweistelliger Milliardenbetrag".
      '*milliardenbereich',
      '*milliardenbetrag',
      'milliarden (?:us-)?dollar',
      // "Mega-Deal mit Meta", "Rekordauftrag": a contract called big without a figure. Not "Großauftrag", which the
      // press uses for an earlier contract recalled in passing ("hatte bereits einen Großauftrag erhalten").
      '*rekordauftr[äa]ge?',
    ],
    acquisition: [
      // "für eine angepasste Version des Gemini-Modells zu zahlen": a model licensed.
      `(?:angepasste[n]? |eigene[n]? )?Version (?:des |von )${MODEL_NAMES}`,
      `(?:zahlen|zahlt|zahlte|zahlen wird) ~12f[üu]r die Nutzung (?:von |des |einer )?(?:(?:angepassten |eigenen )?Version von )?${MODEL_NAMES}`,
      // "macht CoreWeave zum Eigentümer von 1,3 Gigawatt": what a takeover hands over.
      '(?:zum|zur) Eigent[üu]mer(?:in)? (?:von|der|des)',
      'Eigentum an ~~1\\d',
      '[üu]bernimmt die Kontrolle',
      'Kontrolle [üu]ber ~8(?:[üu]bernehmen|erlangen)',
      '*übernahme',
      // "Yandex beschloss, sein Geschäft in Russland für 5 Milliarden Euro zu verkaufen": ein Geschäft verkauft.
      '(?:sein|seine|ihr|ihre|das|die) ~2\\S*(?:geschäft|sparte|tochter)\\S*[^.;]{0,60}?\\s(?:zu verkaufen|verkauft|veräußert|zu veräußern)',
      // "Talen verkaufte sein Rechenzentrum 2024 für 650 Millionen Dollar an Amazon": ein Standort wechselt den Besitzer.
      `(?:verkauf(?:t|te|ten|en)|veräußer(?:t|te|ten|n)) (?:sein|seine|seinen|ihr|ihre|ihren|das|den|die) ${SITE_SOLD_TO.de}`,
      // "der Verkauf des Rechenzentrums-Campus von Talen an AWS für 650 Millionen Dollar": derselbe Standort, als Nomen.
      `(?:verkauf|veräußerung) (?:des|seines|ihres|eines) ${SITE_SOLD_TO.de}`,
      '*uebernahme',
      // "Google übernimmt Garantien für Zahlungsverpflichtungen von Fluidstack": taking on a guarantee, no takeover.
      // "… 1,8 Milliarden der Leasingverpflichtungen von Fluidstack übernimmt": the obligations told first.
      '*(?<!(?:verpflichtung|verpflichtungen|garantie|garantien|bürgschaft) ~~9)übernimmt(?! ~~2(?:garantie|bürgschaft|haftung|absicherung|zahlungsverpflichtung|mietverpflichtung))',
      'kauft (?:den|die|das) ~~2(?:konkurrenten|rivalen|betreiber)',
      // "ein Konsortium will den Betreiber übernehmen", "den kompletten Erwerb von Aligned", "kaufen den
      // Rechenzentrumsbetreiber": a business bought (its price is no capacity contract's value). Not "erwirbt
      // Rechenkapazität": the verb of buying capacity stays out.
      '(?<!(?:garantie|garantien|bürgschaft|haftung) ~~8)übernehmen',
      'übernommen',
      'übernahm(?:en)?',
      // The noun only ("der Erwerb", "des Erwerbs"): the verb "erwerben" buys services as often as businesses.
      'erwerb(?!en)(?! von ~~2(?:rechen|kapazit|gpus?|chips|servern?|beschleunigern?|tpus?|prozessoren))',
      '(?:kauf(?:t|en)|übernimmt|erwirbt|erwerben) (?:den|die|das) ~~2[a-zäöüß-]*(?:betreiber|spezialisten|anbieter)(?:in|s)?',
      'in aktien',
      'aktientausch',
      'je aktie',
      '*lizenzvereinbarung',
      '*lizenzabkommen',
      'lizenziert',
    ],
    investment: [
      // "wird OpenAI Aktien im Wert von 350 Millionen Dollar ausgeben": Aktien, kein Vertrag.
      '*Aktien ~6(?:ausgeben|ausgegeben|gewähren|gewährt)',
      // "die erste Tranche über 10 Milliarden Dollar": eine Tranche eingezahlten Geldes.
      '(?:erste|zweite|dritte|letzte)n? Tranche(?! (?:von|mit) ~3(?:Kapazit|Rechen|MW|Megawatt|GW|Gigawatt|\\S*Chips|GPUs|Server))',
      // "Nvidia wird bis zu 10 Milliarden Dollar in Anthropic stecken": money put into a lab.
      `in ${LAB_FUNDED} (?:zu )?(?:stecken|steckt|steckte|stecke|pumpen|pumpt|pumpte|einschießen|schießt)`,
      // "SoftBank steuert 30 Milliarden Dollar bei, auch Microsoft beteiligt sich": ein Anteil an einer Finanzierungsrunde.
      `steuer(?:t|n|te|ten) (?:(?:rund|etwa|bis zu|mehr als|weitere) )?(?:US-?)?[$€£]?\\s?\\d[^.;]{0,60}?\\sbei${NO_LEASE_AHEAD}`,
      // "Google erwirbt einen 8%-Anteil an TeraWulf": a stake bought, not capacity.
      '\\d\\s?(?:%|Prozent)-?(?:ige[nr]? )?Anteil',
      // "hat Anteile an CoreWeave für 2 Milliarden Dollar gekauft": shares bought, not capacity.
      'Anteile an',
      'steig(?:t|en) mit',
      '*einstieg',
      'einsteigen',
      '*geldgeber',
      'gesteckt',
      'steckt',
      // "der Mietvertrag, der mit rund 7 Milliarden bewertet wird": a contract valued is its value, no company's.
      '*\\bbewertet(?![a-zäöü])(?<!(?:vertrag|vereinbarung|auftrag|deal|abkommen)[^.;]{0,60}bewertet)',
      '*investition',
      '*investiert',
      '*investieren',
      '*beteiligung',
      '*beteiligt',
      'steig(?:t|en) ~~4ein',
      // "Start-up sammelt parallel 1,1 Milliarden Dollar ein": the separable verb around the amount raised.
      // "Lambda sammelt 1,5 Milliarden Dollar nach Cloud-Deal mit Microsoft ein": the particle after a deal named
      // in between.
      'sammel(?:t|te|ten|n) ~9ein',
      '*eingesammelt',
      '(?:bring\\w*|steck\\w*|schie[ßs]\\w*|zahl\\w*) ~~6(?:in|f[üu]r) (?:das|dieses) (?:neue )?(?:Gemeinschaftsunternehmen|Joint Venture)',
      'finanzierungsrunde',
      '*kapitalspritze',
      '*finanzierung',
      '*investoren',
      'einzusammeln',
      'einsammeln',
      'einzusteigen',
      'eingestiegen',
      // "beteiligen sich … an Anthropic: Nvidia mit bis zu 10 Milliarden Dollar": a stake taken.
      'beteilig(?:en|te|ten) sich',
      '*schecks?',
      // "liefert Nebius eine Milliarde Dollar frisches Eigenkapital": new capital, whatever the verb.
      '*eigenkapital',
      'frisches (?:geld|kapital)',
      // Money lent or raised beside a site: "eine Kreditlinie über 60 Millionen", "mit 300 Millionen Dollar von
      // Macquarie finanziert", "ein Fonds über 15 Milliarden", "Vorzugskapital".
      '*kreditrahmen',
      // "Über JPMorgan wurden 15 Milliarden Dollar an Kapital eingeworben, darunter ein Darlehen": capital raised.
      '(?:kapital|mittel|fremdkapital|schulden) ~~3eingeworben',
      'eingeworben',
      'finanziert (?:mit|durch|von)',
      'mit ~~+6finanziert',
      '*vorzugskapital',
      '*vorzugsaktien',
      '*kapitalfonds',
      '*investmentfonds',
      '(?:einen|den|ein) fonds (?:über|von|mit|für)',
    ],
    plan: [
      '(?:skizziert|umrissen|vorgezeichnet) ~3(?:Weg|Pfad|Fahrplan)',
      '(?:Weg|Pfad|Fahrplan) ~8(?:skizziert|umrissen|vorgezeichnet)',
      // "Die Tech-Konzerne wollen 400 Milliarden Dollar ausgeben": eine Ausgabenprognose.
      'ausgeben (?:wollen|sollen|werden)',
      // "hat sich 11,6 Milliarden Dollar gesichert, um das Rechenzentrum auszubauen": Geld für den eigenen Ausbau.
      // Opens on the participle: "Millionen" would open on the head of every "million" in an English filing.
      '*(?:gesichert|eingesammelt)(?<=sich (?:rund |etwa |weitere )?\\d[\\d,.]* (?:Milliarden|Millionen|Mrd\\.?|Mio\\.?) (?:US-)?(?:Dollar|Euro) ~2(?:gesichert|eingesammelt))',
      // "xAI erwägt, seinen Campus in Memphis zu erweitern": der eigene Standort wächst.
      '(?:seinen|ihren) (?:eigenen )?~~1(?:Campus|Standort|Rechenzentrum|Cluster) ~~3(?:zu )?(?:erweitern|ausbauen)',
      // "Meta hat 600 Milliarden US-Dollar für Rechenzentren zugesagt": der eigene Ausbau, kein Vertrag.
      '*(?:Milliarden|Billionen|Mrd\\.?)(?<=\\d (?:Milliarden|Billionen|Mrd\\.?)) (?:US-)?(?:Dollar|Euro) ~2für (?:neue |eigene |den Bau von )?(?:KI-)?(?:Rechenzentren|Infrastruktur)\\S* ~2(?:zugesagt|vorgesehen|eingeplant|bereitgestellt)',
      // "das Projekt Stargate im Wert von 500 Milliarden": die Größe eines benannten Projekts, kein Vertrag.
      `Projekt(?:s)? ${PROJECT_NAME},? (?:im Wert von|mit einem Volumen von) (?:rund |etwa |mehr als |bis zu )?\\d`,
      '*betriebsergebnis',
      // "erwartete Ausgaben von 114 bis 118 Milliarden": die eigenen Ausgaben eines Konzerns, kein Vertrag.
      '(?:erwartete|geplante|prognostizierte|j[äa]hrliche) Ausgaben',
      // Zusagen eines Landes an die Unternehmen einer Branche: kein Vertrag.
      '*(?:investitions)?zusagen ~~6(?<!(?:beiden|zwei|drei) )(?:Firmen|Konzerne|Unternehmen)\\b',
      // A recurring-revenue figure: a company's run-rate, no contract's value ("ARR" is in the English list).
      'wiederkehrende[nr]? (?:Jahres)?umsatz',
      'annualisierte[nr]? Umsatz',
      'verm[öo]gen',
      'reichste',
      'geplante?[nrs]?(?! Gesamt)',
      // "Oracle plant den Kauf von 400.000 Nvidia-GB200-Chips": a purchase planned is a purchase, as "plans to buy" is.
      // "plant, … Kapazitäten beim … Nscale anzumieten": a planned rental, told verb-last, is a deal reported or planned.
      'plant(?! ~2(?:den |die )?(?:Kauf|Erwerb|Anmietung)\\b)(?![^.;]{0,140}?\\b(?:anzumieten|zu mieten|einzukaufen|zu beziehen|zu buchen)\\b)',
      'planen(?! ~2(?:den |die )?(?:Kauf|Erwerb|Anmietung)\\b)',
      '*einsparungen',
      'weltmarkt',
      '*(?<!\\b(?:mietet|mieten|anmieten|gemietet|übernimmt|übernehmen|übernommen) (?:[^\\s.;,]+ ){0,4})(?:campus|rechenzentrums)-?projekt',
      'milliarden (?:dollar |euro )?(?:f[üu]r (?:den )?)?(?:eigenen )?bau',
      'plan(?:t|en) ~~3(?:investition|ausgaben)',
      '*offensive',
      '*programm',
      '*ausgaben',
      'jahresumsatz',
      'marktwert',
      '*bewertung',
      // "der Mietvertrag, der mit rund 7 Milliarden bewertet wird": a contract valued is its value, no company's.
      '*\\bbewertet(?![a-zäöü])(?<!(?:vertrag|vereinbarung|auftrag|deal|abkommen)[^.;]{0,60}bewertet)',
      '*kapitalerh[öo]hung',
    ],
    aggregate: [
      'summieren sich',
      'Neocloud-(?:Zusagen|Vertr[äa]ge|Verpflichtungen|Deals)',
      'zusammengenommen',
      'alle ~~2(?:vertr[äa]ge|auftr[äa]ge)',
      'teil einer ~~3(?:\\S*offensive|\\S*paket|\\S*programms)',
      '*zusagen (?:bei|an)',
      // "über 33 Milliarden Dollar mit Anbietern wie CoreWeave, Nscale und Lambda": a sum over sellers given as examples.,
      'mit (?:Firmen|Anbietern|Unternehmen|Neoclouds|Betreibern) wie',
    ],
    expanded: [
      '(?:mietet|mietete|kauft|kaufte|bucht|buchte) ~2(?:mehr|weitere|zusätzliche) ~2\\S*(?:[Kk]apazität|[Kk]apazitäten|Rechenleistung|GPUs|Chips)',
      '*erweitert',
      '*erweiterung',
      '*aufstockung',
      // "einen weiteren Auftrag über 11 Milliarden Dollar erteilt": another order on top of the first.
      '(?:weitere[nrs]?|zus[äa]tzliche[nrs]?) (?:Auftrag|Bestellung|Order)',
      'erh[öo]ht',
      'aufgestockt',
      // "stockt Meta seine Vereinbarung mit CoreWeave auf": the subject and the contract's name between.
      'stockt ~~6auf\\b',
      // "zahlt zusätzlich 14,2 Milliarden Dollar": more money on the same contract.
      '(?:zahlt|zahlen|bucht|buchen) ~2zus[äa]tzlich',
      'zieht ~~2option',
      // "seine Nutzung von Google Cloud zu erweitern": more of an existing relationship.
      'Nutzung von (?:Google|Azure|AWS|Amazon|Oracle|OCI|CoreWeave|Microsoft|Nebius)\\S* ~~3(?:zu )?erweitern',
      'option ~~6gezogen',
      '*zuschlag',
      // "weitet die Anmietung … aus", "ausgeweitet": the rental grows.
      'weite(?:t|n|te|ten) ~~6aus\\b',
      '*ausgeweitet',
      // "über weitere 260 Megawatt", "zusätzliche 2 Milliarden": more of the same contract.
      '(?:weitere|zus[äa]tzliche)[nr]? (?:rund |etwa |gut |knapp )?\\d[\\d.,]* ?(?:MW|GW|Megawatt|Gigawatt|Milliarden|Millionen|Mrd)',
      // "zusätzliche Cloud-Services im Wert von 6,5 Milliarden Dollar bestellt": more services on the same contract.
      '(?:weitere|zus[äa]tzliche)[nr]? ~+3im (?:Gesamt)?wert von',
      // "einen Mietvertrag für eine zweite Phase": the next phase of one site's lease.
      '(?:zweite|dritte|vierte)[nr]? (?:Phase|Bauabschnitt|Ausbaustufe|Tranche)',
    ],
    runningTotal: [
      // "insgesamt beläuft sich der Vertrag damit auf", "kommt damit auf": the pair's total after the addition.
      'bel[äa]uf(?:t|en) sich ~~6auf',
      'komm(?:t|en) ~~3(?:damit|nun|jetzt) ~~3auf',
      '*gesamtvolumen',
      '*gesamtwert',
      'summier(?:t|en) sich',
      '*gesamtzusage',
      '*gesamtverpflichtung',
      'steigen ~~8auf',
      'steigt ~~8auf',
      'insgesamt auf',
      'liegt ~~3nun bei',
    ],
    inTalks: [
      // "Oracle bereitet sich auf einen Vertrag mit OpenAI vor".
      'bereite(?:t|n) sich ~~3auf (?:einen|den|ein) ~~2(?:Deal|Vertrag|Abschluss|Abkommen)',
      // "hat noch keinen endgültigen Vertrag mit OpenAI unterzeichnet".
      '(?:hat|haben|hatte) noch keine[nm]? ~~1(?:Vertrag|Deal|Vereinbarung|Abkommen)',
      // "hat den Vertrag über 14,2 Milliarden Dollar mit Nebius noch nicht unterzeichnet".
      'noch nicht (?:unterzeichnet|unterschrieben|abgeschlossen|besiegelt|finalisiert)',
      // "ein möglicher Deal über 20 Milliarden", "einen potenziellen Vertrag".
      '(?:m[öo]glichen?|m[öo]glicher|potenziellen?|potenzieller) ~2(?:Deal|Vertrag|Vereinbarung|Abkommen)',
      // "in der finalen Phase der Gespräche", "steht vor dem Abschluss".
      'in der (?:finalen|letzten|entscheidenden) phase',
      'st(?:eht|ehen) vor (?:dem|einem) (?:abschluss|vertragsabschluss)',
      'verhandelt',
      'verhandeln',
      'erw[äa]g(?:t|en)',
      'in gespr[äa]chen',
      '*gespr[äa]che',
      'kurz vor',
      'auf eis',
      'ins stocken',
      'gestockt',
      'k[öo]nnte(?:n)? ~~20(?:abschlie[ßs]en|unterzeichnen|vereinbaren|sichern|besiegeln)',
    ],
    reported: [
      'anscheinend',
      'Ger[üu]chten zufolge',
      'Sch[äa]tzungen zufolge',
      // "einen angeblichen Deal über 300 Milliarden", "der mutmaßliche Vertrag": the press's word on the deal itself.
      '(?:angeblich|mutma(?:ß|ss)lich|gerüchteweise)(?:e|en|er|es)? ~4\\S*?(?:Deal|Vertrag|Vereinbarung|Auftrag|Pakt|Abkommen|Partnerschaft)',
      // "…, so die Zeitung", "fügte das Blatt hinzu": the paper's words carried on.
      '(?:so|schreibt|schrieb|fügte|ergänzte) (?:die Zeitung|das Blatt|die Agentur|das Portal|das Magazin)',
      'nicht ~~2verifiziert',
      // "wie aus Kreisen verlautete", "wie aus Branchenkreisen zu hören war", "erfuhr das Handelsblatt".
      'verlautet(?:e|en)?',
      'wie ~~3zu h[öo]ren (?:war|ist)',
      'erfuhr(?:en)?',
      'nach (?:informationen|angaben) (?:von|des|der|aus) ~~2(?:kreisen|insidern|medien|zeitung|handelsblatt|bloomberg|reuters)',
      'laut (?:insidern|kreisen|medienberichten|einem bericht|berichten|informationen)',
      // "laut Wall Street Journal", "laut dem Handelsblatt": a newspaper's report, not the companies' word.
      `laut (?:dem |der )?(?:[„"]|${OUTLET_NAMES}|the information|medien)`,
      'berichtet',
      'berichten zufolge',
      // "nach Meldungen über einen Cloud-Deal", "Medienberichten zufolge": the press's reports.
      'nach ~~1(?:meldungen|medienberichten|berichten) (?:über|zu|von|zufolge)',
      // "nach einem Bericht des Wall Street Journal", "einem Bericht der FT zufolge": a newspaper's finding.
      'nach (?:einem |dem )?bericht(?:en)? (?:des|der|von|im|in der)',
      'einem bericht ~~4zufolge',
      'soll(?:en)? ~~16(?:einkaufen|kaufen|mieten|zahlen|bezahlen|abnehmen)',
      // "Meta soll einen Vertrag mit Google unterzeichnet haben": the press's hedge on a done deal.
      'soll(?:en)? ~~16(?:unterzeichnet|abgeschlossen|geschlossen|vereinbart|unterschrieben) haben',
      // "OpenAI könnte einen Vertrag … abgeschlossen haben": a done deal told as a possibility.
      'k[öo]nnte(?:n)? ~~16(?:unterzeichnet|abgeschlossen|geschlossen|vereinbart|unterschrieben) haben',
      // "Der Vertrag soll 300 Milliarden Dollar wert sein", "soll sich auf 10 Milliarden belaufen": the figure hedged.
      'soll(?:en)? ~~12(?:wert sein|belaufen)',
      // "Wie Insider berichten", "wie Bloomberg berichtete": the press's account.
      'wie ~~+3berichte(?:n|te|ten)?',
      'nicht best[äa]tigt',
      'unbest[äa]tigt',
      'offenbar',
      // "Insidern zufolge", "laut zwei mit der Angelegenheit vertrauten Personen", "unter Berufung auf vertraute
      // Kreise", "wie ein Insider sagte".
      '(?:insidern|kreisen|informanten|eingeweihten|medienberichten) zufolge',
      'vertraute(?:n|r)? (?:personen|person|kreise|kreisen|quelle|quellen)',
      'unter berufung auf',
      'wie (?:ein|eine) (?:insider|informant|eingeweihter)',
      'laut (?:einem|zwei|drei|mehreren) (?:insider|insidern|informanten|personen|eingeweihten)',
    ],
    terminated: [
      'ohne Einigung(?! (?:über|zu|bei|mit)\\b)',
      'Option ~~12(?:verfallen|verstreichen|auslaufen) (?:lassen|ließ|lie(?:ß|ss)en)',
      // "Microsoft verzichtete darauf, die Option über 12 Milliarden Dollar auszuüben": an option walked away from.
      'Option ~~8nicht (?:ausge[üu]bt|auszu[üu]ben|gezogen)',
      'verzicht(?:et|ete|eten) ~~14auszu[üu]ben',
      'abgesagt',
      'geplatzt',
      'aufgek[üu]ndigt',
      'ausgestiegen',
      '(?<!an)gek[üu]ndigt',
      // "kündigte seinen Mietvertrag mit CoreWeave" (not "kündigte … an": announced).
      'kündigte (?:den|seinen|ihren) \\S*vertrag',
      'storniert',
      'beendet',
      'gescheitert',
      // "Die Gespräche scheiterten im Juli".
      'scheiterte(?:n)?(?! (?:\\S+ )?nicht)',
      'abgebrochen',
      'beend(?:en|et) (?:ihre |die |seine )?(?:gespr[äa]che|verhandlungen)',
      // "beendeten die Gespräche": the past tense of ending talks.
      'beendete(?:n)? (?:ihre |die |seine )?(?:gespr[äa]che|verhandlungen)',
      // "Dann beendete der Grok-Entwickler die Gespräche": the subject between.
      'beendete(?:n)? ~~4(?:ihre|die|seine) (?:gespr[äa]che|verhandlungen)',
      'auf(?:ge)?geben',
      // "hat den Vertrag aufgelöst", "steigt aus dem Vertrag aus", "zieht sich aus dem Deal zurück".
      'aufgel[öo]st',
      // Not "steigen die erwarteten Mieteinnahmen aus den Verträgen auf" (rise … from the contracts to).
      'steig(?:t|en) ~~4aus(?! (?:de[nmr]|diese[nmr]) ~3(?:Vertr[äa]gen|Mietvertr[äa]gen|Auftr[äa]gen) auf\\b)(?! ~5auf (?:rund |etwa |über |knapp )?\\d)',
      'ausgestiegen',
      'zieh(?:t|en) sich ~~4zur[üu]ck',
    ],
    denied: [
      'dementiert(?:e|en)?',
      'wies ~~3zur[üu]ck',
      'bestritt',
      'bestreitet',
      '(?:mietet|kauft|bezieht) keine',
    ],
  },
  es: {
    deal: [
      'ejerci(?:ó|eron) (?:una|su|la) ~~1opci[óo]n',
      // "un compromiso de consumo en Azure por 250.000 millones".
      'compromisos? de (?:consumo|gasto|compra)',
      // "OpenAI invirtió 300.000 millones de dólares en servicios en la nube de Oracle": servicios comprados.
      'invirti(?:ó|o|ó|rá) ~5en ~3(?:servicios (?:en la |de )nube|capacidad de c[óo]mputo)',
      TURNS_TO.es,
      // "Nvidia venderá 18.000 chips a Humain": a vendor selling its goods.
      `(?:re)?vend(?:e|er|erá|erán|ía|ería|erían) ~6${SOLD_GOODS_ES}`,
      // A past sale with its count, as English "sold" ("Nvidia vendió 18.000 chips a Humain").
      `vendi[óo] \\d~4${SOLD_GOODS_ES}`,
      // "Nvidia enviará a Humain 18.000 chips", "entregará": the goods delivered.
      `(?:enviar|enviará|enviarán|entregar|entregará|entregarán) ~6${SOLD_GOODS_ES}`,
      'firm[óa]',
      'firmado',
      'cierra',
      'cerr[óa]',
      'sell[óa]',
      'suscribi[óo]',
      'alquila',
      'alquilar[áa]?',
      // Leasing a site to a tenant is the deal ("arrendará su centro de datos a Fluidstack").
      'arrend(?:a|an|ar|ar[áa]|ar[áa]n|[óo])',
      // The present stem changes: "arrienda 168 MW a Fluidstack".
      'arriend(?:a|an|e|en)',
      // The lease as a noun: "en apoyo de arrendamiento", "los arrendamientos de Fluidstack".
      'arrendamientos?',
      'alquil(?:ó|aron|an|ar[áa]n)',
      'contrata',
      'contrat[óo]',
      'compra(?:r[áa])?',
      'se compromete',
      'comprometi[óo]',
      'primer cliente',
      'mayor cliente',
      'principal cliente',
      'cliente ancla',
      // "se hace con capacidad de cómputo", "alcanzó un acuerdo", "pactó", "rentará chips", "proveerá a Meta"; a deal
      // in talks is still one ("negocia con Google").
      'se (?:hace|hizo|har[áa]) con',
      'hacerse con',
      'alcanz(?:a|an|[óo]|aron) un acuerdo',
      'pact(?:a|an|[óo]|aron|ado)',
      'reserv(?:[óo]|aron|ado)',
      'firm(?:an|aron)',
      'cierran',
      'cerraron',
      'suscrib(?:e|en|ieron)',
      'rent(?:ar[áa]n?|ar|[óo])',
      'adjudic(?:a|[óo]|ado)',
      'prove(?:e|en|er[áa]n?|er)',
      'negoci(?:a|an|ando)',
      // "Meta recurre a CoreWeave", "se apoya en Nebius", "pagará a CoreWeave"; a host of another's machines
      // ("alojará los clústeres de IA de Fluidstack").
      'recurr(?:e|en|i[óo]|ir[áa]|ieron) a',
      'se apoy(?:a|an|ar[áa]|[óo]) en',
      'pag(?:a|ar[áa]|[óo])',
      'aloj(?:a|an|ar[áa]n?|ar) ~~+5de',
      // "se asegura potencia de cómputo de Nebius", "reservó capacidad", "blinda GPU": securing or booking compute;
      // the compute noun ("potencia de cómputo") is a contract's object as "capacidad" is.
      'se asegur(?:a|an|ar[áa]|[óo])',
      'asegur(?:[óo]|ado|ada)',
      // Only the past: "reserva" is also a noun ("la Reserva Federal").
      'reserv[óo]',
      'blind(?:a|an|ar[áa]|[óo])',
      'potencia de (?:c[óo]mputo|c[áa]lculo|computaci[óo]n)',
      // "potencia informática de Microsoft Azure": the same compute noun in other words.
      'potencia (?:inform[áa]tica|computacional)',
    ],
    statedDeal: [
      // A deal for capacity, its purpose told right after it ("ha cerrado un acuerdo con Google Cloud para ampliar su
      // capacidad de cómputo"), capacity a provider will supply ("Google Cloud proporcionará
      // capacidad adicional"; not "alquilará", which reads both ways: "Oracle, que arrendará el campus a Crusoe, alquilará
      // esa capacidad a OpenAI"), a headline's buyer turning to a provider ("OpenAI firma
      // con Oracle", "recurre a Google Cloud").
      `(?:cerr[óo]|ha cerrado|han cerrado|cierra|cierran|firm[óo]|ha firmado|han firmado|firma|firman|sell[óo]|ha sellado|sella|suscribi[óo]|anunci[óo]|ha anunciado|anuncia|habría (?:firmado|cerrado|sellado))(?: (?!(?:${EARLIER_WORDS})\\b)\\S+){0,3}? (?:acuerdo|contrato|pacto|alianza)s?~w[^.;\\n]{0,80}?(?:capacidad(?:es)? (?:de (?:c[óo]mputo|computaci[óo]n|c[áa]lculo|procesamiento)|computacional(?:es)?)|potencia (?:de (?:c[óo]mputo|c[áa]lculo|computaci[óo]n)|inform[áa]tica|computacional)|servicios? (?:en la |de )nube|infraestructura (?:en la |de (?:la )?)?nube|(?:c[óo]mputo|computaci[óo]n) en la nube|(?:alquilar|arrendar|ocupar|acceder a) (?:un |el |los |las )?~~1(?:GPUs?|${DATA_CENTRE_ES}))`,
      '(?:proporcionar[áa]n?|suministrar[áa]n?|proveer[áa]n?|aportar[áa]n?|va a (?:proporcionar|suministrar)|dar[áa]n? acceso a) ~3(?:(?:capacidad|potencia)(?: adicional)?(?: de (?:c[óo]mputo|computaci[óo]n|c[áa]lculo|procesamiento)| computacional| inform[áa]tica| adicional)|servicios (?:en la |de )nube|servicios de (?:c[óo]mputo|computaci[óo]n en la nube)|infraestructura (?:de (?:IA|inteligencia artificial|nube|c[óo]mputo)|en la nube))',
      TURNS_TO.es,
      ADDED_TO_SUPPLIERS.es,
      RUNS_ON.es,
      USES_PROVIDER.es,
      TRAINED_IN_CLOUD.es,
      MAIN_PROVIDER.es,
      RECEIVES_GOODS.es,
      USES_ANNOUNCERS_GOODS.es,
      WIDENS.es,
      WINS_CUSTOMER.es,
      PROVIDED_BY.es,
      GAINS_ACCESS.es,
      GRANTS_ACCESS.es,
      CUSTOMER_OF_SITE.es,
      SUPPLIES_GPUS.es,
      RENTS_FROM.es,
      BUYS_CAPACITY_FROM.es,
      INSTALLS_TO_SERVE.es,
      LEASES_SITE.es,
      ANCHOR_CUSTOMER.es,
      HOSTS_TENANT.es,
      EXERCISED_OPTION.es,
      AGREES_TO_BUY_GOODS.es,
      BUYS_GOODS_FROM.es,
      AGREES_TO_BUY_GOODS.esWith,
      VENDOR_SUPPLIES.es,
      CONTRACT_TO_SUPPLY_GOODS.es,
      SUPPLY_AGREEMENT.es,
      WINS_DEAL.es,
      FELL_THROUGH.es,
      WALKED_AWAY.es,
      WIDENS_USE.es,
      TALKS_TO_RENT.es,
      TALKS_TO_BUY_GOODS.es,
      DEAL_WITH_MAKER_FOR_GOODS.es,
    ],
    valueWords: [
      // "reveló un acuerdo plurianual con Anthropic": a multiyear deal between two named companies.
      'plurianual ~~1con',
      // "un contrato de arrendamiento a diez años con Fluidstack": a long lease told without an amount.
      `contratos? de (?:arrendamiento|alquiler) ~2(?:a |de |por )?(?:\\d+|dos|tres|cinco|siete|diez|doce|quince|veinte) años (?:con|entre)(?! ${SEVERAL_ES})`,
      // "un contrato a diez años con Fluidstack": a contract that long between two named compute companies.
      `contratos?(?<=\\b(?:firm[óo]|firma|firmado|firmaron|suscribi[óo]|cerr[óo]|sell[óo]|gan[óo]|obtuvo) ~5contratos?) (?:a|de|por) (?:\\d+|cinco|siete|diez|doce|quince|veinte) años (?:con|entre)(?! ${SEVERAL_ES})`,
      // "firmó un contrato de colocation con Fluidstack": a capacity contract signed without an amount; not
      // "había firmado" (a background contract).
      `(?<!había )(?:firm[óo]|ha firmado|han firmado|suscribi[óo]|anunci[óo]|ha anunciado|han anunciado)[^.;\\n]{0,60}?(?:contratos?|acuerdos?) (?:de (?:colocation|coubicaci[óo]n|arrendamiento|alquiler|capacidad|computaci[óo]n|c[óo]mputo|nube)|cloud)(?![^.;,]{0,20} con ${SEVERAL_ES})`,
      'miles de millones',
      // "El presente contrato de arrendamiento se celebra entre Hut 8 y Fluidstack": a contract's operative sentence.
      '(?:contrato|acuerdo)(?: de (?:arrendamiento|servicios|colocation|capacidad|servicios en la nube))? (?:se celebra|se suscribe|es celebrado|fue celebrado|se firma|se firmó) ~4entre',
      'varios miles de millones',
      'decenas de miles de millones',
      'multimillonari[oa]s?',
      `no (?:revelad|divulgad|desvelad)[oa]s?${CELL_BEFORE}no \\S{4,20})`,
      'milmillonari[oa]s?',
      // "un megacontrato con OpenAI", "un contrato gigante", "acuerdo récord": a contract called big without a figure.
      // "meg contrato": the compound as contract-compounds.ts splits it, keeping offsets.
      '(?:mega-?|meg )(?:contrato|acuerdo)s?',
      '(?:contrato|acuerdo)s? ~~1(?:gigantes?|colosal(?:es)?|r[ée]cord|enormes?)',
    ],
    acquisition: [
      // "compró la startup de búsqueda Tavily por 275 millones": una empresa comprada, nombrada por su tipo.
      'compr(?:ó|a|ará|aron|ado) (?:la |el |una |un )?(?:startup|start-up|empresa emergente|compañía|firma|sociedad)~w',
      `(?:pagar[áa]?|paga|pag[óo]) ~12por usar (?:una |el )?(?:versi[óo]n (?:personalizada )?(?:de|del) )?(?:modelo )?${MODEL_NAMES}`,
      // "AirTrunk, comprada por Blackstone en 2024 por 24.000 millones": a business bought, told in the passive.
      '(?:comprad|adquirid)[oa]s? por (?:(?!(?:a|al|de|del)\\s)\\S+ ){1,2}(?:en \\d{4} )?por (?:unos |cerca de )?\\d',
      // "dándole la propiedad de 1,3 gigavatios de capacidad bruta": what a takeover hands over.
      'd[áa]nd(?:ole|oles|o) (?:la )?(?:plena )?propiedad de',
      'toma(?:r|rá|ría)? el control',
      'tom[óo] el control',
      'compra (?:los )?activos',
      // "Yandex decidió vender sus operaciones en Rusia por 5.000 millones de euros": un negocio vendido.
      'vend(?:er|i[óo]|e|er[áa]|ido) (?:sus|su|las|los) ~2(?:operaciones|negocios?|filial|divisi[óo]n|actividades)~w',
      // "Talen vendió su campus de centros de datos a Amazon por 650 millones": un sitio vendido, no alquilado.
      `vend(?:i[óo]|e|en|er[áa]|ido|er) (?:su|sus|el|los|un) ${SITE_SOLD_TO.es}`,
      // "la venta del campus de centros de datos de Talen a AWS por 650 millones": el mismo sitio vendido, dicho con un nombre.
      `venta (?:de su|de sus|del|de los|de la|de un|de una) ${SITE_SOLD_TO.es}`,
      // "Nvidia, Microsoft, xAI y BlackRock adquieren Aligned": a business bought, in every person and tense; not
      // "adquiere capacidad de cómputo" (NOT_BUYING_COMPUTE: a purchase of capacity is the deal itself).
      `adquier(?:e|en)${NOT_BUYING_COMPUTE}`,
      `adquiri(?:[óo]|eron|r[áa]|r[áa]n)${NOT_BUYING_COMPUTE}`,
      `(?:ha|han|hab[íi]a|hab[íi]an) adquirido${NOT_BUYING_COMPUTE}`,
      `adquisici(?:[óo]n|ones)${NOT_OF_CAPACITY}`,
      'compra de (?:la|el) (?:empresa|compa[ñn][íi]a|rival)',
      'en acciones',
      'fusi[óo]n',
      'opa',
      'con la compra',
      'la compra de (?:la compa[ñn][íi]a|la empresa|la sociedad)',
      'por la tecnolog[íi]a de',
      'acuerdo de licencia',
      'licencia (?:la|su|de) tecnolog[íi]a',
    ],
    investment: [
      // "emitirá acciones a favor de OpenAI": acciones, no un contrato.
      'emit(?:ir|irá|irán|ió|e) ~2acciones (?:a|para)',
      // "el primer tramo, de 10.000 millones de dólares": un tramo de dinero aportado.
      '(?:primer|segundo|tercer|último) tramo(?! de ~3(?:capacidad|c[óo]mputo|MW|megavatios?|GW|gigavatios?|chips|GPU|servidores))',
      // "Nvidia comprometerá hasta 10.000 millones de dólares en Anthropic": money put into a lab.
      // "se comprometió a entregarle 4.000 millones de dólares": money handed to the lab the pronoun stands for.
      '(?:entregar|dar|aportar|inyectar)les? ~2(?:hasta |unos |otros )?[\\d.,]+ (?:mil )?millones',
      `(?:compromet|inyect|aport)[a-zà-ÿ]* ${GIVEN_FILLER}(?:hasta |unos )?[\\d.,]+ (?:mil )?millones de d[óo]lares ~2(?:en|a) ${LAB_FUNDED}`,
      // "Nvidia proporcionará a OpenAI 100.000 millones de dólares": el dinero mismo, nada comprado nombrado después.
      `(?:proporcionar[áa]?|proporciona|dar[áa]|aportar[áa]?|aporta) ${GIVEN_FILLER}[\\d.,]+ (?:mil )?millones de d[óo]lares(?! (?:en|de) ~2(?:chips|GPU|capacidad|c[óo]mputo|nube|servidores|procesadores|servicios))${NOT_FOR_LEASE}`,
      // "SoftBank aporta 30.000 millones, y también participan Microsoft": una parte de la ronda, la cifra tras el verbo.
      `aporta(?:n|rá|rán|ría)? (?:(?:unos|cerca de|hasta|más de) )?${AMOUNT_OPENING}${NO_LEASE_AHEAD}`,
      // "Anthropic, recientemente valorada en 183.000 millones": lo que vale una empresa, no un contrato.
      '(?:recientemente|[úu]ltimamente) valorad[ao]s? en',
      // "Microsoft, que respalda a OpenAI por una suma de 13.000 millones": dinero puesto en una empresa.
      `respald(?:a|aba|ó|an|aron) a ~+4(?:por una suma de|por un (?:monto|importe) de|por valor de|con) (?:(?:unos|cerca de|más de) )?${AMOUNT_OPENING}${NO_LEASE_OR_OBLIGATION_AHEAD}`,
      // "la startup capta 1.100 millones", "captó 700 millones de inversores": capital raised.
      'capt(?:a|an|ó|aron|ará|arán|ar)',
      'recaudad[oa]s? (?:de|entre)',
      // "Lambda recauda 1.500 millones tras un acuerdo con Microsoft": money raised, told in the present or the past.
      '(?:recauda|recaudan|recaud[óo]|recaudaron|recaudar[áa]n?)~w',
      // "La empresa conjunta ha recaudado unos 50.000 millones de sus socios": money raised, told in the perfect.
      '(?:ha|han|hab[íi]an?) (?:recaudado|levantado|captado)',
      '(?:aport\\w*|inyect\\w*|comprometi\\w*|pondr\\w*) ~~6(?:en|a|para) (?:la|esta) (?:nueva )?(?:empresa conjunta|empresa mixta|joint venture)',
      'invertir(?:[áa]n?)?',
      // "Google aportará una garantía de 1.400 millones": a guarantee given, no money put in.
      `aportar[áa]?${NOT_A_GUARANTEE}`,
      // "Google contribuirá con 1.300 millones en apoyo de arrendamiento": money behind a tenant's lease, a backstop.
      'contribuir[áa]?(?! co[nm] ~~6(?:en|em|como) (?:apoyo|apoio|respaldo|garant))',
      // A company is valued at; "el contrato, a cinco años, está valorado en" tells the contract's own value.
      '(?:es|fue|est[áa])(?<!(?:contrato|acuerdo|arrendamiento|alquiler|pedido|pacto|convenio|negocio)(?:(?:,[^,.]{0,40},)?\\s|\\s[^.;]{0,80}\\sy\\s)(?:es|fue|est[áa])|\\sy\\s(?:es|fue|est[áa])) valorad[ao] en',
      // "Anthropic, recientemente valorada en 183.000 millones": valued lately, a company's worth.
      '(?:recientemente|actualmente|hoy|ahora) valorad[ao] en',
      'invertir[áa]?',
      'invierte',
      'invierten',
      'invirti[óo]',
      'inversi[óo]n(?:es)?',
      'participaci[óo]n',
      'ronda de financiaci[óo]n',
      'capital de',
      'invertid[oa]s?',
      `inversores(?! ${MARKET_REACTION.es})`,
      'inversionistas',
      // "Amazon, que ya inyectó 8.000 millones en Anthropic": money put into a company.
      'inyect(?:a|an|ó|aron|ar[áa]|ar[áa]n|ado)',
      'capital fresco',
      // Money lent or raised beside a site: "una línea de crédito de 60 millones", "financiado con 300 millones de
      // Macquarie", "5.000 millones en financiación preferente", "el fondo de capital riesgo de Humain".
      'l[íi]neas? de cr[ée]dito',
      'financiaci[óo]n preferente',
      'en financiaci[óo]n',
      'financiad[oa]s? (?:con|por|mediante)',
      'fondos? de (?:capital riesgo|capital privado|inversi[óo]n|capital de riesgo)',
      '(?:un|el|del|al) fondo (?:de|para) (?:su |el |la )?(?:\\d|US|campus|proyecto)',
    ],
    plan: [
      // "el fondo de computación soberana, dotado con 2.000 millones": a fund's size, no contract.
      'dotad[oa]s? (?:con|de) (?:m[áa]s de |unos )?\\d',
      // "se comprometió a destinar 15.000 millones de dólares a un centro de IA": money put into its own site.
      'destin(?:ar|ará|ó|a|aría) ~~5a (?:un|una|su|sus) (?:nuevo |nueva |gran )?(?:centro|hub|campus|complejo)',
      '(?:trazado|esbozado|perfilado|trazó|esbozó) (?:un|una|el|la) (?:camino|hoja de ruta|senda)',
      // "gastará 50.000 millones de dólares en construir sus propios centros de datos": its own sites built.
      'gast(?:a|ar|ará|aría|arán|ó) ~4(?:en|para) (?:construir|levantar|desarrollar)',
      // "planeaban ampliar el esfuerzo a 500.000 millones": a programme's plan, no contract.
      'planea(?:n|ba|ban) (?:ampliar|expandir|elevar|aumentar|llevar)',
      // "Las tecnológicas prevén gastar 400.000 millones": una previsión de gasto.
      '(?:prev[ée]n?|planean?|esperan?|van? a) gastar',
      // "xAI estudia ampliar su campus de Memphis": un sitio propio que crece.
      '(?:ampliar|expandir|ampl[íi]a|expande)\\S* (?:su|sus) (?:propio )?(?:campus|centro de datos|sitio|cl[úu]ster)(?! (?:para|a) )',
      // "Meta ha comprometido 600.000 millones de dólares para centros de datos": su propia construcción, ningún contrato.
      '(?:comprometido|prometido|destinado|destinar[áa]|reservado|comprometi[óo]|prometi[óo]|destin[óo]) ~3[\\d.,]+ (?:millones|mil millones|billones) de d[óo]lares (?:para|en|a) (?:nuevos )?(?:centros de datos|infraestructuras?)',
      // "el proyecto Stargate, de 500.000 millones": el tamaño de un proyecto con nombre, ningún contrato.
      `proyecto ${PROJECT_NAME}(?:, de|,? valorado en|,? estimado en|,? presupuestado en|,? por valor de|,? que vale) (?:más de |unos |hasta )?(?:US)?\\$? ?\\d`,
      // "Stargate, el proyecto de 500.000 millones en centros de datos": el tamaño de un programa, ningún contrato.
      '(?:el|un|del) proyecto de (?:más de |unos |hasta )?(?:(?:US)?\\$ ?\\d|€ ?\\d|\\d[\\d.,]* (?:millones|mil millones))',
      'ingresos? operativos? netos?',
      // "con gastos previstos de entre 114.000 y 118.000 millones": el gasto propio de una empresa, ningún contrato.
      'gastos (?:anuales |totales )?(?:previstos|esperados|estimados)',
      'resultado operativo neto',
      // Los compromisos de un país con las empresas de un sector: ningún contrato.
      'compromisos ~~6(?<!(?:dos|tres|ambas) )(?:empresas|compañías|firmas)\\b',
      // A recurring-revenue figure: a company's run-rate, no contract's value ("ARR" is in the English list).
      'ingresos (?:anuales )?(?:[\\w-]+ ){0,3}recurrentes',
      'fortuna',
      'patrimonio',
      'm[áa]s rico',
      'planificad[ao]s?(?<!total(?:es)? planificad[ao]s?)',
      'planea',
      `(?<!\\b(?:alquilar|alquila|alquilará|alquiló|arrendar|arrienda|arrendará|arrendó) (?:[^\\s.;,]+ ){0,4})proyecto de (?:campus|${DATA_CENTRE_ES})`,
      'millones (?:de d[óo]lares )?(?:de |para (?:la |su )?)?construcci[óo]n',
      'ahorros?',
      'mercado (?:global|mundial)',
      'prev[ée] (?:invertir|gastar)',
      'planea (?:invertir|gastar)',
      'plan de inversi[óo]n',
      'plan de gasto',
      // "el plan de 500.000 millones de dólares lanzado con SoftBank": a programme's sum, no contract's value.
      'plan (?:de|por) (?:US\\$ ?|\\$ ?|€ ?)?\\d',
      'valor de mercado',
      'valoraci[óo]n',
      'capitalizaci[óo]n',
    ],
    aggregate: [
      'acuerdo circular',
      'compromisos (?:con )?(?:los )?(?:neoclouds?|neonubes)',
      'en conjunto',
      'con esta suma',
      'suman',
      'sumados',
      'acumulad[oa]s?',
      'el total de (?:sus|los) (?:contratos|acuerdos|compromisos)',
      // "más de 33.000 millones con firmas como CoreWeave, Nscale y Lambda", "otros proveedores con los que … comprometió":,
      // a sum over sellers given as examples.,
      'con (?:firmas|empresas|compa[ñn][íi]as|proveedores|neoclouds|operadores) como',
      'otros proveedores con (?:los|las) que',
    ],
    expanded: [
      '(?:alquila|alquiló|compra|compró|reserva|reservó) más ~2(?:capacidad|potencia|GPU|chips)',
      '(?:ha |han )?ejerci(?:do|ó) (?:la|una|su) opci[óo]n',
      `ampl[íi]a${GROWS_NOT_A_LIST}`,
      'ampli[óo]',
      'ampliaci[óo]n',
      // "hizo un pedido adicional de 11.000 millones": another order on top of the first, from the same buyer.
      '(?:pedido|encargo|contrato|acuerdo)s? adicional(?:es)?',
      'extiende',
      'extendi[óo]',
      'millones (?:de d[óo]lares )?adicionales',
      'otros(?<!\\d ?MW\\b[^.;]{0,120}otros) \\d+ ?(?:MW|megavatios)',
      // "servicios adicionales de Azure por valor de 250.000 millones".
      'adicionales',
      // "el arrendamiento de la segunda fase": the next phase of one site's lease.
      '(?:segunda|tercera|cuarta) fase',
    ],
    runningTotal: [
      'valor total',
      'asciende (?:ya )?a',
      'eleva (?:el|su) (?:valor|total)',
      'elevando (?:el|su) (?:valor|total)',
      'el total',
      // "el monto total de sus acuerdos asciende a", "el total de compromisos entre ambas".
      '(?:monto|importe) total',
      'total de (?:sus |los )?(?:compromisos|acuerdos|contratos)',
      '(?:compromisos|acuerdos|contratos) ~~6con ~~3suman',
      'suma ya',
      // "lo comprometido con CoreWeave llega a 22.400 millones": what the pair has signed, summed.
      'lo (?:comprometido|contratado|acordado|pactado|firmado) ~~6(?:llega a|alcanza|suma|asciende a)',
    ],
    inTalks: [
      // "ha congelado su contrato", "suspendido", "en pausa": paused, not signed news.
      'congelad[oa]s?',
      'suspendid[oa]s?',
      'en pausa',
      // "Las conversaciones entre xAI y Oracle … continúan": talks named as the subject.
      '(?:conversaciones|negociaciones|discusiones) entre',
      // "Oracle se prepara para firmar un acuerdo con OpenAI".
      'prepar(?:a|an|ando)(?:se)? para (?:firmar|cerrar|sellar|un acuerdo|un contrato)',
      // "aún no ha cerrado un acuerdo definitivo con OpenAI".
      '(?:aún|todavía) no (?:ha |han |había )?(?:cerrado|firmado|alcanzado|concretado|finalizado)',
      // "un posible acuerdo de 20.000 millones", "un potencial acuerdo".
      '(?:posible|potencial|eventual) ~2(?:acuerdo|contrato|pacto)',
      // "xAI ultima un contrato", "ultimando el acuerdo": finalising, not signed.
      'ultima(?:n)? ~~5(?:acuerdo|contrato|pacto|alianza|alquiler)',
      'ultimando',
      'en la recta final',
      'negocia',
      'negociando',
      'en conversaciones',
      'estancad[oa]',
      'paralizad[oa]s',
      'en suspenso',
      'cerca de (?:un acuerdo|cerrar)',
      'a punto de (?:cerrar|firmar|sellar|alcanzar)',
      'valora (?:comprar|alquilar|contratar|adquirir)',
      'estudia (?:comprar|alquilar|contratar)',
      'de concretarse',
      'podr[íi]a(?:n)? ~~8(?:firmar|cerrar|sellar|asegurarse)',
    ],
    reported: [
      'aparentemente',
      'seg[úu]n (?:los |algunos )?rumores',
      'seg[úu]n ~~1estimaciones',
      // "un supuesto acuerdo de 300.000 millones", "el presunto contrato": the press's word on the deal itself.
      '(?:supuest|presunt)[oa]s? ~3(?:acuerdo|contrato|pacto|trato|alianza)',
      // "…, añadió el diario británico": the paper's words carried on.
      '(?:añadi[óo]|agreg[óo]|precis[óo]|detall[óo]|indic[óo]) (?:el diario|el peri[óo]dico|el portal|la agencia|el medio|el rotativo)',
      'no (?:ha sido )?verificad[oa]s?',
      // "según informes de prensa", "informes apuntan a que": the press's word.
      'seg[úu]n (?:varios |algunos )?(?:informes|reportes)\\b',
      '(?:informes|reportes) (?:apuntan|sugieren|indican)',
      // "según ha podido saber este diario", "ha sabido Expansión".
      'han? (?:podido )?saber',
      'ha sabido',
      'seg[úu]n (?:fuentes|medios|public[óo]|inform[óo]|adelant[óo]|the|bloomberg|reuters)',
      'seg[úu]n (?:el|la) (?:diario|peri[óo]dico|agencia|medio|portal|web|sitio|prensa)',
      'habr[íi]a',
      'estar[íi]a',
      'pagar[íi]a',
      '(?:firmar|cerrar|alquilar|suministrar|proporcionar|vender)[íi]a(?:n)?',
      'sin confirmar',
      // "OpenAI podría haber firmado un contrato": a done deal told as a possibility.
      'podr[íi]a(?:n)? haber (?:firmado|cerrado|sellado|suscrito|alcanzado|acordado)',
      'no (?:ha|han) sido confirmad[oa]s?',
      'seg[úu]n (?:ha |han )?(?:publicad[oa]|informad[oa]|adelantad[oa])',
      // "según una persona familiarizada con el asunto", "citando a fuentes", "informó The Information", "Meta
      // podría pagar hasta".
      'seg[úu]n (?:una |dos |tres |varias )?(?:personas?|fuentes?)',
      'familiarizad[ao]s? con',
      'citando a',
      'que cita a',
      'inform[óo] (?:el diario|el peri[óo]dico|el portal|la agencia|la web|the|bloomberg|reuters|cnbc)',
      'de acuerdo con (?:fuentes|personas|una fuente|una persona|the|bloomberg|reuters|el diario)',
      'con conocimiento (?:del asunto|de las negociaciones|de la operaci[óo]n)',
      'cercan[ao]s? a (?:la operaci[óo]n|las negociaciones|las conversaciones)',
      // "…, dijeron personas cercanas al asunto": the attribution after the fact.
      '(?:personas?|fuentes?) cercanas?',
      'podr[íi]a(?:n)? ~~3(?:pagar|gastar|costar)',
      // "Según una información exclusiva de Bloomberg".
      'seg[úu]n (?:una )?(?:informaci[óo]n|exclusiva)(?:es)? (?:exclusivas? )?del?',
    ],
    terminated: [
      'sin (?:llegar a |alcanzar )?(?:un )?acuerdo(?! (?:sobre|para|con|en)\\b)',
      // "Microsoft decidió no ejercer una opción de 12.000 millones": an option walked away from.
      'no ejerci[óo]',
      '(?:decidi[óo]|opt[óo] por|eligi[óo]) no ejercer',
      'renunci[óo] a ejercer',
      'se retir[óo] del (?:acuerdo|contrato)',
      // "las conversaciones se han roto", "se rompieron".
      // "no han llegado a puerto", "no cerrarán el acuerdo", "no han podido acordar una ampliación": talks that failed.
      '(?<!(?:todav[íi]a|a[úu]n) )no (?:han |ha |hayan )?llegad[oa] a (?:buen )?puerto(?! (?:todav[íi]a|por ahora|de momento))',
      'no cerrar[áa]n',
      'no (?:han|ha) podido (?:acordar|cerrar|pactar)',
      'se (?:ha|han) roto',
      // "el acuerdo con CoreWeave se cayó": a deal that fell through.
      'se (?:cay[óo]|ha caído)',
      'se rompi(?:[óo]|eron)',
      // "Las conversaciones entre xAI y Oracle para un contrato … se interrumpieron".
      'se interrumpi(?:[óo]|eron)',
      // "Las negociaciones fracasaron".
      '(?:fracas(?:aron|[óo])|(?:han|ha) fracasado)',
      // Not "rompe su dependencia de Microsoft y firma con Amazon": a dependence ended, no contract.
      '(?:rompe|rompi[óo])(?! (?:su|la|sus|con su|a|o) ~~1(?:dependencia|dipendenza|depend[eê]ncia))',
      'rotas',
      'puesto fin',
      'pone fin',
      `${ENDED_CONTRACT.es} ~1${FELL_THROUGH_NOUN.es}`,
      'descartad[oa]',
      'cancelad[oa]',
      'abandon[óa]',
      'fracas[óa]',
      '(?:rompi[óo]|puso fin a|dio por terminadas) las (?:negociaciones|conversaciones)',
      'se retir(?:a|an|[óo]|aron) del? (?:acuerdo|contrato|pacto|proyecto)',
      'renunci(?:a|an|[óo]|aron) al? (?:acuerdo|contrato|pacto)',
      'marcha atr[áa]s',
    ],
    denied: [
      'desminti[óo]',
      'desmiente',
      'ha desmentido',
      'neg[óo] ~~2(?:informaci|noticia|informe)',
      'no (?:alquila|arrienda|compra)n?',
    ],
  },
  it: {
    deal: [
      "(?:ha|hanno) esercitato (?:un['’]|l['’]|la sua |la loro )?~~1opzione",
      // "un impegno di consumo su Azure da 250 miliardi".
      'impegn[oi] di (?:consumo|spesa|acquisto)',
      TURNS_TO.it,
      // "Nvidia venderà 18.000 chip a Humain": a vendor selling its goods.
      `(?:ri)?vend(?:e|ere|erà|eranno|ono|erebbe|erebbero) ~6${SOLD_GOODS_IT}`,
      // A past sale with its count ("Nvidia ha venduto 18.000 chip a Humain").
      `(?:ha venduto|vendette) \\d~4${SOLD_GOODS_IT}`,
      // "Nvidia consegnerà 18.000 chip a Humain": the goods delivered.
      `(?:consegnare|consegnerà|consegneranno|spedirà|spediranno) ~6${SOLD_GOODS_IT}`,
      'firmat[oa]',
      'firma',
      'siglat[oa]',
      'sottoscritt[oa]',
      'chius[oa]',
      'affitt[ao]',
      'affitter[àa]',
      'noleggi[ao]',
      'acquist[ao]',
      'acquister[àa]',
      'acquistare',
      // "Oracle comprerà Gpu di Nvidia per 40 miliardi": the everyday verb for buying.
      'compr(?:a|ano|at[oaie]|er[àa]|eranno|are)',
      'si impegna',
      'impegnat[oa]',
      'prim[oa] cliente',
      'maggior(?:e)? cliente',
      'principale cliente',
      // "ha stretto/stipulato un accordo", "sigla con Google", "noleggiare capacità", "prenota capacità di calcolo",
      // "si aggiudica una commessa", "si è assicurata capacità GPU"; a deal in talks is still one ("trattativa").
      'stipul(?:a|ano|at[oaie])',
      'strett[oaie]',
      'stringe(?:re)?',
      'sigla(?:no)?',
      'noleggi(?:are|er[àa]|at[oaie])',
      'prenot(?:a|ano|at[oaie])',
      'aggiudica(?:no|t[oaie])?',
      'commess[ae]',
      'si (?:è )?assicurat[oa]',
      'si assicura',
      'affittare',
      // The landlord's side: "ha affittato 245 MW a Fluidstack", "concede in locazione", "dà in locazione".
      'affittat[oaie]',
      '(?:conced(?:e|ono|er[àa])|d[àa]|dar[àa]) in (?:locazione|affitto)',
      'trattativ[ae]',
      // "Meta si affida a CoreWeave", "si rivolge a Nebius", "pagherà a CoreWeave"; a host of another's machines
      // ("ospiterà i cluster di Fluidstack").
      'si affid(?:a|ano|er[àa]|ava)',
      'si rivolg(?:e|ono|er[àa])',
      // "Meta si è rivolta a Google per servizi cloud", "si è affidata a": the same, in the past.
      'si (?:è|e) (?:rivolt|affidat)[oaie]',
      'pagher[àa]',
      'ospit(?:a|ano|er[àa]|eranno) ~~+5di',
      // "si assicura potenza di calcolo", "prenota capacità": securing or booking compute.
      'si assicur(?:a|ano|er[àa])',
      'prenot(?:a|ano|er[àa]|at[oaie])',
      'potenza di calcolo',
      // "potenza informatica", "potenza computazionale": the same compute noun in other words.
      'potenza (?:informatica|computazionale)',
    ],
    statedDeal: [
      // A deal for capacity, its purpose told right after it ("ha siglato un accordo con Google per utilizzare
      // l'infrastruttura di Google Cloud", "avrebbe firmato un nuovo accordo con Google Cloud per … risorse
      // computazionali"), capacity a provider will supply ("fornirà capacità di calcolo"), a headline's buyer turning
      // to a provider ("Meta sceglie CoreWeave", "si affida a Google Cloud").
      // "ha chiuso con Oracle un accordo di cloud computing": the English term is the Italian press's own.
      `(?:(?:ha|hanno|avrebbe|avrebbero) (?:firmato|siglato|sottoscritto|concluso|chiuso|stretto|finalizzato|annunciato)|firma|firmano|sigla|siglano|chiude|stringe|annuncia)(?: (?!(?:${EARLIER_WORDS})\\b)\\S+){0,3}? (?:accordo|contratto|intesa|patto|alleanza|partnership)~w[^.;\\n]{0,80}?(?:capacit[àa] (?:di calcolo|computazionale|cloud)|potenza (?:di calcolo|computazionale)|risorse (?:computazionali|di calcolo)|infrastruttura (?:(?:di|del|della) )?~~1cloud|servizi cloud|cloud computing|(?:affittare|noleggiare|occupare|accedere a) (?:un |il |i |le |dei )?~~1(?:GPU|data center|${DATA_CENTRE_IT}))`,
      '(?:fornir[àa]|forniranno|metter[àa] a disposizione|affitter[àa]|noleggerà) ~3(?:(?:capacit[àa]|potenza|risorse)(?: aggiuntiva| aggiuntive)?(?: di calcolo| computazional[ei]| cloud| aggiuntiva)|servizi (?:cloud|di cloud computing|di calcolo)|infrastruttur[ae] (?:AI|IA|di (?:intelligenza artificiale|calcolo)|cloud))',
      TURNS_TO.it,
      ADDED_TO_SUPPLIERS.it,
      RUNS_ON.it,
      USES_PROVIDER.it,
      TRAINED_IN_CLOUD.it,
      MAIN_PROVIDER.it,
      RECEIVES_GOODS.it,
      USES_ANNOUNCERS_GOODS.it,
      WIDENS.it,
      WINS_CUSTOMER.it,
      PROVIDED_BY.it,
      GAINS_ACCESS.it,
      GRANTS_ACCESS.it,
      CUSTOMER_OF_SITE.it,
      SUPPLIES_GPUS.it,
      RENTS_FROM.it,
      BUYS_CAPACITY_FROM.it,
      INSTALLS_TO_SERVE.it,
      LEASES_SITE.it,
      ANCHOR_CUSTOMER.it,
      HOSTS_TENANT.it,
      EXERCISED_OPTION.it,
      AGREES_TO_BUY_GOODS.it,
      BUYS_GOODS_FROM.it,
      VENDOR_SUPPLIES.it,
      CONTRACT_TO_SUPPLY_GOODS.it,
      SUPPLY_AGREEMENT.it,
      WINS_DEAL.it,
      FELL_THROUGH.it,
      WALKED_AWAY.it,
      WIDENS_USE.it,
      TALKS_TO_RENT.it,
      TALKS_TO_BUY_GOODS.it,
      DEAL_WITH_MAKER_FOR_GOODS.it,
    ],
    valueWords: [
      // "ha reso noto un accordo pluriennale con Anthropic": a multiyear deal between two named companies.
      'pluriennale ~~1con',
      // "un contratto di locazione di dieci anni con Fluidstack", "un accordo di locazione … tra TeraWulf e Fluidstack".
      `(?:contratt[oi]|accord[oi]) di (?:locazione|affitto) ~2(?:di |da |per )?(?:\\d+|due|tre|cinque|sette|dieci|dodici|quindici|venti) anni (?:con|tra|fra)(?! ${SEVERAL_IT})`,
      // "un contratto di dieci anni con Fluidstack", "un contratto decennale con": a contract that long.
      `contratt[oi](?<=\\b(?:firmato|firma|siglato|sottoscritto|stipulato|ottenuto|chiuso) ~3contratt[oi]) (?:(?:di|da|per) (?:\\d+|cinque|sette|dieci|dodici|quindici|venti) anni|decennal[ei]|quindicennal[ei]|ventennal[ei]) (?:con|tra|fra)(?! ${SEVERAL_IT})`,
      // "ha firmato un contratto di locazione per un data center con Fluidstack": a capacity contract signed without
      // an amount; not "aveva firmato" (a background contract).
      `(?<!aveva )(?:ha|hanno) (?:firmato|siglato|sottoscritto|concluso|annunciato)[^.;\\n]{0,40}?(?:contratt[oi]|accord[oi]) (?:di |per (?:un |il )?)?(?:(?:locazione|affitto)[^.;,\\n]{0,30}?${DATA_CENTRE_EN}|colocation|capacit[àa] di calcolo|cloud)`,
      'miliardi di dollari',
      'diversi miliardi',
      'decine di miliardi',
      `non (?:divulgat|rivelat|comunicat)[oaie]${CELL_BEFORE}non \\S{4,20})`,
      // "accordi miliardari": the adjective after a contract noun (alone, "miliardario" is a billionaire).
      'accord[oi] miliardari[oa]?',
      'contratt[oi] miliardari[oa]?',
      'intes[ae] miliardari[oa]?',
      '(?:multi|pluri)-?miliardar(?:io|ia|i|ie)',
      // "maxi contratto cloud con Meta", "mega-accordo", "contratto record": a contract called big without a figure.
      '(?:maxi|mega|max|meg)[- ]?(?:contratt[oi]|accord[oi]|commess[ae])',
      '(?:contratt[oi]|accord[oi]) ~~1(?:gigantes?|giganti|colossal[ei]|record|enormi?)',
    ],
    acquisition: [
      // "ha acquistato la startup Tavily per 275 milioni": un'azienda comprata, indicata dal suo tipo.
      "(?:acquistato|acquista|acquisterà|comprato|compra|rilevato|rileva) (?:la |il |l['’]|una |un )?(?:startup|start-up|società|azienda)~w",
      `(?:pagher[àa]|paga|pagare|ha pagato) ~12per usare (?:una |il )?(?:versione (?:personalizzata )?(?:di|del) )?(?:modello )?${MODEL_NAMES}`,
      // "AirTrunk, acquisita da Blackstone nel 2024 per 24 miliardi": a business bought, told in the passive.
      '(?:acquisit|comprat|rilevat)[oa] da (?:(?!(?:a|ad|al|alla|di|del|della)\\s)\\S+ ){1,2}(?:nel \\d{4} )?per (?:circa )?\\d',
      // "dandole la proprietà di 1,3 gigawatt di capacità lorda": what a takeover hands over.
      'dand(?:ole|ogli|o) (?:la )?(?:piena )?propriet[àa] d(?:i|ei|elle)',
      'prende(?:re|rà|rebbe)? il controllo',
      'preso il controllo',
      // "Nvidia, Microsoft, xAI e BlackRock acquisiscono Aligned", "hanno acquisito Aligned": a business bought, in
      // every person and tense; not "acquisisce capacità di calcolo" (NOT_BUYING_COMPUTE).
      `acquisisc(?:e|ono)${NOT_BUYING_COMPUTE}`,
      `acquisir(?:[àa]|anno|e|ebbe)${NOT_BUYING_COMPUTE}`,
      `(?:ha|hanno|aveva|avevano) acquisito${NOT_BUYING_COMPUTE}`,
      // "Yandex ha deciso di vendere le sue attività in Russia per 5 miliardi di euro": un'attività ceduta.
      '(?:vend(?:ere|ut[oa]|e|erà)|ced(?:ere|ut[oa])) (?:le sue|la sua|il suo|i suoi|le|la|il|i) ~2(?:attivit[àa]|operazioni|divisione|controllata|filiale)~w',
      // "Talen ha venduto il suo campus di data center ad Amazon": un sito ceduto, non affittato.
      `(?:vendut[oa]|vend(?:e|ono|erà)|cedut[oa]|ced(?:e|ono|erà)) (?:il|i|la|le|un|una) ${SITE_SOLD_TO.it}`,
      // "la vendita del campus di data center di Talen ad AWS per 650 milioni": lo stesso sito ceduto, detto con un nome.
      `(?:vendita|cessione) (?:del|dei|della|delle|dello|di un|di una|di) ${SITE_SOLD_TO.it}`,
      `acquisizion[ei]${NOT_OF_CAPACITY}`,
      'rileva',
      'in azioni',
      'fusione',
      'per la tecnologia di',
      'accordo di licenza',
      'licenza (?:sulla|della) tecnologia',
    ],
    investment: [
      // "emetterà azioni a favore di OpenAI": azioni, non un contratto.
      'emett(?:ere|erà|eranno|e) ~2azioni (?:a|per)',
      // "La prima tranche, che vale dieci miliardi di dollari": una tranche di denaro versato.
      '(?:prima|seconda|terza|ultima) tranche(?! di ~3(?:capacit|calcolo|MW|megawatt|GW|gigawatt|chip|GPU|server))',
      // "Nvidia impegnerà fino a 10 miliardi di dollari in Anthropic": money put into a lab.
      `(?:impegn|iniett|immett|pomp)[a-zà-ÿ]* ${GIVEN_FILLER}(?:fino a |circa )?[\\d.,]+ (?:miliardi|milioni) di dollari ~2(?:in|nella|nel) ${LAB_FUNDED}`,
      // "Nvidia fornirà a OpenAI 100 miliardi di dollari": il denaro stesso, nulla di acquistato nominato dopo.
      `(?:fornir[àe]|fornisce|fornito|dar[àe]|dato) ${GIVEN_FILLER}[\\d.,]+ miliardi di dollari(?! (?:di|in) ~2(?:chip|GPU|capacit|calcolo|cloud|server|processori|servizi))${NOT_FOR_LEASE}`,
      // "SoftBank apporta 30 miliardi di dollari, e partecipano anche Microsoft": una quota del round.
      `apport(?:a|ano|erà|eranno) (?:(?:circa|fino a|oltre) )?${AMOUNT_OPENING}${NO_LEASE_AHEAD}`,
      // "Microsoft, che sostiene da tempo OpenAI con 13 miliardi": denaro messo in una società.
      `(?:sostiene|sostenuto|sosteneva) ~+4con (?:(?:circa|oltre|quasi) )?${AMOUNT_OPENING}${NO_LEASE_OR_OBLIGATION_AHEAD}`,
      // "Anthropic, recentemente valutata 183 miliardi": quanto vale una società, non un contratto.
      '(?:recentemente|di recente|ultimamente) valutat[ao]',
      // A company is valued at; "il contratto, di cinque anni, è valutato" tells the contract's own value.
      '(?<!(?:contratto|accordo|intesa|ordine|affitto|locazione)(?:,[^,.]{0,40},)?\\s)(?:è|è stata|è stato|viene) valutat[ao]',
      // "Anthropic, recentemente valutata 183 miliardi": valued lately, a company's worth.
      '(?:recentemente|attualmente|oggi|ora) valutat[ao]',
      'investir[àa]',
      'investiranno',
      'investire',
      'investe',
      'investono',
      'investit[oi]',
      'investiment[oi]',
      'partecipazione',
      'round di',
      'aumento di capitale',
      `investitori(?! ${MARKET_REACTION.it})`,
      'raccolt[oi]',
      '(?:mett\\w*|conferi\\w*|apport\\w*|versa\\w*) ~~6(?:nella|alla|per la) (?:nuova )?joint venture',
      'assegn[oi]',
      // "per raccogliere fino a 15 miliardi", "capitale fresco": money raised, whatever the verb.
      'raccogli(?:ere|e|ono|er[àa])',
      'capitale fresco',
      'capitali freschi',
      // "Amazon, che ha già iniettato 8 miliardi in Anthropic", "immesso": money put into a company.
      'iniett(?:a|ano|ato|er[àa]|eranno)',
      'immess[oi]',
      // Money lent or raised beside a site: "una linea di credito da 60 milioni", "una raccolta privata da 1,1
      // miliardi", "finanziato con 300 milioni di Macquarie", "un fondo da 15 miliardi".
      'line[ae] di credito',
      'raccolta',
      'finanziat[oaie] (?:con|da|tramite)',
      'in finanziament[oi]',
      'finanziamento (?:privilegiato|preferenziale|mezzanine)',
      'fond[oi] (?:di venture|di investimento|di private equity|sovrano|da \\d|di \\d|per (?:il|lo|la) (?:campus|progetto|sito))',
    ],
    plan: [
      // "il fondo per il calcolo sovrano, dotato di 2 miliardi": a fund's size, no contract.
      'dotat[oaie] di (?:oltre |circa )?\\d',
      '(?:delineato|tracciato|delineò|tracciò) (?:un|una|il|la) (?:percorso|tabella di marcia)',
      // "spenderà 50 miliardi di dollari per costruire i propri data center": its own sites built.
      'spend(?:e|ere|erà|erebbe|eranno) ~4per (?:costruire|realizzare|sviluppare)',
      // "I colossi tech dovrebbero spendere 400 miliardi": una previsione di spesa.
      '(?:prevedono|prevede|dovrebbero|dovrebbe) (?:di )?spendere',
      // "xAI valuta di ampliare il suo campus di Memphis": un sito proprio che cresce.
      '(?:ampliare|espandere|amplia|espande)\\S* (?:il suo|i suoi|il proprio) (?:campus|data center|sito|cluster)(?! (?:per|a) )',
      // "Meta ha stanziato 600 miliardi di dollari per i data center": la propria costruzione, nessun contratto.
      '(?:impegnat[oa]|promess[oa]|stanziat[oa]|destinat[oa]|stanzier[àa]|destiner[àa]) ~3[\\d.,]+ miliardi di dollari (?:per|in|a|ai|nei) (?:i |nuovi )?(?:data center|centri dati|infrastruttur[ae])',
      // "il progetto Stargate, da 500 miliardi", "il progetto Stargate da 500 miliardi": la dimensione di un progetto
      // con nome, nessun contratto.
      `progett[oi] ${PROJECT_NAME}(?:,? da|,? del valore di|,? dal valore di|,? per un valore di|,? stimato in|,? che vale) (?:oltre |circa |fino a )?\\d`,
      // "lo Stargate, il progetto da 500 miliardi di dollari in data center": la dimensione di un programma.
      '(?:il|un|del) progetto da (?:oltre |circa |fino a )?(?:(?:US)?\\$ ?\\d|€ ?\\d|\\d[\\d.,]* (?:miliardi|milioni))',
      'reddito operativo netto',
      'utile operativo',
      // Gli impegni di un paese verso le aziende di un settore: nessun contratto.
      '(?:impegni|promesse) ~~6(?<!(?:due|tre|entrambe le) )(?:aziende|imprese)\\b',
      // A recurring-revenue figure: a company's run-rate, no contract's value ("ARR" is in the English list).
      'ricavi (?:annui )?(?:[\\w-]+ ){0,3}ricorrenti',
      'pi[ùu] ricco',
      'pianificat[ao]',
      '(?<!\\b(?:affittare|affitta|affitterà|affittato|locare|rilevare|rileva) (?:[^\\s.;,]+ ){0,4})progetto di (?:campus|data center)',
      'miliardi (?:di dollari )?(?:di |per (?:la )?)?costruzione',
      'previst[ioae](?<!total[ei] previst[ioae])',
      'piano (?:da|di)',
      'risparmi',
      'valore del mercato',
      'mercato (?:globale|mondiale|europeo|italiano)',
      'prevede di investire',
      'piano di investiment[oi]',
      'valore di mercato',
      'valutazione',
      'capitalizzazione',
    ],
    aggregate: [
      'complessivamente',
      'impegni (?:verso i |con i )?neo-?cloud',
      'nel complesso',
      'sommando',
      'sommati',
      // "oltre 33 miliardi con aziende come CoreWeave, Nscale e Lambda": a sum over sellers given as examples.,
      'con (?:aziende|societ[àa]|fornitori|neocloud|operatori) come',
    ],
    expanded: [
      '(?:affitta|affittato|noleggia|noleggiato|acquista|acquistato|compra|comprato) più ~2(?:capacità|potenza|GPU|chip)',
      "(?:ha |hanno )?esercitato (?:l['’]|un['’]) ?opzione",
      `amplia${GROWS_NOT_A_LIST}`,
      'ampliat[oa]',
      'amplier[àa]',
      'ampliamento',
      // "un'espansione da 4 miliardi di dollari con il cliente principale OpenAI".
      'espansione',
      'estes[oa]',
      'esten(?:de|sione)',
      'si aggiunge',
      'miliardi (?:di dollari )?aggiuntivi',
      // "un nuovo contratto per altri 150 MW": more megawatts of one site, an addition.
      // Not a second figure of one new contract ("un campus di 200 MW e altri 100 MW").
      'altri(?<!\\d ?MW\\b[^.;]{0,120}altri) \\d+ ?(?:MW|megawatt)',
      // "ulteriori servizi Azure per 250 miliardi", "capacità aggiuntiva".
      'ulteriori',
      // "ha effettuato un ulteriore ordine da 11 miliardi": another order on top of the first.
      'ulteriore (?:ordine|ordinativo|contratto|accordo)',
      'aggiuntiv[oaie]',
      // "il contratto di locazione della seconda fase": the next phase of one site's lease.
      '(?:seconda|terza|quarta) fase',
    ],
    runningTotal: [
      // "il contratto ammonta ora a", "il valore sale così a".
      'ammonta(?:no)? (?:ora |quindi |cos[ìi] |ormai )?a',
      'sale (?:ora |quindi |cos[ìi] )a',
      'valore complessivo',
      'totale ~~6(?:sale|arriva|ammonta|raggiunge)',
      'porta(?:ndo)? (?:il|a) (?:totale|valore)',
      // "l'impegno complessivo di Meta verso CoreWeave sale così a", "il totale dei contratti".
      '(?:impegno|importo|ammontare|valore) (?:totale|complessivo)',
      'totale (?:dei|degli) (?:contratti|accordi|impegni)',
      '(?:impegni|contratti|accordi) ~~6con ~~3sommano',
      'complessiv[oaie] ~~6(?:sal(?:e|gono)|arriva(?:no)?|ammonta(?:no)?|raggiung(?:e|ono)|tocca(?:no)?)',
      // "il totale dei tre contratti è di circa 11 miliardi".
      'il totale ~~6(?:è|e) (?:ora )?(?:di )?(?:circa |quasi )?$',
    ],
    inTalks: [
      // "ha sospeso il contratto", "congelato", "in pausa".
      'sospes[oa]',
      'congelat[oa]',
      'in pausa',
      // "Le conversazioni tra xAI e Oracle … proseguono": talks named as the subject.
      '(?:conversazioni|trattative|negoziati|negoziazioni|colloqui) (?:tra|fra)',
      // "Oracle si prepara a firmare un accordo con OpenAI".
      "prepar(?:a|ano|ando)(?:si)? (?:a|per) (?:firmare|siglare|chiudere|un accordo|un contratto|un[’'] ?intesa)",
      // "non ha ancora firmato un accordo definitivo con OpenAI".
      'non (?:ha|hanno|aveva) ancora (?:firmato|concluso|raggiunto|siglato|chiuso)',
      // "un potenziale accordo da 20 miliardi", "un possibile contratto".
      '(?:potenziale|possibile|eventuale) ~2(?:accordo|contratto|intesa)',
      // "a un passo dall'accordo", "in dirittura d'arrivo", "sta per firmare".
      "a un passo dal(?:l['’])?",
      "in dirittura d['’]arrivo",
      'sta(?:nno)? per (?:firmare|siglare|chiudere|concludere)',
      'in via di definizione',
      'trattative',
      'negozia',
      'in stallo',
      // "le trattative si sono arenate": stalled, like English "stalled", not ended.
      'arenat[eoi]',
      '(?:negoziati|colloqui) (?:tra|fra)',
      'vicin[oi] a un accordo',
      "vicin[oaie] (?:a|ad) (?:un|una|un['’]) ?(?:accordo|intesa)",
      'negoziando',
      'colloqui',
      'sta(?:nno)? valutando',
      'starebbe(?:ro)? (?:trattando|negoziando|valutando)',
      'potrebbe(?:ro)? ~~8(?:firmare|siglare|chiudere|concludere|assicurarsi)',
    ],
    reported: [
      'apparentemente',
      'secondo (?:alcune |le )?voci',
      // "a detta di stime non ufficiali".
      '(?:secondo|a detta di) (?:alcune )?stime',
      // "un presunto accordo da 300 miliardi", "il presunto contratto": the press's word on the deal itself.
      'presunt[oaie] ~3(?:accord|contratt|intes|patt)[oaie]',
      // "…, aggiunge il quotidiano": the paper's words carried on.
      '(?:aggiunge|ha aggiunto|precisa|ha precisato|scrive|ha scritto) (?:il quotidiano|il giornale|l.agenzia|il sito|la testata)',
      // "secondo tre fonti sentite da Reuters": sources counted.
      'secondo (?:alcuni |diversi )?(?:report|resoconti|rumors|rumor)\\b',
      '(?:report|resoconti) (?:suggeriscono|indicano)',
      'secondo (?:due |tre |quattro |alcune |diverse |più )fonti',
      'non (?:[èe] stat[oa] )?verificat[oa]',
      // "a quanto apprende MF", "apprende l'ANSA da fonti".
      'apprende',
      'ha(?:nno)? appreso',
      // "secondo quanto comunicato dalla stessa società": the company's own word, no hearsay (a newspaper's stays one).
      `secondo (?:${SECONDO_QUANTO}|fonti|indiscrezioni|the|bloomberg|reuters)`,
      'secondo (?:il|la) (?:quotidiano|giornale|agenzia|sito|testata|stampa)',
      'avrebbe(?:ro)?',
      'sarebbe(?:ro)?',
      // "potrebbe essere stato stipulato un contratto", "potrebbero aver firmato": a done deal told as a possibility.
      'potrebbe(?:ro)? (?:essere stat[oaie]|aver(?:e)?) ~~1(?:firmat|siglat|stipulat|sottoscritt|conclus|chius)[oaie]',
      'non (?:(?:[èe]|sono) stat[oaie] )?(?:ancora )?confermat[oaie]',
      // Stem and ending joined: "varrebbe", "pagherebbe", "spenderebbe", "ammonterebbe" (the press's hedge on a figure).
      '(?:firme|paghe|affitte|forni|vende|chiude|var|spende|coste|ammonte)rebbe(?:ro)?',
      'riporta',
      'che cita',
      'a conoscenza',
      // "stando a fonti vicine al dossier", "scrive il Wall Street Journal", "indiscrezioni", "riferisce Reuters".
      'stando a',
      'fonti vicine',
      'persone (?:vicine|informate|coinvolte)',
      'indiscrezion[ei]',
      "scrive (?:il|la|l['’])",
      'riferisce',
      'riferit[oa] (?:da|dal|dalla)',
      'riportat[oa] (?:da|dal|dalla)',
      'anticipat[oa] (?:da|dal|dalla)',
      'citando',
      // "Microsoft potrebbe pagare fino a 24 miliardi": a figure told as a possibility, like English "would pay".
      'potrebbe(?:ro)? ~~3(?:pagare|spendere|costare|versare)',
      "secondo (?:il|l['’])\\s?(?:financial times|wall street journal|ft|wsj)",
      // "secondo un'esclusiva del Financial Times", "secondo una fonte", "la notizia pubblicata da The Information".
      "secondo (?:un['’] ?|una )(?:esclusiva|fonte|ricostruzione|inchiesta)",
      'notizia ~~2(?:pubblicata|diffusa|rilanciata) (?:da|dal|dalla)',
    ],
    terminated: [
      'senza (?:raggiungere |trovare )?(?:un )?accordo(?! (?:su|sul|sulla|per|con)\\b)',
      "(?:lasciato|lascia|lasciare) (?:scadere|decadere) (?:un['’] ?|l['’] ?|la )?~~1opzione",
      // "Microsoft ha deciso di non esercitare un'opzione da 12 miliardi": an option walked away from.
      'non (?:ha|hanno|aveva) esercitato',
      'deciso di non esercitare',
      'rinunciat[oa] a esercitare',
      "ritirat[oa] dall['’](?:accordo|intesa)",
      "salta(?:to|ta)? l[’'](?:accordo|intesa)",
      'saltat[oa]',
      'naufragat[oei]',
      'sfumat[oa]',
      'annullat[oa]',
      'cancellat[oa]',
      'rott[oe]',
      // "i negoziati sono falliti", "le trattative non sono andate a buon fine".
      'fallit[ioe]',
      'non (?:sono |[èe] )?andat[oaei] a buon fine',
      '(?:pongono|mettono|posto|messo) fine',
      'interrott[eoi] (?:le |i )?(?:trattative|colloqui|negoziati)',
      'trattative (?:sono )?(?:saltate|interrotte|naufragate)',
      // "Le trattative tra xAI e Oracle per un contratto … si sono interrotte", "saltano i colloqui".
      'si (?:sono|[èe]) interrott[eoai]',
      'salta(?:no)? (?:i |le )?(?:colloqui|trattative|negoziati)',
      'marcia indietro',
      // Not a right given up ("rinuncia al diritto di prelazione"): the contract stays.
      "rinunci(?:a|ano|ato) (?:al|all['’]|a)(?!\\s?(?:suo |loro )?(?:diritt|prelazion|esclusiv))",
      'si (?:è )?ritirat[oa] da',
      'disdett[oa]',
      'rescisso',
    ],
    denied: [
      'smentit[oaie]',
      'smentisce',
      'ha smentito',
      'nega(?:to)? ~~2(?:indiscrezion|notizi)',
      'non (?:affitta|noleggia|acquista)(?:no)?',
    ],
  },
  pt: {
    deal: [
      'exerce(?:u|ram) (?:uma|sua|a) ~~1op[çc][ãa]o',
      // "um compromisso de consumo do Azure de US$ 250 bilhões".
      'compromissos? de (?:consumo|gasto|compra)',
      TURNS_TO.pt,
      // "A Nvidia vai vender 18 mil chips à Humain": a vendor selling its goods.
      `(?:re)?vend(?:e|er|erá|erão|ia|eria|eriam) ~6${SOLD_GOODS_PT}`,
      // A past sale with its count ("A Nvidia vendeu 18 mil chips à Humain").
      `vendeu \\d~4${SOLD_GOODS_PT}`,
      // "A Nvidia entregará 18 mil chips à Humain": the goods delivered.
      `(?:entregar|entregará|entregarão|enviará|enviarão) ~6${SOLD_GOODS_PT}`,
      'assin(?:a|am|ou|aram|ado|ada|ar)',
      'fech(?:a|am|ou|aram|ado|ar)',
      'celebr(?:a|ou)',
      // "A Meta firmou com o Google", "selou um contrato", "reservou capacidade de computação".
      'firm(?:a|am|ou|aram|ado|ada|ar[áa]?)',
      'sel(?:a|ou|aram|ado|ar)',
      'reserv(?:ou|aram|ado|ada|ar[áa])',
      'alug(?:a|ou|ar[áa]?)',
      'arrend(?:a|ou)',
      // The lease as a noun: "os arrendamentos da Fluidstack".
      'arrendamentos?',
      'contrat(?:a|am|ou|aram|ado)',
      'compr(?:a|ou|ar[áa]?)',
      'adquirir',
      'compromete',
      'comprometeu',
      'garant(?:e|iu)',
      'primeir[oa] cliente',
      'maior cliente',
      'cliente[- ][âa]ncora',
      // "A Meta recorre à CoreWeave", "apoia-se na Nebius", "vai pagar à CoreWeave"; a host of another's machines
      // ("vai alojar os clusters de IA da Fluidstack").
      'recorr(?:e|em|eu|er[áa]|er) [àa]',
      'apoi(?:a|am|ou)-se',
      'pag(?:a|ar[áa]?|ou)',
      '(?:aloj|hosped)(?:a|am|ar[áa]?|ou) ~~+5d[ao]',
      // "assegura poder de computação da Nebius", "reservou capacidade": securing or booking compute (not "assegura
      // que", a claim; not the noun "reserva"); the compute noun ("poder computacional") is a contract's object as
      // "capacidade" is.
      'assegur(?:a|am|ar[áa]|ou)(?! que)',
      'reservou',
      `poder (?:de )?(?:${COMPUTING_PT}|processamento|computacional)`,
      `pot[êe]ncia (?:de )?(?:${COMPUTING_PT}|processamento|computacional)`,
      // "poder informático", "potência informática": the same compute noun in other words.
      '(?:poder|pot[êe]ncia) inform[áa]tic[oa]',
    ],
    statedDeal: [
      // A deal for capacity, its purpose told right after it ("firmou um acordo com o Google Cloud para ampliar sua
      // capacidade computacional", "fecha acordo de computação em nuvem com Google"), capacity a provider will supply
      // ("O Google fornecerá poder computacional adicional"), a headline's buyer turning to a provider ("xAI fecha
      // acordo com a Oracle", "recorre ao Google Cloud").
      // "fechou com a Oracle um acordo de computação em nuvem": the counterparty, with its article, before the noun.
      `(?:firmou|fechou|assinou|selou|concluiu|finalizou|anunciou|fecha|firma|assina|sela|anuncia|teria (?:firmado|fechado|assinado))(?: (?!(?:${EARLIER_WORDS})\\b)\\S+){0,4}? (?:acordo|contrato|parceria|pacto|alian[çc]a)s?~w[^.;\\n]{0,80}?(?:capacidade (?:computacional|de (?:${COMPUTING_PT}|processamento|c[áa]lculo))|poder (?:computacional|de (?:${COMPUTING_PT}|processamento))|pot[êe]ncia (?:computacional|de (?:${COMPUTING_PT}|c[áa]lculo))|servi[çc]os? de nuvem|${COMPUTING_PT} em nuvem|infraestrutura (?:de |em )?nuvem)`,
      `(?:fornecer[áa]|fornecer[ãa]o|vai fornecer|v[ãa]o fornecer|alugar[áa]|alugar[ãa]o|vai alugar|dar[áa] acesso a|passar[áa] a fornecer|passa a fornecer) ~3(?:infraestrutura (?:de nuvem|necess[áa]ria|de computa|de IA|de intelig[êe]ncia artificial)|servi[çc]os (?:de nuvem|de ${COMPUTING_PT} em nuvem|em nuvem)|(?:capacidade|poder|pot[êe]ncia)(?: adicional)?(?: (?:de )?(?:${COMPUTING_PT}|computacional|processamento|c[áa]lculo)| adicional))`,
      TURNS_TO.pt,
      ADDED_TO_SUPPLIERS.pt,
      RUNS_ON.pt,
      USES_PROVIDER.pt,
      TRAINED_IN_CLOUD.pt,
      MAIN_PROVIDER.pt,
      RECEIVES_GOODS.pt,
      USES_ANNOUNCERS_GOODS.pt,
      WIDENS.pt,
      WINS_CUSTOMER.pt,
      PROVIDED_BY.pt,
      GAINS_ACCESS.pt,
      GRANTS_ACCESS.pt,
      CUSTOMER_OF_SITE.pt,
      SUPPLIES_GPUS.pt,
      RENTS_FROM.pt,
      BUYS_CAPACITY_FROM.pt,
      INSTALLS_TO_SERVE.pt,
      LEASES_SITE.pt,
      ANCHOR_CUSTOMER.pt,
      HOSTS_TENANT.pt,
      EXERCISED_OPTION.pt,
      AGREES_TO_BUY_GOODS.pt,
      BUYS_GOODS_FROM.pt,
      VENDOR_SUPPLIES.pt,
      CONTRACT_TO_SUPPLY_GOODS.pt,
      SUPPLY_AGREEMENT.pt,
      WINS_DEAL.pt,
      FELL_THROUGH.pt,
      WALKED_AWAY.pt,
      WIDENS_USE.pt,
      SIGNS_UP_PT,
      TALKS_TO_RENT.pt,
      TALKS_TO_BUY_GOODS.pt,
      DEAL_WITH_MAKER_FOR_GOODS.pt,
    ],
    valueWords: [
      // "divulgou um acordo plurianual com a Anthropic": a multiyear deal between two named companies.
      'plurianual ~~1com',
      // "um contrato de arrendamento de dez anos com a Fluidstack": a long lease told without an amount.
      `contratos? de (?:arrendamento|aluguel|loca[çc][ãa]o) ~2(?:de |por )?(?:\\d+|dois|tr[êe]s|cinco|sete|dez|doze|quinze|vinte) anos (?:com|entre)(?! ${SEVERAL_PT})`,
      // "um contrato de dez anos com a Fluidstack": a contract that long between two named compute companies.
      `contratos?(?<=\\b(?:assinou|assinado|assina|assinaram|fechou|firmou|celebrou|conquistou) ~3contratos?) (?:de|por) (?:\\d+|cinco|sete|dez|doze|quinze|vinte) anos (?:com|entre)(?! ${SEVERAL_PT})`,
      // "assinou um contrato de arrendamento de data center com a Fluidstack": a capacity contract signed without an
      // amount; not "tinha assinado" (a background contract).
      `(?<!tinha )(?:assinou|assinaram|fechou|fecharam|firmou|firmaram|celebrou|celebraram|anunciou|anunciaram)[^.;\\n]{0,40}?(?:contratos?|acordos?) (?:de )?(?:(?:arrendamento|aluguel|loca[çc][ãa]o)[^.;,\\n]{0,30}?(?:${DATA_CENTRE_EN}|${DATA_CENTRE_PT})|colocation|capacidade (?:de )?computa|${COMPUTING_PT} em nuvem|nuvem)`,
      'bilh[õo]es de d[óo]lares',
      'mil milh[õo]es de d[óo]lares',
      'dezenas de bilh[õo]es',
      'v[áa]rios bilh[õo]es',
      // "um acordo “de múltiplos bilhões”": the press's word for a contract worth billions, quoted or not.
      'm[úu]ltiplos bilh[õo]es(?<=de ["“]?m[úu]ltiplos bilh[õo]es)',
      'multibilion[áa]ri[oa]s?',
      `n[ãa]o (?:divulgad|revelad)[oa]s?${CELL_BEFORE}n.o \\S{4,20})`,
      'acordos? bilion[áa]ri[oa]s?',
      'contratos? bilion[áa]ri[oa]s?',
      'na casa d[oa]s (?:dezenas de )?bilh[õo]es',
      // "megacontrato de nuvem com a Meta", "contrato gigante", "acordo recorde": a contract called big without a figure.
      '(?:mega-?|meg )(?:contrato|acordo)s?',
      '(?:contrato|acordo)s? ~~1(?:gigantes?|colossa(?:l|is)|recorde|enormes?)',
    ],
    acquisition: [
      // "comprou a startup Tavily por US$ 275 milhões": uma empresa comprada, nomeada pelo seu tipo.
      'compr(?:ou|a|ará|aram) (?:a |o |uma |um )?(?:startup|start-up|empresa|companhia)~w',
      `(?:pagar[áa]?|paga|pagou) ~12para usar (?:uma |o )?(?:vers[ãa]o (?:personalizada )?(?:de|do) )?(?:modelo )?${MODEL_NAMES}`,
      // "a AirTrunk, comprada pela Blackstone em 2024 por 24 mil milhões": a business bought, told in the passive.
      '(?:comprad|adquirid)[oa]s? pel[oa] (?:(?!(?:a|à|ao|de|da|do)\\s)\\S+ ){1,2}(?:em \\d{4} )?por (?:cerca de )?\\d',
      // "dando-lhe a propriedade de 1,3 gigawatt de capacidade bruta": what a takeover hands over.
      'dando(?:-lhe)? (?:a )?(?:plena )?propriedade d(?:e|os|as)',
      'assum(?:e|ir|irá|iu) o controle',
      'toma(?:r|rá)? o controle',
      'compra (?:os )?ativos',
      // "A Yandex decidiu vender as suas operações na Rússia por 5 mil milhões de euros": um negócio vendido.
      'vend(?:er|eu|e|er[áa]|ido) (?:as suas|os seus|a sua|o seu|suas|seus|sua|seu|as|os) ~2(?:opera[çc][õo]es|neg[óo]cios?|divis[ãa]o|subsidi[áa]ria|filial|atividades)~w',
      // "A Talen vendeu o seu campus de data centers à Amazon": um local vendido, não alugado.
      `vend(?:eu|e|em|er[áa]|ido|er) (?:o|os|a|as|um|uma|seu|seus|sua) ${SITE_SOLD_TO.pt}(?:à|ao|a)`,
      // "a venda do campus de data centers da Talen à AWS por 650 milhões": o mesmo local vendido, dito com um nome.
      `venda (?:do|dos|da|das|de um|de uma|de seu|de sua|de) ${SITE_SOLD_TO.pt}(?:à|ao|a|para)`,
      `aquisi[çc](?:[ãa]o|[õo]es)${NOT_OF_CAPACITY}`,
      // "Nvidia, Microsoft, xAI e BlackRock adquirem a Aligned": a business bought, in every person and tense; not
      // "adquire capacidade computacional" (NOT_BUYING_COMPUTE).
      `adquir(?:e|em|iu|iram|ir[áa]|ir[ãa]o)${NOT_BUYING_COMPUTE}`,
      'compra (?:a|da) (?:empresa|rival|concorrente|\\S+ (?:Scientific|Systems))',
      'em a[çc][õo]es',
      'fus[ãa]o',
      'receber[ãa]o ~~2(?:de )?(?:novas )?a[çc][õo]es',
      'pela tecnologia d[ao]',
      'acordo de licen(?:[çc]a|ciamento)',
      'licencia (?:a|sua) tecnologia',
    ],
    investment: [
      // "emitirá ações para a OpenAI": ações, não um contrato.
      'emit(?:ir|irá|irão|iu|e) ~2a[çc][õo]es (?:a|para|à)',
      // "A primeira parcela, de US$ 10 bilhões": uma parcela de dinheiro aportado.
      '(?:primeira|segunda|terceira|[úu]ltima) (?:parcela|tranche)(?! de ~3(?:capacidade|computa|MW|megawatts?|GW|gigawatts?|chips|GPUs?|servidores))',
      // "A Nvidia vai injetar até US$ 10 bilhões na Anthropic": money put into a lab.
      `(?:injet|comprometer)[a-zà-ÿ]* ${GIVEN_FILLER}(?:até )?(?:US\\$ ?)?[\\d.,]+ (?:bilh[õo]es|milh[õo]es|mil milh[õo]es)(?: de d[óo]lares)? ~2(?:em|na|no) ${LAB_FUNDED}`,
      // "A Nvidia vai fornecer US$ 100 bilhões à OpenAI": o próprio dinheiro, nada comprado nomeado depois.
      `(?:fornecer[áa]?|fornece|dar[áa]|aportar[áa]?) ${GIVEN_FILLER}(?:US\\$ ?)?[\\d.,]+ (?:bilh[õo]es|mil milh[õo]es)(?: de d[óo]lares)?(?! (?:em|de) ~2(?:chips|GPUs?|capacidade|computa|nuvem|servidores|processadores|servi[çc]os))${NOT_FOR_LEASE}`,
      // "O SoftBank aporta US$ 30 bilhões, e a Microsoft também participa": uma parte da rodada.
      `aporta(?:m|rá|rão|ria)? (?:(?:cerca de|até|mais de) )?${AMOUNT_OPENING}${NO_LEASE_AHEAD}`,
      // "a Microsoft, que apoia a OpenAI há anos com 13 bilhões": dinheiro posto numa empresa.
      `apoi(?:a|ou|ava) ~+4com (?:(?:cerca de|mais de|quase) )?${AMOUNT_OPENING}${NO_LEASE_OR_OBLIGATION_AHEAD}`,
      // "A Anthropic, recentemente avaliada em 183 mil milhões": quanto vale uma empresa, não um contrato.
      '(?:recentemente|ultimamente) avaliad[ao]s? em',
      'contribuir(?:[áa]|[ãa]o)?(?! co[nm] ~~6(?:en|em|como) (?:apoyo|apoio|respaldo|garant))',
      `aportar(?:[áa]|[ãa]o)?${NOT_A_GUARANTEE}`,
      // A company is valued at; "o contrato, de cinco anos, está avaliado em" tells the contract's own value.
      // "o acordo prevê a compra de 750 MW e está avaliado em": the contract, subject of both verbs, is what is valued
      // (a clause read alone keeps "e está avaliado em": a second verb of a subject told before).
      '(?:é|foi|est[áa]|era|ficou|fica)(?<!(?:contrato|acordo|arrendamento|aluguel|encomenda|neg[óo]cio|pacto|parceria)(?:(?:,[^,.]{0,40},)?\\s|\\s[^.;]{0,80}\\se\\s)(?:é|foi|est[áa]|era|ficou|fica)|\\se\\s(?:é|foi|est[áa]|era|ficou|fica)) avaliad[ao] em',
      // "A Anthropic, recentemente avaliada em 183 mil milhões": valued lately, a company's worth, never a contract's.
      '(?:recentemente|atualmente|hoje|agora) avaliad[ao] em',
      'investir',
      'investem',
      'investiu',
      'investiram',
      '(?:captad|levantad|angariad)[oa]s? (?:junto|de)',
      '(?:aport\\w*|injet\\w*|comprometeu|colocar\\w*|p[ôo]r) ~~6(?:na|para a|nessa) (?:nova )?(?:joint venture|empresa conjunta)',
      'investido',
      'investir[áa]',
      'investir[ãa]o',
      'investimentos?',
      'participa[çc][ãa]o',
      'injet(?:a|am|ar|ar[áa]|ar[ãa]o|ou|aram)',
      // "a Amazon, que já aplicou US$ 8 bilhões na Anthropic": money put into a company.
      'aplic(?:ou|aram|ar[áa]|ar[ãa]o|ado)',
      'rodada',
      'ronda de',
      'levantou',
      // "Lambda levanta US$ 1,5 bilhão"; not "levanta" alone (Spanish builds with it: "el centro que Crusoe levanta").
      'levanta(?:m|ram)? (?:US)?\\$',
      'capt(?:ou|a|am|aram|ar|ará|arão)',
      'aporte',
      `investidores(?! ${MARKET_REACTION.pt})`,
      // "prestes a arrecadar 3 bilhões através do Morgan Stanley": money raised, whatever it builds.
      'arrecad(?:ar|a|am|ou|aram|ar[áa]|ando)',
      'angari(?:ou|ar)',
      'capital (?:novo|fresco|pr[óo]prio)',
      // Money lent or raised beside a site: "uma linha de crédito de US$ 60 milhões", "financiado com US$ 300 milhões
      // da Macquarie", "um fundo de US$ 15 bilhões destinado ao campus", "financiamento preferencial".
      'linhas? de cr[ée]dito',
      'financiad[oa]s? (?:com|por|pela|pelo|atrav[ée]s)',
      'em financiamento',
      'financiamento (?:preferencial|mezanino)',
      'fundos? de (?:capital de risco|venture|investimento|private equity)',
      'fundo (?:de|para) (?:o |a )?(?:US|R|\\d|campus|projeto)',
    ],
    plan: [
      // "o fundo de computação soberana, dotado de US$ 2 bilhões": a fund's size, no contract.
      'dotad[oa]s? (?:com|de) (?:mais de |cerca de )?(?:US\\$ ?)?\\d',
      '(?:traçou|delineou|esboçou|traçado|delineado) (?:um|uma|o|a) (?:caminho|roteiro)',
      // "vai gastar US$ 50 bilhões para construir seus próprios data centers": its own sites built.
      'gast(?:a|ar|ará|aria|arão|ou) ~4(?:para|em|na) (?:construir|constru[çc][ãa]o|erguer|desenvolver)',
      // "planejavam expandir o esforço para US$ 500 bilhões": a programme's plan, no contract.
      'planej(?:a|am|ava|avam) (?:expandir|ampliar|elevar|aumentar|levar)',
      // "As big techs devem gastar 400 bilhões": uma previsão de gastos.
      '(?:prev[êe]e?m?|devem|deve|planejam?|v[ãa]o) gastar',
      // "a xAI avalia expandir o seu campus de Memphis": um site próprio que cresce.
      '(?:ampliar|expandir|amplia|expande)\\S* (?:o seu|seu|os seus|o próprio) (?:campus|data center|centro de dados|site|cluster)(?! (?:para|a) )',
      // "A Meta prometeu US$ 600 bilhões para centros de dados": sua própria construção, nenhum contrato.
      '(?:prometeu|comprometeu|destinou|reservou|destinar[áa]) ~3(?:US\\$ ?)?[\\d.,]+ (?:bilh[õo]es|mil milh[õo]es)(?: de d[óo]lares)? (?:para|em) (?:novos )?(?:centros de dados|data centers|infraestruturas?)',
      // "o projeto Stargate, de US$ 500 bilhões": o tamanho de um projeto com nome, nenhum contrato.
      `projeto ${PROJECT_NAME}(?:, de|,? avaliado em|,? estimado em|,? orçado em|,? no valor de) (?:mais de |cerca de |até )?(?:US\\$ ?|R\\$ ?)?\\d`,
      // "o Stargate, o projeto de US$ 500 bilhões em centros de dados": a programme's size, no contract.
      '(?:o|um|do) projeto de (?:mais de |cerca de |até )?(?:(?:US|R)\\$ ?\\d|\\d[\\d.,]* (?:bilh[õo]es|bilh[ãa]o|milh[õo]es|mil milh[õo]es))',
      'resultado operacional l[íi]quido',
      'receita operacional l[íi]quida',
      // Os compromissos de um país com as empresas de um setor: nenhum contrato.
      '(?:compromissos|promessas) ~~6(?<!(?:duas|tr[êe]s|ambas as) )(?:empresas|companhias)\\b',
      // A recurring-revenue figure: a company's run-rate, no contract's value ("ARR" is in the English list).
      'receitas? (?:anua(?:l|is) )?(?:[\\w-]+ ){0,3}recorrentes?',
      'patrim[ôo]nio',
      'mais rico',
      'planejad[ao]s?(?<!tota(?:l|is) planejad[ao]s?)',
      'planeja',
      `(?<!\\b(?:alugar|aluga|alugará|alugou|arrendar|arrenda|arrendará|arrendou) (?:[^\\s.;,]+ ){0,4})projeto de (?:campus|data centers?|${DATA_CENTRE_PT})`,
      'bilh[õo]es (?:de d[óo]lares )?(?:de |para (?:a )?)?constru[çc][ãa]o',
      'planeia',
      'poupan[çc]as?',
      'prev[êe] investir',
      'plano de investimento',
      // "o plano de 500 bilhões de dólares anunciado com a SoftBank": a programme's sum, no contract's value.
      'plano (?:de|da|do) (?:US\\$ ?|R\\$ ?|€ ?)?\\d',
      'gastos? com',
      'avalia (?:em|a empresa)',
      'capitaliza[çc][ãa]o',
    ],
    aggregate: [
      'acordo circular',
      'compromissos (?:com )?(?:as )?neo-?clouds?',
      'ao todo',
      'somam',
      'somados',
      'com os dois contratos',
      'com (?:estes|esses|os) ~~1(?:contratos|acordos)',
      'carteira contratada',
      // "mais de US$ 33 bilhões com empresas como CoreWeave, Nscale e Lambda": a sum over sellers given as examples.,
      'com (?:empresas|fornecedores|companhias|neoclouds|operadores) como',
    ],
    expanded: [
      '(?:aluga|alugou|compra|comprou|reserva|reservou) mais ~2(?:capacidade|poder|GPUs?|chips)',
      'exerceu (?:a|uma|sua) op[çc][ãa]o',
      // "amplia a lista de fornecedores": a new supplier, not a bigger contract.
      'ampliou',
      'amplia[çc][ãa]o',
      'aditivo',
      // "fez um pedido adicional de US$ 11 bilhões": another order on top of the first.
      '(?:pedido|encomenda|contrato|acordo)s? adiciona(?:l|is)',
      'estende',
      'estendeu',
      'bilh[õo]es (?:de d[óo]lares )?adicionais',
      // "serviços adicionais do Azure no valor de 250 mil milhões": more of one contract's services.
      'servi[çc]os adicionais',
      'mais(?<!\\d ?MW\\b[^.;]{0,120}mais) \\d+ ?(?:MW|megawatts)',
      // "comprar mais US$ 250 bilhões em serviços do Azure" (not "… e mais US$ 200 milhões": expansion-options.ts).
      'mais US\\$',
      // "a locação da segunda fase": the next phase of one site's lease.
      '(?:segunda|terceira|quarta) fase',
    ],
    runningTotal: [
      'chega a',
      'soma (?:agora )?',
      'eleva (?:o|para o) (?:total|valor)',
      'passa a',
      // "o total dos compromissos da Meta sobe para", "o valor combinado dos acordos".
      'total (?:dos|de) (?:compromissos|acordos|contratos)',
      // "os compromissos da Meta com a CoreWeave somam cerca de": the pair's contracts summed.
      '(?:compromissos|acordos|contratos) ~~6com ~~3somam',
      'valor (?:global|combinado)',
      'sobe (?:agora |assim )?para',
      // "o total dos três arrendamentos é de cerca de US$ 11 bilhões".
      'o total ~~6(?:é|fica em) (?:agora )?(?:de )?(?:cerca de |quase )?$',
    ],
    inTalks: [
      // "suspendeu o contrato", "congelou", "em pausa".
      'suspend(?:eu|ido|ida)',
      'congel(?:ou|ado|ada)',
      'em pausa',
      // "A Oracle está se preparando para um acordo com a OpenAI": not signed yet.
      'prepar(?:a|am|ando)(?:-se)? para (?:assinar|fechar|firmar|um acordo|um contrato)',
      // "ainda não fechou um acordo definitivo com a OpenAI".
      'ainda n[ãa]o (?:fechou|assinou|chegou a|concluiu|firmou|fecharam|assinaram)',
      // "o rumor de um potencial acordo de US$ 20 bilhões", "um possível contrato".
      '(?:potencial|poss[íi]vel|eventual) ~2(?:acordo|contrato|pacto)',
      // "está finalizando um acordo", "em fase final de negociação".
      'est(?:á|a|ão) finalizando',
      'em fase final',
      'em negocia[çc][õo]es',
      'em conversas',
      'perto de fechar',
      'em tratativas',
      'em conversa[çc][õo]es',
      'prestes a (?:fechar|assinar|selar|firmar|concluir)',
      'pode(?:m)? ~~8(?:fechar|assinar|selar|firmar)',
      'estuda(?:m)? (?:alugar|contratar|comprar|fechar)',
      'parad[oa]s?',
      // "as negociações … foram paralisadas": stalled talks, not a contract.
      'paralisad[oa]s',
      'travad[oa]s',
      '(?:negocia[çc][õo]es|conversas|tratativas) entre',
      'poder(?:ia|iam|á) ~~8(?:fechar|assinar|selar|garantir)',
    ],
    reported: [
      'segundo (?:os |alguns )?rumores',
      'segundo ~~1estimativas',
      // "um suposto acordo de US$ 300 bilhões", "o alegado contrato": the press's word on the deal itself.
      '(?:supost|alegad|pretens)[oa]s? ~3(?:acordo|contrato|pacto|parceria)',
      // "…, acrescentou o jornal": the paper's words carried on.
      '(?:acrescentou|acrescenta|adicionou|escreveu|precisou) (?:o jornal|o di[áa]rio|a ag[êe]ncia|o site|a publica[çc][ãa]o)',
      'n[ãa]o (?:foi )?verificad[oa]s?',
      'segundo (?:alguns |v[áa]rios )?(?:relatos|reportagens)\\b',
      '(?:relatos|reportagens) (?:sugerem|indicam|apontam)',
      // "apurou o Valor", "segundo apurou a reportagem".
      'apur(?:ou|aram)',
      'segundo apura',
      'segundo (?:fontes|a imprensa|o site|a bloomberg|a reuters|o jornal|a ag[êe]ncia)',
      'estaria',
      'teria',
      // "A OpenAI pode ter assinado um contrato": a done deal told as a possibility.
      'pode(?:m|ria|riam)? ter (?:assinado|fechado|firmado|celebrado)',
      'n[ãa]o (?:foi |foram )?confirmad[oa]s?',
      'sem confirma[çc][ãa]o',
      // Stem and ending joined: "valeria", "gastaria", "custaria", "somaria".
      '(?:assina|paga|aluga|fornece|vende|fecha|vale|gasta|custa|soma)ria(?:m)?',
      'negociaria',
      'a imprensa ~~1estima',
      'de acordo com (?:fontes|a imprensa|a bloomberg)',
      // "segundo pessoas a par do assunto", "citando fontes com conhecimento das negociações".
      'segundo (?:uma |duas |tr[êe]s |v[áa]rias )?(?:fontes?|pessoas)',
      // "OpenAI fecha acordo … com Google, dizem fontes", "de acordo com as fontes", "disseram três fontes à Reuters".
      'dizem (?:as )?fontes',
      'disseram ~2fontes',
      'de acordo com as fontes',
      'de acordo com (?:uma |duas )?(?:fontes?|pessoas)',
      'a par d[oa]s? (?:assunto|negocia[çc][õo]es|conversas|neg[óo]cio|acordo|tema)',
      'com conhecimento d[oa]s? (?:assunto|negocia[çc][õo]es|conversas|neg[óo]cio|acordo|tema)',
      'familiarizad[ao]s? com',
      'fontes? pr[óo]xima?s?',
      'pessoas? pr[óo]ximas?',
      'citad[ao] (?:pel[oa]|no|na)',
      'segundo informa[çc][õo]es',
      // "segundo reportagem do Wall Street Journal".
      'segundo (?:a )?(?:reportagem|not[íi]cia|informa[çc][ãa]o) d[oa]',
      'de acordo com (?:a )?(?:reportagem|informa[çc][õo]es) d[oa]',
      'noticiou',
    ],
    terminated: [
      'sem (?:chegar a |alcan[çc]ar )?(?:um )?acordo(?! (?:sobre|para|com)\\b)',
      // "A Microsoft optou por não exercer uma opção de US$ 12 bilhões": an option walked away from.
      'n[ãa]o exerceu',
      '(?:optou por|decidiu|escolheu) n[ãa]o exercer',
      'desistiu de exercer',
      'desistiu d[oa] (?:acordo|contrato)',
      // "as negociações fracassaram", "naufragaram", "foram interrompidas".
      '(?<!ainda )n[ãa]o chegaram a (?:bom )?porto(?! (?:ainda|por enquanto|até agora))',
      'n[ãa]o (?:conseguiram|v[ãa]o) (?:fechar|concluir)',
      'foram interrompid[ao]s',
      'interromper(?:am|a)m? (?:as )?(?:negocia[çc][õo]es|conversas)',
      'fracass(?:aram|am|ou)',
      'caiu por terra',
      'naufraga(?:ram|m|ou)',
      // "As negociações … foram encerradas": the participle agrees with its plural subject.
      'cancelad[oa]s?',
      'cancel(?:ou|aram)',
      'rompid[oa]s?',
      'p[õo]e(?:m)? fim',
      'p[ôo]s fim',
      'abandon(?:ou|ado)',
      'desist(?:iu|e)',
      'encerrad[oa]s?',
      '(?<!tentativa )fracassad[oa]s?',
      'encerr(?:ou|a|am|aram) (?:as )?(?:negocia[çc][õo]es|conversas)',
      '(?:negocia[çc][õo]es|conversas) (?:foram )?(?:encerradas|rompidas)',
      'abriu m[ãa]o d[oa]',
      `${ENDED_CONTRACT.pt} ~1${FELL_THROUGH_NOUN.pt}`,
      'recuou d[oa]',
    ],
    denied: [
      'desmentiu',
      'desmente',
      'negou ~~2(?:informa|not[íi]cia|rumor)',
      'n[ãa]o (?:aluga|arrenda|compra)m?',
    ],
  },
};

export type CueKind = keyof LanguageCues;

const LANGUAGES: readonly Language[] = ['en', 'fr', 'de', 'es', 'it', 'pt'];

/**
 * "~w" in an entry: the word ends there (no letter follows, accented ones included). Written with escapes: a pattern
 * whose source holds the letters themselves ran the 20 MB filing ~10% slower (same matches).
 */
const WORD_END = '(?![a-z\\u00e0-\\u00ff])';

/**
 * An entry as regex source: its "~n" (fewest first) and "~~n" (most first) gaps of up to n words, "~+n" and "~~+n" of
 * one to n, and "~w" word ends written out.
 */
const withGaps = (entry: string): string =>
  entry
    .replace(
      /(~?)~(\+?)(\d+)/g,
      (_, most: string, one: string, n: string) => `(?:\\S+ ){${one ? 1 : 0},${n}}${most ? '' : '?'}`,
    )
    .replaceAll('~w', WORD_END);

/** A kind's entries in every language, gaps written out (a free entry keeps its "*"); built once per kind. */
const entriesBuilt = new Map<CueKind, string[]>();
function entriesOf(kind: CueKind): string[] {
  let entries = entriesBuilt.get(kind);
  if (!entries) {
    entries = LANGUAGES.flatMap((lang) => LEXICON[lang][kind].map(withGaps));
    entriesBuilt.set(kind, entries);
  }
  return entries;
}

export function cueSource(kind: CueKind): string {
  return sourceOf(entriesOf(kind));
}

/** The pattern of some of a kind's entries (their indices in cueEntries' order), built as cueSource builds all. */
export function cueSourceOf(kind: CueKind, picked: readonly number[]): string {
  const all = entriesOf(kind);
  return sourceOf(picked.map((i) => all[i]!));
}

function sourceOf(entries: readonly string[]): string {
  const ascii: string[] = [];
  const other: string[] = [];
  const free: string[] = [];
  for (const entry of entries) {
    if (entry.startsWith('*')) free.push(entry.slice(1));
    else if (/^[a-z]/i.test(entry)) ascii.push(entry);
    else other.push(entry);
  }
  // A bounded entry ends at a word boundary too ("rompe" is not "rompecabezas"); a compound part may end a word
  // or go on ("Mietvertrags", "Investitionsoffensive"). "\b" opens an entry that starts with an ASCII letter: a
  // lookbehind at every position would cost far more than the rest of the pattern.
  const letter = '[a-z\\u00e0-\\u00ff]';
  // A kind with no entry of one sort adds no empty group: "\\b(?:)" would match nothing at every word boundary.
  const parts: string[] = [];
  if (ascii.length > 0) parts.push(`\\b(?:${ascii.join('|')})(?!${letter})`);
  if (other.length > 0) parts.push(`(?<!${letter})(?:${other.join('|')})(?!${letter})`);
  if (free.length > 0) parts.push(`(?:${free.join('|')})`);
  return parts.join('|');
}

/** The entries of a kind in every language, as cueSource joins them (without the free entries' mark). */
export function cueEntries(kind: CueKind): string[] {
  return entriesOf(kind).map((e) => (e.startsWith('*') ? e.slice(1) : e));
}

/** One precompiled case-insensitive regex for a kind of cue. */
export function cueRe(kind: CueKind, flags = 'i'): RegExp {
  return new RegExp(cueSource(kind), flags);
}
