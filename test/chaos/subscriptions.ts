import type { Subscription } from '../../functions/core/types';

// The chaos run's subscribers: one follows every deal and both kinds of update, one only big signed deals and
// their value. What each must hear is judged against what it follows (run.ts, "what a subscriber must get").

const base = { companies: [], kinds: [], createdAt: '2026-01-01T00:00:00.000Z', channelRef: null };

export const SUBSCRIPTIONS: Subscription[] = [
  {
    ...base,
    id: 'chaos-email',
    channel: 'email',
    endpoint: 'analyst@example.com',
    minValueUsd: 0,
    minStatus: 'in_talks',
    notifyOn: ['value_up', 'status_up'],
  },
  {
    ...base,
    id: 'chaos-sms',
    channel: 'sms',
    endpoint: '+14155550123',
    minValueUsd: 1e9,
    minStatus: 'signed',
    notifyOn: ['value_up'],
  },
];
