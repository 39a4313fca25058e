// A filing's defined terms: "the Company" (la Société, die Gesellschaft) is the registrant, never a company named in
// an earlier sentence; a contract entered into with no counterparty named borrows none from earlier sentences.
// Every sentence is written for these tests.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import {
  entersWithoutCounterparty,
  opensOnRegistrantTerm,
} from '../../../functions/core/extract/filing-defined-terms';

const nebius = { name: 'Nebius Group N.V.' };
const pairs = (text: string, registrant = nebius): string[] =>
  extractMentions({ text, registrant, documentType: '10-Q' }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`,
  );

describe('a filing note naming a supplier, then a lease the Company entered into with no counterparty named', () => {
  it.each([
    'NVIDIA Corporation is the main supplier of the GPUs the Company installs. In the second quarter, the Company entered into a lease for a data center in Kansas City with a term of ten years; future minimum lease payments are approximately $900 million.',
    'NVIDIA Corporation est le principal fournisseur des GPU que la Société installe. Au deuxième trimestre, la Société a conclu un bail pour un centre de données à Kansas City d’une durée de dix ans, pour des loyers futurs d’environ 900 millions de dollars.',
    'NVIDIA Corporation ist der wichtigste Lieferant der GPUs, die die Gesellschaft einsetzt. Im zweiten Quartal hat die Gesellschaft einen Mietvertrag für ein Rechenzentrum in Kansas City mit zehn Jahren Laufzeit abgeschlossen; die künftigen Mietzahlungen betragen rund 900 Millionen Dollar.',
  ])('stays silent: %s', (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('the registrant term still binds the counterparty the sentence names', () => {
  it.each([
    'In September, the Company entered into an agreement with Microsoft Corporation to provide dedicated GPU capacity for $17.4 billion over five years.',
    'En septembre, la Société a conclu avec Microsoft Corporation un contrat de capacité GPU dédiée de 17,4 milliards de dollars sur cinq ans.',
    'Im September hat die Gesellschaft mit Microsoft Corporation einen Vertrag über dedizierte GPU-Kapazität im Wert von 17,4 Milliarden Dollar für fünf Jahre abgeschlossen.',
  ])('keeps the deal: %s', (text) => {
    expect(pairs(text)).toEqual(['microsoft nebius 17400000000']);
  });
});

describe('the two literal checks', () => {
  it('tells a contract with no counterparty from one with a named or defined one', () => {
    expect(
      entersWithoutCounterparty('the Company entered into a lease with a term of 12 years for $1 billion'),
    ).toBe(true);
    expect(entersWithoutCounterparty('the Company entered into a lease with Fluidstack for $1 billion')).toBe(
      false,
    );
    expect(
      entersWithoutCounterparty('the Company entered into a lease with the “Tenant” for $1 billion'),
    ).toBe(false);
    expect(entersWithoutCounterparty('la Société a conclu un bail avec Fluidstack')).toBe(false);
    expect(entersWithoutCounterparty('Microsoft will pay $1 billion')).toBe(false);
  });
  it('reads the capitalised defined term only, not a news article’s "the company"', () => {
    expect(opensOnRegistrantTerm('In the third quarter, the Company entered into a lease')).toBe(true);
    expect(opensOnRegistrantTerm('Im zweiten Quartal hat die Gesellschaft')).toBe(true);
    expect(opensOnRegistrantTerm('Au deuxième trimestre, la Société a conclu')).toBe(true);
    expect(opensOnRegistrantTerm('die Gesellschaft hat einen Vertrag abgeschlossen')).toBe(true);
    expect(opensOnRegistrantTerm('In the third quarter, the company entered into a lease')).toBe(false);
  });
});

describe('a lease followed by its guaranty: the guaranty is credit support, the kind stays a lease', () => {
  const kinds = (text: string): string[] =>
    extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.kind}`);
  it.each([
    'Galaxy Digital signed a fifteen-year lease with CoreWeave for 133 MW at its Texas campus, worth about $4.5 billion. The tenant’s payment obligations under the lease are guaranteed by its parent company.',
    'Galaxy Digital a signé avec CoreWeave un bail de quinze ans pour 133 MW sur son campus du Texas, d’une valeur d’environ 4,5 milliards de dollars. Les obligations de paiement du locataire sont garanties par sa société mère.',
    'Galaxy Digital hat mit CoreWeave einen Mietvertrag über fünfzehn Jahre für 133 MW auf seinem Campus in Texas im Wert von rund 4,5 Milliarden Dollar unterzeichnet. Für die Zahlungspflichten des Mieters bürgt dessen Muttergesellschaft.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['coreweave galaxy-digital 4500000000 datacenter_lease']);
  });
  it('a backstop worth an amount in its own sentence stays a backstop', () => {
    const text =
      'Cipher Mining signed a ten-year lease with Fluidstack worth about $3 billion. Google agreed to backstop $1.4 billion of Fluidstack’s lease obligations.';
    expect(kinds(text)).toContain('alphabet cipher-mining 1400000000 capacity_backstop');
  });
});

describe('a party named once, then by its defined term in the amount’s sentence', () => {
  const found = (text: string) =>
    extractMentions({ text, registrant: { name: 'CoreWeave, Inc.' }, documentType: '8-K' }).map((m) => ({
      pair: `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`,
      evidence: m.evidence,
    }));
  it.each([
    'On June 4, 2026, CoreWeave, Inc. (the “Company”) entered into an order form under its master services agreement with Mistral AI SAS (the “Customer”) for dedicated GPU cloud capacity. The Customer has committed to pay the Company up to $2.1 billion over four years.',
    'Le 4 juin 2026, CoreWeave, Inc. (la « Société ») a conclu un bon de commande au titre de son contrat-cadre de services avec Mistral AI SAS (le « Client ») pour de la capacité de cloud GPU dédiée. Le Client s’est engagé à payer à la Société jusqu’à 2,1 milliards de dollars sur quatre ans.',
    'Am 4. Juni 2026 hat CoreWeave, Inc. (die „Gesellschaft“) im Rahmen ihres Rahmendienstleistungsvertrags mit Mistral AI SAS (der „Kunde“) einen Auftrag über dedizierte GPU-Cloud-Kapazität abgeschlossen. Der Kunde hat sich verpflichtet, der Gesellschaft über vier Jahre bis zu 2,1 Milliarden Dollar zu zahlen.',
  ])('reads the defined term back to the company: %s', (text) => {
    const [m] = found(text);
    expect(m?.pair).toBe('mistral coreweave 2100000000');
    // The amount's own sentence names the party (by its term): no sentence before is gathered.
    expect(m?.evidence).toMatch(/^(?:The Customer|Le Client|Der Kunde)/);
  });
  it('a defined term no company was defined for names nobody', () => {
    const text =
      'The lessor (the “Landlord”) and the operator (the “Tenant”) signed a lease for a data center. The Tenant will pay $900 million over ten years.';
    expect(found(text)).toEqual([]);
  });
});
