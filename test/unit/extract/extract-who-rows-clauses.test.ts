// The "who" of rows, clauses and headlines (round 6): a roundup's rows bind to the company the list is about,
// never to a company that labels another row; a relative clause or appositive lends its own subject; a
// guarantor, an end user or a company named in passing is no party. Each kind in at least three languages,
// with negatives that must stay silent. Every sentence is written for these tests. Expected: "buyer provider
// valueUsd status kind" as a prefix of each mention found.
import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../../functions/core/extract/subject';
import { each } from './mention-cases';

describe('kind 1: a row label is never the list’s subject (fr, pt, en, it)', () => {
  each([
    // A table of a buyer's providers: the buyer named in the lead, one provider also named in the lead-in.
    [
      "Les fournisseurs de calcul d'OpenAI\n\nAncien client exclusif de Microsoft, OpenAI diversifie ses contrats cloud. Les principaux accords :\n\nFournisseur     Montant                      Précisions\nOracle          200 milliards de dollars     sur cinq ans\nMicrosoft       150 milliards de dollars     contrat Azure\nCoreWeave       9 milliards de dollars       signé en mars\n",
      ['openai oracle 200000000000', 'openai microsoft 150000000000', 'openai coreweave 9000000000'],
    ],
    // A provider's list of customers: the first row's customer is no buyer of the next rows.
    [
      'Os clientes da CoreWeave\n\nA CoreWeave, fornecedora de nuvem para IA, fechou vários contratos neste ano:\n\n * OpenAI: US$ 7 bilhões em capacidade de nuvem.\n * Meta: até US$ 12 bilhões até 2030.\n * Nvidia: US$ 5 bilhões para comprar capacidade ociosa.\n',
      ['openai coreweave 7000000000', 'meta coreweave 12000000000', 'nvidia coreweave 5000000000'],
    ],
    [
      "CoreWeave's customer book\n\nCoreWeave, the AI cloud provider, has signed several large contracts this year:\n\n * OpenAI: $7 billion of cloud capacity.\n * Meta: up to $12 billion through 2030.\n",
      ['openai coreweave 7000000000', 'meta coreweave 12000000000'],
    ],
    [
      'I contratti di calcolo di Anthropic\n\nAnthropic, cliente storico di Amazon, ha firmato nuovi accordi cloud:\n\n * Microsoft: 20 miliardi di dollari di capacità Azure.\n * Amazon: 8 miliardi di dollari di capacità cloud.\n',
      ['anthropic microsoft 20000000000', 'anthropic amazon 8000000000'],
    ],
  ]);
  it('the subject is sought among the companies that label no row', () => {
    const text =
      "Les contrats d'OpenAI\n\nClient de Microsoft, OpenAI signe ailleurs.\n\nMicrosoft   100 milliards\nOracle   50 milliards\n";
    // Counted with its row, Microsoft ties with OpenAI: no clear subject.
    expect(subjectOf('', text)).toBeNull();
    expect(subjectOf('', text, new Set(['microsoft', 'oracle']))?.id).toBe('openai');
  });
});

describe('kind 2: the object of "with" opening a sentence is not its subject (de, it, es, fr)', () => {
  each([
    [
      'Mit Oracle soll OpenAI einen Vertrag über Cloud-Rechenleistung von 300 Milliarden Dollar geschlossen haben.',
      ['openai oracle 300000000000'],
    ],
    [
      'Con Oracle OpenAI ha concordato l’acquisto di potenza di calcolo per 300 miliardi di dollari.',
      ['openai oracle 300000000000'],
    ],
    [
      'Con Oracle, OpenAI firmó un contrato de capacidad de cómputo por 300.000 millones de dólares.',
      ['openai oracle 300000000000'],
    ],
    // Negative: two objects joined by "y" stay siblings (never one deal between them).
    ['Lambda firma con Microsoft y Nvidia un acuerdo de nube sin cifra divulgada.', []],
  ]);
});
