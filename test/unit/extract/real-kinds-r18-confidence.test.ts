// Calibration on real pages (r18, rkinds8): constructions where a mention came out at or above the alert threshold
// (0.8) with the wrong pair. Each kind is a named rule in confidence.ts or in the evidence scan.ts gives it, tested
// in several languages: the doubtful construction drops below 0.8, the plain one beside it keeps its confidence.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { amountWarnings, PENALTIES } from '../../../functions/core/extract/confidence';

const ALERT = 0.8;

/** The confidence of the mention of this pair (buyer and provider ids), or null when there is none. */
function confidenceOf(text: string, buyer: string, provider: string): number | null {
  const m = extractMentions({ text }).find((x) => x.buyer.id === buyer && x.provider.id === provider);
  return m ? m.confidence : null;
}

describe('a party named only inside a comparison aside is doubtful (PENALTIES.comparedParty)', () => {
  const cipherLease = {
    en: 'Cipher Mining said on Thursday it signed a ten-year hosting contract with Fluidstack worth about $3 billion at its Barber Lake site.',
    fr: "Cipher Mining a signé jeudi un contrat d'hébergement de dix ans avec Fluidstack d'environ 3 milliards de dollars sur son site de Barber Lake.",
    de: 'Cipher Mining hat am Donnerstag mit Fluidstack einen Hosting-Vertrag über zehn Jahre im Wert von rund 3 Milliarden Dollar für den Standort Barber Lake geschlossen.',
    it: 'Cipher Mining ha firmato giovedì un contratto di hosting decennale con Fluidstack da circa 3 miliardi di dollari per il sito di Barber Lake.',
    pt: 'A Cipher Mining assinou na quinta-feira um contrato de hospedagem de dez anos com a Fluidstack de cerca de US$ 3 bilhões no seu site de Barber Lake.',
  };
  it.each([
    [
      'en',
      cipherLease.en,
      "And just as it did with TeraWulf's deal, Google will backstop $1.4 billion of Fluidstack's lease obligations to support project debt.",
    ],
    [
      'fr',
      cipherLease.fr,
      'Comme pour TeraWulf, Google garantira 1,4 milliard de dollars des obligations locatives de Fluidstack afin de soutenir la dette du projet.',
    ],
    [
      'de',
      cipherLease.de,
      'Wie schon bei TeraWulf sichert Google 1,4 Milliarden Dollar der Mietverpflichtungen von Fluidstack ab, um die Projektschulden zu stützen.',
    ],
    [
      'it',
      cipherLease.it,
      'Come già per TeraWulf, Google garantirà 1,4 miliardi di dollari di obbligazioni di locazione di Fluidstack per sostenere il debito del progetto.',
    ],
    [
      'pt',
      cipherLease.pt,
      'Assim como fez com a TeraWulf, o Google vai garantir US$ 1,4 bilhão das obrigações de arrendamento da Fluidstack para apoiar a dívida do projeto.',
    ],
  ])(
    '%s: the guarantee bound to the company of the aside stays below the alert threshold',
    (_lang, lease, aside) => {
      const text = `${lease}\n${aside}`;
      // The lease told plainly keeps its confidence.
      expect(confidenceOf(text, 'fluidstack', 'cipher-mining')).toBeGreaterThanOrEqual(ALERT);
      const guarantee = extractMentions({ text }).filter((m) => m.buyer.id === 'alphabet');
      for (const g of guarantee) expect(g.confidence).toBeLessThan(ALERT);
    },
  );

  it.each([
    [
      'en',
      "Just as it did with TeraWulf's deal, Google will backstop $1.4 billion of Fluidstack's lease obligations.",
      'TeraWulf',
    ],
    [
      'fr',
      'Comme pour TeraWulf, Google garantira 1,4 milliard de dollars des obligations de Fluidstack.',
      'TeraWulf',
    ],
    ['de', 'Wie schon bei TeraWulf sichert Google 1,4 Milliarden Dollar ab.', 'TeraWulf'],
    ['es', 'Al igual que con TeraWulf, Google respaldará 1.400 millones de dólares.', 'TeraWulf'],
    ['it', 'Come già per TeraWulf, Google garantirà 1,4 miliardi di dollari.', 'TeraWulf'],
    ['pt', 'Assim como fez com a TeraWulf, o Google vai garantir US$ 1,4 bilhão.', 'TeraWulf'],
  ])('%s: the aside is read before the party', (_lang, sentence, party) => {
    const start = sentence.search(/\$|\d/);
    const w = amountWarnings({
      sentence,
      start,
      end: start + 5,
      partyAt: [sentence.indexOf('Google'), sentence.indexOf(party)],
      sameSentence: true,
      standIn: false,
    });
    expect(w.comparedParty).toBe(true);
    expect(PENALTIES.comparedParty).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Like Microsoft, Meta signed a $14.2 billion contract with CoreWeave.', 'meta', 'coreweave'],
    [
      'fr',
      'Comme Microsoft, Meta a signé un contrat de 14,2 milliards de dollars avec CoreWeave.',
      'meta',
      'coreweave',
    ],
    [
      'de',
      'Wie Microsoft hat auch Meta einen Vertrag über 14,2 Milliarden Dollar mit CoreWeave unterzeichnet.',
      'meta',
      'coreweave',
    ],
    [
      'es',
      'Al igual que Microsoft, Meta firmó un contrato de 14.200 millones de dólares con CoreWeave.',
      'meta',
      'coreweave',
    ],
  ])(
    '%s: a comparison naming a company outside the pair leaves the pair confident',
    (_lang, text, buyer, provider) => {
      expect(confidenceOf(text, buyer, provider)).toBeGreaterThanOrEqual(ALERT);
    },
  );
});

describe('a figure restated with its pair borrowed from another sentence earns no same-sentence trust', () => {
  it('de: a subhead restating a joint partnership figure stays below the alert threshold', () => {
    const text =
      'Eine Allianz, die den Markt neu ordnet: Microsoft, der Chip-Gigant Nvidia und das KI-Labor Anthropic haben heute eine Partnerschaft im Gesamtwert von 45 Milliarden US-Dollar bekannt gegeben.\nDer Schritt verändert die Blockbildung der Branche.\nDie Anatomie des 45-Milliarden-Deals\nDas Gesamtvolumen ist keine reine Barinvestition.';
    const c = confidenceOf(text, 'anthropic', 'nvidia');
    expect(c === null || c < ALERT).toBe(true);
    expect(extractMentions({ text }).every((m) => m.confidence < ALERT)).toBe(true);
  });

  it('en: a subhead restating a plainly told contract keeps it confident', () => {
    const text =
      'Microsoft signed a five-year agreement to buy GPU capacity from Nebius for $17.4 billion, the Amsterdam company said.\nInside the $17.4 billion deal\nNebius will deliver the capacity from a new data center in Vineland, New Jersey.';
    expect(confidenceOf(text, 'microsoft', 'nebius')).toBeGreaterThanOrEqual(ALERT);
  });
});
