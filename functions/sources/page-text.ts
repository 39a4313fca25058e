// The article of a saved web page as text: headline, dek, body, its lists and tables, one block a line; the
// page's menus, cookie banners, related-article lists, tickers, newsletter boxes, comments, footers and image
// captions left out, so that another deal's headline in a "read more" box never reaches the extractor.
import render from 'dom-serializer';
import { type AnyNode, type Document, type Element, isTag, isText, type ParentNode, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { capNesting, DocumentTooLargeError, htmlToText, MAX_HTML_BYTES } from './html-text';

/** Pages larger than this are converted as a filing is (in slices, no pruning): no news page is this big. */
export const MAX_PAGE_CHARS = 16 * 1024 * 1024;
/** Elements nested deeper are flattened to their text, so that no later recursive walk meets a hostile depth. */
export const MAX_PAGE_DEPTH = 160;
const MAX_JSON_LD_CHARS = 2 * 1024 * 1024;

/** True when the HTML is a web page (semantic layout, JSON-LD, og: meta or ARIA roles), not a filing document. */
export function looksLikeWebPage(html: string): boolean {
  return /<(?:nav|article|main|header|footer|aside)\b|application\/ld\+json|<meta[^>]{0,300}?property\s*=\s*["']?og:|\brole\s*=\s*["']?(?:main|navigation|banner|contentinfo)/i.test(
    html,
  );
}

// Elements that never carry the article's prose.
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'nav',
  'footer',
  'aside',
  'figcaption',
  'dialog',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'menu',
]);
const DROP_AMP =
  /^amp-(?:sidebar|ad|embed|analytics|consent|user-notification|social-share|sticky-ad|iframe|video|geo|pixel|lightbox|carousel)$/;
