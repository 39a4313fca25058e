// RFC 9457 problem details: every 4xx and 5xx the API answers is one of these, as application/problem+json.
import type { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One invalid input: where it was (query, path, body, header) and which field. */
export interface InvalidField {
  in: 'query' | 'path' | 'body' | 'header';
  /** Dotted path of the field ("companies.0"); empty for the whole body. */
  name: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: InvalidField[];
}

/** The problem types this API uses: each one's `type` is a URN (it names the kind without pointing at a host). */
const PROBLEM_TYPES = {
  invalidRequest: { slug: 'invalid-request', title: 'Invalid request', status: 400 },
  notFound: { slug: 'not-found', title: 'Not found', status: 404 },
  methodNotAllowed: { slug: 'method-not-allowed', title: 'Method not allowed', status: 405 },
  conflict: { slug: 'conflict', title: 'Conflict', status: 409 },
  tooLarge: { slug: 'body-too-large', title: 'Body too large', status: 413 },
  unsupportedMediaType: { slug: 'unsupported-media-type', title: 'Unsupported media type', status: 415 },
  internal: { slug: 'internal', title: 'Internal error', status: 500 },
  unavailable: { slug: 'unavailable', title: 'Service unavailable', status: 503 },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

/** Thrown by handlers and middleware; the app's error handler turns it into the response. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors?: InvalidField[],
  ) {
    super(detail);
  }
}

export function problemBody(kind: ProblemKind, detail: string, errors?: InvalidField[]): Problem {
  const { slug, title, status } = PROBLEM_TYPES[kind];
  const type = `urn:compute-deals:problem:${slug}`;
  return errors?.length ? { type, title, status, detail, errors } : { type, title, status, detail };
}

export function problemResponse(
  kind: ProblemKind,
  detail: string,
  errors?: InvalidField[],
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(kind, detail, errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/** Zod issues as invalid fields; an unknown key is named by itself, not by its (empty) parent path. */
export function fieldsOf(error: z.ZodError, location: InvalidField['in']): InvalidField[] {
  return error.issues.flatMap((issue): InvalidField[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        in: location,
        name: path ? `${path}.${key}` : key,
        detail: 'unknown parameter',
      }));
    }
    return [{ in: location, name: path, detail: issue.message }];
  });
}

/** "limit: must be at most 100; company: ..." for the detail line. */
export function summarise(errors: InvalidField[]): string {
  return errors.map((e) => `${e.name || 'body'}: ${e.detail}`).join('; ');
}
