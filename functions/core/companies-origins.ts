// Where a company is from, as the press names it in a descriptor instead of the name: "le néocloud néerlandais",
// "das Amsterdamer Unternehmen", "the Amsterdam-based company", "la società britannica", "a empresa australiana".
// Only the home words that tell a compute company apart from the others of its market are listed (the United
// States is home to too many of them to tell anyone apart). Each word is one lowercase token of the descriptor.

const ORIGIN_WORDS: Readonly<Record<string, readonly string[]>> = {
  nebius: [
    'amsterdam',
    'ámsterdam',
    'amsterdã',
    'amesterdão',
    'amsterdamer',
    'néerlandais',
    'néerlandaise',
    'hollandais',
    'hollandaise',
    'dutch',
    'niederländische',
    'niederländischen',
    'niederländischer',
    'niederländisches',
    'holländische',
    'holländischen',
    'holländischer',
    'neerlandés',
    'neerlandesa',
    'holandés',
    'holandesa',
    'olandese',
    'olandesi',
  ],
  nscale: ['london', 'londoner', 'londonien', 'londonienne', ...britishWords()],
  fluidstack: ['london', 'londoner', 'londonien', 'londonienne', ...britishWords()],
  iren: [
    'sydney',
    'australien',
    'australienne',
    'australian',
    'australische',
    'australischen',
    'australischer',
    'australisches',
    'australiano',
    'australiana',
  ],
  firmus: [
    'australien',
    'australienne',
    'australian',
    'australische',
    'australischen',
    'australiano',
    'australiana',
  ],
  mistral: frenchWords(),
  ovhcloud: ['roubaix', 'roubaisien', 'roubaisienne', ...frenchWords()],
  scaleway: frenchWords(),
  sesterce: frenchWords(),
  g42: [
    'émirien',
    'émirienne',
    'emirati',
    'emiratische',
    'emiratischen',
    'emiratí',
    'emiratino',
    'emiratina',
  ],
  humain: ['saoudien', 'saoudienne', 'saudi', 'saudische', 'saudischen', 'saudí', 'saudita'],
  'deutsche-telekom': ['bonner'],
  'northern-data': ['ulmer'],
  'aleph-alpha': ['heidelberger'],
  yotta: ['indien', 'indienne', 'indian', 'indische', 'indischen', 'indio', 'india', 'indiano', 'indiana'],
};

function britishWords(): string[] {
  return [
    'britannique',
    'british',
    'britische',
    'britischen',
    'britischer',
    'britisches',
    'británico',
    'británica',
    'britannico',
    'britannica',
    'britânico',
    'britânica',
  ];
}

function frenchWords(): string[] {
  return [
    'français',
    'française',
    'french',
    'französische',
    'französischen',
    'französischer',
    'französisches',
    'francés',
    'francesa',
    'francese',
    'francês',
  ];
}

const BY_WORD: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const [id, words] of Object.entries(ORIGIN_WORDS))
    for (const w of words) {
      const ids = out.get(w) ?? new Set<string>();
      ids.add(id);
      out.set(w, ids);
    }
  return out;
})();

/** The companies a descriptor's home word may stand for ("néerlandais" → Nebius), or none. */
export function companiesFrom(word: string): ReadonlySet<string> | undefined {
  return BY_WORD.get(word.toLowerCase());
}
