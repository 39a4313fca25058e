// A partner named beside the company that deals: "OpenAI, together with partner SoftBank through the Stargate joint
// venture, has signed …", "junto con su socio SoftBank", "aux côtés de son partenaire SoftBank", "insieme al partner
// SoftBank", "zusammen mit seinem Partner SoftBank", "junto com o parceiro SoftBank". The partner goes along; the
// company before it is the party.
import { textBefore } from './text-window';

/** A literal check first: most names have none of these words before them. */
const PARTNER_WORD_RE = /partner|socio|partenaire|parceir/i;

const COMPANION_BEFORE_RE =
  /\b(?:together with|along with|alongside|junto (?:con|a|com)|aux c[ôo]t[ée]s de|insieme (?:a|al|con)|zusammen mit|gemeinsam mit)\s(?:(?:its|their|su|sus|son|sa|leur|seu|sua|o|il suo|seinem|ihrem|el|le)\s)?(?:(?:long-?time|longtime|historic|hist[óo]rico|historique|storico|langj[äa]hrige[mn]?)\s)?(?:partner|socio|partenaire|parceiro|Partner)\s$/i;

/**
 * "parte del progetto Stargate sviluppato insieme a Softbank", "the Stargate project developed with SoftBank", "le
 * projet Stargate lancé avec SoftBank": the partner of a project the deal belongs to, no party of the deal.
 */
const PROJECT_WORD_RE = /project|projet|proyect|projet|progett|Projekt|initiativ|iniziativ|program/i;
const PROJECT_PARTNER_BEFORE_RE =
  /\b(?:project|projet|proyecto|projeto|progetto|Projekts?|initiative|iniziativa|iniciativa|programme|program|programma|programa)\s(?:[\p{L}\d-]+\s){0,3}?(?:developed|built|launched|led|run|sviluppato|realizzato|lanciato|guidato|d[ée]velopp[ée]|lanc[ée]|men[ée]|desarrollado|lanzado|liderado|desenvolvido|lan[çc]ado|entwickelt|gestartet|betrieben)\s(?:(?:together|jointly|conjointement|congiuntamente)\s)?(?:insieme\s(?:a|al|con)|together\swith|jointly\swith|with|avec|con|com|mit|junto\s(?:con|a|com)|en\scollaboration\savec|in\scollaborazione\scon|en\scolaboraci[óo]n\scon|em\scolabora[çc][ãa]o\scom|gemeinsam\smit|zusammen\smit)\s$/iu;

/** Is the company named at `start` a partner going along with the one that deals? */
export function namedAsCompanion(text: string, start: number): boolean {
  const before = textBefore(text, start, 60);
  if (PARTNER_WORD_RE.test(before) && COMPANION_BEFORE_RE.test(before)) return true;
  const wider = textBefore(text, start, 90);
  return PROJECT_WORD_RE.test(wider) && PROJECT_PARTNER_BEFORE_RE.test(wider);
}