const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'marquee',
]);
// Class and id words of boilerplate blocks, matched as words of a class list (parts split on - and _); the
// common ones also as the start of a run-together name (jp-relatedposts, relatedArticles, commentList).
const BOILERPLATE_CLASS = new RegExp(
  `(?:^|[\\s_-])(?:${[
    'nav',
    'navbar',
    'navigation',
    'menu',
    'footer\\w*',
    'sidebar\\w*',
    'related\\w*',
    'promo\\w*',
    'newsletter\\w*',
    'cookie\\w*',
    'consent\\w*',
    'gdpr',
    'cmp',
    'onetrust',
    'didomi',
    'banner',
    'share',
    'sharing',
    'social\\w*',
    'comment(?!ary)\\w*',
    'disqus',
    'ticker\\w*',
    'marquee',
    'quotebar',
    'market[-_]?data',
    'breadcrumb\\w*',
    'widget',
    'advert\\w*',
    'ads?',
    'sponsored',
    'outbrain\\w*',
    'taboola\\w*',
    'recommend\\w*',
    'trending\\w*',
    'popular',
    'most[-_]?(?:read|viewed|popular|shared)',
    'read[-_]?(?:more|also|next)',
    'more[-_]?(?:stories|news|articles)',
    'subscribe',
    'subscription',
    'paywall',
    'signup',
    'teasers?',
    'tags',
    'author[-_]?bio',
    'masthead',
    'toolbar',
    'modal',
    'popup',
    'overlay',
    'captions?',
    'credits?',
    'lire[-_]?aussi',
    'a[-_]lire',
    'voir[-_]?aussi',
    'leggi[-_]?anche',
    'correlati',
    'relacionad[oa]s?',
    'mais[-_]?lid[oa]s',
    'leia[-_]?tambem',
    'meistgelesen',
    'weiterlesen',
    'empfehlung\\w*',
  ].join('|')})(?=$|[\\s_-])`,
  'i',
);
// Headings (or a paragraph's first words) that open a list of other articles, in the six languages.
const RELATED_LABEL =
  /^(?:related(?: articles| stories| content| coverage| news| reading)?|read (?:more|also|next)|see also|also read|further reading|more (?:from|on|stories|news|about|in|to read)\b|most (?:read|popular|viewed|shared)|popular (?:now|stories|articles)|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also (?:like|be interested)|editor'?s picks|top stories|latest (?:news|stories|articles)|(?:à |a )?lire (?:aussi|également|egalement)|voir aussi|sur le même sujet|les plus (?:lus|consultés|partagés)|dans la même rubrique|nos derniers articles|mehr zum thema|lesen sie auch|auch interessant|das könnte sie (?:auch )?interessieren|meist ?gelesen|weitere (?:artikel|nachrichten|meldungen)|lea también|le puede interesar|te puede interesar|ver (?:más|también)|lo más leído|más leídas|noticias relacionadas|leggi anche|potrebbe interessarti|ti potrebbe interessare|i più letti|più lett[ie]|articoli correlati|leia (?:também|mais)|veja também|mais lid[oa]s|notícias relacionadas|saiba mais)(?=$|[\s:：.»›|–—-])/i;
// A paragraph led by such a label and a separator is an inline "read also" teaser.
const LABEL_SEPARATOR = /^[\s]*[:：»›|–—-]/;
const LABEL_ONLY = /^[\s:：.»›|–—-]*$/;
const INLINE = new Set([
  'a',
  'span',
  'abbr',
  'b',
  'strong',
  'em',
  'i',
  'time',
  'small',
  'cite',
  'code',
  'sup',
  'sub',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_LIKE = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table']);
const TEASER_CANDIDATE = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'li']);

interface Stats {
  text: number;
  link: number;
  links: number;
  /** Characters in <p> elements: the prose the element holds. */
  prose: number;
  /** Holds an h1, a <main> or an articleBody: the article lives here (a teaser card is an <article> too). */
  holdsArticle: boolean;
}

/** What the page says about itself: title, JSON-LD article parts, og: meta. */
interface PageMeta {
  headline: string | null;
  /** Text from JSON-LD (articleBody, or a live blog's updates), when the page carries it. */
  ldBody: string | null;
}

/**
 * The article of a web page as text (see the file comment). HTML that is not a web page (a filing document, a
 * fragment) is converted whole by htmlToText, as before.
 */
export function pageText(html: string): string {
  if (html.length > MAX_HTML_BYTES) throw new DocumentTooLargeError(html.length);
  if (html.length > MAX_PAGE_CHARS || !looksLikeWebPage(html)) return htmlToText(html);
  const doc = parseDocument(capNesting(html));
  flattenDeep(doc);
  const meta = pageMeta(doc);
  const stats = measure(doc);
  const root = pickRoot(doc, stats);
  const proseTotal = stats.get(root)?.prose ?? 0;
  prune(root, stats, proseTotal);
  let text = htmlToText(render(root)).trim();
  let hasHeadline = findFirst(root, (e) => e.name === 'h1') !== null;
  if (meta.ldBody && squash(text).length < squash(meta.ldBody).length / 2) {
    text = meta.ldBody;
    hasHeadline = false;
  }
  // The headline often sits above the article element (or only in the metadata): put it first.
  const h1 = findFirst(doc, (e) => e.name === 'h1' && squash(textOf(e)) !== '');
  const headline = meta.headline ?? (h1 ? squash(textOf(h1)) : null);
  if (!hasHeadline && headline) text = `${headline}\n\n${text}`;
  return text;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function elementChildren(node: ParentNode): Element[] {
  return node.children.filter(isTag);
}

/** Text of a subtree, gathered without recursion. */
function textOf(node: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) out.push(n.data);
    else if (isTag(n) && (n.name === 'script' || n.name === 'style')) continue;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.join(' ');
}

/** Replaces every element deeper than MAX_PAGE_DEPTH by its text. */
function flattenDeep(doc: Document): void {
  const stack: [ParentNode, number][] = [[doc, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    for (const child of elementChildren(node)) {
      if (depth + 1 < MAX_PAGE_DEPTH) {
        stack.push([child, depth + 1]);
        continue;
      }
      const flat = new Text(textOf(child));
      flat.parent = child;
      child.children = [flat];
    }
  }
}

/** Per-element sizes, bottom-up without recursion. */
function measure(doc: Document): Map<ParentNode, Stats> {
  const stats = new Map<ParentNode, Stats>();
  const order: ParentNode[] = [];
  const stack: ParentNode[] = [doc];
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.children) if (isTag(c) && !DROP_TAGS.has(c.name)) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const s: Stats = { text: 0, link: 0, links: 0, prose: 0, holdsArticle: false };
    for (const c of n.children) {
      if (isText(c)) s.text += squash(c.data).length;
      const cs = stats.get(c as ParentNode);
      if (!cs) continue;
      s.text += cs.text;
      s.link += cs.link;
      s.links += cs.links;
      s.prose += cs.prose;
      s.holdsArticle ||= cs.holdsArticle;
    }
    if (isTag(n)) {
      if (n.name === 'a') {
        s.link = s.text;
        s.links += 1;
      }
      if (n.name === 'p') s.prose = s.text - s.link;
      if (n.name === 'h1' || n.name === 'main' || /articleBody/i.test(n.attribs.itemprop ?? ''))
        s.holdsArticle = true;
    }
    stats.set(n, s);
  }
  return stats;
}

