import { describe, expect, it } from 'vitest';
import { parseMoney, RATES_TO_USD } from '../../functions/core/money';

const one = (s: string, language?: 'en' | 'fr' | 'de') => {
  const all = parseMoney(s, language ? { language } : {});
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('parseMoney', () => {
  it.each([
    ['$14.2 billion', 14_200_000_000],
    ['US$17.4bn', 17_400_000_000],
    ['$6,5 Mrd', 6_500_000_000],
    ['14,2 milliards de dollars', 14_200_000_000],
    ['1,5 Md$', 1_500_000_000],
    ['$350 million', 350_000_000],
    ['17,4 miliardi di dollari', 17_400_000_000],
    ['17,4 mil milhões de dólares', 17_400_000_000],
    ['17.400 millones de dólares', 17_400_000_000],
    ['17,4 Mrd. US-Dollar', 17_400_000_000],
    // The German market press writes the sign after the country: "17,4 Mrd. US-$".
    ['17,4 Mrd. US-$', 17_400_000_000],
    ['USD 3.5 billion', 3_500_000_000],
    ['$14.2-billion deal', 14_200_000_000],
    ['$1,500,000', 1_500_000],
    ['$70-72 billion', 70_000_000_000],
  ])('%s is %d USD', (text, usd) => {
    const m = one(text);
    expect(m.usd).toBe(usd);
    expect(m.currency).toBe('USD');
  });

  // A range written out with the scale after its upper bound only: the lower bound is the amount, as in
  // "$70-72 billion"; told as growth ("porté de … à …"), the upper figure is the new total.
  it.each([
    ['un contrat de 17,4 à 19,4 milliards de dollars', 17_400_000_000],
    ['einen Wert von 17,4 bis 19,4 Milliarden Dollar', 17_400_000_000],
    ['un contrato de entre 17.400 y 19.400 millones de dólares', 17_400_000_000],
    ['un contratto da 17,4 a 19,4 miliardi di dollari', 17_400_000_000],
    ['um contrato entre 17,4 e 19,4 bilhões de dólares', 17_400_000_000],
    ['worth between 17.4 and 19.4 billion dollars', 17_400_000_000],
    ['le contrat a été porté de 17,4 à 19,4 milliards de dollars', 19_400_000_000],
    ['der Auftrag wurde von 17,4 auf 19,4 Milliarden Dollar erhöht', 19_400_000_000],
    ['o contrato foi ampliado de 17,4 para 19,4 bilhões de dólares', 19_400_000_000],
    ['the deal was raised from 17.4 to 19.4 billion dollars', 19_400_000_000],
    // German writes a range with "bis" and no opener; "bis zu" follows no figure and stays "up to".
    ['auf 17 bis 19 Milliarden Dollar geschätzt', 17_000_000_000],
    ['ein Volumen über 17 Bis 19 Mrd. Dollar', 17_000_000_000],
    ['bis zu 19 Mrd. Dollar', 19_000_000_000],
  ])('reads "%s" as %d USD', (text, usd) => {
    expect(parseMoney(text).map((m) => m.usd)).toEqual([usd]);
  });

  it('keeps the qualifier apart from the amount text', () => {
    expect(one('approximately $11.9 billion')).toMatchObject({
      qualifier: 'approximately',
      text: '$11.9 billion',
    });
    expect(one('up to $19.4 billion')).toMatchObject({ qualifier: 'up_to', usd: 19_400_000_000 });
    expect(one('up to ~$14.2 billion')).toMatchObject({ qualifier: 'up_to' });
    expect(one('up to approximately $11.9 billion').qualifier).toBe('up_to');
    expect(one('plus de 10 milliards de dollars').qualifier).toBe('more_than');
    expect(one('turnover $5 billion').qualifier).toBeNull();
  });

  // "über" after a German deal noun says what the contract is for; after its partner too ("mit Oracle über").
  it.each([
    ['einen Vertrag über 300 Milliarden Dollar', null],
    ['einen Rekordvertrag mit Oracle über 300 Milliarden Dollar', null],
    ['einen Vertrag mit dem Anbieter Nebius über 17,4 Milliarden Dollar', null],
    ['ein Auftragsbestand von über 455 Milliarden Dollar', 'more_than'],
    ['Investitionen von über 80 Milliarden Dollar', 'more_than'],
  ])('reads the German "über" of "%s" as %s', (text, qualifier) => {
    const amounts = parseMoney(text);
    expect(amounts[amounts.length - 1]?.qualifier ?? null).toBe(qualifier);
  });

  // News copy in es, pt, it, de says "about" and "more than" in its own words.
  it.each([
    ['alrededor de 10.000 millones de dólares', 'approximately'],
    ['quase US$ 10 bilhões', 'approximately'],
    ['knapp 10 Milliarden Dollar', 'approximately'],
    ['intorno a 10 miliardi di dollari', 'approximately'],
    ['acima de US$ 10 bilhões', 'more_than'],
    ['as much as $10 billion', 'up_to'],
    ['pode chegar a US$ 14,2 bilhões', 'up_to'],
    ['puede llegar a 14.200 millones de dólares', 'up_to'],
    ['può arrivare a 14,2 miliardi di dollari', 'up_to'],
    ['o total chega a US$ 14,2 bilhões', null],
  ])('reads the qualifier of "%s" as %s', (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });

  it('converts euros and pounds at the documented fixed rates and keeps the original', () => {
    const eur = one('2 milliards d’euros');
    expect(eur).toMatchObject({ currency: 'EUR', amount: 2e9, usd: Math.round(2e9 * RATES_TO_USD.EUR) });
    expect(one('€2 billion').usd).toBe(2_160_000_000);
    expect(one('£1.5bn')).toMatchObject({ currency: 'GBP', usd: 1_905_000_000 });
  });

  it.each([
    ['por 300 mil mdd en servicios de nube', 300e9],
    ['un contrato de 9.700 MDD', 9.7e9],
    ['una inversión de 750 mdd', 750e6],
  ])('reads the Mexican "mdd" (millones de dólares) of "%s" as US dollars', (text, usd) => {
    expect(one(text)).toMatchObject({ currency: 'USD', usd });
  });

  it.each([
    ['um acordo de 14 mM$ com a CoreWeave', 14e9],
    ['a OpenAI encomenda 10mM$ à Broadcom', 10e9],
  ])(
    'reads the Portuguese "mM$" (mil milhões) of "%s" as billions, while "MM" stays millions',
    (text, usd) => {
      expect(one(text)).toMatchObject({ currency: 'USD', usd });
      expect(one('$350MM in notes').usd).toBe(350e6);
    },
  );

  it('reads no amount in "mdd" glued to other letters, nor "mdp" (pesos)', () => {
    expect(parseMoney('un contrato de 300 mddx')).toEqual([]);
    expect(parseMoney('un contrato de 5.000 mdp')).toEqual([]);
  });

  it('lets a year before "and" share no scale with the figure after it, where two figures still share one', () => {
    const usd = (text: string) => parseMoney(text).map((m) => m.usd);
    expect(usd('minimums of $80 million in 2019, $100 million in 2020 and $120 million in 2021')).toEqual([
      80e6, 100e6, 120e6,
    ]);
    expect(usd('des minimums de 100 millions de dollars en 2020 et 120 millions de dollars en 2021')).toEqual(
      [100e6, 120e6],
    );
    expect(usd('contracts of $17.4 and $3 billion')).toEqual([17.4e9, 3e9]);
  });

  it('keeps bare figures after a bracketed conversion in the currency of the amount it converts', () => {
    const es = parseMoney(
      'un contrato de 19.400 millones de dólares (16.564 millones de euros): un pago base de 17.400 millones',
    );
    expect(es.map((m) => m.currency)).toEqual(['USD', 'EUR', 'USD']);
    expect(es[2]?.usd).toBe(17_400_000_000);
    const fr = parseMoney(
      'un contrat de 2 milliards d’euros (2,2 milliards de dollars), dont 1 milliard ferme',
    );
    expect(fr.map((m) => m.currency)).toEqual(['EUR', 'USD', 'EUR']);
  });

  it('reads "billion" as 1e12 in French and German text', () => {
    expect(one('$1 billion', 'en').usd).toBe(1e9);
    expect(one('1 billion de dollars', 'fr').usd).toBe(1e12);
  });

  it('reports offsets into the input', () => {
    const text = 'Meta will pay up to $14.2 billion.';
    const m = one(text);
    expect(text.slice(m.start, m.end)).toBe('$14.2 billion');
  });

  it('does not read dates, percentages, counts, model names or other dollars as money', () => {
    expect(parseMoney('On December 31, 2031, 15% of 200,000 GPUs at 4.5 GW')).toEqual([]);
    expect(parseMoney('NVIDIA H100 and GB300 systems')).toEqual([]);
    expect(parseMoney('C$5 billion and A$2 billion')).toEqual([]);
    expect(parseMoney('5-year term')).toEqual([]);
    expect(parseMoney('$350 more')).toMatchObject([{ usd: 350 }]);
  });

  it('skips small amounts when asked', () => {
    expect(parseMoney('$5 million and $5 billion', { minUsd: 10_000_000 }).map((m) => m.usd)).toEqual([5e9]);
  });

  it('a declared language guides "billion" but never overrides what the text makes unambiguous', () => {
    const usd = (text: string, language: 'fr' | 'de') => parseMoney(text, { language }).map((m) => m.usd);
    // English forms: a leading symbol, a decimal point.
    expect(usd('a $17.4 billion contract', 'fr')).toEqual([17_400_000_000]);
    expect(usd('a 17.4 billion dollar contract', 'de')).toEqual([17_400_000_000]);
    // French and German forms keep the long scale.
    expect(usd('1 billion de dollars', 'fr')).toEqual([1e12]);
    expect(usd('2,5 billions de dollars', 'fr')).toEqual([2.5e12]);
  });

  it('a bare scaled amount right after a stated one takes its currency, not an amount of shares', () => {
    const values = (text: string) => parseMoney(text).map((m) => m.usd);
    expect(
      values('un contrat de 15 milliards de dollars, après un accord de 5 milliards avec Microsoft'),
    ).toEqual([15e9, 5e9]);
    expect(values('un contrat de 15.000 millones de dólares y otro de 5.000 millones')).toEqual([15e9, 5e9]);
    expect(values("15 milliards de dollars, soit 2 milliards d'actions")).toEqual([15e9]);
    expect(values('5 milliards pour la recherche')).toEqual([]);
  });

  it("a bare figure told as a contract's takes the document's currency, and none when the document states none", () => {
    const values = (text: string) => parseMoney(text).map((m) => `${m.usd} ${m.currency}`);
    // The currency the document states after it (a headline's figure, its body's dollars).
    expect(
      values('OpenAI ha firmado un acuerdo de 300.000 millones con Oracle. Son dólares a cinco años.'),
    ).toEqual(['300000000000 USD']);
    expect(
      values('Microsoft hat einen Vertrag über fast 10 Milliarden mit IREN. Der Kurs stieg um 2 Dollar.'),
    ).toEqual(['10000000000 USD', '2 USD']);
    expect(values('a contract worth 9.7 billion with IREN, in US dollars')).toEqual(['9700000000 USD']);
    // The currency stated before it, at any distance.
    expect(
      values(`Nebius: $2 billion raised. ${'Filler. '.repeat(60)}Un acuerdo de 3.000 millones con Meta.`),
    ).toEqual(['2000000000 USD', '3000000000 USD']);
    // None stated: no money.
    expect(
      values('A Microsoft assinou um contrato de quase 10 mil milhões com os australianos da IREN.'),
    ).toEqual([]);
    // The first currency stated after it; a headline's figure the body converts in brackets is the converted one.
    expect(values('un contrat de 300 millions avec Mistral. Le budget est de 2 milliards d’euros.')).toEqual([
      '324000000 EUR',
      '2160000000 EUR',
    ]);
    expect(
      values(
        'un acuerdo de 12.100 millones con Meta\nun contrato de 14.200 millones de dólares (12.107 millones de euros)',
      ),
    ).toEqual(['14200000000 USD', '14200000000 USD', '13075560000 EUR']);
    // Neither a count nor a figure without a contract word or a counterparty.
    expect(values('Nebius has 1.3 billion users with Microsoft, in dollars.')).toEqual([]);
    expect(values('a deal worth 2 billion shares with its employees, in dollars')).toEqual([]);
    expect(values('the model has 400 billion parameters, in dollars')).toEqual([]);
  });

  it('a table column whose header names the currency gives it to the bare scaled figures below', () => {
    const values = (text: string) => parseMoney(text).map((m) => `${m.usd} ${m.currency}`);
    expect(
      values('Proveedor   Importe (dólares)\nNebius      17.400 millones\nIREN        9.700 millones'),
    ).toEqual(['17400000000 USD', '9700000000 USD']);
    expect(values('Fornitore   Valore (dollari)\nNebius      17,4 miliardi')).toEqual(['17400000000 USD']);
    expect(values('Anbieter    Wert (Euro)\nNscale      2 Milliarden').map((v) => v.split(' ')[1])).toEqual([
      'EUR',
    ]);
    // Without a header's currency, a bare figure stays no amount; "de"/"of" after it counts something else.
    expect(values('Nebius      17.400 millones')).toEqual([]);
    expect(values('Cuota (dólares)\nNebius      17.400 millones de acciones')).toEqual([]);
  });

  it('reads "billion-plus" as the billions before it', () => {
    expect(one('a $10 billion-plus contract').usd).toBe(10_000_000_000);
  });
});

describe('a German compound joins the amount, its scale and its currency with hyphens', () => {
  it.each([
    ['einen 9,7-Milliarden-Dollar-Vertrag mit Microsoft', 9_700_000_000],
    ['ein 2-Milliarden-US-Dollar-Auftrag', 2_000_000_000],
    ['der 500-Millionen-Euro-Deal', 540_000_000],
  ])('%s', (text, usd) => {
    expect(one(text, 'de').usd).toBe(usd);
  });
  it('a count or a term joined by a hyphen is no amount', () => {
    expect(parseMoney('ein 5-Jahres-Vertrag und ein 10-Millionen-Aktien-Paket', { language: 'de' })).toEqual(
      [],
    );
    expect(parseMoney('the 10-million-share offering and a 5-year term', { language: 'en' })).toEqual([]);
  });
});

describe('a bare scaled count after a stated amount inherits no currency', () => {
  it.each([
    ['Worth $5 billion; OpenAI received a warrant for up to 160 million AMD shares.'],
    ['Un contrat de 5 milliards de dollars, et 20 millions Aktien pour le partenaire.'],
    ['Worth $5 billion, plus 160 million new shares for the partner.'],
  ])('%s', (text) => {
    expect(parseMoney(text, { language: 'en' }).map((m) => m.text)).toHaveLength(1);
  });
  it('a bare scaled amount after a stated one still inherits its currency', () => {
    expect(
      parseMoney('Worth $5 billion, then 3 billion more in May.', { language: 'en' }).map((m) => m.usd),
    ).toEqual([5_000_000_000, 3_000_000_000]);
  });
});

describe('parseMoney: the dollar signs with "$" inside, read only where a "$" stands before the number', () => {
  it.each([
    ['Compra por u$s19.400 millones', 19_400_000_000, 'u$s19.400 millones'],
    ['U$S 300 millones', 300_000_000, 'U$S 300 millones'],
    ['a deal worth $US9.7bn', 9_700_000_000, '$US9.7bn'],
    ['worth $US 9.7bn over', 9_700_000_000, '$US 9.7bn'],
    ['paid US$ 5 billion', 5_000_000_000, 'US$ 5 billion'],
  ])('%s: %d USD, read from its sign', (text, usd, read) => {
    const m = one(text);
    expect(m.usd).toBe(usd);
    expect(m.currency).toBe('USD');
    expect(text.slice(m.start, m.end)).toBe(read);
  });

  it('finds no amount where neither sign nor unit stands', () => {
    expect(parseMoney('costs 9.7bn')).toHaveLength(0);
    expect(parseMoney('A$US9 billion')).toHaveLength(0);
  });
});
