import { clock, config, edgarSource, filingQueue, instrument, log, metrics, store } from './aws-runtime';
import { edgarDisseminating } from './core/edgar-hours';
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

// EventBridge fires once a minute; while EDGAR disseminates, the poll loops inside the invocation every
// EDGAR_POLL_SECONDS; outside those hours one poll a tick (the feed does not change then; docs/cost.md).
export const handler = instrument(
  createScheduledPollHandler(
    'edgar poll',
    (untilMs) =>
      pollEdgarLoop(deps, {
        forms: config.edgarForms,
        intervalMs: config.edgarPollSeconds * 1000,
        untilMs: edgarDisseminating(clock()) ? untilMs : Date.now(),
      }),
    log,
    {
      lease: { store: store.leases, name: 'edgar-poll' },
      onSuccess: (loop) => countEdgarLoop(metrics, loop),
    },
  ),
);
