// "Leia também", "Read also", "À lire aussi", "Das könnte Sie auch interessieren": a block of links to other
// articles. Its lines are other stories' headlines; an amount there is no deal of this document.

/**
 * A heading that opens a block of links to other articles, in the six languages: alone on its line, before a
 * colon, or glued to the first link ("Leggi ancheNebius, …"); "Related party transactions" is none.
 */
const RELATED_HEADING_RE =
  /(?:^|\n)[ \t]*(?:read (?:also|more)|related(?: articles| stories| news| coverage)?|see also|more on this(?: story| topic)?|also read|you may also like|(?:à )?lire aussi|sur le m[êe]me sujet|à lire (?:[ée]galement|ensuite)|lesen sie auch|mehr zum thema|das k[öo]nnte sie auch interessieren|auch interessant|lee tambi[ée]n|te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|articoli correlati|leia tamb[ée]m|veja tamb[ée]m|saiba mais|not[íi]cias relacionadas)(?:[ \t]*:|[ \t]*(?=\n)|(?=\p{Lu}))/giu;

/** How far above a sentence a block's heading is looked for. */
const BLOCK_REACH = 400;

/**
 * Does the sentence starting at `start` sit in a block of related links: a heading above it (or glued before it
 * on its line) and only headline-like lines between, no full sentence?
 */
export function inRelatedLinks(text: string, start: number): boolean {
  const from = Math.max(0, start - BLOCK_REACH);
  // The heading may open the sentence's own line ("Leggi ancheNebius, contratto …").
  const head = text.slice(from, Math.min(text.length, start + HEADING_CHARS));
  // A cheap literal check first: most sentences have no such heading above them.
  if (!RELATED_WORD_RE.test(head)) return false;
  RELATED_HEADING_RE.lastIndex = 0;
  let end = -1;
  for (
    let m = RELATED_HEADING_RE.exec(head);
    m !== null && m.index <= start - from;
    m = RELATED_HEADING_RE.exec(head)
  ) {
    end = from + m.index + m[0].length;
  }
  // Between the heading and the sentence: headlines (no sentence end), not a paragraph of the article.
  return end >= 0 && (end >= start || !/[.!?]\s/.test(text.slice(end, start)));
}

/** The longest heading, read past the sentence's start. */
const HEADING_CHARS = 40;

const RELATED_WORD_RE =
  /read|related|see also|more on|also|aussi|m[êe]me sujet|lire|lesen|mehr zum|interess|tambi[ée]n|relacionad|leggi|correlati|tamb[ée]m|saiba/i;
