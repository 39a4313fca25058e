import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { TableKey } from '../functions/store/tables';
import { type Alerts, grantAlertSns } from './alerts';
import { ServiceFunction } from './service-function';

/** Public, read-only routes: published deals and filings, the page and the Atom feed. */
export const PUBLIC_GET_PATHS = [
  '/',
  '/health',
  '/deals',
  '/deals.atom',
  '/deals.csv',
  '/deals/{id}',
  '/deals/{id}/filings',
  '/filings',
  '/filings/{accession}',
  '/feeds',
  '/companies/{id}',
  '/openapi.json',
  '/reference',
  '/assets/{file}',
] as const;

/**
 * Routes that change things or touch subscribers: behind IAM (SigV4). GET /subscriptions/{id} is among them
 * because a subscription holds the subscriber's email address or phone number.
 */
export const PRIVATE_ROUTES = [
  { method: HttpMethod.GET, path: '/subscriptions' },
  { method: HttpMethod.POST, path: '/subscriptions' },
  { method: HttpMethod.POST, path: '/subscriptions/{id}/test' },
  { method: HttpMethod.GET, path: '/subscriptions/{id}' },
  { method: HttpMethod.DELETE, path: '/subscriptions/{id}' },
  { method: HttpMethod.PUT, path: '/feeds/{id}' },
  { method: HttpMethod.DELETE, path: '/feeds/{id}' },
  { method: HttpMethod.PATCH, path: '/deals/{id}' },
] as const;

/** The page's email sign-up, public only with the deploy flag (`-c publicSubscribe=true`). */
export const PUBLIC_SUBSCRIBE_ROUTE = { method: HttpMethod.POST, path: '/subscribe' } as const;

/**
 * Sign-ups a second, and in a burst, across all callers: each one makes SNS mail a confirmation, so the route
 * is held far below the stage's read throttle (API Gateway HTTP APIs have no per-client limit, nor WAF).
 */
export const PUBLIC_SUBSCRIBE_THROTTLE = { rateLimit: 1, burstLimit: 5 } as const;

export interface ServiceHttpApiProps {
  tables: Record<TableKey, Table>;
  tableEnvironment: Record<string, string>;
  alerts: Alerts;
  /** Open POST /subscribe to the public (email only, SNS double opt-in). Off by default. */
  publicSubscribe?: boolean;
  /** API_CACHE_SECONDS of both API functions; unset, the functions' default (5). */
  apiCacheSeconds?: number;
}

/**
 * The HTTP API (API Gateway HTTP API, payload 2.0) in front of two Lambdas running the same Hono app: the public
 * GET routes on a read function that can only read what they show, the IAM-signed routes on a write function.
 */
export class ServiceHttpApi extends Construct {
  /** The write function (IAM-signed routes). */
  readonly api: ServiceFunction;
  /** The read function (public GET routes). */
  readonly publicApi: ServiceFunction;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: ServiceHttpApiProps) {
    super(scope, id);
    this.publicApi = appFunction(this, 'PublicApi', props, {
      entry: 'api-public',
      description: 'HTTP API, public reads: the page, deals, filings, feeds',
    });
    const { tables } = props;
    tables.deals.grantReadData(this.publicApi.fn);
    tables.filings.grantReadData(this.publicApi.fn);
    tables.filingIndex.grantReadData(this.publicApi.fn);
    // Feed health and the feeds added through the API live in the state table.
    tables.state.grantReadData(this.publicApi.fn);

    this.api = appFunction(this, 'Api', props, {
      entry: 'api',
      description: 'HTTP API, IAM-signed routes: subscriptions, feed changes, deal corrections',
      environment: { ALERT_TOPIC_PREFIX: props.alerts.topicPrefix },
    });
    // Read-write: operators correct deals through PATCH /deals/{id}.
    tables.deals.grantReadWriteData(this.api.fn);
    // A correction's filings view.
    tables.filings.grantReadData(this.api.fn);
    tables.filingIndex.grantReadData(this.api.fn);
    tables.subscriptions.grantReadWriteData(this.api.fn);
    // Feeds added through the API, and the subscriptions' version item.
    tables.state.grantReadWriteData(this.api.fn);
    // A subscriber's own topic and its SNS subscription; test alerts (SMS straight to the number).
    grantAlertSns(this.api, props.alerts, [
      'sns:CreateTopic',
      'sns:DeleteTopic',
      'sns:Subscribe',
      'sns:GetSubscriptionAttributes',
    ]);

    const httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Compute-contract alerts: deals, filings and subscriptions',
      createDefaultStage: false,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi,
      autoDeploy: true,
      // Bounds what one client can cost us (Lambda, DynamoDB reads) on public routes.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            caller: '$context.identity.userArn',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    const publicIntegration = new HttpLambdaIntegration('PublicApiIntegration', this.publicApi.fn);
    for (const path of PUBLIC_GET_PATHS) {
      const [route] = httpApi.addRoutes({
        path,
        methods: [HttpMethod.GET],
        integration: publicIntegration,
      });
      if (route)
        NagSuppressions.addResourceSuppressions(route, [
          {
            id: 'AwsSolutions-APIG4',
            reason: `GET ${path} serves public, read-only data (published filings and deals); stage throttling bounds it.`,
          },
        ]);
    }
    const integration = new HttpLambdaIntegration('ApiIntegration', this.api.fn);
    if (props.publicSubscribe) {
      const { method, path } = PUBLIC_SUBSCRIBE_ROUTE;
      const [route] = httpApi.addRoutes({ path, methods: [method], integration });
      if (route)
        NagSuppressions.addResourceSuppressions(route, [
          {
            id: 'AwsSolutions-APIG4',
            reason:
              'POST /subscribe is the public email sign-up the operator enabled (publicSubscribe): email only, ' +
              'confirmed by SNS double opt-in, one subscription per address, throttled to a few a second.',
          },
        ]);
      // The stage's route settings name the route: CloudFormation must create the route first.
      if (route) this.stage.node.addDependency(route);
      (this.stage.node.defaultChild as CfnStage).routeSettings = {
        [`${method} ${path}`]: {
          ThrottlingRateLimit: PUBLIC_SUBSCRIBE_THROTTLE.rateLimit,
          ThrottlingBurstLimit: PUBLIC_SUBSCRIBE_THROTTLE.burstLimit,
        },
      };
    }
    const iam = new HttpIamAuthorizer();
    for (const { method, path } of PRIVATE_ROUTES) {
      httpApi.addRoutes({ path, methods: [method], integration, authorizer: iam });
    }
  }
}

/**
 * One of the two functions running the Hono app. API Gateway waits 29 s at most for an integration; the page
 * shows the public sign-up form only when the flag opened POST /subscribe.
 */
function appFunction(
  scope: Construct,
  id: string,
  props: ServiceHttpApiProps,
  fn: { entry: 'api' | 'api-public'; description: string; environment?: Record<string, string> },
): ServiceFunction {
  return new ServiceFunction(scope, id, {
    entry: fn.entry,
    description: fn.description,
    timeout: Duration.seconds(29),
    environment: {
      ...props.tableEnvironment,
      PUBLIC_SUBSCRIBE: String(props.publicSubscribe ?? false),
      ...(props.apiCacheSeconds !== undefined ? { API_CACHE_SECONDS: String(props.apiCacheSeconds) } : {}),
      ...fn.environment,
    },
  });
}
