import {
  CheckIfPhoneNumberIsOptedOutCommand,
  CreateTopicCommand,
  DeleteTopicCommand,
  GetSubscriptionAttributesCommand,
  PublishCommand,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSnsChannel, NoAlertTopicError, snsSubject, topicArnOf } from '../../functions/channels/sns';
import { buildAlert } from '../../functions/core/alert-text';
import { mergeMention } from '../../functions/core/deal-merge';
import { mention, subscription } from '../support/builders';

// SNS cannot run here: the SDK boundary is mocked and its contract checked (what we send, what we read back).
const sns = mockClient(SNSClient);
const prefix = 'Stack-alert-';
const topicArn = `arn:aws:sns:us-east-1:123456789012:${prefix}abc`;
const subscriptionArn = `${topicArn}:0b7c9c4e-5a2f-4d8b-9d0e-1f2a3b4c5d6e`;
const channel = createSnsChannel(new SNSClient({ region: 'us-east-1' }), {
  topicPrefix: prefix,
  smsPerSecond: 1000,
});
const deal = mergeMention(null, mention({ buyer: { id: 'societe', name: 'Société Générale' } }), new Date())!;

beforeEach(() => sns.reset());

describe('SNS alert channel', () => {
  it("publishes an email alert to the subscriber's own topic, with an ASCII subject and no filter attribute", async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    await channel.publish(
      buildAlert(subscription({ id: 'abc', channelRef: subscriptionArn }), deal, [], true, 'k'),
    );
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input?.TopicArn).toBe(topicArn);
    expect(input?.PhoneNumber).toBeUndefined();
    expect(input?.MessageAttributes).toBeUndefined();
    expect(input?.Subject).toMatch(/^[\x20-\x7E]{1,99}$/);
    expect(input?.Subject).toContain('Societe Generale');
    expect(input?.Message).toContain('Evidence:');
  });

  it('sends SMS straight to the phone number, without a subject or a topic', async () => {
    sns.on(PublishCommand).resolves({});
    await channel.publish(
      buildAlert(subscription({ channel: 'sms', endpoint: '+14155550123' }), deal, [], true, 'k'),
    );
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input).toMatchObject({ PhoneNumber: '+14155550123' });
    expect(input?.TopicArn).toBeUndefined();
    expect(input?.Subject).toBeUndefined();
  });

  it('refuses an email alert whose subscription has no topic, and propagates a publish failure', async () => {
    await expect(
      channel.publish(buildAlert(subscription({ channelRef: null }), deal, [], true, 'k')),
    ).rejects.toThrow(NoAlertTopicError);
    sns.on(PublishCommand).rejects(new Error('Throttling'));
    await expect(
      channel.publish(buildAlert(subscription({ channelRef: subscriptionArn }), deal, [], true, 'k')),
    ).rejects.toThrow('Throttling');
  });

  it('registers email on a topic of its own (prefix + id, AWS-managed key), with no filter policy', async () => {
    sns.on(CreateTopicCommand).resolves({ TopicArn: topicArn });
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: subscriptionArn });
    const ref = await channel.register(subscription({ id: 'abc' }));
    expect(ref).toBe(subscriptionArn);
    const created = sns.commandCalls(CreateTopicCommand)[0]?.args[0].input;
    expect(created?.Name).toBe(`${prefix}abc`);
    expect(created?.Attributes?.KmsMasterKeyId).toBe('alias/aws/sns');
    const input = sns.commandCalls(SubscribeCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      TopicArn: topicArn,
      Protocol: 'email',
      Endpoint: 'analyst@example.com',
      ReturnSubscriptionArn: true,
    });
    expect(input?.Attributes?.FilterPolicy).toBeUndefined();
  });

  it('gives two profiles of one address two topics (SNS would refuse a second filter policy on one)', async () => {
    sns
      .on(CreateTopicCommand)
      .callsFake((i: { Name: string }) => ({ TopicArn: `arn:aws:sns:us-east-1:1:${i.Name}` }));
    sns.on(SubscribeCommand).callsFake((i: { TopicArn: string }) => ({ SubscriptionArn: `${i.TopicArn}:x` }));
    const a = await channel.register(subscription({ id: 'p1' }));
    const b = await channel.register(subscription({ id: 'p2' }));
    expect(a && topicArnOf(a)).not.toBe(b && topicArnOf(b));
    expect(sns.commandCalls(SubscribeCommand).map((c) => c.args[0].input.Endpoint)).toEqual([
      'analyst@example.com',
      'analyst@example.com',
    ]);
  });

  it('deletes the topic it created when the subscribe fails', async () => {
    sns.on(CreateTopicCommand).resolves({ TopicArn: topicArn });
    sns.on(SubscribeCommand).rejects(new Error('InvalidParameter'));
    sns.on(DeleteTopicCommand).resolves({});
    await expect(channel.register(subscription({ id: 'abc' }))).rejects.toThrow('InvalidParameter');
    expect(sns.commandCalls(DeleteTopicCommand)[0]?.args[0].input.TopicArn).toBe(topicArn);
  });

  it('registers nothing for SMS, and unregisters by deleting the topic', async () => {
    expect(await channel.register(subscription({ channel: 'sms', endpoint: '+14155550123' }))).toBeNull();
    expect(sns.calls()).toHaveLength(0);
    sns.on(DeleteTopicCommand).resolves({});
    await channel.unregister(subscription({ channelRef: subscriptionArn }));
    expect(sns.commandCalls(DeleteTopicCommand)[0]?.args[0].input.TopicArn).toBe(topicArn);
  });

  it('reads the confirmation state of an email subscription, and an unsubscribe', async () => {
    const sub = subscription({ channelRef: subscriptionArn });
    sns
      .on(GetSubscriptionAttributesCommand)
      .resolvesOnce({ Attributes: { PendingConfirmation: 'true' } })
      .resolvesOnce({ Attributes: { PendingConfirmation: 'false' } })
      .rejectsOnce(Object.assign(new Error('Subscription does not exist'), { name: 'NotFoundException' }));
    expect(await channel.endpointState?.(sub)).toBe('pending_confirmation');
    expect(await channel.endpointState?.(sub)).toBe('active');
    expect(await channel.endpointState?.(sub)).toBe('unsubscribed');
    expect(sns.commandCalls(GetSubscriptionAttributesCommand)[0]?.args[0].input.SubscriptionArn).toBe(
      subscriptionArn,
    );
  });

  it("reads an SMS number's opt-out from SNS's opted-out list", async () => {
    const sub = subscription({ channel: 'sms', endpoint: '+14155550123' });
    sns
      .on(CheckIfPhoneNumberIsOptedOutCommand)
      .resolvesOnce({ isOptedOut: true })
      .resolvesOnce({ isOptedOut: false });
    expect(await channel.endpointState?.(sub)).toBe('opted_out');
    expect(await channel.endpointState?.(sub)).toBe('active');
    expect(sns.commandCalls(CheckIfPhoneNumberIsOptedOutCommand)[0]?.args[0].input.phoneNumber).toBe(
      '+14155550123',
    );
  });

  it('keeps subjects ASCII and short', () => {
    expect(snsSubject(`Café → ${'x'.repeat(200)}`)).toMatch(/^Cafe {2}x+$/);
    expect(snsSubject('a'.repeat(200))).toHaveLength(99);
  });
});
