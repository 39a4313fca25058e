// Issue 8's calibration: of mentions at confidence >= 0.8, at least 95 % must be right. Three features the wrong
// ones at >= 0.8 shared are each a named penalty (confidence.ts): other contracts counted into the amount, a party
// told as a guess, a party named inside an enumeration. A mention with the feature stays below the alert threshold;
// the same deal stated plainly stays above it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

const THRESHOLD = 0.8;
const confidences = (text: string): number[] => extractMentions({ text }).map((m) => m.confidence);

const below = (cases: string[]): void => {
  // Dropped by a rule of its own (company-total.ts drops some of these sums) or kept below: no alert either way.
  for (const text of cases)
    it(`no alert: ${text.slice(0, 60)}`, () => {
      for (const c of confidences(text)) expect(c).toBeLessThan(THRESHOLD);
    });
};
const above = (cases: string[]): void => {
  for (const text of cases)
    it(`at or above the threshold: ${text.slice(0, 60)}`, () => {
      const got = confidences(text);
      expect(got).toHaveLength(1);
      expect(got[0]).toBeGreaterThanOrEqual(THRESHOLD);
    });
};

describe('other contracts counted into the amount', () => {
  below([
    'Including its earlier lease with Fluidstack, TeraWulf now has about $9.5 billion of contracted lease revenue with Google backing.',
    'Y compris le bail signé avec Fluidstack, TeraWulf revendique environ 9,5 milliards de dollars de contrats de location avec Google.',
    'Einschließlich des früheren Mietvertrags mit Fluidstack kommt TeraWulf auf rund 9,5 Milliarden Dollar an Mieteinnahmen von Google.',
    'Incluindo o contrato de aluguel com a Fluidstack, a TeraWulf soma cerca de US$ 9,5 bilhões em contratos com o Google.',
  ]);
  // The amount is the counted contract's own: "en comptant le contrat de 14,2 milliards".
  above([
    'Meta signed a $14.2 billion cloud contract with CoreWeave in September, including the option for more capacity.',
    'Meta a signé avec CoreWeave un contrat cloud, en comptant le contrat de 14,2 milliards de dollars de capacité.',
  ]);
});

describe('a party told as a guess', () => {
  below([
    'Broadcom reported a $10 billion order for AI accelerators from an unnamed customer that analysts believe is OpenAI.',
    "Broadcom a annoncé une commande de 10 milliards de dollars d'accélérateurs d'un client non identifié, que les analystes pensent être OpenAI.",
    'Broadcom meldete einen Auftrag über 10 Milliarden Dollar für KI-Beschleuniger von einem ungenannten Kunden, hinter dem Analysten OpenAI vermuten.',
  ]);
  above(['OpenAI signed a $10 billion order for AI accelerators with Broadcom.']);
});

describe('a party named inside an enumeration', () => {
  below([
    'In total, Microsoft has committed some $33 billion to capacity at neoclouds such as CoreWeave, Nscale, Lambda and Nebius.',
    'Insgesamt hat Microsoft rund 33 Milliarden Dollar für Kapazität bei Neoclouds wie CoreWeave, Nscale, Lambda und Nebius zugesagt.',
    'Microsoft a engagé quelque 33 milliards de dollars de capacité auprès de néoclouds comme CoreWeave, Nscale, Lambda et Nebius.',
  ]);
  above(['Microsoft signed a $19.4 billion agreement with Nebius for GPU capacity.']);
});
