import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  OriginRequestPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

/**
 * How long CloudFront keeps a public read whose answer names no max-age. The API names one on every read
 * (handlers/cache-control.ts: 60 s; the deals list's pages API_CACHE_SECONDS), which CloudFront follows up to the
 * policy's maximum: a new deal shows within that, a crowd costs one origin request per path and query each time.
 */
export const PUBLIC_READ_TTL = Duration.seconds(30);

/**
 * The deploy flag `-c cdn=true`: a CloudFront distribution in front of the HTTP API's default stage, so that a
 * crowd reading the page, `/deals` or `/deals.atom` costs one Lambda and DynamoDB read per path and query every
 * TTL, not one per request. Reads are cached with their query string; POST /subscribe (when public) passes through
 * uncached. IAM-signed writes keep using the API URL (a signature names the API's host).
 */
export class PublicReadCdn extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: { stage: HttpStage }) {
    super(scope, id);
    const stack = Stack.of(this);
    const origin = new HttpOrigin(`${props.stage.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`);
    const reads = new CachePolicy(this, 'PublicReads', {
      comment: 'Public reads of compute-contract alerts: query string in the key, short TTL',
      defaultTtl: PUBLIC_READ_TTL,
      minTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(60),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Compute-contract alerts: cached public reads',
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: reads,
      },
      additionalBehaviors: {
        '/subscribe': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
    });
    new CfnOutput(stack, 'CdnUrl', {
      value: `https://${this.distribution.distributionDomainName}`,
      description: 'Cached public reads (the page, /deals, /deals.atom); writes use ApiUrl',
    });
    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The deals, filings and page are public data meant for every country; no geo restriction applies.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'A web ACL costs at least $5 a month, above the idle budget; the API stage throttles (50/s, burst 100) bound what a miss can cost, and cached hits cost no Lambda or DynamoDB.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'Every cache miss is in the API stage access log; hits are counted in the distribution metrics. Standard logs need an ACL-enabled S3 bucket, which this optional flag does not add.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default cloudfront.net certificate, for which CloudFront fixes the TLS policy; a minimum of TLS 1.2 needs the operator’s own domain and ACM certificate.',
      },
    ]);
  }
}