/**
 * The element the article lives in: the page's one <main> when it holds at least half the prose, else the
 * <article> holding most of the articles' prose, else <body>.
 */
function pickRoot(doc: Document, stats: Map<ParentNode, Stats>): ParentNode {
  const mains: Element[] = [];
  const articles: Element[] = [];
  let body: Element | null = null;
  const stack: ParentNode[] = [doc];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const c of elementChildren(n)) {
      if (DROP_TAGS.has(c.name)) continue;
      if (c.name === 'body' && !body) body = c;
      if (c.name === 'main' || c.attribs.role === 'main') mains.push(c);
      if (c.name === 'article') {
        articles.push(c);
        continue; // an article's nested articles (comments, embeds) are not candidates
      }
      stack.push(c);
    }
  }
  const prose = (e: ParentNode): number => stats.get(e)?.prose ?? 0;
  const all = prose(body ?? doc);
  // A <main> that holds only a hero or a teaser grid is not where the article is.
  if (mains.length === 1 && prose(mains[0]!) > 0 && prose(mains[0]!) >= all / 2) return mains[0]!;
  if (articles.length > 0) {
    const best = articles.reduce((a, b) => (prose(b) > prose(a) ? b : a));
    const inArticles = articles.reduce((sum, a) => sum + prose(a), 0);
    if (prose(best) > 0 && prose(best) >= 0.6 * inArticles) return best;
  }
  return body ?? doc;
}

/** Removes the boilerplate under root, top-down, without recursion. */
function prune(root: ParentNode, stats: Map<ParentNode, Stats>, proseTotal: number): void {
  const stack: ParentNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    let dropNext = false;
    for (const child of [...node.children]) {
      if (!isTag(child)) {
        if (!isText(child)) removeNode(child);
        continue;
      }
      if (dropNext && LIST_LIKE.has(child.name)) {
        removeNode(child);
        dropNext = false;
        continue;
      }
      dropNext = false;
      const verdict = judge(child, stats.get(child), proseTotal);
      if (verdict === 'keep') stack.push(child);
      else {
        removeNode(child);
        // A bare "Read also:" label announces the list that follows it.
        dropNext = verdict === 'label';
      }
    }
  }
}

type Verdict = 'keep' | 'drop' | 'label';

function judge(el: Element, s: Stats | undefined, proseTotal: number): Verdict {
  const name = el.name;
  if (DROP_TAGS.has(name) || DROP_AMP.test(name)) return 'drop';
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(a.style ?? ''))
    return 'drop';
  if (!s) return 'keep';
  if (name === 'header') return s.holdsArticle ? 'keep' : 'drop';
  const role = (a.role ?? '').toLowerCase();
  // Class words mark blocks; an inline element so named (a ticker symbol beside a headline) is kept.
  const marked =
    DROP_ROLES.has(role) || (!INLINE.has(name) && BOILERPLATE_CLASS.test(`${a.class ?? ''} ${a.id ?? ''}`));
  // A layout wrapper whose class happens to say "sidebar" or "ad" still holds the article: keep it.
  if (marked && !s.holdsArticle && s.prose <= proseTotal / 2) return 'drop';
  const lead = leadText(el);
  if (lead !== null && RELATED_LABEL.test(lead)) {
    const rest = lead.replace(RELATED_LABEL, '');
    // A bare label ("Related articles", "Mehr zum Thema") heads what follows it, or the block it opens.
    if (LABEL_ONLY.test(rest)) {
      if (s.text <= lead.length + 2) return 'label';
      if (LIST_LIKE.has(name) && !s.holdsArticle) return 'drop';
    }
    // "À lire aussi : <a>another story</a>" inside the body.
    if (
      TEASER_CANDIDATE.has(name) &&
      (LABEL_SEPARATOR.test(rest) || (s.link > 0 && s.link >= (s.text - lead.length) / 2))
    )
      return 'drop';
  }
  if (s.holdsArticle) return 'keep';
  // Menus and lists of other stories are mostly link text.
  if (LIST_LIKE.has(name) && s.links >= 3 && s.link >= 0.6 * s.text) return 'drop';
  // A paragraph or heading that is one link is a teaser for another story.
  if (TEASER_CANDIDATE.has(name) && s.text >= 20 && s.link >= 0.9 * s.text) return 'drop';
  return 'keep';
}

