import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EDGAR_FIXTURES = fileURLToPath(new URL('../../fixtures/edgar/', import.meta.url));

export function fixtureBytes(path: string): Buffer {
  return readFileSync(`${EDGAR_FIXTURES}${path}`);
}

export function fixtureText(path: string): string {
  return fixtureBytes(path).toString('latin1');
}

/** The recorded feed pages of a day, in order: [start, file]. */
export function feedPages(day: string): { start: number; file: string }[] {
  return readdirSync(`${EDGAR_FIXTURES}${day}`)
    .filter((f) => /^page-\d{5}\.xml$/.test(f))
    .sort()
    .map((file) => ({ start: Number(file.slice(5, 10)), file: `${day}/${file}` }));
}
