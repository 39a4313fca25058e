import { type ExtractInput, resolveBackstops } from '../core/extract';
import type { EdgarCompany, EdgarSource, SubmissionReader } from '../core/ports/edgar';
import {
  EdgarMalformedError,
  EdgarNotFoundError,
  EdgarRateLimitedError,
  EdgarTooLargeError,
  EdgarUnavailableError,
} from '../core/ports/edgar';
import type { Logger } from '../core/ports/log';
import type { FilingRepository } from '../core/ports/store';
import type {
  FilingDocumentRead,
  FilingJob,
  FilingMention,
  FilingRecord,
  Mention,
  SourcedMention,
} from '../core/types';
import { type ReadFiling, readFiling } from './read-filing';

export interface ProcessFilingDeps {
  edgar: EdgarSource;
  /** Picks a submission's documents and reads their text. */
  documents: SubmissionReader;
  filings: FilingRepository;
  extract: (input: ExtractInput) => Mention[];
  /** Merges the mentions into deals; answers the deal of each mention, in order. */
  recordMentions: (mentions: SourcedMention[]) => Promise<{ dealIds: string[] }>;
  clock: () => Date;
  log: Logger;
  /** Documents longer than this (characters) are left out, with a warning. */
  maxDocumentChars?: number;
  /** A `processing` claim older than this is taken over (its worker died). Default 15 min. */
  staleClaimMs?: number;
}

export type ProcessFilingStatus = 'done' | 'skipped' | 'duplicate';

/** Retry later: the message must be reported as failed so SQS delivers it again (then to the DLQ). */
export class FilingRetryableError extends Error {
  override readonly name = 'FilingRetryableError';
  constructor(
    readonly accession: string,
    readonly reason: string,
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(`filing ${accession}: ${reason}`, options);
  }
}

/** Another delivery of the same job holds the filing right now. */
export class FilingBusyError extends Error {
  override readonly name = 'FilingBusyError';
  constructor(readonly accession: string) {
    super(`filing ${accession} is being processed by another worker`);
  }
}

function registrantOf(companies: EdgarCompany[], job: FilingJob): EdgarCompany {
  return (
    companies.find((c) => c.role === 'FILER') ??
    companies.find((c) => c.role === 'SUBJECT COMPANY') ??
    companies[0] ?? { name: job.company, cik: job.cik, role: null }
  );
}

/**
 * Fetches a filing, extracts its compute-contract mentions and records them. Safe under duplicate delivery:
 * queued -> processing -> done, and a filing already done is reported as a duplicate without any work.
 */
