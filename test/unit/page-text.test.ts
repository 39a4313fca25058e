import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../functions/sources/html-text';
import { articleFromJsonLd, looksLikeWebPage, pageText } from '../../functions/sources/page-text';

// One article (headline, dek, body with a list and a table) that every page below wraps in its boilerplate.
const ARTICLE = `<h1>Nebius signs GPU deal with Microsoft</h1>
<p class="dek">Five-year contract for capacity in Vineland</p>
<p>Nebius will supply Microsoft with dedicated GPU capacity worth $17.4 billion through 2031.</p>
<ul><li>Term: five years</li><li>Site: Vineland, New Jersey</li></ul>
<table><tr><th>Item</th><th>Value</th></tr><tr><td>Base contract</td><td>$17.4 billion</td></tr></table>`;
const OTHER_DEAL = 'Nscale signs $14 billion deal with Microsoft';

const page = (around: { before?: string; inside?: string; after?: string; head?: string }): string =>
  `<!DOCTYPE html><html><head><title>Nebius signs GPU deal with Microsoft | Example News</title>${around.head ?? ''}</head><body>${around.before ?? ''}<main><article>${ARTICLE}${around.inside ?? ''}</article>${around.after ?? ''}</main></body></html>`;

function expectArticle(text: string): void {
  expect(text).toContain('Nebius signs GPU deal with Microsoft');
  expect(text).toContain('Five-year contract for capacity in Vineland');
  expect(text).toContain(
    'Nebius will supply Microsoft with dedicated GPU capacity worth $17.4 billion through 2031.',
  );
  // List items stay separate lines; the table keeps its rows.
  expect(text).toMatch(/Term: five years\s*\n\s*\* Site: Vineland, New Jersey/);
  expect(text).toMatch(/Base contract\s+\$17\.4 billion/);
}

const links = (titles: string[]): string =>
  `<ul>${titles.map((t, i) => `<li><a href="/a/${i}">${t}</a></li>`).join('')}</ul>`;

