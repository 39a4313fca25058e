// `cli extract FILE`: prints the compute-capacity deals found in a document as a JSON array.
// FILE: an EDGAR full submission (.txt, SGML), a filing document (.htm/.html), a saved web page (.html/.htm in any
// declared charset, or .mhtml), an RSS/Atom feed (.xml), plain text, or `-` for stdin.

import { readFile, stat } from 'node:fs/promises';
import { extractMentions, resolveBackstops } from '../core/extract';
import { registrantNamedIn } from '../core/filing-registrant';
import { contractTerms, LANGUAGES, type Language, type Mention } from '../core/types';
import { documentsThatMatter, documentText } from '../sources/edgar/documents';
import { parseSubmission } from '../sources/edgar/submission';
import { looksLikeHtml } from '../sources/html-text';
import { parseFeed } from '../sources/news/feed-parse';
import { pageText } from '../sources/page-text';
import { decodeSavedFile } from '../sources/saved-page';
import { fileErrorText } from './file-error-text';

/** Inputs larger than this are refused with a clear error rather than read into memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export class ExtractInputError extends Error {
  override readonly name = 'ExtractInputError';
}

export interface DocumentText {
  text: string;
  /** A feed item's title (the extractor weighs a headline apart). */
  title?: string;
  language?: Language | null;
  documentType: string | null;
  registrant: { name: string; cik?: string } | null;
}

/** Splits an input file into the texts the extractor reads: one per prose document of a submission. */
export function documentTexts(content: string, fileName: string): DocumentText[] {
  const head = content.slice(0, 4096);
  if (head.includes('<SEC-DOCUMENT>') || head.includes('<SEC-HEADER>')) {
    // The same documents, read the same way, as the filing worker: what the CLI and the eval show is what runs.
    const submission = parseSubmission(content);
    const companies = submission.header.companies;
    const filer = companies.find((c) => c.role === 'FILER') ?? companies[0];
    const registrant = filer ? { name: filer.name, cik: filer.cik } : null;
    return documentsThatMatter(submission).flatMap((d) => {
      const text = documentText(d.body);
      return text ? [{ text, documentType: d.type, registrant }] : [];
    });
  }
  if (
    /\.(?:xml|rss|atom)$/i.test(fileName) ||
    /^\s{0,256}(?:<\?xml[^>]{0,200}\?>\s*)?<(?:rss|feed|rdf:RDF)\b/.test(head)
  ) {
    // A feed, read item by item as the news poller reads it.
    const feed = parseFeed(content, { feedUrl: fileName });
    return feed.items.map((item) => ({
      text: item.summary,
      title: item.title,
      language: item.language,
      documentType: null,
      registrant: null,
    }));
  }
  const isHtml = /\.(?:html?|xhtml|mhtml?)$/i.test(fileName) || looksLikeHtml(content);
  // A web page gives its article only; other HTML (a filing document) is converted whole. A filing document read
  // alone (or a page reprinting one) names its registrant on its cover or in its headline.
  const text = isHtml ? pageText(content) : content;
  const name = registrantNamedIn(text);
  return [{ text, documentType: null, registrant: name ? { name } : null }];
}

/** The CLI's output object: canonical names as strings, plus ids and the rest of the mention. */
export function toOutput(m: Mention): Record<string, unknown> {
  return {
    buyer: m.buyer.name,
    provider: m.provider.name,
    buyerId: m.buyer.id,
    providerId: m.provider.id,
    ...contractTerms(m),
    originalCurrency: m.originalCurrency,
    runningTotalUsd: m.runningTotalUsd ?? null,
    language: m.language,
    evidence: m.evidence,
    evidenceStart: m.evidenceStart,
    evidenceEnd: m.evidenceEnd,
    confidence: m.confidence,
  };
}

/** Extracts from every document, then keeps one mention per company pair and value (the filing's 8-K body
 * and its EX-99.1 press release usually describe the same deal). */