export async function processFiling(
  deps: ProcessFilingDeps,
  job: FilingJob,
): Promise<{ status: ProcessFilingStatus; mentions: number }> {
  const { filings, log } = deps;
  let record = await filings.get(job.accession);
  if (!record) {
    // A job sent by hand (CLI): record it first so the state machine holds.
    await filings.putIfNew(recordFromJob(deps, job));
    record = await filings.get(job.accession);
  }
  if (!record) throw new FilingRetryableError(job.accession, 'filing record could not be written');
  if (record.state === 'done' || record.state === 'skipped') {
    return { status: 'duplicate', mentions: record.mentionCount };
  }
  if ((await claim(deps, record)) === 'duplicate') {
    const current = await filings.get(job.accession);
    return { status: 'duplicate', mentions: current?.mentionCount ?? 0 };
  }

  let filing: ReadFiling;
  try {
    filing = await readFiling(deps, {
      accession: job.accession,
      cik: record.cik || job.cik,
      formType: record.formType,
      submissionBytes: record.submissionBytes ?? null,
    });
  } catch (error) {
    if (error instanceof EdgarTooLargeError || error instanceof EdgarMalformedError) {
      const reason =
        error instanceof EdgarTooLargeError
          ? `submission over the ${error.maxBytes}-byte bound`
          : `malformed submission: ${error.detail}`;
      await filings.setState(job.accession, 'skipped', { reason, from: ['processing'] });
      log.warn('filing skipped', { accession: job.accession, reason });
      return { status: 'skipped', mentions: 0 };
    }
    const reason = await fail(deps, job.accession, error);
    throw new FilingRetryableError(
      job.accession,
      reason,
      error instanceof EdgarRateLimitedError ? error.retryAfterMs : null,
      { cause: error },
    );
  }

  const registrant = registrantOf(filing.header.companies, job);
  const formType = filing.header.formType || record.formType;
  const publishedAt = filing.header.acceptedAt ?? record.acceptedAt;
  const mentions: SourcedMention[] = [];
  const documents: FilingDocumentRead[] = [];
  const usedIds = new Set<string>();
  for (const doc of filing.documents) {
    const text = doc.text;
    if (!text?.trim()) continue;
    documents.push({
      type: doc.type,
      description: doc.description,
      sizeBytes: doc.sizeBytes,
      // A document lives in the filing's folder, beside its index page.
      url: doc.filename && record.indexUrl ? new URL(doc.filename, record.indexUrl).href : null,
    });
    let sourceId = `${job.accession}/${doc.type}`;
    if (usedIds.has(sourceId)) sourceId = `${sourceId}-${doc.sequence ?? usedIds.size}`;
    usedIds.add(sourceId);
    const found = deps.extract({
      text,
      registrant: { name: registrant.name, cik: registrant.cik },
      documentType: doc.type,
      title: null,
    });
    for (const mention of found) {
      mentions.push({
        ...mention,
        source: {
          kind: 'filing',
          id: sourceId,
          url: record.indexUrl || deps.edgar.indexUrl({ accession: job.accession, cik: record.cik }),
          formType,
          documentType: doc.type,
          feedId: null,
          title: `${formType} ${registrant.name}${doc.description ? ` (${doc.description})` : ''}`,
          publishedAt,
        },
      });
    }
  }

  // A backstop in one document and the lease it guarantees in another (8-K body, EX-99.1) are read together.
  const resolved = resolveBackstops(mentions, null, false);
  let dealIds: string[] = [];
  if (resolved.length) {
    try {
      ({ dealIds } = await deps.recordMentions(resolved));
    } catch (error) {
      const reason = await fail(deps, job.accession, error);
      throw new FilingRetryableError(job.accession, `recording mentions failed: ${reason}`, null, {
        cause: error,
      });
    }
  }
  await filings.setState(job.accession, 'done', {
    mentionCount: resolved.length,
    reason: null,
    documents,
    mentions: resolved.map((m, i) => filingMention(m, dealIds[i] ?? null)),
    from: ['processing'],
  });
  log.info('filing processed', {
    accession: job.accession,
    formType,
    mentions: resolved.length,
    via: filing.via,
    requests: filing.requests,
    bytesFetched: filing.bytesFetched,
  });
  return { status: 'done', mentions: resolved.length };
}

/** What a filing's record keeps of a mention: enough to show it and reach its deal, never the whole text. */
function filingMention(m: SourcedMention, dealId: string | null): FilingMention {
  return {
    buyer: m.buyer,
    provider: m.provider,
    valueUsd: m.valueUsd,
    ...(m.runningTotalUsd != null ? { runningTotalUsd: m.runningTotalUsd } : {}),
    status: m.status,
    kind: m.kind,
    documentType: m.source.documentType,
    evidence: m.evidence.slice(0, 600),
    confidence: m.confidence,
    dealId,
  };
}

function recordFromJob(deps: ProcessFilingDeps, job: FilingJob): FilingRecord {
  const now = deps.clock().toISOString();
  return {
    accession: job.accession,
    cik: job.cik,
    company: job.company,
    formType: job.formType,
    items: [],
    acceptedAt: now,
    filedDate: null,
    indexUrl: deps.edgar.indexUrl(job),
    fullTextUrl: deps.edgar.fullTextUrl(job),
    state: 'queued',
    reason: null,
    mentionCount: 0,
    updatedAt: now,
  };
}

async function claim(deps: ProcessFilingDeps, record: FilingRecord): Promise<'claimed' | 'duplicate'> {
  if (await deps.filings.setState(record.accession, 'processing', { from: ['queued', 'failed'] }))
    return 'claimed';
  const current = await deps.filings.get(record.accession);
  if (current?.state === 'done' || current?.state === 'skipped') return 'duplicate';
  if (current?.state === 'processing') {
    const age = deps.clock().getTime() - Date.parse(current.updatedAt);
    // A claim older than any worker's run belongs to a worker that died: take it over.
    if (age > (deps.staleClaimMs ?? 15 * 60_000)) {
      if (await deps.filings.setState(record.accession, 'processing', { from: ['processing'] }))
        return 'claimed';
    }
  }
  throw new FilingBusyError(record.accession);
}

async function fail(deps: ProcessFilingDeps, accession: string, error: unknown): Promise<string> {
  const reason =
    error instanceof EdgarRateLimitedError
      ? 'rate limited by EDGAR'
      : error instanceof EdgarUnavailableError || error instanceof EdgarNotFoundError
        ? error.message
        : String(error);
  await deps.filings
    .setState(accession, 'failed', { reason: reason.slice(0, 500), from: ['processing'] })
    .catch((e: unknown) => deps.log.error('could not mark filing failed', { accession, error: String(e) }));
  deps.log.warn('filing failed; will retry', { accession, reason });
  return reason;
}
