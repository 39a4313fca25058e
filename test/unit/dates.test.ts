import { describe, expect, it } from 'vitest';
import { parseEndDate, parseTermYears } from '../../functions/core/dates';

describe('parseEndDate', () => {
  it.each([
    ['for up to ~$14.2 billion through December 2031', '2031-12-31'],
    ['through Dec. 31, 2031', '2031-12-31'],
    ['through April 2032', '2032-04-30'],
    ['until 2030', '2030-12-31'],
    ['through the end of 2029', '2029-12-31'],
    ['jusqu’à fin 2031', '2031-12-31'],
    ["jusqu'au 31 décembre 2031", '2031-12-31'],
    ["jusqu'en février 2028", '2028-02-29'],
    ['bis Ende 2031', '2031-12-31'],
    ['hasta diciembre de 2031', '2031-12-31'],
    ['fino al 2030', '2030-12-31'],
    ['até dezembro de 2031', '2031-12-31'],
  ])('%s ends %s', (text, date) => {
    expect(parseEndDate(text)?.date).toBe(date);
  });

  it('gives offsets of the phrase', () => {
    const text = 'capacity through December 2031.';
    const d = parseEndDate(text)!;
    expect(text.slice(d.start, d.end)).toBe('through December 2031');
  });

  it('ignores text without a year or with a non-month word', () => {
    expect(parseEndDate('until the company decides')).toBeNull();
    expect(parseEndDate('through the agreement 2031')).toBeNull();
    expect(parseEndDate('starting 2027')).toBeNull();
  });
});

describe('parseTermYears', () => {
  it.each([
    ['a six-year deal', 6],
    ['a 15-year lease', 15],
    ['over five years', 5],
    ['sur six ans', 6],
    ["d'une durée de cinq ans", 5],
    ['fünf Jahre', 5],
    ['cinco años', 5],
    ['cinque anni', 5],
    ['10 years', 10],
    // "last" as a verb: the contract's length, not history.
    ['The deal is currently slated to last five years.', 5],
    ['the lease will last 15 years', 15],
  ])('%s is %d years', (text, years) => {
    expect(parseTermYears(text)?.years).toBe(years);
  });

  it('does not read history or vague lengths as a term', () => {
    expect(parseTermYears('a multi-year agreement')).toBeNull();
    expect(parseTermYears('over the past five years')).toBeNull();
    expect(parseTermYears('five years ago')).toBeNull();
    expect(parseTermYears('revenue grew over the last five years')).toBeNull();
    expect(parseTermYears('cinque anni dopo la nascita della società')).toBeNull();
    // An age or a record beside the unit, and a span running up to now, in en, fr, de, es and pt.
    expect(parseTermYears('the next step in our eight-year relationship with Microsoft')).toBeNull();
    expect(parseTermYears('the shares hit a five-year high')).toBeNull();
    expect(parseTermYears('Nebius arbeitet seit acht Jahren mit Microsoft')).toBeNull();
    expect(parseTermYears('les deux groupes travaillent ensemble depuis huit ans')).toBeNull();
    expect(parseTermYears('colaboran desde hace ocho años')).toBeNull();
    expect(parseTermYears('a parceria começou há oito anos')).toBeNull();
  });
});
