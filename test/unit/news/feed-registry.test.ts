import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FeedRegistryError,
  loadFeedRegistry,
  parseFeedRegistry,
} from '../../../functions/sources/news/feed-registry';
import { thrown } from '../../support/thrown';

const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const registryError = (fn: () => unknown) => thrown(FeedRegistryError, fn);

describe('the default feed list', () => {
  const feeds = loadFeedRegistry({});

  it('is valid, with unique ids and https URLs', () => {
    expect(feeds.length).toBeGreaterThanOrEqual(20);
    expect(new Set(feeds.map((f) => f.id)).size).toBe(feeds.length);
    expect(feeds.every((f) => f.url.startsWith('https://'))).toBe(true);
  });

  it('covers newsrooms, wires and search feeds in English and in French', () => {
    for (const kind of ['newsroom', 'wire', 'search'] as const)
      expect(feeds.some((f) => f.kind === kind)).toBe(true);
    const search = feeds.filter((f) => f.kind === 'search');
    expect(search.some((f) => f.language === 'en')).toBe(true);
    expect(search.some((f) => f.language === 'fr' && f.url.includes('hl=fr'))).toBe(true);
    expect(feeds.some((f) => f.kind !== 'search' && f.language === 'fr')).toBe(true);
    const text = feeds.map((f) => decodeURIComponent(f.url).replaceAll('+', ' ')).join('\n');
    for (const player of ['CoreWeave', 'Nebius', 'IREN', 'nvidia', 'microsoft', 'openai', 'aws']) {
      expect(text.toLowerCase()).toContain(player.toLowerCase());
    }
  });

  it('polls politely', () => {
    expect(feeds.every((f) => f.pollSeconds >= 300)).toBe(true);
  });
});

describe('NEWS_FEEDS and NEWS_POLL_SECONDS', () => {
  it('a file replaces the default list; pollSeconds, language and enabled get defaults', () => {
    const path = file(
      'feeds.json',
      JSON.stringify({ feeds: [{ id: 'my-feed', url: 'https://news.example/rss', kind: 'wire' }] }),
    );
    expect(loadFeedRegistry({ path, defaultPollSeconds: 120 })).toEqual([
      {
        id: 'my-feed',
        url: 'https://news.example/rss',
        language: null,
        pollSeconds: 120,
        enabled: true,
        kind: 'wire',
      },
    ]);
  });

  it('accepts a bare array', () => {
    const path = file(
      'bare.json',
      JSON.stringify([{ id: 'a', url: 'http://a.example/', kind: 'search', language: 'fr' }]),
    );
    expect(loadFeedRegistry({ path })[0]!.language).toBe('fr');
  });

  it('names the file and the bad field', () => {
    const path = file(
      'bad.json',
      JSON.stringify({
        feeds: [
          { id: 'ok', url: 'https://a.example/', kind: 'wire' },
          { id: 'b', url: 'ftp://b/', kind: 'wire' },
        ],
      }),
    );
    const error = registryError(() => loadFeedRegistry({ path }));
    expect(error.message).toContain(path);
    expect(error.message).toContain('feeds.1.url');
  });

  it('refuses unknown kinds, languages and fields, duplicate ids and too-fast polling', () => {
    const bad = (feed: Record<string, unknown>) =>
      registryError(() =>
        parseFeedRegistry([{ id: 'x', url: 'https://x.example/', kind: 'wire', ...feed }], 'test.json'),
      );
    expect(bad({ kind: 'blog' }).message).toContain('0.kind');
    expect(bad({ language: 'xx' }).message).toContain('0.language');
    expect(bad({ pollSeconds: 5 }).message).toContain('0.pollSeconds');
    expect(bad({ colour: 'red' }).message).toMatch(/colour/);
    expect(bad({ id: 'Bad Id' }).message).toContain('0.id');
    const dup = registryError(() =>
      parseFeedRegistry(
        [
          { id: 'x', url: 'https://x.example/', kind: 'wire' },
          { id: 'x', url: 'https://y.example/', kind: 'wire' },
        ],
        'dup.json',
      ),
    );
    expect(dup.message).toContain('duplicate feed id "x"');
  });

  it('says when the file is missing or not JSON', () => {
    expect(registryError(() => loadFeedRegistry({ path: join(dir, 'missing.json') })).message).toContain(
      'cannot be read',
    );
    expect(registryError(() => loadFeedRegistry({ path: file('x.json', '{ nope') })).message).toContain(
      'not valid JSON',
    );
  });

  it('refuses a NEWS_POLL_SECONDS below the polite minimum', () => {
    expect(registryError(() => loadFeedRegistry({ defaultPollSeconds: 1 })).message).toContain(
      'NEWS_POLL_SECONDS',
    );
  });
});
