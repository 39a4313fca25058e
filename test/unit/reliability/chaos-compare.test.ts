import { describe, expect, it } from 'vitest';
import { compareAlerts, readOutbox } from '../../chaos/compare';

// The rule `npm run chaos` judges a faulted run by: what each subscriber must get, whatever the order the
// stack met the sources in. It must pass a legitimate reordering and catch every real loss or duplicate.

const line = (sub: string, keys: string[], value: number, status: string, inFiling: boolean) =>
  JSON.stringify({
    subscriptionId: sub,
    dealId: 'd',
    changeKey: keys.join(','),
    dealValueUsd: value,
    dealStatus: status,
    dealConfirmedByFiling: inFiling,
  });
const outbox = (...lines: string[]) => readOutbox(lines.join('\n'));

// News first (a first alert), then the filing (a status update): two alerts to the email subscriber.
const clean = outbox(
  line('chaos-email', ['chaos-email#d'], 5e9, 'signed', false),
  line('chaos-email', ['chaos-email#d#status#signed+filing'], 5e9, 'signed', true),
  line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false),
);

describe('chaos comparison', () => {
  it('passes the filing read first: one first alert that already tells the confirmation', () => {
    const faulted = outbox(
      line('chaos-email', ['chaos-email#d', 'chaos-email#d#status#signed+filing'], 5e9, 'signed', true),
      // The SMS subscriber does not follow status: told the deal as it stood, in a filing or not.
      line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', true),
    );
    expect(compareAlerts(clean, faulted)).toEqual({
      lost: [],
      duplicated: 0,
      resentAfterCrash: 0,
      unexpected: [],
    });
  });

  it('counts a subscriber never told of a deal', () => {
    const faulted = outbox(line('chaos-email', ['chaos-email#d'], 5e9, 'signed', true));
    expect(compareAlerts(clean, faulted).lost).toEqual(['chaos-sms|d never told']);
  });

  it('counts a confirmation the status follower never heard', () => {
    const faulted = outbox(
      line('chaos-email', ['chaos-email#d'], 5e9, 'signed', false),
      line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false),
    );
    expect(compareAlerts(clean, faulted).lost).toEqual(['chaos-email|d status not told']);
  });

  it('counts a value rise the value follower never heard', () => {
    const risen = outbox(
      line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false),
      line('chaos-sms', ['chaos-sms#d#value#7000000000'], 7e9, 'signed', false),
    );
    const faulted = outbox(line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false));
    expect(compareAlerts(risen, faulted).lost).toEqual(['chaos-sms|d value 5000000000 < 7000000000']);
  });

  it('counts a ledger key sent twice, alone or inside a combined alert', () => {
    const faulted = outbox(
      line('chaos-email', ['chaos-email#d'], 5e9, 'signed', false),
      line('chaos-email', ['chaos-email#d', 'chaos-email#d#status#signed+filing'], 5e9, 'signed', true),
      line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false),
      line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false),
    );
    expect(compareAlerts(clean, faulted)).toMatchObject({ lost: [], duplicated: 2 });
  });

  it('counts apart an alert the killed life wrote and the next life sent again, once; a second resend is a duplicate', () => {
    const email = line('chaos-email', ['chaos-email#d'], 5e9, 'signed', false);
    const rest = [
      line('chaos-email', ['chaos-email#d#status#signed+filing'], 5e9, 'signed', true),
      line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false),
    ];
    expect(compareAlerts(clean, outbox(email, email, ...rest), 1)).toMatchObject({
      duplicated: 0,
      resentAfterCrash: 1,
    });
    expect(compareAlerts(clean, outbox(email, email, email, ...rest), 1)).toMatchObject({
      duplicated: 2,
      resentAfterCrash: 0,
    });
    // Written after the restart only: no crash explains it.
    expect(compareAlerts(clean, outbox(...rest, email, email), 1)).toMatchObject({
      duplicated: 1,
      resentAfterCrash: 0,
    });
  });

  it('reports a pair the clean run never told, apart from the losses', () => {
    const faulted = outbox(
      ...clean.told.get('chaos-email|d')!.map((t) => line('chaos-email', t.keys, 5e9, 'signed', t.inFiling)),
      line('chaos-sms', ['chaos-sms#d'], 5e9, 'signed', false),
      JSON.stringify({
        ...JSON.parse(line('chaos-sms', ['chaos-sms#e'], 5e9, 'signed', false)),
        dealId: 'e',
      }),
    );
    expect(compareAlerts(clean, faulted)).toEqual({
      lost: [],
      duplicated: 0,
      resentAfterCrash: 0,
      unexpected: ['chaos-sms|e'],
    });
  });
});
