// Role cues per language, as data (the clause cues that decide who buys; cues.ts holds the one-way ones).
// Entries are small regex fragments (literals, classes, bounded gaps), like those of lexicon.ts.
import type { Language } from '../types';

/**
 * Verbs of renting that read both ways before "à"/"a": "Nvidia a accepté de louer à Lambda des serveurs" (Nvidia
 * rents from Lambda), "IREN louera le site à Microsoft" (IREN rents out to Microsoft); Spanish "alquilar a" and
 * Portuguese "alugar a" alike. The clause does not settle the roles; the company table's usual roles do. English,
 * German and Italian say the direction with their own words ("lease to/from", "vermieten/mieten", "affittare a /
 * prendere in affitto da").
 */
const TWO_WAY_LEASE_VERBS: Readonly<Partial<Record<Language, readonly string[]>>> = {
  fr: ['lou(?:e|es|ent|er|era|eront|ait|aient|é|ée|és|ées)', 'sous-lou(?:e|er|era|é)'],
  es: ['alquil(?:a|an|ar|ará|arán|ó|aba|aría)', 'arrend(?:a|an|ar|ará|arán|ó)', 'arriend(?:a|an)'],
  pt: ['alug(?:a|am|ar|ará|arão|ou)', 'arrend(?:a|am|ar|ará|arão|ou)'],
};

const verbs = Object.values(TWO_WAY_LEASE_VERBS).flat().join('|');

/**
 * Before a company: a two-way renting verb, a few words (a place between commas too: "loue une partie de son site,
 * au Texas, à "), then "à"/"a" ("louer pendant quatre ans à ").
 */
export const TWO_WAY_LEASE_BEFORE_RE = new RegExp(
  `\\b(?:${verbs})(?!\\p{L})(?:\\s[^.;]{0,60}?)?\\s(?:à|a|al|ao|à la|a la|à l['’])\\s?$`,
  'iu',
);

/** The end of a verb read after a company ("X va louer à", "X alquilará"): says nothing about X's role. */
export const TWO_WAY_LEASE_END_RE = new RegExp(`(?:${verbs})(?:\\sà)?$`, 'iu');
