import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AlertChannel } from '../core/ports/channels';
import type { DealRepository, SubscriptionRepository } from '../core/ports/store';
import {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  readSubscription,
  type SubscriptionDeps,
  sendTestAlert,
  subscribeEmail,
} from '../use-cases/manage-subscriptions';
import type { SubscribeForm } from './page';
import { ProblemError } from './problem';
import { acceptJsonBody } from './request-body';
import { routes } from './routes';
import {
  createdSubscriptionSchema,
  newSubscription,
  publicSubscriptionAnswer,
  subscriptionListSchema,
  subscriptionSchema,
  testAlertSchema,
} from './schemas';

export interface SubscriptionRouteDeps {
  /** Absent in the public read function (AWS): the subscription routes answer 404 without them. */
  subscriptions?: SubscriptionRepository | undefined;
  channel?: AlertChannel | undefined;
  deals: DealRepository;
  clock: () => Date;
}

const served = (deps: SubscriptionRouteDeps): SubscriptionDeps => {
  const { subscriptions, channel } = deps;
  if (!subscriptions || !channel) throw new ProblemError('notFound', 'subscriptions are not served here');
  return { subscriptions, deals: deps.deals, channel, clock: deps.clock };
};

/** The subscriptions' own routes: list, create, read, delete and a test alert (IAM-only in AWS). */
export function registerSubscriptionRoutes(app: OpenAPIHono, deps: SubscriptionRouteDeps): void {
  app.openapi(routes.listSubscriptions(), async (c) =>
    c.json(subscriptionListSchema().parse({ subscriptions: await listSubscriptions(served(deps)) }), 200),
  );

  acceptJsonBody(app, 'POST', '/subscriptions');
  app.openapi(routes.createSubscription(), async (c) => {
    const subscription = await createSubscription(served(deps), c.req.valid('json'));
    const note =
      subscription.endpointState === 'pending_confirmation'
        ? 'check your inbox to confirm the subscription; alerts are held until then'
        : undefined;
    return c.json(createdSubscriptionSchema().parse({ ...subscription, note }), 201);
  });

  app.openapi(routes.getSubscription(), async (c) =>
    c.json(subscriptionSchema().parse(await readSubscription(served(deps), c.req.valid('param').id)), 200),
  );

  app.openapi(routes.deleteSubscription(), async (c) => {
    await deleteSubscription(served(deps), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(routes.testSubscription(), async (c) => {
    const alert = await sendTestAlert(served(deps), c.req.valid('param').id);
    return c.json(testAlertSchema().parse(alert), 200);
  });
}

/** POST /subscribe: the page's public email sign-up, when the deployment has it (404 when the form is off). */
export function registerPublicSubscribeRoute(
  app: OpenAPIHono,
  subscribeForm: SubscribeForm,
  deps: SubscriptionRouteDeps,
): void {
  acceptJsonBody(app, 'POST', '/subscribe');
  app.openapi(routes.publicSubscribe(), async (c) => {
    if (subscribeForm === 'off')
      throw new ProblemError('notFound', 'this deployment takes subscriptions through its operators only');
    const { email, minValueUsd, companies } = c.req.valid('json');
    const input = newSubscription().parse({ channel: 'email', endpoint: email, minValueUsd, companies });
    await subscribeEmail(served(deps), input);
    const note =
      'unless this address is already subscribed, a confirmation link is on its way; alerts start once it is followed';
    return c.json(publicSubscriptionAnswer().parse({ email, note }), 202);
  });
}
