import { describe, expect, it } from 'vitest';
import { routes } from '../../../functions/api/routes';

const statuses = (route: { responses: object }) => Object.keys(route.responses).map(Number);

describe('route declarations', () => {
  it('derive the problems from the route: 400 and 503 always, 404 with a path parameter, 413 and 415 with a body', () => {
    expect(statuses(routes.health())).toEqual([200, 400, 503]);
    expect(statuses(routes.getFiling())).toEqual([200, 400, 404, 503]);
    expect(statuses(routes.createSubscription())).toEqual([201, 400, 413, 415, 503]);
    expect(statuses(routes.putFeed())).toEqual([200, 400, 404, 413, 415, 503]);
  });

  it('add the problems a route names beyond those', () => {
    expect(statuses(routes.correctDeal())).toEqual([200, 400, 404, 409, 413, 415, 503]);
    expect(statuses(routes.publicSubscribe())).toEqual([202, 400, 404, 413, 415, 503]);
    expect(statuses(routes.testSubscription())).toEqual([200, 400, 404, 409, 503]);
  });

  it('refuse every query parameter unless the route declares its own', () => {
    expect(routes.getFiling().request.query.safeParse({ limit: '5' }).success).toBe(false);
    expect(routes.getFiling().request.query.safeParse({}).success).toBe(true);
    expect(routes.listFilings().request.query.safeParse({ limit: '5' }).success).toBe(true);
  });

  it('keep the method, path and tag', () => {
    expect(routes.deleteFeed()).toMatchObject({ method: 'delete', path: '/feeds/{id}', tags: ['feeds'] });
  });
});
