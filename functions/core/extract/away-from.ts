// The company a deal moves away from (issue 8, wrong pair): "O contrato de US$ 38 bi que afastou a OpenAI da
// Microsoft", "OpenAI reduces its reliance on Microsoft with a $38 billion AWS deal", "s'éloigne de Microsoft",
// "löst sich von Microsoft", "se aleja de Microsoft", "si allontana da Microsoft", "scaling its compute beyond
// Microsoft": the one left behind is no party of the contract told beside it.
import { textBefore } from './text-window';

/** A literal check first: most names have none of these words before them. */
const AWAY_WORD_RE =
  /beyond|m[áa]s all[áa]|al[ée]m|oltre|diversif|alternativ|instead|au lieu|statt|en lugar|en vez|invece|em vez|no lugar|unabh[äa]ngig|independ|outside|au-del[àa]|exposure|exposition|away|afast|[ée]loign|distanc|distanz|distacc|weg von|abkehr|l[öo]st sich|alej|allontan|reliance|dependence|depend[eê]ncia|dependencia|dipendenza|d[ée]pendance|abh[äa]ngigkeit/i;

/**
 * Ends where the name starts: the verb or noun of leaving, then the preposition. A word's tail is read as letters,
 * not `\w` (ASCII only), so "diversificação além da", "distanciándose de" reach the preposition.
 */
const AWAY_FROM_BEFORE_RE =
  /(?:\baway from|\bbeyond|\bau-del[àa]\s(?:de|du|d['’])|\bm[áa]s\sall[áa]\sde(?:l)?|\bal[ée]m\sd[aoe]s?|\boltre|\b(?:reduc\p{L}*|cut\p{L}*|lessen\p{L}*|end\p{L}*|loosen\p{L}*|break\p{L}*|broke)\s(?:\S+\s){0,2}?(?:reliance|dependence)\s(?:on|upon)|\bafast\p{L}*\s(?:\S+\s){0,4}?d[aoe]s?|\b(?:s['’])?[ée]loign\p{L}*\s(?:\S+\s){0,3}?(?:de|du|d['’])|\bprend\p{L}*\s(?:ses|leurs) distances\s(?:avec|vis-à-vis de)|\bdistanci\p{L}*\s(?:\S+\s){0,3}?(?:de|del|da|do)|\b(?:weg von|Abkehr von)|\b(?:l[öo]st|entfernt)\ssich\s(?:\S+\s){0,3}?von|\bAbh[äa]ngigkeit\s(?:\S+\s){0,2}?von|\b(?:se\s)?alej\p{L}*\s(?:\S+\s){0,3}?(?:de|del)|\b(?:si\s)?(?:allontan|distacc|distanzi)\p{L}*\s(?:\S+\s){0,3}?(?:da|dal|dalla)|\b(?:depend[eê]ncia|dependencia|dipendenza|d[ée]pendance)\s(?:\S+\s){0,2}?(?:d[aoe]s?|del|dal|dalla|à|vis-à-vis de|envers)|\bdiversif\p{L}*\s(?:\S+\s){0,3}?(?:from|de|du|d['’]|von|da|dal|dalla|del|do)|\balternativ(?:e|es|a|as)\s(?:\S+\s){0,1}?(?:to|à|au|zu|zum|zur|a|al|alla|ao)|\b(?:instead of|au lieu d[eu']|anstatt|statt|en lugar de|en vez de|invece d[ie]|em vez d[aeo]|no lugar d[aeo])|\b(?:unabh[äa]ngig\p{L}*|independ\p{L}*)\s(?:\S+\s){0,2}?(?:from|of|von|de|du|da|dal|dalla|del|do)|\boutside\s(?:of\s)?|\b(?:exposure|exposition|esposizione|exposici[óo]n|exposi[çc][ãa]o)\s(?:\S+\s){0,1}?(?:to|à|au|a|al|alla|ao))\s?(?:the\s|la\s|le\s|el\s|l['’])?$/iu;

/**
 * The name set before the noun of dependence, as headlines and compounds write it: "Reducing Microsoft Dependence",
 * "cuts its Nvidia reliance", "verringert die Microsoft-Abhängigkeit": a verb of lessening just before the name, the
 * noun right after it.
 */
const LESSEN_BEFORE_NAME_RE =
  /\b(?:reduc\w*|cut\w*|lessen\w*|loosen\w*|end\w*|ease\w*|verringer\w*|reduzier\w*|senk\w*|verminder\w*)\s(?:(?:its|their|the|his|her|die|seine|ihre)\s)?$/iu;
const DEPENDENCE_AFTER_NAME_RE =
  /^(?:['’]s)?[\s-]?(?:dependence|dependency|reliance|abh[äa]ngigkeit)(?!\p{L})/iu;

/** Is the company named at `start` (ending at `end`) the one a deal moves away from? */
export function leftBehind(text: string, start: number, end = start): boolean {
  const before = textBefore(text, start, 70);
  if (AWAY_WORD_RE.test(before) && AWAY_FROM_BEFORE_RE.test(before)) return true;
  return (
    end > start &&
    DEPENDENCE_AFTER_NAME_RE.test(text.slice(end, end + 16)) &&
    LESSEN_BEFORE_NAME_RE.test(before)
  );
}
