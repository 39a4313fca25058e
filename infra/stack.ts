import { CfnOutput, CfnParameter, Stack, type StackProps } from 'aws-cdk-lib';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import { TABLE_KEYS, TABLES } from '../functions/store/tables';
import { Alerts } from './alerts';
import { ServiceHttpApi } from './http-api';
import { Ingestion } from './ingestion';
import { Monitoring } from './monitoring';
import { PublicReadCdn } from './public-read-cdn';
import { type DeploySettings, OPERATOR_EMAIL_PATTERN, SEC_USER_AGENT_PATTERN } from './settings';
import { SmsSettings } from './sms-settings';
import { ServiceTables } from './tables';

export interface ComputeContractAlertsStackProps extends StackProps {
  settings: DeploySettings;
}

/**
 * The whole service in one stack:
 *   schedules -> edgar-poll -> filing queue (+ DLQ) -> filing-worker ─┐
 *   schedule  -> news-poll ───────────────────────────────────────────┤-> deals table
 *   deals stream -> notify (+ DLQ) -> delivery queue (+ DLQ) -> deliver-alerts -> SNS (SMS, per-subscriber topics);
 *   schedule -> sms-opt-outs (SNS's opted-out list -> SMS subscriptions);
 *   HTTP API -> api-public (public GETs, read-only) | api (IAM routes).
 */
export class ComputeContractAlertsStack extends Stack {
  readonly tables: ServiceTables;
  readonly ingestion: Ingestion;
  readonly alerts: Alerts;
  readonly httpApi: ServiceHttpApi;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: ComputeContractAlertsStackProps) {
    super(scope, id, {
      description: 'Compute-contract alerts: EDGAR and news ingestion, deals store, SNS alerts, HTTP API',
      ...props,
    });
    const { settings } = props;

    const secUserAgent = new CfnParameter(this, 'SecUserAgent', {
      type: 'String',
      description:
        'User-Agent declared to SEC EDGAR, as SEC fair access requires: "Company or Name contact@example.com"',
      allowedPattern: SEC_USER_AGENT_PATTERN,
      constraintDescription:
        'must be a name followed by a contact email, e.g. "Acme Research ops@acme.example"',
      ...(settings.secUserAgentDefault ? { default: settings.secUserAgentDefault } : {}),
    });

    const operatorEmail = new CfnParameter(this, 'OperatorEmail', {
      type: 'String',
      description: 'Where alarms go (SNS asks this address to confirm once); not told to subscribers',
      allowedPattern: OPERATOR_EMAIL_PATTERN,
      constraintDescription: 'must be an email address',
      ...(settings.operatorEmailDefault ? { default: settings.operatorEmailDefault } : {}),
    });

    const smsSpendLimit = new CfnParameter(this, 'SmsMonthlySpendLimit', {
      type: 'Number',
      description:
        'USD a month SNS may spend on SMS alerts (above 1, AWS Support must raise the account limit first)',
      default: 1,
      minValue: 0,
    });
    new SmsSettings(this, 'Sms', { monthlySpendLimit: smsSpendLimit.valueAsString });

    this.tables = new ServiceTables(this, 'Tables');
    const tableEnvironment = this.tables.environment();
    const tables = this.tables.byKey;

    this.ingestion = new Ingestion(this, 'Ingestion', {
      tables,
      tableEnvironment,
      secUserAgent: secUserAgent.valueAsString,
      settings,
    });
    this.alerts = new Alerts(this, 'Alerts', { tables, tableEnvironment });
    this.httpApi = new ServiceHttpApi(this, 'Http', {
      tables,
      tableEnvironment,
      alerts: this.alerts,
      publicSubscribe: settings.publicSubscribe ?? false,
      ...(settings.apiCacheSeconds !== undefined ? { apiCacheSeconds: settings.apiCacheSeconds } : {}),
    });
    const cdn = settings.cdn ? new PublicReadCdn(this, 'Cdn', { stage: this.httpApi.stage }) : undefined;

    this.monitoring = new Monitoring(this, 'Monitoring', {
      operatorEmail: operatorEmail.valueAsString,
      functions: {
        EdgarPoll: this.ingestion.edgarPoll,
        FilingWorker: this.ingestion.filingWorker,
        NewsPoll: this.ingestion.newsPoll,
        Notify: this.alerts.notify,
        Deliver: this.alerts.deliver,
        SmsOptOuts: this.alerts.smsOptOuts,
      },
      apiFunctions: { PublicApi: this.httpApi.publicApi, Api: this.httpApi.api },
      deadLetterQueues: {
        FilingJobs: this.ingestion.filingQueue.deadLetterQueue,
        PeriodicFilingJobs: this.ingestion.periodicQueue.deadLetterQueue,
        DealsStream: this.alerts.deadLetterQueue,
        Deliveries: this.alerts.deliveryDeadLetterQueue,
      },
      streamConsumer: this.alerts.notify,
      filingLanes: {
        current: this.ingestion.filingQueue.queue,
        periodic: this.ingestion.periodicQueue.queue,
      },
      deliveryQueue: this.alerts.deliveryQueue,
      tables: Object.values(tables),
      httpApi: this.httpApi.stage.api,
      smsMonthlySpendLimit: smsSpendLimit.valueAsNumber,
      // Only 8-Ks come every business hour; a deployment told to follow other forms only has no such rhythm.
      expectFilingsEveryBusinessHour: settings.edgarForms?.split(',').includes('8-K') ?? true,
      ...(cdn ? { cdn: cdn.distribution } : {}),
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.stage.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'AlertTopicPrefix', {
      value: this.alerts.topicPrefix,
      description:
        "Names of the subscribers' SNS topics start with it (created per email/https subscription)",
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.alarmTopic.topicArn });
    new CfnOutput(this, 'FilingDeadLetterQueueUrl', {
      value: this.ingestion.filingQueue.deadLetterQueue.queueUrl,
      description: 'Filing jobs that failed 5 times',
    });
    new CfnOutput(this, 'PeriodicFilingDeadLetterQueueUrl', {
      value: this.ingestion.periodicQueue.deadLetterQueue.queueUrl,
      description: 'Periodic-lane filing jobs (10-Q, 10-K, ...) that failed 5 times',
    });
    new CfnOutput(this, 'NotifyDeadLetterQueueUrl', {
      value: this.alerts.deadLetterQueue.queueUrl,
      description: 'Deals stream batches notify could not process',
    });
    new CfnOutput(this, 'DeliveryDeadLetterQueueUrl', {
      value: this.alerts.deliveryDeadLetterQueue.queueUrl,
      description: 'Delivery batches that failed 5 times',
    });

    suppressGrantWildcards(this);
  }
}

