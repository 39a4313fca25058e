import type { Logger } from '../core/ports/log';
import type { DealRepository } from '../core/ports/store';

// The backfill of the deals' index keys after an index was added (byAnnouncedAt's `announcedSk`): deals saved
// before it carry no key of it, so the list would not show them. Idempotent: a deal whose keys are already what
// `save` writes is read and left alone. Resumable: each page's log line carries the cursor to start from, and a
// run from the start only reads what an earlier run finished. Nothing of a deal but its keys changes, so the
// change stream alerts nobody. Run it after the code that writes the key is deployed: the old code's saves
// would drop the key again.

const PAGE = 100;

export interface IndexMigrationReport {
  scanned: number;
  written: number;
  /** Deals a writer saved between the read and the write (that save wrote their keys). */
  changedMeanwhile: number;
}

export async function migrateDealIndex(
  deps: { deals: Pick<DealRepository, 'writeIndexKeys'>; log: Logger },
  opts: { from?: string | null; pageSize?: number } = {},
): Promise<IndexMigrationReport> {
  const report: IndexMigrationReport = { scanned: 0, written: 0, changedMeanwhile: 0 };
  let cursor = opts.from ?? null;
  do {
    const page = await deps.deals.writeIndexKeys({ limit: opts.pageSize ?? PAGE, cursor });
    report.scanned += page.scanned;
    report.written += page.written;
    report.changedMeanwhile += page.changedMeanwhile;
    cursor = page.cursor;
    deps.log.info('deal index keys', {
      scanned: report.scanned,
      written: report.written,
      resumeFrom: cursor,
    });
  } while (cursor);
  return report;
}
