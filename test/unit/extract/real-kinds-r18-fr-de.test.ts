import { eachKind, type Family } from './mention-cases';

/**
 * A page's headline rarely ends with a period, and the lead under it often opens on a wire's dateline with no year
 * ("PARIS (Reuters) -", "FRANKFURT (dpa-AFX) -", "NEW YORK —"). Read as one sentence with the lead, the headline's
 * companies take the lead's amount ("Microsoft mise sur Nebius …" over Meta's contract with CoreWeave) or the
 * headline's own deal is lost. A wire dateline ends a block.
 */
const HEADLINE_OVER_THE_LEAD: Family[] = [
  [
    'fr',
    'Microsoft mise sur Nebius pour sa puissance de calcul, et Meta ne veut pas être en reste\nPARIS (Reuters) - Meta a signé un contrat de 14,2 milliards de dollars pour de la capacité de calcul GPU, a indiqué CoreWeave.',
    ['microsoft nebius null', 'meta coreweave 14200000000 signed'],
  ],
  [
    'de',
    'Microsoft setzt bei Rechenleistung auf Nebius, und auch Meta will offenbar nicht zurückstehen\nFRANKFURT (dpa-AFX) - Meta hat einen Vertrag über 14,2 Milliarden Dollar für GPU-Rechenkapazität unterzeichnet, teilte CoreWeave mit.',
    ['microsoft nebius null', 'meta coreweave 14200000000 signed'],
  ],
  // A headline and a lead with no deal stay silent, and prose wrapped after its first line still reads as one.
  [
    'de',
    'Die Nebius-Aktie legt nach Zahlen zu, der Umsatz steigt auf 146 Millionen Dollar im Quartal\nZÜRICH (awp) - Nebius erwartet bis Ende 2026 einen Jahresumsatz von 7 bis 9 Milliarden Dollar.',
    [],
  ],
  [
    'en',
    'Microsoft said on Monday that it had signed a five-year agreement for dedicated GPU capacity\nwith Nebius, valued at $17.4 billion, to be delivered from a new site in New Jersey.',
    ['microsoft nebius 17400000000 signed'],
  ],
];

eachKind({ 'a headline over the lead, and a wire dateline without a year': HEADLINE_OVER_THE_LEAD }, true);

/**
 * A party named by its rival: "avec le challenger de Nvidia, Cerebras", "mit dem Nvidia-Herausforderer Cerebras",
 * "with Nvidia rival Cerebras". The title names the party that follows it; the rival inside the title is no party,
 * while the party's rival told after its name ("avec Cerebras, concurrent de Nvidia, pour…") was already set aside.
 */
const PARTY_NAMED_BY_ITS_RIVAL: Family[] = [
  [
    'fr',
    'OpenAI signe un accord de 10 milliards de dollars avec le challenger de Nvidia, Cerebras, pour de la puissance de calcul.',
    ['openai cerebras 10000000000 signed'],
  ],
  [
    'de',
    'OpenAI schließt einen Vertrag über 10 Milliarden Dollar mit dem Nvidia-Herausforderer Cerebras über Rechenleistung.',
    ['openai cerebras 10000000000 signed'],
  ],
  [
    'en',
    'OpenAI signs a $10 billion compute deal with Nvidia rival Cerebras.',
    ['openai cerebras 10000000000 signed'],
  ],
  [
    'es',
    'OpenAI firma un acuerdo de 10.000 millones de dólares con el rival de Nvidia, Cerebras, para capacidad de cómputo.',
    ['openai cerebras 10000000000 signed'],
  ],
  [
    'it',
    'OpenAI firma un accordo da 10 miliardi di dollari con il rivale di Nvidia Cerebras per capacità di calcolo.',
    ['openai cerebras 10000000000 signed'],
  ],
  // The rival told after the party's name, or after the deal, changes nothing.
  [
    'fr',
    'Meta signe un contrat cloud de 10 milliards de dollars avec Google, le concurrent de Microsoft.',
    ['meta alphabet 10000000000 signed'],
  ],
  // A rival's title with no deal stays silent.
  [
    'de',
    'Der Nvidia-Konkurrent Cerebras plant einen Börsengang und will dabei rund 1 Milliarde Dollar einsammeln.',
    [],
  ],
];

eachKind({ 'a party named by its rival': PARTY_NAMED_BY_ITS_RIVAL }, true);
