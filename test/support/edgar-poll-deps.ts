import type { FilingQueue } from '../../functions/core/ports/channels';
import type { EdgarSource } from '../../functions/core/ports/edgar';
import { silentLogger } from '../../functions/core/ports/log';
import type { PollEdgarDeps } from '../../functions/use-cases/poll-edgar';
import type { TestStore } from './dynamo';

/** What the EDGAR poller needs, on a test store's tables, with the clock stopped at `now` and no logs. */
export function edgarPollDeps(
  store: TestStore,
  edgar: EdgarSource,
  queue: FilingQueue,
  now: Date,
): PollEdgarDeps {
  return { edgar, filings: store.filings, queue, state: store.state, clock: () => now, log: silentLogger };
}
