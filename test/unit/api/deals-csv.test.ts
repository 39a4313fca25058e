import { describe, expect, it } from 'vitest';
import { dealsCsv } from '../../../functions/api/csv';
import { toDealView } from '../../../functions/api/deal-view';
import { mergeMention } from '../../../functions/core/deal-merge';
import { mention } from '../../support/builders';

const view = (evidence: string) => {
  const deal = mergeMention(null, mention({ evidence }), new Date('2025-10-01T00:00:00.000Z'));
  if (!deal) throw new Error('a first mention always makes a deal');
  return toDealView(deal);
};

describe('dealsCsv', () => {
  it('quotes commas, quotes and line breaks, keeping one record per deal', () => {
    const csv = dealsCsv([view('Meta said, "up to $14.2B",\nthrough 2031.')]);
    const [header, record] = csv.split('\r\n');
    expect(header?.split(',')).toHaveLength(15);
    expect(record).toContain('"Meta said, ""up to $14.2B"",\nthrough 2031."');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const csv = dealsCsv([view('=HYPERLINK("http://x.example","click")')]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });
});
