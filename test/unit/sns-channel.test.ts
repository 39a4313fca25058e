import { PublishCommand, SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSnsChannel, snsSubject } from '../../functions/channels/sns';
import { buildAlert } from '../../functions/core/alert-text';
import { mergeMention } from '../../functions/core/deal-merge';
import { mention, subscription } from '../support/builders';

// SNS cannot run here: the SDK boundary is mocked and its contract checked (what we send, what we read back).
const sns = mockClient(SNSClient);
const topicArn = 'arn:aws:sns:us-east-1:123456789012:alerts';
const channel = createSnsChannel(new SNSClient({ region: 'us-east-1' }), topicArn);
const deal = mergeMention(null, mention({ buyer: { id: 'societe', name: 'Société Générale' } }), new Date())!;

beforeEach(() => sns.reset());

describe('SNS alert channel', () => {
  it('publishes to the topic with the subscriber id attribute the filter policy matches', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    await channel.publish(buildAlert(subscription({ id: 'abc' }), deal, [], true, 'k'));
    const [call] = sns.commandCalls(PublishCommand);
    const input = call?.args[0].input;
    expect(input?.TopicArn).toBe(topicArn);
    expect(input?.MessageAttributes?.subscriptionId).toEqual({ DataType: 'String', StringValue: 'abc' });
    expect(input?.Subject).toMatch(/^[\x20-\x7E]{1,99}$/);
    expect(input?.Subject).toContain('Societe Generale');
    expect(input?.Message).toContain('Evidence:');
  });

  it('sends SMS without a subject', async () => {
    sns.on(PublishCommand).resolves({});
    await channel.publish(
      buildAlert(subscription({ channel: 'sms', endpoint: '+14155550123' }), deal, [], true, 'k'),
    );
    expect(sns.commandCalls(PublishCommand)[0]?.args[0].input.Subject).toBeUndefined();
  });

  it('propagates a publish failure so the change is retried', async () => {
    sns.on(PublishCommand).rejects(new Error('Throttling'));
    await expect(channel.publish(buildAlert(subscription(), deal, [], true, 'k'))).rejects.toThrow(
      'Throttling',
    );
  });

  it('subscribes the endpoint with a filter policy on its own id and returns the ARN', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: 'pending confirmation' });
    const ref = await channel.register(subscription({ id: 'xyz' }));
    expect(ref).toBe('pending confirmation');
    const input = sns.commandCalls(SubscribeCommand)[0]?.args[0].input;
    expect(input).toMatchObject({ TopicArn: topicArn, Protocol: 'email', Endpoint: 'analyst@example.com' });
    expect(JSON.parse(input?.Attributes?.FilterPolicy ?? '{}')).toEqual({ subscriptionId: ['xyz'] });
    expect(input?.Attributes?.FilterPolicyScope).toBe('MessageAttributes');
  });

  it('unsubscribes only confirmed subscriptions', async () => {
    sns.on(UnsubscribeCommand).resolves({});
    await channel.unregister(subscription({ channelRef: 'pending confirmation' }));
    expect(sns.commandCalls(UnsubscribeCommand)).toHaveLength(0);
    await channel.unregister(subscription({ channelRef: `${topicArn}:1234` }));
    expect(sns.commandCalls(UnsubscribeCommand)[0]?.args[0].input.SubscriptionArn).toBe(`${topicArn}:1234`);
  });

  it('keeps subjects ASCII and short', () => {
    expect(snsSubject(`Café → ${'x'.repeat(200)}`)).toMatch(/^Cafe {2}x+$/);
    expect(snsSubject('a'.repeat(200))).toHaveLength(99);
  });
});
