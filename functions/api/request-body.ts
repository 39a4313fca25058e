import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from './problem';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

const requireJson = async (c: Context, next: () => Promise<void>) => {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    throw new ProblemError('unsupportedMediaType', 'the body must be application/json', [
      { in: 'header', name: 'content-type', detail: 'must be application/json' },
    ]);
  }
  await next();
};

/**
 * A route that reads a JSON body: refused unless it says application/json, and above 16 KB (a subscription or a
 * feed is well under 1 KB of JSON; nothing larger is read into memory). Registered before the route's handler.
 */
export function acceptJsonBody(app: OpenAPIHono, method: 'POST' | 'PUT' | 'PATCH', path: string): void {
  const smallBody = bodyLimit({
    maxSize: 16 * 1024,
    onError: () => {
      throw new ProblemError('tooLarge', 'the body is larger than 16 KB');
    },
  });
  app.on(method, path, requireJson, smallBody);
}
