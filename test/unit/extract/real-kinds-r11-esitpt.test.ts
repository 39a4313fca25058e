// Kinds of error seen on real Spanish, Italian and Portuguese pages (national business press, Brazilian market news,
// translated wire copy, tech blogs) about compute-capacity deals, each told again in invented sentences in six
// languages: near misses that must stay silent and positives that must still be found. Each row's wanted strings
// are prefixes of the printed mentions ("buyer provider valueUsd"), in order.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt';
type Row = readonly [lang: Lang, text: string, want: readonly string[]];

const fmt = (m: ReturnType<typeof extractMentions>[number]): string =>
  `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`;

function table(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    for (const [lang, text, want] of rows)
      it(`${lang}: ${text.slice(0, 90)}`, () => {
        expect(extractMentions({ text }).map(fmt)).toEqual(want);
      });
  });
}

/**
 * A count of contracts closed by a participle that sums them ("dois novos contratos com neoclouds, somando mais de
 * US$ 10 bilhões", "deux nouveaux contrats, totalisant", "due nuovi contratti, per un totale di"): the amount is a
 * sum over several counterparties, never the value of the pair named in the sentence before. One contract
 * "totalizando" its own value is still that contract's.
 */
table('a count of contracts closed by a summing participle is an aggregate', [
  [
    'pt',
    'A Microsoft já contratou a Nscale para capacidade no Texas. Na segunda-feira, a Microsoft anunciou dois novos contratos com neoclouds, somando mais de US$ 10 bilhões.',
    [],
  ],
  [
    'pt',
    'A Microsoft já contratou a Nscale para capacidade no Texas. Na segunda-feira, a Microsoft anunciou dois novos contratos com neoclouds, totalizando mais de US$ 10 bilhões.',
    [],
  ],
  [
    'es',
    'Microsoft ya había contratado a Nscale para capacidad en Texas. El lunes, Microsoft anunció dos nuevos contratos con neoclouds, sumando más de 10.000 millones de dólares.',
    [],
  ],
  [
    'it',
    'Microsoft aveva già scelto Nscale per capacità in Texas. Lunedì Microsoft ha annunciato due nuovi contratti con neocloud, per un totale di oltre 10 miliardi di dollari.',
    [],
  ],
  [
    'fr',
    'Microsoft a déjà retenu Nscale pour de la capacité au Texas. Lundi, Microsoft a annoncé deux nouveaux contrats avec des néoclouds, totalisant plus de 10 milliards de dollars.',
    [],
  ],
  [
    'en',
    'Microsoft has already committed to Nscale for capacity in Texas. On Monday Microsoft announced two new contracts with neoclouds, totalling more than $10 billion.',
    [],
  ],
  [
    'de',
    'Microsoft hat bereits Nscale für Kapazität in Texas verpflichtet. Am Montag kündigte Microsoft zwei neue Verträge mit Neoclouds an, die sich auf mehr als 10 Milliarden Dollar summieren.',
    [],
  ],
  [
    'pt',
    'Na segunda-feira, a Microsoft anunciou um novo contrato com a Nscale, totalizando US$ 10 bilhões em cinco anos.',
    ['microsoft nscale 10000000000'],
  ],
  [
    'es',
    'El lunes, Microsoft firmó un contrato con Nscale sumando 10.000 millones de dólares en cinco años.',
    ['microsoft nscale 10000000000'],
  ],
]);

/**
 * Money put into a company named after a short description of it ("aportou US$ 1 bilhão na então organização sem
 * fins lucrativos OpenAI", "put $1 billion into OpenAI", "inyectó … en la entonces organización sin ánimo de lucro
 * OpenAI") buys a stake, even when the investor is also the company's cloud: no capacity contract's value.
 */
table('money put into a company, named after its description, is a stake', [
  [
    'pt',
    'Em 2019, a Microsoft aportou US$ 1 bilhão na então organização sem fins lucrativos OpenAI e tornou-se provedora exclusiva de nuvem para a companhia.',
    [],
  ],
  [
    'pt',
    'Em 2019 a Microsoft injetou US$ 1 bilhão na startup OpenAI, que passou a usar a nuvem Azure com exclusividade.',
    [],
  ],
  [
    'es',
    'En 2019, Microsoft aportó 1.000 millones de dólares a OpenAI y se convirtió en su proveedor exclusivo de nube.',
    [],
  ],
  [
    'es',
    'En 2019 Microsoft inyectó 1.000 millones de dólares en la entonces organización sin ánimo de lucro OpenAI, que pasó a usar Azure en exclusiva.',
    [],
  ],
  [
    'it',
    'Nel 2019 Microsoft ha apportato 1 miliardo di dollari a OpenAI, diventandone il fornitore cloud esclusivo.',
    [],
  ],
  ['en', 'In 2019 Microsoft put $1 billion into OpenAI and became its exclusive cloud provider.', []],
  [
    'fr',
    'En 2019, Microsoft a apporté 1 milliard de dollars à OpenAI et est devenu son fournisseur cloud exclusif.',
    [],
  ],
  [
    'de',
    '2019 steckte Microsoft 1 Milliarde Dollar in OpenAI und wurde dessen exklusiver Cloud-Anbieter.',
    [],
  ],
  [
    'en',
    'Microsoft poured $2 billion into CoreWeave capacity under a five-year contract.',
    ['microsoft coreweave 2000000000'],
  ],
  [
    'pt',
    'A OpenAI fechou com a Oracle um contrato de US$ 30 bilhões em serviços de nuvem, depois que a Microsoft investiu na startup.',
    ['openai oracle 30000000000'],
  ],
]);
