import type { Alert, Deal, DealChangeKind, DealKind, Subscription } from './types';

const KIND_WORDS: Record<DealKind, string> = {
  gpu_cloud: 'GPU cloud capacity',
  datacenter_lease: 'data-centre capacity (lease)',
  power: 'power capacity',
  hardware: 'compute hardware',
  capacity_backstop: 'a capacity backstop',
};

const STATUS_WORDS: Record<Deal['status'], string> = {
  in_talks: 'in talks',
  reported: 'reported, unconfirmed',
  signed: 'signed',
  terminated: 'terminated',
};

/** "$14.2B", "$350M", "undisclosed". */
export function formatUsd(value: number | null): string {
  if (value === null) return 'undisclosed value';
  if (value >= 1e9) return `$${Number((value / 1e9).toFixed(2))}B`;
  if (value >= 1e6) return `$${Number((value / 1e6).toFixed(1))}M`;
  return `$${Math.round(value).toLocaleString('en-US')}`;
}

/**
 * " ($6.5B added)": when the deal's value is a running total that its latest expansion brought it to, the
 * increment beside it, so that "$22.4B" is not read as a new $22.4B contract.
 */
function addedBy(deal: Deal): string {
  const last = [...deal.history].reverse().find((e) => e.type === 'expanded' || e.type === 'created');
  const inc = last?.type === 'expanded' ? last.incrementUsd : null;
  return inc !== null && inc !== undefined && last?.valueUsd === deal.valueUsd && inc !== deal.valueUsd
    ? ` (${formatUsd(inc)} added)`
    : '';
}

function headline(deal: Deal): string {
  const qualifier = deal.qualifier === 'up_to' ? 'up to ' : deal.qualifier === 'approximately' ? '~' : '';
  return `${deal.provider.name} -> ${deal.buyer.name}: ${qualifier}${formatUsd(deal.valueUsd)}${addedBy(deal)}`;
}

/** Ends a sentence with one period, even after "Inc.". */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function lead(kinds: DealChangeKind[], first: boolean): string {
  if (first) return 'New compute deal';
  if (kinds.includes('value_up')) return 'Deal value up';
  return 'Deal status up';
}

/** The alert a subscriber receives; SMS gets one short line, email the details and the evidence. */
export function buildAlert(
  sub: Subscription,
  deal: Deal,
  kinds: DealChangeKind[],
  first: boolean,
  changeKey: string,
): Alert {
  const status = `${STATUS_WORDS[deal.status]}${deal.confirmedByFiling ? ', in a filing' : ''}`;
  const term = deal.endDate
    ? ` through ${deal.endDate}`
    : deal.termYears
      ? ` over ${deal.termYears} years`
      : '';
  const subject = `${lead(kinds, first)}: ${headline(deal)} (${STATUS_WORDS[deal.status]})`;
  const source = deal.sources[0];
  const sms = `${lead(kinds, first)}: ${headline(deal)}${term}, ${status}.`;
  const text =
    sub.channel === 'sms'
      ? sms
      : [
          sentence(`${deal.provider.name} provides ${KIND_WORDS[deal.kind]} to ${deal.buyer.name}`),
          `Value: ${deal.valueText ?? formatUsd(deal.valueUsd)}${addedBy(deal)}${term}.`,
          `Status: ${status}.`,
          `Evidence: "${deal.evidence}"`,
          source
            ? `Source: ${source.title ?? source.formType ?? source.kind} ${source.url ?? source.id}`
            : '',
          `Seen ${deal.sources.length} time(s) since ${deal.firstSeenAt}. Deal id: ${deal.id}`,
        ]
          .filter(Boolean)
          .join('\n');
  return {
    subscriptionId: sub.id,
    channelRef: sub.channelRef,
    dealId: deal.id,
    changeKey,
    channel: sub.channel,
    endpoint: sub.endpoint,
    subject: subject.slice(0, 99),
    text,
    deal,
  };
}