describe('pageText keeps the article and drops each kind of boilerplate', () => {
  const cases: [string, Parameters<typeof page>[0]][] = [
    [
      'navigation menu',
      {
        before: `<header><a href="/">Example News</a><nav>${links(['Home', 'Cloud', OTHER_DEAL])}</nav></header>`,
      },
    ],
    [
      'cookie banner',
      {
        before: `<div class="cookie-banner" role="dialog"><p>We use cookies. ${OTHER_DEAL}</p><button>Accept</button></div>`,
      },
    ],
    [
      'related articles (class)',
      {
        after: `<section class="related-articles"><h3>More</h3>${links([OTHER_DEAL, 'IREN gets $9.7 billion'])}</section>`,
      },
    ],
    [
      'related articles (heading only)',
      {
        after: `<div><h3>Read more</h3>${links([OTHER_DEAL, 'IREN gets $9.7 billion', 'Lambda wins order'])}</div>`,
      },
    ],
    [
      '"À lire aussi" label then list',
      { inside: `<p><strong>À lire aussi :</strong></p>${links([OTHER_DEAL])}` },
    ],
    ['"Leia também" inline teaser', { inside: `<p>Leia também: <a href="/x">${OTHER_DEAL}</a></p>` }],
    [
      '"Mehr zum Thema" section',
      {
        after: `<section><h2>Mehr zum Thema</h2><article><h3>${OTHER_DEAL}</h3><p>Short teaser text.</p></article></section>`,
      },
    ],
    [
      'most read',
      { after: `<div class="most-read"><ol><li>${OTHER_DEAL}</li><li>Oracle bonds slide</li></ol></div>` },
    ],
    [
      'ticker tape',
      { before: `<div class="ticker"><span>CRWV +4.1%</span><span>NBIS $17.4 billion deal</span></div>` },
    ],
    [
      'newsletter box',
      { after: `<aside class="newsletter"><p>${OTHER_DEAL} and more in your inbox.</p></aside>` },
    ],
    [
      'comments',
      {
        after: `<div id="comments"><div class="comment"><p>Microsoft paid $14 billion to Nscale, they will pay Nebius too, mark my words, this is a long comment.</p></div></div>`,
      },
    ],
    ['footer', { after: `<footer><p>© Example News. ${OTHER_DEAL}</p></footer>` }],
    [
      'image caption',
      {
        inside: `<figure><img src="x.jpg"><figcaption>Nscale's site, where a $14 billion deal lands</figcaption></figure>`,
      },
    ],
    ['teaser paragraph that is one link', { inside: `<p><a href="/x">${OTHER_DEAL} in Texas</a></p>` }],
    [
      'share bar and hidden block',
      {
        inside: `<div class="share-bar"><a>Share on X</a></div><div hidden>${OTHER_DEAL}</div><div aria-hidden="true">${OTHER_DEAL}</div>`,
      },
    ],
    [
      'AMP sidebar and ads',
      {
        before: `<amp-sidebar id="s"><p>${OTHER_DEAL}</p></amp-sidebar><amp-ad><p>${OTHER_DEAL}</p></amp-ad>`,
      },
    ],
    ['link-dense block without a name', { after: `<div>${links([OTHER_DEAL, 'A', 'B', 'C'])}</div>` }],
  ];
  for (const [kind, around] of cases) {
    it(kind, () => {
      const text = pageText(page(around));
      expectArticle(text);
      expect(text).not.toContain('Nscale');
      expect(text).not.toMatch(/\$14 billion|\$9\.7 billion/);
    });
  }

  it('keeps the headline that sits above the article element', () => {
    const html = `<html><body><header><h1>Oracle nears deal with Meta</h1></header><nav>${links(['Home', 'Cloud', 'Chips'])}</nav><main><article><p>Oracle is in talks with Meta over a cloud contract worth about $20 billion, people familiar said.</p></article></main></body></html>`;
    const text = pageText(html);
    expect(text.split('\n')[0]).toBe('Oracle nears deal with Meta');
    expect(text).toContain('about $20 billion');
    expect(text).not.toContain('Home');
  });

  it('keeps every entry of a live blog (entries as sibling articles)', () => {
    const entries = [
      'CoreWeave shares rise 5% after the Meta contract.',
      'Nebius adds $3 billion Meta deal, the company says.',
      'Oracle bonds slip.',
    ];
    const html = `<html><body><nav>${links(['Home', 'Live', 'Markets'])}</nav><div class="live">${entries
      .map(
        (e, i) =>
          `<article class="entry"><time>1${i}:05</time><p>${e} More words here to make a paragraph.</p></article>`,
      )
      .join('')}</div><footer>${OTHER_DEAL}</footer></body></html>`;
    const text = pageText(html);
    for (const e of entries) expect(text).toContain(e);
    // Each entry is its own block.
    expect(text).toMatch(/Meta contract\. More words here to make a paragraph\.\s*\n[\s\S]*11:05/);
    expect(text).not.toContain('Nscale');
  });

  it('reads the article from JSON-LD when the page body is a script shell', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'x' },
        {
          '@type': 'NewsArticle',
          headline: 'Lambda signs Microsoft contract',
          datePublished: '2025-11-03',
          articleBody:
            'Lambda will supply Microsoft with AI infrastructure worth multiple billions of dollars under a new agreement.',
        },
      ],
    });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><nav>${links(['Home', OTHER_DEAL, 'C'])}</nav><main><div id="root"></div></main></body></html>`;
    const text = pageText(html);
    expect(text.startsWith('Lambda signs Microsoft contract\n\n')).toBe(true);
    expect(text).toContain('Lambda will supply Microsoft with AI infrastructure');
    expect(text).not.toContain('Nscale');
  });

  it('reads a live blog from JSON-LD updates, one block per update', () => {
    const found = articleFromJsonLd(
      JSON.stringify({
        '@type': 'LiveBlogPosting',
        headline: 'Markets live',
        liveBlogUpdate: [
          { '@type': 'BlogPosting', headline: '10:02', articleBody: 'IREN rises on the Microsoft contract.' },
          { '@type': 'BlogPosting', headline: '10:40', articleBody: 'Oracle slips.' },
        ],
      }),
    );
    expect(found).toEqual({
      headline: 'Markets live',
      body: '10:02\nIREN rises on the Microsoft contract.\n\n10:40\nOracle slips.',
    });
    expect(articleFromJsonLd('{not json')).toEqual({ headline: null, body: null });
  });

  it('keeps a layout wrapper whose class names a sidebar when it holds the article', () => {
    const html = `<html><body><div class="layout has-sidebar"><main><article>${ARTICLE}</article></main><div class="sidebar">${OTHER_DEAL}</div></div></body></html>`;
    const text = pageText(html);
    expectArticle(text);
    expect(text).not.toContain('Nscale');
  });

  it('reads run-together and camelCase class names, but keeps a commentary', () => {
    for (const cls of ['jp-relatedposts', 'relatedArticles', 'mostRead', 'commentList', 'newsletterSignup']) {
      const text = pageText(
        page({ after: `<div class="${cls}"><p>${OTHER_DEAL}, a teaser of another story.</p></div>` }),
      );
      expectArticle(text);
      expect(text, cls).not.toContain('Nscale');
    }
    const opinion = pageText(
      page({
        inside: '<div class="commentary"><p>Our view: Nebius priced the Microsoft contract well.</p></div>',
      }),
    );
    expect(opinion).toContain('Our view: Nebius priced the Microsoft contract well.');
  });

  it('does not take a <main> that holds only a hero for the article', () => {
    const html = `<html><body><main><div class="hero"><p>Welcome to Example News, your daily briefing on infrastructure.</p></div></main><div class="content"><h1>Nebius signs GPU deal with Microsoft</h1><p>Nebius will supply Microsoft with dedicated GPU capacity worth $17.4 billion through 2031, the company said on Monday in a statement.</p><p>Capacity comes online from Vineland, New Jersey, later this year and in 2026 in several tranches.</p></div><footer>${OTHER_DEAL}</footer></body></html>`;
    const text = pageText(html);
    expect(text).toContain('worth $17.4 billion through 2031');
    expect(text).not.toContain('Nscale');
  });

  it('keeps a ticker symbol beside a headline (inline, not a tape)', () => {
    const html = `<html><body><main><div class="meta"><a class="ticker" href="/q/IREN">IREN</a> 8-K filed 2025-11-03</div>${ARTICLE}</main></body></html>`;
    expect(pageText(html)).toMatch(/IREN 8-K filed/);
  });

  it('does not take a paragraph that merely starts with a label word for a label', () => {
    const html = `<html><body><main><article><p>Trending higher, Nebius shares rose after the Microsoft contract.</p></article></main></body></html>`;
    expect(pageText(html)).toContain('Trending higher, Nebius shares rose');
  });

  it('converts HTML that is not a web page (a filing document) exactly as htmlToText does', () => {
    const filing =
      '<html><body><p>Item 1.01</p><table><tr><td><a href="#a">Index</a></td><td><a href="#b">Exhibits</a></td><td><a href="#c">Signatures</a></td></tr></table></body></html>';
    expect(looksLikeWebPage(filing)).toBe(false);
    expect(pageText(filing)).toBe(htmlToText(filing));
  });
});

describe('pageText on hostile pages stays bounded', () => {
  it('5 MB of navigation gives the article only', () => {
    const nav = `<nav><ul>${'<li><a href="/x">Microsoft signs $1 billion deal with Nscale</a></li>'.repeat(75_000)}</ul></nav>`;
    expect(nav.length).toBeGreaterThan(5_000_000);
    const text = pageText(page({ before: nav }));
    expectArticle(text);
    expect(text.length).toBeLessThan(1000);
  }, 60_000);

  it('a huge attribute does not reach the text', () => {
    const html = page({ before: `<div data-x="${'a'.repeat(3_000_000)}" class="promo">x</div>` });
    const text = pageText(html);
    expectArticle(text);
    expect(text.length).toBeLessThan(1000);
  }, 60_000);

  it('unclosed tags still give the article', () => {
    const html = `<html><body><nav><ul><li><a>${OTHER_DEAL}<li><a>B<li><a>C</nav><main><article><h1>Nebius signs GPU deal with Microsoft<p>Nebius will supply Microsoft with capacity worth $17.4 billion.<p>Second paragraph`;
    const text = pageText(html);
    expect(text).toContain('Nebius will supply Microsoft with capacity worth $17.4 billion.');
    expect(text).toContain('Second paragraph');
    expect(text).not.toContain('Nscale');
  });

  it('100,000 levels of nesting are flattened, not a stack overflow', () => {
    const depth = 100_000;
    const html = `<html><body><main><article><h1>Deep</h1>${'<div>'.repeat(depth)}<p>Nebius will supply Microsoft.</p>${'</div>'.repeat(depth)}</article></main></body></html>`;
    const text = pageText(html);
    expect(text).toContain('Nebius will supply Microsoft.');
    expect(text.length).toBeLessThan(200);
  }, 60_000);

  it('a JSON-LD block that is not JSON, or far too big, is ignored', () => {
    const html = page({
      head: `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${'x'.repeat(3_000_000)}"}</script><script type="application/ld+json">{oops</script>`,
    });
    const text = pageText(html);
    expectArticle(text);
    expect(text.length).toBeLessThan(1000);
  }, 60_000);
});
