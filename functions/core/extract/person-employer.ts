// "Lambda's co-founder said on Tuesday that power, not chips, is the real limit on AI. Soluna has secured a
// four-year, $220 million compute contract …": a company named only as the employer of a person (its founder, its
// chief, its spokesperson), in a sentence that tells no deal, is a bystander; it lends no counterparty to the contract
// told after it, whose customer is left unnamed.
import { findCompanyMentions } from '../companies';
import type { Span } from './sentences';
import { textBefore } from './text-window';

const TITLE =
  '(?:co-?|mit)?(?:founder|fondat(?:eur|ore)|fundador|gr[üu]nder)|ceo|pdg|chief|chef|head|patron|pr[ée]sident[ea]?|chairman|spokes\\w+|porte-parole|portavo(?:z|ce)|porta-voz|sprecher\\w*|direct(?:or|eur)|diretor|amministratore|consejero';
/** Right after the company: its person, told with the possessive ("'s co-founder", "'s chief executive"). */
const PERSON_AFTER_RE = new RegExp(`^['’]s?\\s(?:former\\s)?(?:${TITLE})`, 'iu');
/** Right before it: the person's title and "of" ("le cofondateur de ", "der Mitgründer von ", "il portavoce di "). */
const PERSON_BEFORE_RE = new RegExp(
  `(?:^|\\s)(?:${TITLE})\\s(?:of|de|du|d['’]|von|des|der|di|del|della|da|do)\\s?(?:la\\s|l['’]|the\\s|a\\s)?$`,
  'iu',
);

/** Every company the sentence names is a person's employer. */
export function namesOnlyPeoplesEmployers(text: string, sentence: Span): boolean {
  const named = findCompanyMentions(text, sentence.start, sentence.end);
  return (
    named.length > 0 &&
    named.every(
      (m) =>
        PERSON_AFTER_RE.test(text.slice(m.end, m.end + 30)) ||
        PERSON_BEFORE_RE.test(textBefore(text, m.start, 40)),
    )
  );
}