/** The first words of an element: its first text, looking through at most four leading wrappers. */
function leadText(el: Element): string | null {
  let node: AnyNode = el;
  for (let depth = 0; depth < 5; depth++) {
    if (!('children' in node)) return null;
    const first: AnyNode | undefined = node.children.find((c) => !isText(c) || c.data.trim() !== '');
    if (!first) return null;
    if (isText(first)) return squash(first.data).slice(0, 200);
    if (!isTag(first)) return null;
    if (HEADING.has(first.name) || first.name === 'strong' || first.name === 'b' || first.name === 'span') {
      return squash(textOf(first)).slice(0, 200);
    }
    node = first;
  }
  return null;
}

function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node as (typeof parent.children)[number]);
  if (i >= 0) parent.children.splice(i, 1);
  node.parent = null;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|Report|TechArticle)$/;

function pageMeta(doc: Document): PageMeta {
  let headline: string | null = null;
  let ogTitle: string | null = null;
  let title: string | null = null;
  const bodies: string[] = [];
  const stack: ParentNode[] = [doc];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const c of elementChildren(n)) {
      if (c.name === 'script') {
        if ((c.attribs.type ?? '').toLowerCase() === 'application/ld+json') {
          const found = articleFromJsonLd(c.children.map((t) => (isText(t) ? t.data : '')).join(''));
          headline ??= found.headline;
          if (found.body) bodies.push(found.body);
        }
        continue;
      }
      if (c.name === 'meta' && (c.attribs.property ?? c.attribs.name) === 'og:title')
        ogTitle ??= squash(c.attribs.content ?? '') || null;
      if (c.name === 'title' && title === null) title = squash(textOf(c)) || null;
      stack.push(c);
    }
  }
  return {
    headline: headline ?? ogTitle ?? (title ? stripSiteName(title) : null),
    ldBody: bodies.length > 0 ? bodies.join('\n\n') : null,
  };
}

/** "Headline | Site" -> "Headline" (the site name is no part of the story). */
const stripSiteName = (t: string): string => t.replace(/\s+[|–—-]\s+[^|–—-]{1,60}$/, '');

interface LdArticle {
  headline: string | null;
  body: string | null;
}

/** The headline and body of the first article object in a JSON-LD block (objects, arrays, @graph). */
export function articleFromJsonLd(json: string): LdArticle {
  if (json.length > MAX_JSON_LD_CHARS) return { headline: null, body: null };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { headline: null, body: null };
  }
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length > 0 && seen < 1000; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const rec = item as Record<string, unknown>;
    const types = ([] as unknown[]).concat(rec['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
      const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
      const parts: string[] = [];
      const body = str(rec.articleBody);
      if (body) parts.push(body);
      // A live blog's entries, each its own block.
      for (const u of ([] as unknown[]).concat(rec.liveBlogUpdate ?? [])) {
        if (!u || typeof u !== 'object') continue;
        const entry = u as Record<string, unknown>;
        const text = [str(entry.headline), str(entry.articleBody)].filter(Boolean).join('\n');
        if (text) parts.push(text);
      }
      return { headline: str(rec.headline), body: parts.length > 0 ? parts.join('\n\n') : null };
    }
    if (rec['@graph']) queue.push(rec['@graph']);
  }
  return { headline: null, body: null };
}

/** The first element under root, in document order, that matches; drop-listed elements are not entered. */
function findFirst(root: ParentNode, test: (e: Element) => boolean): Element | null {
  const stack: ParentNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const kids = elementChildren(n);
    for (let i = kids.length - 1; i >= 0; i--) {
      const c = kids[i]!;
      if (DROP_TAGS.has(c.name)) continue;
      stack.push(c);
    }
    if (n !== root && isTag(n) && test(n)) return n;
  }
  return null;
}
