// The registrant of a filing document read without its submission header: the cover's name, a reprint's headline.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../functions/core/extract';
import { registrantNamedIn } from '../../functions/core/filing-registrant';
import { documentTexts } from '../../functions/local/extract-command';

const COVER = [
  'UNITED STATES',
  'SECURITIES AND EXCHANGE COMMISSION',
  'FORM 8-K',
  'CoreWeave, Inc.',
  '(Exact name of registrant as specified in its charter)',
  'Delaware 001-42563 82-3060021',
  'Item 1.01 Entry into a Material Definitive Agreement.',
  'On September 25, 2025, the Company entered into an Order Form with Meta Platforms, Inc. ("Meta"). Meta has committed to pay the Company up to approximately $14.2 billion through December 14, 2031.',
].join('\n');

describe('registrantNamedIn', () => {
  it.each([
    ['the line above the cover caption', COVER, 'CoreWeave, Inc.'],
    [
      'a cover caption on the same line',
      'FORM 6-K\nNebius Group N.V. (Exact Name of Registrant as Specified in Charter)\nAmsterdam',
      'Nebius Group N.V.',
    ],
    [
      "a reprint's headline",
      'CoreWeave Inc. filed SEC Form 8-K: Entry into a Material Definitive Agreement\nUNITED STATES',
      'CoreWeave Inc.',
    ],
    [
      "a summary's headline with its ticker",
      'Core Scientific, Inc. (NASDAQ: CORZ) filed a Form 8-K announcing a definitive agreement.',
      'Core Scientific, Inc.',
    ],
    [
      "a summary's form tag",
      '[8-K] Core Scientific, Inc. Tranche 2 Warrants Reports Material Event\nSTOCK TITAN',
      'Core Scientific, Inc.',
    ],
    [
      'an excerpt opening on its filer above its form',
      'CoreWeave, Inc.\nFORM 10-Q\nRemaining Performance Obligations',
      'CoreWeave, Inc.',
    ],
    [
      'an excerpt of the financial statements opening on its filer',
      'IREN LIMITED\nNOTES TO THE CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)\nNote 21. Subsequent events',
      'IREN LIMITED',
    ],
    [
      "an excerpt of the statements with the form's line between its filer and the notes",
      'IREN Limited\nForm 10-Q for the quarterly period ended September 30, 2025\nNotes to the Unaudited Condensed Consolidated Financial Statements (continued)\nNote 20. Subsequent events',
      'IREN Limited',
    ],
    [
      'a balance sheet opening on its filer',
      'CoreWeave, Inc.\nCONDENSED CONSOLIDATED BALANCE SHEETS\n(In thousands)',
      'CoreWeave, Inc.',
    ],
    [
      "a filing section's title naming its filer and form",
      'IREN Limited 10-Q - Subsequent events (R26)\nSubsequent events\n3 Months Ended Sep. 30, 2025',
      'IREN Limited',
    ],
    [
      'a title naming its filer in a part of its own before the form',
      'IREN Limited — Form 10-Q, Note 20. Subsequent events (3 Months Ended Sep. 30, 2025)\nNote 20. Subsequent events',
      'IREN Limited',
    ],
    [
      'a title naming its filer in a part of its own after the form',
      '10-Q Note 21 Subsequent Events — Bit Digital (sec.gov R27)\nSubsequent events',
      'Bit Digital, Inc.',
    ],
    [
      'a title naming a filer the table does not know, by its corporate suffix',
      'FORM 6-K — Example Compute Holdings — Commercial agreement\nThe Company signed an agreement.',
      'Example Compute Holdings',
    ],
    [
      "a prospectus supplement's title naming its filer in a part of its own",
      'CoreWeave, Inc. — Prospectus Supplement (Rule 424(b)(2)) — $1,750,000,000 Senior Notes due 2031\nRecent Developments',
      'CoreWeave, Inc.',
    ],
    [
      "a prospectus's title with its form number",
      'Example Compute Holdings | 424B5 | Summary\nWe rent GPU capacity to AI labs.',
      'Example Compute Holdings',
    ],
    [
      'the filer an excerpt defines as "the Company"',
      'Form 8-K - Current report\nOn July 9, 2026, Bitfarms Ltd. (the "Company") entered into a 15-year datacenter lease with Fluidstack.',
      'Bitfarms Ltd.',
    ],
    [
      'a defined filer the company table knows, by its table name',
      'Item 1.01\nOn March 3, 2026, Cipher Mining (together with its subsidiaries, the “Company”) signed a lease.',
      'Cipher Mining Inc.',
    ],
    [
      "a filing viewer's title: the filer, its form and the period, then the note",
      'Example Social Inc. 10-K 2019 — Note 8. Commitments and Contingencies\nCommitments',
      'Example Social Inc.',
    ],
    [
      "a filing viewer's title with a quarter",
      'Example Rides, Inc. 10-Q 2023 Q1 — Commitments and Contingencies\nCommitments',
      'Example Rides, Inc.',
    ],
    [
      "a filing viewer's title naming the filer in brackets after the section",
      'COMMITMENTS AND CONTINGENCIES (Example Motors, Inc. 10-Q, 9 Months Ended Sep. 30, 2023, R17.htm)\nCommitments',
      'Example Motors, Inc.',
    ],
    [
      "a filing viewer's title naming a table company, its fiscal year and note",
      'Oracle 10-K FY2025 Note 9 — Leases, Other Commitments and Certain Contingencies\nLeases',
      'Oracle Corporation',
    ],
    [
      'a defined filer whose name has a figure, not the date before it',
      'On May 1, 2026, Hut 8 Corp. (the "Company") signed a lease with Anthropic.',
      'Hut 8 Corp.',
    ],
  ])('reads %s', (_, text, name) => {
    expect(registrantNamedIn(text)).toBe(name);
  });

  it.each([
    ['a news story', 'Meta signs $14 billion deal with CoreWeave\nCoreWeave shares rose 12% on Tuesday.'],
    [
      'a news story naming a filing further down',
      `Meta signs $14 billion deal with CoreWeave\n${'The neocloud keeps growing. '.repeat(20)}\nCoreWeave filed a Form 8-K on Tuesday.`,
    ],
    ['a caption with no name before it', '(Exact name of registrant as specified in its charter)\nDelaware'],
    [
      "a summary's title naming a form",
      'TeraWulf (WULF) 8-K kompakt: Zwei Zehnjahresverträge mit Fluidstack',
    ],
    ['a market-news headline on a form', 'CoreWeave 10-Q: backlog climbs to $55.6 billion\nShares rose 4%.'],
    [
      "a news headline about a company's prospectus",
      'CoreWeave prospectus shows backlog of $55.6 billion — analysis\nShares rose 4%.',
    ],
    [
      "a summary's headline with its form, told in its own words",
      'TeraWulf 8-K kompakt: Zwei Zehnjahresverträge mit Fluidstack, Google bürgt\nFormular 8-K',
    ],
    [
      'a headline whose company and form are followed by more than a period',
      'Example Social Inc. 10-K shows cloud costs doubling — analysis\nShares fell.',
    ],
    [
      "the notes' heading with no filer above it",
      'Subsequent events\nNOTES TO THE CONDENSED CONSOLIDATED FINANCIAL STATEMENTS\nThe Company signed a lease.',
    ],
    [
      "a form's line under a heading that names no company",
      'Subsequent events\nForm 10-Q for the quarterly period ended September 30, 2025\nNotes to the Financial Statements\nThe Company signed a lease.',
    ],
    [
      "the commission's name above the form",
      'SECURITIES AND EXCHANGE COMMISSION\nFORM 10-Q\nQuarterly report',
    ],
    [
      'a title that is only the form',
      'Form 8-K - Current report\nOn March 3, 2026, the Company signed a lease.',
    ],
    ['an upper-case form title', 'FORM 6-K — Commercial agreement\nThe Company signed an agreement.'],
    [
      "a headline beside a summary's form",
      'Meta signs $14 billion deal with CoreWeave — CoreWeave 8-K summary\nShares rose 12% on Tuesday.',
    ],
    [
      "a summary's headline that opens on a company, beside its form",
      'Applied Digital restructures CoreWeave leases; obtains credit support — secwatch 8-K/A summary\n# Summary',
    ],
  ])('names no registrant in %s', (_, text) => {
    expect(registrantNamedIn(text)).toBeNull();
  });

  it("reads a later sentence's dated 'the Group' as the registrant of a section's title", () => {
    const text = [
      'IREN Limited 10-Q - Subsequent events (R26)',
      'The Group has completed an evaluation of all subsequent events.',
      'On November 2, 2025, the Group entered into a purchase agreement with Dell Marketing L.P. to acquire GPUs for approximately $5.8 billion.',
    ].join('\n');
    const [doc] = documentTexts(text, 'r26.htm');
    expect(doc?.registrant).toEqual({ name: 'IREN Limited' });
    const found = extractMentions({ text, registrant: doc?.registrant ?? null });
    expect(found.map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`)).toEqual([
      'iren dell 5800000000',
    ]);
  });

  it("reads a filing viewer's note as its filer's: 'we are committed to spend … on AWS services' buys from AWS", () => {
    const note = [
      'Example Social Inc. 10-K 2019 — Note 8. Commitments and Contingencies',
      'Commitments',
      'In March 2016, we entered into the AWS Enterprise Agreement for the use of cloud services from Amazon Web Services, Inc. ("AWS"). Under the agreement, as amended, we are committed to spend an aggregate of $1.1 billion between January 2017 and December 2022 on AWS services.',
      'In January 2017, we entered into the Google Cloud Platform License Agreement. The agreement has an initial term of five years and we are required to purchase at least $400.0 million of cloud services in each year of the agreement.',
    ].join('\n');
    const [doc] = documentTexts(note, 'note.txt');
    expect(doc?.registrant).toEqual({ name: 'Example Social Inc.' });
    const found = extractMentions({ text: doc!.text, registrant: doc!.registrant }).map(
      (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd}`,
    );
    expect(found).toEqual(['example-social amazon 1100000000', 'example-social alphabet 400000000']);
  });

  it("lets the CLI read a filing document's 'the Company' as its registrant", () => {
    const [doc] = documentTexts(COVER, '8-k.txt');
    expect(doc?.registrant).toEqual({ name: 'CoreWeave, Inc.' });
  });
});
