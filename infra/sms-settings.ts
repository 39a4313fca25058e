import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

export interface SmsSettingsProps {
  /** USD a month SNS may spend on SMS (the SmsMonthlySpendLimit parameter); SNS stops sending beyond it. */
  monthlySpendLimit: string;
}

/**
 * The account's SMS preferences, which CloudFormation has no resource for: set through SNS SetSMSAttributes by a
 * CDK custom resource on every deploy. Transactional (alerts are time-critical: delivered with priority, also
 * to numbers on do-not-disturb lists where allowed), the spend limit, and delivery-status logs in CloudWatch.
 */
export class SmsSettings extends Construct {
  constructor(scope: Construct, id: string, props: SmsSettingsProps) {
    super(scope, id);
    // SNS writes each SMS delivery status to CloudWatch Logs (sns/<region>/<account>/DirectPublishToPhoneNumber).
    const deliveryStatusRole = new Role(this, 'DeliveryStatusRole', {
      assumedBy: new ServicePrincipal('sns.amazonaws.com'),
      description: 'Lets SNS log SMS delivery status to CloudWatch Logs',
    });
    deliveryStatusRole.addToPolicy(
      new PolicyStatement({
        actions: [
          'logs:CreateLogGroup',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
          'logs:PutMetricFilter',
          'logs:PutRetentionPolicy',
        ],
        resources: [
          `arn:${Stack.of(this).partition}:logs:${Stack.of(this).region}:${Stack.of(this).account}:log-group:sns/*`,
        ],
      }),
    );
    const call = {
      service: 'SNS',
      action: 'setSMSAttributes',
      parameters: {
        attributes: {
          DefaultSMSType: 'Transactional',
          MonthlySpendLimit: props.monthlySpendLimit,
          DeliveryStatusIAMRole: deliveryStatusRole.roleArn,
          DeliveryStatusSuccessSamplingRate: '100',
        },
      },
      physicalResourceId: PhysicalResourceId.of('sms-settings'),
    };
    const resource = new AwsCustomResource(this, 'Apply', {
      onCreate: call,
      onUpdate: call,
      installLatestAwsSdk: false,
      // The provider function's logs, like every function's, expire (its default log group never would).
      logGroup: new LogGroup(this, 'ProviderLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
      policy: AwsCustomResourcePolicy.fromStatements([
        // SetSMSAttributes has no resource-level permission: it sets account-wide preferences.
        new PolicyStatement({ actions: ['sns:SetSMSAttributes'], resources: ['*'] }),
        new PolicyStatement({ actions: ['iam:PassRole'], resources: [deliveryStatusRole.roleArn] }),
      ]),
    });

    // The custom resource's provider function, a singleton CDK adds at the stack's root.
    const providerFn = Stack.of(this).node.tryFindChild(
      `AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`,
    );
    if (providerFn)
      NagSuppressions.addResourceSuppressions(
        providerFn,
        [
          {
            id: 'AwsSolutions-IAM4',
            reason:
              "CDK's custom-resource provider uses AWSLambdaBasicExecutionRole only to write its own logs; its SNS permission is the statement above.",
            appliesTo: [
              'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
            ],
          },
        ],
        true,
      );
    NagSuppressions.addResourceSuppressions(
      deliveryStatusRole,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'SNS names its SMS delivery-status log groups itself (sns/<region>/<account>/DirectPublishToPhoneNumber[/Failure]); the grant is limited to log groups under sns/ in this account and region.',
        },
      ],
      true,
    );
    NagSuppressions.addResourceSuppressions(
      resource,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'sns:SetSMSAttributes has no resource-level permission (it sets account-wide SMS preferences).',
          appliesTo: ['Resource::*'],
        },
      ],
      true,
    );
  }
}
