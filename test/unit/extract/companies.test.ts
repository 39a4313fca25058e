import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPANIES,
  companyByCik,
  findCompanyMentions,
  resolveCompanyName,
  slugify,
} from '../../../functions/core/companies';

const CORPUS_IDS =
  'meta alphabet microsoft amazon oracle coreweave nebius nscale iren lambda crusoe fluidstack together-ai vultr openai anthropic xai mistral nvidia amd broadcom cerebras applied-digital core-scientific galaxy-digital terawulf cipher-mining hut-8 bitfarms hive-digital equinix digital-realty poolside cohere ibm salesforce apple tesla softbank stargate blue-owl constellation-energy talen-energy vistra nextera g42 humain firmus'.split(
    ' ',
  );

describe('company table', () => {
  it('holds every canonical id of the corpus, with unique ids and 10-digit CIKs', () => {
    const ids = COMPANIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of CORPUS_IDS) expect(ids).toContain(id);
    for (const c of COMPANIES) if (c.cik) expect(c.cik).toMatch(/^\d{10}$/);
  });

  it('agrees with the SEC ticker file where a company is listed there', () => {
    // The SEC's own company_tickers.json (public data), as recorded.
    const path = new URL('../../fixtures/reference/company_tickers.json', import.meta.url);
    const sec: Record<string, { cik_str: number; ticker: string }> = JSON.parse(readFileSync(path, 'utf8'));
    let compared = 0;
    const byTicker = new Map(Object.values(sec).map((e) => [e.ticker, String(e.cik_str).padStart(10, '0')]));
    for (const c of COMPANIES) {
      const cik = c.ticker ? byTicker.get(c.ticker) : undefined;
      if (cik && c.cik) {
        expect([c.id, c.cik]).toEqual([c.id, cik]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('resolves aliases in several forms and languages', () => {
    const ids = (t: string) => findCompanyMentions(t).map((m) => m.company.id);
    expect(ids("Facebook's parent signed with Google Cloud")).toEqual(['meta', 'alphabet']);
    // The table writes an apostrophe once; texts write either, typewriter or typographic.
    expect(ids('Facebook’s parent and TikTok’s parent')).toEqual(['meta', 'bytedance']);
    expect(ids("la maison mère d'Instagram et l'éditeur de Claude")).toEqual(['meta', 'anthropic']);
    expect(ids('la maison mère de Facebook et Microsoft Azure')).toEqual(['meta', 'microsoft']);
    expect(ids('NVIDIA CORPORATION and Meta Platforms, Inc.')).toEqual(['nvidia', 'meta']);
    expect(ids('functions on AWS Lambda')).toEqual([]);
    expect(ids('metadata and Metaverse')).toEqual([]);
  });

  it('reads a name written in capitals as one mention, the longest at its start, beside names as written', () => {
    const spans = (t: string) => findCompanyMentions(t).map((m) => [m.company.id, t.slice(m.start, m.end)]);
    // "COREWEAVE, INC." is only an upper-case form; "NVIDIA" is also written so: the longer name wins at its start.
    expect(spans('COREWEAVE, INC. and NVIDIA CORPORATION with Nebius')).toEqual([
      ['coreweave', 'COREWEAVE, INC.'],
      ['nvidia', 'NVIDIA CORPORATION'],
      ['nebius', 'Nebius'],
    ]);
    // A blocker written as such still consumes its span before an upper-case form could start inside it.
    expect(spans('AWS Lambda and LAMBDA')).toEqual([['lambda', 'LAMBDA']]);
  });

  it('reads a home town as its company only beside a descriptor, and a descriptor in apposition as the same mention', () => {
    const spans = (t: string) => findCompanyMentions(t).map((m) => [m.company.id, t.slice(m.start, m.end)]);
    expect(spans('le groupe de Menlo Park et der Chipkonzern aus Sunnyvale')).toEqual([
      ['meta', 'groupe de Menlo Park'],
      ['cerebras', 'Chipkonzern aus Sunnyvale'],
    ]);
    expect(spans('Der Bonner Konzern and the Livingston, N.J.-based company')).toEqual([
      ['deutsche-telekom', 'Bonner Konzern'],
      ['coreweave', 'Livingston, N.J.-based company'],
    ]);
    // The town alone is a place; a town home to no company of the table names none.
    expect(spans('a campus near Dallas, a site in Redmond, the Boston company, die Bonner Straße')).toEqual(
      [],
    );
    // "Cerebras Systems, la société de Sunnyvale": one mention, the name; the descriptor alone later is a second.
    expect(spans('avec Cerebras Systems, la société de Sunnyvale, et avec la société de Sunnyvale')).toEqual([
      ['cerebras', 'Cerebras Systems'],
      ['cerebras', 'société de Sunnyvale'],
    ]);
    // A startup of the town is not the company the town names.
    expect(spans('a Seattle-based startup and la start-up de Sunnyvale')).toEqual([]);
  });

  it('resolves registrant names and CIKs', () => {
    expect(resolveCompanyName('COREWEAVE, INC.')?.id).toBe('coreweave');
    expect(resolveCompanyName('Iris Energy Ltd')?.id).toBe('iren');
    expect(resolveCompanyName('Acme Widgets')).toBeUndefined();
    expect(companyByCik('1769628')?.id).toBe('coreweave');
    expect(slugify('Acme Widgets, Inc.')).toBe('acme-widgets');
  });
});
