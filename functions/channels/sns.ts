import {
  CheckIfPhoneNumberIsOptedOutCommand,
  CreateTopicCommand,
  DeleteTopicCommand,
  GetSubscriptionAttributesCommand,
  PublishCommand,
  paginateListPhoneNumbersOptedOut,
  type SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import type { AlertChannel, SmsOptOutList } from '../core/ports/channels';
import { RateLimiter } from '../core/rate-limit';
import type { Alert, EndpointState, Subscription } from '../core/types';

/** SNS subjects must be ASCII, without line breaks, under 100 characters. */
export function snsSubject(subject: string): string {
  return subject
    .normalize('NFKD')
    .replace(/[^\x20-\x7E]/g, '')
    .slice(0, 99);
}

/** An SNS subscription ARN is its topic's ARN followed by `:<subscription id>`. */
export function topicArnOf(subscriptionArn: string): string {
  return subscriptionArn.slice(0, subscriptionArn.lastIndexOf(':'));
}

/** A channelRef that is not an SNS subscription ARN: the subscription predates topics per subscriber. */
export class NoAlertTopicError extends Error {
  override readonly name = 'NoAlertTopicError';
}

export interface SnsChannelOptions {
  /** Names of the subscribers' topics start with it (the stack grants only on this prefix). */
  topicPrefix: string;
  /** Direct SMS publishes per second from this process: its share of the account's SMS rate. */
  smsPerSecond: number;
}

/**
 * Email and https subscribers each get their own topic with one SNS subscription and no filter policy: SNS's
 * default quotas allow 100,000 topics an account but only 200 filter policies a topic, and a second profile for
 * the same address is a second topic, not a refused duplicate. SNS owns the confirmation and the unsubscribe
 * link. SMS is published straight to the phone number (no subscription to confirm), paced to the account's SMS
 * rate; SNS keeps the opted-out list (a STOP reply), which endpointState reads.
 */
export function createSnsChannel(sns: SNSClient, opts: SnsChannelOptions): AlertChannel {
  const smsPace = new RateLimiter({ ratePerSecond: opts.smsPerSecond });
  const topicOf = (alert: { channelRef: string | null; subscriptionId: string }) => {
    if (!alert.channelRef?.startsWith('arn:'))
      throw new NoAlertTopicError(`subscription ${alert.subscriptionId} has no SNS topic; subscribe again`);
    return topicArnOf(alert.channelRef);
  };
  return {
    async publish(alert: Alert) {
      if (alert.channel === 'sms') {
        await smsPace.acquire();
        await sns.send(new PublishCommand({ PhoneNumber: alert.endpoint, Message: alert.text }));
        return;
      }
      await sns.send(
        new PublishCommand({
          TopicArn: topicOf(alert),
          Subject: alert.channel === 'email' ? snsSubject(alert.subject) : undefined,
          Message: alert.text,
        }),
      );
    },

    async register(sub: Subscription) {
      if (sub.channel === 'sms') return null;
      const topic = await sns.send(
        new CreateTopicCommand({
          Name: `${opts.topicPrefix}${sub.id}`,
          Attributes: { DisplayName: 'Compute-contract alerts', KmsMasterKeyId: 'alias/aws/sns' },
        }),
      );
      const topicArn = topic.TopicArn;
      if (!topicArn) throw new NoAlertTopicError(`SNS created no topic for ${sub.id}`);
      try {
        const out = await sns.send(
          new SubscribeCommand({
            TopicArn: topicArn,
            Protocol: sub.channel,
            Endpoint: sub.endpoint,
            // The ARN even while the confirmation is pending, so that its state can be asked (endpointState).
            ReturnSubscriptionArn: true,
          }),
        );
        return out.SubscriptionArn ?? null;
      } catch (err) {
        await sns.send(new DeleteTopicCommand({ TopicArn: topicArn })).catch(() => {});
        throw err;
      }
    },

    async unregister(sub: Subscription) {
      // Deleting the topic ends its subscription too, confirmed or still pending.
      if (sub.channel === 'sms' || !sub.channelRef?.startsWith('arn:')) return;
      await sns.send(new DeleteTopicCommand({ TopicArn: topicArnOf(sub.channelRef) }));
    },

    async endpointState(sub: Subscription): Promise<EndpointState> {
      if (sub.channel === 'sms') {
        const out = await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: sub.endpoint }));
        return out.isOptedOut ? 'opted_out' : 'active';
      }
      // No SNS subscription (never registered in AWS): nothing can reach the endpoint.
      if (!sub.channelRef?.startsWith('arn:')) return 'unsubscribed';
      try {
        const out = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: sub.channelRef }));
        return out.Attributes?.PendingConfirmation === 'true' ? 'pending_confirmation' : 'active';
      } catch (err) {
        // The unsubscribe link in every email deletes the SNS subscription.
        if ((err as { name?: string }).name === 'NotFoundException') return 'unsubscribed';
        throw err;
      }
    },
  };
}

/** SNS's opted-out list, 100 numbers a ListPhoneNumbersOptedOut page, following nextToken to the end. */
export function createSnsOptOutList(sns: SNSClient): SmsOptOutList {
  return {
    async *pages() {
      for await (const page of paginateListPhoneNumbersOptedOut({ client: sns }, {})) {
        yield page.phoneNumbers ?? [];
      }
    },
  };
}
