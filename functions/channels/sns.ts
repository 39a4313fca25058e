import { PublishCommand, type SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import type { AlertChannel } from '../core/ports/channels';
import type { Alert, Subscription } from '../core/types';

/** SNS subjects must be ASCII, without line breaks, under 100 characters. */
export function snsSubject(subject: string): string {
  return subject
    .normalize('NFKD')
    .replace(/[^\x20-\x7E]/g, '')
    .slice(0, 99);
}

/**
 * One topic for every subscriber. Each SNS subscription carries a filter policy on the `subscriptionId`
 * message attribute, so an alert reaches only the subscriber it was built for; SNS owns the email
 * confirmation, the unsubscribe link and SMS opt-outs.
 */
export function createSnsChannel(sns: SNSClient, topicArn: string): AlertChannel {
  return {
    async publish(alert: Alert) {
      await sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: alert.channel === 'email' ? snsSubject(alert.subject) : undefined,
          Message: alert.text,
          MessageAttributes: {
            subscriptionId: { DataType: 'String', StringValue: alert.subscriptionId },
            dealId: { DataType: 'String', StringValue: alert.dealId },
          },
        }),
      );
    },

    async register(sub: Subscription) {
      const out = await sns.send(
        new SubscribeCommand({
          TopicArn: topicArn,
          Protocol: sub.channel,
          Endpoint: sub.endpoint,
          ReturnSubscriptionArn: true,
          Attributes: {
            FilterPolicyScope: 'MessageAttributes',
            FilterPolicy: JSON.stringify({ subscriptionId: [sub.id] }),
          },
        }),
      );
      return out.SubscriptionArn ?? null;
    },

    async unregister(sub: Subscription) {
      // Until the subscriber confirms, SNS has no ARN to unsubscribe; the pending one expires by itself.
      if (!sub.channelRef?.startsWith('arn:')) return;
      await sns.send(new UnsubscribeCommand({ SubscriptionArn: sub.channelRef }));
    },
  };
}
