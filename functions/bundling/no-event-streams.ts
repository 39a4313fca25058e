// What the Lambda bundles get for `@smithy/core/event-streams` (infra/service-function.ts aliases it here): the SDK's
// HTTP protocols import it only when an operation streams events (`HttpProtocol.loadEventStreamCapability`), and no
// DynamoDB or SNS operation this service calls does. The real module is ~15 KB of every bundle that a cold start
// parses for nothing. Local mode and the tests are not bundled: they keep the real module.

function notBundled(): never {
  throw new Error('event streams are not bundled: no DynamoDB or SNS operation of this service uses one');
}

/** The serde the protocols would build for an event stream: never built here. */
export class EventStreamSerde {
  constructor() {
    notBundled();
  }
}

/** The provider of the event-stream marshaller: never asked for here. */
export const eventStreamSerdeProvider = (): never => notBundled();
