import { readFileSync } from 'node:fs';
import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnTopic } from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeploySettings } from '../../infra/settings';
import { ComputeContractAlertsStack } from '../../infra/stack';

// The deploy flag `-c cdn=true`: CloudFront caches the public reads for a short TTL; off by default.

type Json = Record<string, unknown>;
let template: Template;
let stack: ComputeContractAlertsStack;

beforeAll(() => {
  const app = new App();
  stack = new ComputeContractAlertsStack(app, 'CdnTest', {
    settings: { edgarMaxRpsTotal: 5, secUserAgentDefault: 'Template Test Lab ops@example.com', cdn: true },
  });
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  template = Template.fromStack(stack);
});

const distribution = (): Json => {
  const all = template.findResources('AWS::CloudFront::Distribution');
  expect(Object.keys(all)).toHaveLength(1);
  return (Object.values(all)[0] as { Properties: { DistributionConfig: Json } }).Properties
    .DistributionConfig;
};

describe('cdn=true', () => {
  it('caches GET and HEAD only, over HTTPS, from the API stage', () => {
    const config = distribution();
    const def = config.DefaultCacheBehavior as Json;
    expect(def.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(def.AllowedMethods).toEqual(['GET', 'HEAD']);
    const origin = (config.Origins as Json[])[0]!;
    expect((origin.CustomOriginConfig as Json).OriginProtocolPolicy).toBe('https-only');
    expect(JSON.stringify(origin.DomainName)).toContain('execute-api');
  });

  it('keys the cache on the query string with a TTL of at most a minute', () => {
    const policies = Object.values(template.findResources('AWS::CloudFront::CachePolicy'));
    expect(policies).toHaveLength(1);
    const config = (policies[0] as { Properties: { CachePolicyConfig: Json } }).Properties.CachePolicyConfig;
    expect(config.DefaultTTL).toBeLessThanOrEqual(60);
    expect(config.MaxTTL).toBeLessThanOrEqual(60);
    const key = config.ParametersInCacheKeyAndForwardedToOrigin as Json;
    expect((key.QueryStringsConfig as Json).QueryStringBehavior).toBe('all');
    expect((key.CookiesConfig as Json).CookieBehavior).toBe('none');
  });

  it('passes the sign-up form through uncached', () => {
    const extra = (distribution().CacheBehaviors as Json[]).find((b) => b.PathPattern === '/subscribe');
    expect(extra?.AllowedMethods).toContain('POST');
    expect(extra?.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
  });

  it("alarms on the CDN's own 5xx rate, in a us-east-1 deployment only (where CloudFront's metrics are)", () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
      (a) => (a as { Properties: Json }).Properties.Namespace === 'AWS/CloudFront',
    ) as { Properties: Json; Condition?: string }[];
    expect(alarms).toHaveLength(1);
    const [alarm] = alarms;
    const [distributionId] = Object.keys(template.findResources('AWS::CloudFront::Distribution'));
    expect(alarm?.Properties).toMatchObject({
      MetricName: '5xxErrorRate',
      Dimensions: expect.arrayContaining([
        { Name: 'DistributionId', Value: { Ref: distributionId } },
        { Name: 'Region', Value: 'Global' },
      ]),
      Statistic: 'Average',
      Period: 300,
      EvaluationPeriods: 2,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: stack.getLogicalId(stack.monitoring.alarmTopic.node.defaultChild as CfnTopic) }],
    });
    // Elsewhere the alarm would never see a datapoint: the runbook says how to add it in us-east-1.
    expect(template.toJSON().Conditions[alarm?.Condition ?? '']).toEqual({
      'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'],
    });
    const anchor = /docs\/operations\.md#(\S+)\.$/.exec(String(alarm?.Properties.AlarmDescription))?.[1];
    const runbook = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
    expect(runbook).toMatch(new RegExp(`^## ${anchor}$`, 'm'));
  });

  it('keeps the EDGAR stall alarm of the default forms (8-K among them)', () => {
    const stalled = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter((a) =>
      JSON.stringify((a as { Properties: Json }).Properties.Metrics ?? '').includes('FilingsQueued'),
    );
    expect(stalled).toHaveLength(1);
  });

  it('outputs the distribution URL and passes cdk-nag', () => {
    template.hasOutput('CdnUrl', { Value: Match.anyValue() });
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors.map((e) => e.entry.data)).toEqual([]);
  });
});

describe('the cdn flag', () => {
  const context = (values: Record<string, string>) => (key: string) => values[key];
  it('is off unless set to true, and refuses anything else in one line', () => {
    expect(readDeploySettings(context({}), {}).cdn).toBeUndefined();
    expect(readDeploySettings(context({ cdn: 'true' }), {}).cdn).toBe(true);
    expect(readDeploySettings(context({ cdn: 'false' }), {}).cdn).toBeUndefined();
    expect(() => readDeploySettings(context({ cdn: 'yes' }), {})).toThrow('cdn: "yes" must be true or false');
  });
});
