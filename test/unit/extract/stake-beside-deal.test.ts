// An investor named beside a deal's amount ("the deal … includes a stake from Nvidia"), and a ticker restating the
// name before it ("Nvidia (NVDA)"), as market-news pages print them. Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

const run = (text: string): string[] =>
  extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`);

const MS_NEBIUS = ['microsoft nebius 19400000000'];

describe('an investor named beside the deal’s amount is no party of it', () => {
  it.each([
    'Nebius signed a multi-year agreement with Microsoft. The deal is valued at $19.4 billion and includes a stake from AI chipmaker Nvidia.',
    'Nebius a signé un accord pluriannuel avec Microsoft. Le contrat est évalué à 19,4 milliards de dollars et s’accompagne d’une prise de participation de Nvidia.',
    'Nebius hat einen mehrjährigen Vertrag mit Microsoft unterzeichnet. Der Deal ist 19,4 Milliarden Dollar wert und umfasst eine Beteiligung von Nvidia.',
    'Nebius firmó un acuerdo plurianual con Microsoft. El contrato está valorado en 19.400 millones de dólares e incluye una participación de Nvidia.',
    'Nebius ha firmato un accordo pluriennale con Microsoft. Il contratto vale 19,4 miliardi di dollari e prevede una partecipazione di Nvidia.',
    'A Nebius assinou um acordo plurianual com a Microsoft. O contrato vale US$ 19,4 bilhões e inclui uma participação da Nvidia.',
  ])('%s', (text) => {
    expect(run(text)).toEqual(MS_NEBIUS);
  });

  it('keeps the investor when it is the counterparty named as such', () => {
    expect(run('Nebius signed a $19.4 billion GPU capacity agreement with Nvidia.')).toEqual([
      'nvidia nebius 19400000000',
    ]);
  });
});

describe('a ticker in parentheses restates the name before it', () => {
  it.each([
    'Nebius Group (NBIS) signed a multi-year agreement with Microsoft (MSFT). The deal is valued at $19.4 billion and includes a stake from AI chipmaker Nvidia (NVDA).',
    'Nebius (NASDAQ: NBIS) signed a multi-year agreement with Microsoft (NASDAQ: MSFT). The deal is valued at $19.4 billion and includes a stake from Nvidia (NASDAQ: NVDA).',
    'Nebius (NBIS) a signé un accord avec Microsoft (MSFT). Le contrat est évalué à 19,4 milliards de dollars et s’accompagne d’une prise de participation de Nvidia (NVDA).',
  ])('%s', (text) => {
    expect(run(text)).toEqual(MS_NEBIUS);
  });
});
