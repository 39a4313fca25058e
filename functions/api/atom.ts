import { formatUsd } from '../core/alert-text';
import type { Deal } from '../core/types';

function esc(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An Atom 1.0 feed of the newest deals, for feed readers. */
export function dealsAtom(deals: Deal[], selfUrl: string): string {
  const updated = deals[0]?.updatedAt ?? new Date(0).toISOString();
  const entries = deals.map((d) => {
    const title = `${d.provider.name} -> ${d.buyer.name}: ${formatUsd(d.valueUsd)} (${d.status})`;
    const link = d.sources[0]?.url;
    return [
      '  <entry>',
      `    <id>urn:compute-deal:${esc(d.id)}</id>`,
      `    <title>${esc(title)}</title>`,
      `    <updated>${d.updatedAt}</updated>`,
      `    <published>${d.firstSeenAt}</published>`,
      link ? `    <link rel="alternate" href="${esc(link)}"/>` : '',
      `    <summary>${esc(d.evidence)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>Compute-capacity deals</title>',
    `  <id>${esc(selfUrl)}</id>`,
    `  <link rel="self" href="${esc(selfUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
