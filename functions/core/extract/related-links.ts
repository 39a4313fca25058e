// "Leia também", "Read also", "À lire aussi", "Das könnte Sie auch interessieren", and the most-read lists ("Lo más
// leído", "Most read", "I più letti", "Mais lidas", "Les plus lus", "Meistgelesen"), and a topic's ("Mehr zu
// KI-Rechenzentren:", "More on data centres:", "Weitere Nachrichten zu IREN:", "Más en Xataka"): a block of links to
// other articles. Its lines are other stories' headlines; an amount there is no deal of this document.

/**
 * A heading that opens a block of links to other articles, in the six languages, at a line's start: alone on its
 * line, before a colon, or glued to the first link ("Leggi ancheNebius, …"), maybe beside its translation ("Auch
 * interessant / Also read:"); "Related party transactions" is none.
 * Sticky: tried only at line starts.
 */
const RELATED_HEADING_RE =
  /[ \t]*(?:read (?:also|more)|related(?: articles| stories| news| coverage| reading| content| links| posts)?|further reading|recommended(?: reading| stories| articles| for you)?|see also|more on this(?: story| topic)?|also read|you may also like|(?:à )?lire aussi|sur le m[êe]me sujet|à lire (?:[ée]galement|ensuite)|lesen sie auch|mehr zum thema|das k[öo]nnte sie auch interessieren|auch interessant|le[ea] tambi[ée]n|te puede interesar|te recomendamos|m[áa]s informaci[óo]n|(?:noticias )?relacionad[ao]s|articles li[ée]s|(?:à )?voir aussi|leggi anche|potrebbe interessarti|articoli correlati|leia tamb[ée]m|veja tamb[ée]m|saiba mais|not[íi]cias relacionadas|most read|most popular|(?:lo )?m[áa]s le[íi]d[oa]s?|les plus lus|(?:i )?pi[ùu] lett[ie]|(?:as |os )?mais lid[oa]s|meistgelesen|read next|leia mais|veja mais|mehr dazu|more (?:news|stories)|other news|weitere (?:nachrichten|artikel|meldungen)(?: (?:zu|über|zum|zur) [^\n:.]{1,30}?(?=[ \t]*[:\n]))?|autres (?:articles|actualit[ée]s)|m[áa]s noticias|mais not[íi]cias|altre notizie|(?:more from|m[áa]s en|mais em|plus sur) [^\n:.]{1,20}?(?=[ \t]*\n)|(?:more on|more about|mehr zu|mehr über|plus sur|más sobre|altro su|mais sobre) [^\n:.]{1,30}?(?=[ \t]*:))(?:[ \t]*[/|][ \t]*[^\n:/|]{2,30}?(?=[ \t]*:))?(?:[ \t]*:|[ \t]*(?=\n)|(?=[A-ZÀ-Þ]))/iy;

/** The end of a full sentence: a teaser asking a question ("… son nouveau bouton “Je n’aime pas” ?") is a headline. */
const FULL_STOP_RE = /[.!]\s/;

/** How far above a sentence a block's heading is looked for. */
const BLOCK_REACH = 400;
/** The longest heading, read past the sentence's start. */
const HEADING_CHARS = 40;

/**
 * Does the sentence starting at `start` sit in a block of related links: a heading at the start of its line or of
 * a line above, and only headline-like lines between (no full sentence)?
 */
export function inRelatedLinks(text: string, start: number): boolean {
  const from = Math.max(0, start - BLOCK_REACH);
  const limit = Math.min(text.length, start + HEADING_CHARS);
  // The line starts from the sentence's own back to the block's reach, nearest first (a bounded scan: a text
  // without newlines is never read back further than the reach).
  for (let line = lineStart(text, start, from); line >= from; line = lineStart(text, line - 1, from)) {
    RELATED_HEADING_RE.lastIndex = line;
    const m = RELATED_HEADING_RE.exec(text);
    if (m && line + m[0].length <= limit) {
      const end = line + m[0].length;
      // "À lire aussi : … · …", a blank line, then the article goes on: a line of prose ending in a period is no
      // other story's headline (those end bare or on a question mark).
      if (text.lastIndexOf('\n', start - 1) >= end && proseLine(text, start)) return false;
      return end >= start || !FULL_STOP_RE.test(text.slice(end, start));
    }
    // A full sentence between: the block, if any, is not this sentence's.
    if (line === 0 || FULL_STOP_RE.test(text.slice(line, start))) return false;
  }
  return false;
}

/** The start of the line holding `at`, or -1 when that start lies before `from` (or `at` is before the text). */
function lineStart(text: string, at: number, from: number): number {
  if (at < 0) return -1;
  let k = at;
  while (k > from && text.charCodeAt(k - 1) !== 10) k--;
  return k === 0 || text.charCodeAt(k - 1) === 10 ? k : -1;
}

/** The shortest line read as prose when it ends in a period. */
const PROSE_CHARS = 60;

/** Does the line holding `at` read as prose: long enough and closed by a period? */
function proseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  const line = text.slice(from, next < 0 ? text.length : next).trimEnd();
  return line.length >= PROSE_CHARS && line.endsWith('.');
}