/** IAM5 findings that come from CDK's grant methods, each checked against what produced it. */
function suppressGrantWildcards(stack: ComputeContractAlertsStack): void {
  // grantReadData / grantReadWriteData add table-arn/index/* only for tables that have GSIs.
  const indexWildcards = TABLE_KEYS.filter((key) => TABLES[key].indexes.length > 0).map((key) => {
    const table = stack.tables.byKey[key].node.defaultChild as CfnTable;
    return `Resource::<${stack.getLogicalId(table)}.Arn>/index/*`;
  });
  const functions = [
    stack.ingestion.edgarPoll,
    stack.ingestion.filingWorker,
    stack.ingestion.newsPoll,
    stack.alerts.notify,
    stack.alerts.deliver,
    stack.alerts.smsOptOuts,
    stack.httpApi.publicApi,
    stack.httpApi.api,
  ];
  for (const { fn } of functions) {
    if (!fn.role) continue;
    NagSuppressions.addResourceSuppressions(
      fn.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            "Table grants also cover the table's GSIs (table-arn/index/*), which the repositories query to list " +
            'newest first; the grants stay on the tables this function uses.',
          appliesTo: indexWildcards,
        },
      ],
      true,
    );
  }
  const notifyRole = stack.alerts.notify.fn.role;
  if (notifyRole)
    NagSuppressions.addResourceSuppressions(
      notifyRole,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'dynamodb:ListStreams has no resource-level permission (the stream event source grants it on *); ' +
            'reading records is limited to the deals stream ARN.',
          appliesTo: ['Resource::*'],
        },
      ],
      true,
    );
}
