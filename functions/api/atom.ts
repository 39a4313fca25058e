import { formatUsd } from '../core/alert-text';
import type { DealView } from './schemas';

function esc(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An Atom 1.0 feed of the newest deals, for feed readers. `selfUrl` is built from the configured public base
 * URL, never from the request's Host header (a caller controls that); without one the feed has a URN id and
 * no self link.
 */
export function dealsAtom(deals: DealView[], selfUrl: string | null): string {
  const updated =
    deals
      .map((d) => d.updatedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const entries = deals.map((d) => {
    const title = `${d.provider.name} -> ${d.buyer.name}: ${formatUsd(d.valueUsd)} (${d.status})`;
    const link = d.sources[0]?.url;
    return [
      '  <entry>',
      `    <id>urn:compute-deal:${esc(d.id)}</id>`,
      `    <title>${esc(title)}</title>`,
      `    <updated>${d.updatedAt}</updated>`,
      `    <published>${d.announcedAt}</published>`,
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
    `  <id>${selfUrl ? esc(selfUrl) : 'urn:compute-deals:deals-feed'}</id>`,
    selfUrl ? `  <link rel="self" href="${esc(selfUrl)}"/>` : '',
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
