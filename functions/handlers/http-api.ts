import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { withCacheControl } from './cache-control';

/** The API app behind API Gateway (HTTP API payload 2.0), with Cache-Control on every answer. */
export function createHttpApiHandler(app: OpenAPIHono) {
  const handler = handle(app);
  // The v1 shape hono also accepts never reaches these functions (infra/http-api.ts).
  return async (event: Parameters<typeof handler>[0], context: Context) => {
    const result = await handler(event, context);
    return 'rawPath' in event ? withCacheControl(event, result) : result;
  };
}
