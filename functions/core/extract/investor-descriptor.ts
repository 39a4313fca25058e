// "OpenAI will buy $250 billion of Azure capacity from its investor Microsoft", "auprès de son actionnaire
// Microsoft", "beim Investor Microsoft", "a su inversor Microsoft", "dal suo azionista Microsoft", "do seu investidor
// Microsoft": a word that only says who a named company is (the buyer's backer) tells no investment of the amount
// beside it. The investment cue is read on the clause with such descriptors blanked out; "invested $13 billion",
// "a stake", "funding" and the rest still count.

/**
 * The market's reaction to a deal, per language: "Investors cheered a $5.5 billion lease with AWS", "les
 * investisseurs ont salué", "los inversores celebraron", "gli investitori hanno accolto", "os investidores
 * comemoraram"; or awaiting it: "the deal investors had been waiting for", "l'accord que les investisseurs
 * attendaient". Investors told reacting or waiting put no money in; the lexicon's investment cue skips them too.
 */
export const MARKET_REACTION = {
  en: '(?:cheered|cheer|welcomed|welcome|applauded|celebrated|reacted|rewarded|greeted|liked|sent|bid|piled|pushed|snapped|(?:had |have |were )?(?:been )?(?:waiting|hoping)|waited|awaited|had (?:wanted|hoped|expected|awaited))',
  fr: '(?:ont (?:salu[ée]|applaudi|accueilli|bien accueilli|r[ée]agi|pl[ée]biscit[ée]|f[êe]t[ée]|attendu|esp[ée]r[ée])|saluent|applaudissent|accueillent|r[ée]agissent|attendaient|esp[ée]raient)',
  es: '(?:celebraron|celebran|aplaudieron|aplauden|recibieron|reciben|reaccionaron|reaccionan|acogieron|premiaron|premian|esperaban|aguardaban)',
  it: '(?:hanno (?:accolto|applaudito|festeggiato|reagito|premiato|apprezzato|atteso)|accolgono|applaudono|festeggiano|reagiscono|premiano|aspettavano|attendevano|speravano)',
  pt: '(?:comemoraram|comemoram|aplaudiram|aplaudem|receberam|reagiram|reagem|celebraram|premiaram|esperavam|aguardavam)',
} as const;
const REACTING_INVESTORS_RE = new RegExp(
  `\\b(?:investors? ${MARKET_REACTION.en}|investisseurs? ${MARKET_REACTION.fr}|inversores ${MARKET_REACTION.es}|investitori ${MARKET_REACTION.it}|investidores ${MARKET_REACTION.pt})`,
  'gi',
);

/**
 * What a named company is, in apposition: "G42, an investment firm based in Abu Dhabi", "MGX, une société
 * d'investissement", "MGX, eine Investmentgesellschaft", "MGX, una firma de inversión", "MGX, una società di
 * investimento", "MGX, uma empresa de investimentos": its business, no investment of the amount beside it.
 */
const INVESTMENT_FIRM_APPOSITION_RE =
  /(?<=\p{Lu}[\p{L}\d.&-]*,\s)(?:(?:an?|the)\s(?:[\p{L}-]+\s){0,2}?investment\s(?:firm|company|group|house|conglomerate)|une?\s(?:soci[ée]t[ée]|firme|groupe)\sd['’]investissement|eine?\s(?:Investmentgesellschaft|Beteiligungsgesellschaft|Investmentfirma)|una?\s(?:firma|empresa|sociedad|compa[ñn][íi]a)\sde\sinversi[óo]n|una?\s(?:societ[àa]|firma)\sd['’]investimento|una?\s(?:societ[àa]|firma)\sdi\sinvestimento|uma?\s(?:empresa|sociedade|firma)\sde\sinvestimentos?)/giu;

/** A literal check first: most clauses name no investor at all. */
const INVESTOR_WORD_RE =
  /invest|backer|shareholder|stakeholder|actionnaire|aktion[äa]r|geldgeber|anteilseigner|kapitalgeber|accionista|inversor|azionista|finanziatore|acionista/i;

/**
 * The descriptor: a determiner or possessive, maybe a word of rank, the role noun, maybe "in X" / "de X" (whose
 * investor). What follows must be a name (checked in code: a capital letter; the pattern is case-blind) or, after "in X", the end of the
 * apposition (a comma or a bracket).
 */
const DESCRIPTOR_RE =
  /(?<![\p{L}])(?:(?:its|their|his|her|the|an?|[\p{L}\d.-]+['’]s)\s(?:(?:largest|biggest|major|main|key|early|longtime|long-time|principal|leading|minority|existing|strategic|top)\s)?(?:investor|backer|shareholder|stakeholder)|(?:son|sa|leur|un|le|du|au|l['’])\s?(?:(?:principal|premier|grand|gros|historique)\s)?(?:actionnaire|investisseur|bailleur de fonds)(?:\s(?:historique|principal|de r[ée]f[ée]rence|minoritaire))?|(?:beim|vom|dem|den|der|des|seinem|seinen|ihrem|ihren|sein|ihr|einem|ein)\s(?:(?:gro[ßs]en|wichtigsten|langj[äa]hrigen|fr[üu]hen)\s)?(?:Investor|Geldgeber|Anteilseigner|Gro[ßs]aktion[äa]r|Aktion[äa]r|Hauptaktion[äa]r|Kapitalgeber)(?:s|en)?|[\p{L}\d.]+-(?:Investor|Geldgeber|Gro[ßs]aktion[äa]r|Anteilseigner)|(?:su|sus|el|del|al|un)\s(?:(?:principal|mayor|gran)\s)?(?:inversor|inversionista|accionista|patrocinador)|(?:(?:il|dal|del|al|un)\s|l['’])(?:(?:suo|loro)\s)?(?:(?:principale|maggiore|grande)\s)?(?:investitore|azionista|finanziatore)|(?:seu|sua|do seu|o|do|ao|um)\s(?:(?:principal|maior|grande)\s)?(?:investidor|acionista))(?:\s(?:in|of|de|di|von|en|em|do|da|del|della|du|des|d['’])\s?[\p{L}\d.&-]+)?(?=\s?[,)]|\s\S)/giu;

/** `clause` with every descriptor of a named company as investor blanked out (same length), or itself. */
export function withoutInvestorDescriptors(clause: string): string {
  if (!INVESTOR_WORD_RE.test(clause)) return clause;
  return clause
    .replace(REACTING_INVESTORS_RE, (m) => ' '.repeat(m.length))
    .replace(INVESTMENT_FIRM_APPOSITION_RE, (m) => ' '.repeat(m.length))
    .replace(DESCRIPTOR_RE, (m: string, at: number) => {
      const next = clause.slice(at + m.length).trimStart()[0] ?? '';
      const named =
        next === ',' || next === ')' || (next !== next.toLowerCase() && next === next.toUpperCase());
      return named ? ' '.repeat(m.length) : m;
    });
}