export function extractFromDocuments(docs: DocumentText[], language?: Language): Mention[] {
  // Per pair, the contracts one document gives (usually one; an earlier contract of the pair told beside it is
  // another): the document whose best mention ranks highest gives them all.
  const seen = new Map<string, Mention[]>();
  // A stated value beats none; a running total beats an increment; an increment told with the total it reached
  // beats that total told alone (an 8-K's "total … is $8.7 billion" beside its exhibit's "add $2.0 billion,
  // bringing the total to $8.7 billion": one contract, the exhibit tells both figures).
  const rank = (x: Mention): number =>
    (x.valueUsd !== null ? 2 : 0) +
    (x.cumulative || x.runningTotalUsd != null ? 1 : 0) +
    (x.runningTotalUsd != null ? 0.5 : 0);
  const best = (ms: readonly Mention[]): number => Math.max(...ms.map(rank));
  for (const d of docs) {
    const lang = language ?? d.language ?? undefined;
    const found = extractMentions({
      text: d.text,
      registrant: d.registrant,
      documentType: d.documentType,
      ...(d.title ? { title: d.title } : {}),
      ...(lang ? { language: lang } : {}),
    });
    const byPair = new Map<string, Mention[]>();
    for (const m of found) {
      const pair = [m.buyer.id, m.provider.id].sort().join('|');
      byPair.set(pair, [...(byPair.get(pair) ?? []), m]);
    }
    for (const [pair, ms] of byPair) {
      const prior = seen.get(pair);
      if (!prior || best(ms) > best(prior))
        // The same contract told before (its value, or the total the winner reached, told alone): its term carries over.
        seen.set(
          pair,
          ms.map((m) => {
            const same = prior?.find(
              (k) =>
                k.valueUsd !== null &&
                (k.valueUsd === m.valueUsd ||
                  (m.runningTotalUsd != null && k.valueUsd === m.runningTotalUsd)),
            );
            return same ? { ...withTermOf(m, same), endDate: preciserEndDate(m.endDate, same.endDate) } : m;
          }),
        );
      // Otherwise the first document wins, and takes the term another document states for the same contract (a
      // 6-K's exhibit-index line titles the deal its EX-99.1 tells in full, with the term).
      else if (best(ms) === best(prior))
        seen.set(
          pair,
          prior.map((k) => {
            const same = ms.find((m) => m.valueUsd === k.valueUsd);
            return same ? withTermOf(k, same) : k;
          }),
        );
    }
  }
  return resolveBackstops([...seen.values()].flat());
}

/**
 * Of two end dates told for one contract, the day a text states beats the year's end read from "through 2032"
 * (the same year, one of them December 31).
 */
function preciserEndDate(kept: string | null, other: string | null): string | null {
  if (!kept || !other || kept.slice(0, 4) !== other.slice(0, 4)) return kept ?? other;
  return kept.endsWith('-12-31') ? other : kept;
}

/** `kept` with the term (years, end date) `other` states where `kept` states none. */
function withTermOf(kept: Mention, other: Mention): Mention {
  return {
    ...kept,
    termYears: kept.termYears ?? other.termYears,
    endDate: kept.endDate ?? other.endDate,
  };
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new ExtractInputError(`input is larger than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

const USAGE = 'usage: cli extract FILE|- [--lang en|fr|de|es|it|pt]';

export async function runExtractCommand(
  args: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream },
): Promise<number> {
  let file: string | null = null;
  let language: Language | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? args[++i] : a.slice('--lang='.length);
      if (!value || !(LANGUAGES as readonly string[]).includes(value)) {
        io.stderr.write(`extract: --lang must be one of ${LANGUAGES.join(', ')}\n${USAGE}\n`);
        return 2;
      }
      language = value as Language;
    } else if (a === '-h' || a === '--help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr.write(`extract: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else if (file === null) {
      file = a;
    } else {
      io.stderr.write(`extract: unexpected argument ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  if (file === null) {
    io.stderr.write(`extract: missing FILE\n${USAGE}\n`);
    return 2;
  }
  let content: string;
  try {
    if (file === '-') {
      content = decodeSavedFile(await readStream(io.stdin, MAX_INPUT_BYTES));
    } else {
      const info = await stat(file);
      if (info.isDirectory()) throw new ExtractInputError('a directory: name a file in it');
      if (!info.isFile()) throw new ExtractInputError(`${file} is not a regular file`);
      if (info.size > MAX_INPUT_BYTES)
        throw new ExtractInputError(`larger than ${MAX_INPUT_BYTES / 2 ** 20} MiB, the most extract reads`);
      content = decodeSavedFile(await readFile(file));
    }
  } catch (err) {
    io.stderr.write(`extract: cannot read ${file === '-' ? 'stdin' : file}: ${fileErrorText(err)}\n`);
    return 2;
  }
  let mentions: Mention[];
  try {
    mentions = extractFromDocuments(documentTexts(content, file), language);
  } catch (err) {
    io.stderr.write(
      `extract: unreadable input ${file === '-' ? 'stdin' : file}: ${(err as Error).message}\n`,
    );
    return 2;
  }
  io.stdout.write(`${JSON.stringify(mentions.map(toOutput), null, 2)}\n`);
  return 0;
}
