import { App, Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_SUBSCRIBE_THROTTLE } from '../../infra/http-api';
import { ComputeContractAlertsStack } from '../../infra/stack';

// The deploy flag `-c publicSubscribe=true`: the page's email sign-up becomes a public route, throttled apart
// from the reads, while every other subscription route stays behind IAM. (Off, the default, is stack.test.ts.)

type Json = Record<string, unknown>;
let stack: ComputeContractAlertsStack;
let resources: Record<string, { Type: string; Properties: Json; DependsOn?: string[] }>;

beforeAll(() => {
  const app = new App();
  stack = new ComputeContractAlertsStack(app, 'PublicSubscribeTest', {
    settings: {
      edgarMaxRpsTotal: 5,
      secUserAgentDefault: 'Template Test Lab ops@example.com',
      publicSubscribe: true,
    },
  });
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  resources = Template.fromStack(stack).toJSON().Resources;
});

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const route = (key: string) =>
  ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === key);

describe('publicSubscribe=true', () => {
  it('adds POST /subscribe without IAM, and keeps every /subscriptions route behind IAM', () => {
    expect(route('POST /subscribe')?.[1].Properties.AuthorizationType ?? 'NONE').toBe('NONE');
    for (const key of ['POST /subscriptions', 'GET /subscriptions', 'POST /subscriptions/{id}/test'])
      expect(route(key)?.[1].Properties.AuthorizationType).toBe('AWS_IAM');
  });

  it('throttles the sign-up far below the reads, once the route exists', () => {
    const stage = ofType('AWS::ApiGatewayV2::Stage')[0]?.[1];
    if (!stage) throw new Error('no stage');
    expect(stage.Properties.RouteSettings).toEqual({
      'POST /subscribe': {
        ThrottlingRateLimit: PUBLIC_SUBSCRIBE_THROTTLE.rateLimit,
        ThrottlingBurstLimit: PUBLIC_SUBSCRIBE_THROTTLE.burstLimit,
      },
    });
    expect(PUBLIC_SUBSCRIBE_THROTTLE.rateLimit).toBeLessThan(
      (stage.Properties.DefaultRouteSettings as { ThrottlingRateLimit: number }).ThrottlingRateLimit,
    );
    expect(stage.DependsOn).toContain(route('POST /subscribe')?.[0]);
  });

  it('tells both API functions (the write one serves the route, the read one shows the form), and passes cdk-nag with the reason given', () => {
    const api = ofType('AWS::Lambda::Function').filter(
      ([, r]) => (r.Properties.Environment as { Variables?: Json } | undefined)?.Variables?.PUBLIC_SUBSCRIBE,
    );
    expect(
      api.map(([, r]) => (r.Properties.Environment as { Variables: Json }).Variables.PUBLIC_SUBSCRIBE),
    ).toEqual(['true', 'true']);
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors.map((e) => `${e.id}: ${String(e.entry.data).slice(0, 120)}`)).toEqual([]);
  });
});
