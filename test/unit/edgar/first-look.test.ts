import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { FIRST_LOOK_SLICE_BYTES, firstLook } from '../../../functions/sources/edgar/first-look';

// Written for this test: the shape of a quarterly report's tables and notes.
const TABLE =
  '<table><tr><td>Operating lease cost</td><td>$</td><td>12,904</td></tr><tr><td>Data processing fees</td><td>$</td><td>3,118</td></tr></table>\n';
const NOTE =
  '<p>We lease office space and warehouses. Revenue recognized from cloud subscriptions was 12% of the total.</p>\n';
const DISCLOSURE =
  '<p>Note 12. Subsequent Events</p><p>In October 2026, Core Scientific, Inc. (the &#8220;Company&#8221;) signed a multi-year agreement with Microsoft Corporation to host dedicated GPU compute capacity at two of its data center campuses. Microsoft has committed to pay the Company approximately $4.0 billion over seven years.</p>\n';

function report(bytes: number, disclosureAt: number | null): Uint8Array {
  const filler = (TABLE + NOTE).repeat(Math.ceil(bytes / (TABLE + NOTE).length));
  const at = disclosureAt === null ? filler.length : filler.indexOf('<table>', disclosureAt);
  return Buffer.from(
    `<html><body>${filler.slice(0, at)}${disclosureAt === null ? '' : DISCLOSURE}${filler.slice(at)}</body></html>`,
  );
}

describe('firstLook', () => {
  it('keeps only the slice that holds a compute word near a scaled amount, deep in a 3 MB report', async () => {
    const look = await firstLook(report(3_000_000, 2_000_000));
    expect(look.slices).toBeGreaterThan(10);
    expect(look.kept).toBe(1);
    // Only the few KB around the disclosure became text, not the 256 KB slice of tables around it.
    expect(look.text.length).toBeLessThan(8192);
    const mentions = extractMentions({
      text: look.text,
      registrant: { name: 'Core Scientific, Inc.', cik: '1839341' },
      documentType: '10-Q',
    });
    expect(mentions.map((m) => [m.buyer.id, m.provider.id, m.valueUsd])).toEqual([
      ['microsoft', 'core-scientific', 4e9],
    ]);
  }, 60_000); // a few MB of markup: slow on a loaded machine, and speed is the bench's business

  it('turns nothing into text when no amount with a scale is near a compute word', async () => {
    const look = await firstLook(report(1_500_000, null));
    expect(look).toMatchObject({ kept: 0, text: '' });
  }, 60_000);

  it('sees a disclosure cut by a slice edge whole, multi-byte characters included', async () => {
    // The disclosure starts a few bytes before the first edge, behind an accented name.
    const lead = 'é'.repeat((FIRST_LOOK_SLICE_BYTES - 200) / 2);
    const look = await firstLook(Buffer.from(`${lead}${DISCLOSURE}${'x'.repeat(1000)}`));
    expect(look.kept).toBeGreaterThanOrEqual(1);
    expect(look.text).toContain('approximately $4.0 billion over seven years');
    expect(look.text).not.toContain('\ufffd');
  });

  it('takes an abbreviated scale after a digit ("$2.2bn"), and a disclosure read in two slices only once', async () => {
    const gpuBn =
      '<p>The Company agreed to buy GPU cloud capacity from Nebius for $2.2bn over five years.</p>\n';
    // "column" holds "mn" but no amount: the slice it sits in is never decoded, and nothing is kept from it.
    const filler = '<p>Each column of the table below is in thousands.</p>\n'.repeat(8000);
    // Wholly inside the first slice and inside the overlap the second one reads again.
    const edge = FIRST_LOOK_SLICE_BYTES - 200;
    const look = await firstLook(Buffer.from(`${filler.slice(0, edge)}${gpuBn}${filler}`));
    expect(look.kept).toBe(1);
    expect(look.text.match(/\$2\.2bn/g)).toHaveLength(1);
    expect((await firstLook(Buffer.from(filler))).kept).toBe(0);
  });
});
