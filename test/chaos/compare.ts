// How `npm run chaos` judges a faulted run against the clean one (docs/reliability.md, "npm run chaos").
import { statusRank } from '../../functions/core/deal-merge';
import type { DealStatus, Subscription } from '../../functions/core/types';
import { SUBSCRIPTIONS } from './subscriptions';

export interface Told {
  keys: string[];
  valueUsd: number | null;
  status: DealStatus;
  inFiling: boolean;
}

export interface Observed {
  /** Deal id -> its final fields (value, status, confirmed by a filing, sources). */
  deals: Map<string, string>;
  /** "subscription|deal" -> every alert it got, in the order written. */
  told: Map<string, Told[]>;
  /** Ledger key -> alerts that carried it (more than one is a duplicate on the channel). */
  keyCounts: Map<string, number>;
  /** The ledger keys of each alert, in the order written. */
  lines: string[][];
}

/** The outbox (one alert a line) as what each subscriber was told of each deal, and each ledger key's alerts. */
export function readOutbox(text: string): Omit<Observed, 'deals'> {
  const told = new Map<string, Told[]>();
  const keyCounts = new Map<string, number>();
  const lines: string[][] = [];
  for (const line of text.split('\n').filter(Boolean)) {
    const a = JSON.parse(line) as {
      subscriptionId: string;
      dealId: string;
      changeKey: string;
      dealValueUsd: number | null;
      dealStatus: DealStatus;
      dealConfirmedByFiling: boolean;
    };
    // One alert may carry several ledger keys (the first alert on a deal uses up the updates it already tells).
    const keys = a.changeKey.split(',');
    lines.push(keys);
    for (const key of keys) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    const pair = `${a.subscriptionId}|${a.dealId}`;
    const list = told.get(pair) ?? [];
    list.push({ keys, valueUsd: a.dealValueUsd, status: a.dealStatus, inFiling: a.dealConfirmedByFiling });
    told.set(pair, list);
  }
  return { told, keyCounts, lines };
}

/**
 * What a subscriber must get, whatever the order the stack met the sources in: every deal the clean run told
 * them of, and of it at least what they follow: the highest value told (if they follow value_up), the highest
 * status and whether a filing confirmed it (if they follow status_up). Which ledger keys carried that, and in
 * how many alerts, legitimately depends on order (a filing read before the news makes one alert of what is
 * two after), so keys are not compared; a key in two alerts is a duplicate whatever the order, with one
 * exception, counted apart: an alert written by a life that was then killed, sent once more after the restart.
 * A kill between a publish and its ledger mark leaves a claim that goes stale and is sent again: the price of
 * never losing it on a channel that cannot dedupe (SNS email and SMS).
 */
export function compareAlerts(
  expected: Pick<Observed, 'told'>,
  seen: Omit<Observed, 'deals'>,
  /** Alerts the killed life had written (the outbox's first lines), 0 without a kill. */
  linesBeforeKill = 0,
  subscriptions: Subscription[] = SUBSCRIPTIONS,
): { lost: string[]; duplicated: number; resentAfterCrash: number; unexpected: string[] } {
  const follows = new Map(subscriptions.map((s) => [s.id, s.notifyOn]));
  const most = (list: Told[]) => ({
    value: Math.max(...list.map((t) => t.valueUsd ?? 0)),
    status: Math.max(...list.map((t) => statusRank(t.status))),
    inFiling: list.some((t) => t.inFiling),
  });
  const lost: string[] = [];
  for (const [pair, want] of expected.told) {
    const got = seen.told.get(pair);
    if (!got) {
      lost.push(`${pair} never told`);
      continue;
    }
    const on = follows.get(pair.split('|')[0] as string) ?? [];
    const w = most(want);
    const g = most(got);
    if (on.includes('value_up') && g.value < w.value) lost.push(`${pair} value ${g.value} < ${w.value}`);
    if (on.includes('status_up') && (g.status < w.status || (w.inFiling && !g.inFiling)))
      lost.push(`${pair} status not told`);
  }
  const beforeKill = new Set(seen.lines.slice(0, linesBeforeKill).flat());
  let duplicated = 0;
  let resentAfterCrash = 0;
  for (const [key, n] of seen.keyCounts) {
    const resent = beforeKill.has(key) && n === 2 ? 1 : 0;
    resentAfterCrash += resent;
    duplicated += Math.max(0, n - 1) - resent;
  }
  const unexpected = [...seen.told.keys()].filter((pair) => !expected.told.has(pair));
  return { lost, duplicated, resentAfterCrash, unexpected };
}
