import { clock, config, edgarSource, filingQueue, instrument, log, metrics, store } from './aws-runtime';
import { countEdgarLoop } from './handlers/run-metrics';
import { createScheduledPollHandler } from './handlers/scheduled-poll';
import { pollEdgarLoop } from './use-cases/poll-edgar';

const deps = {
  edgar: edgarSource(),
  filings: store.filings,
  queue: filingQueue(),
  state: store.state,
  clock,
  log,
};

// EventBridge fires once a minute; the poll loops inside the invocation every EDGAR_POLL_SECONDS.
export const handler = instrument(
  createScheduledPollHandler(
    'edgar poll',
    (untilMs) =>
      pollEdgarLoop(deps, { forms: config.edgarForms, intervalMs: config.edgarPollSeconds * 1000, untilMs }),
    log,
    {
      lease: { store: store.leases, name: 'edgar-poll' },
      onSuccess: (loop) => countEdgarLoop(metrics, loop),
    },
  ),
);
