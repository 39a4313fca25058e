// The workload of `npm run bench -- --scenario earnings`: a busy EDGAR day before a 10-Q deadline, generated
// from a seed. Prose is written for this bench; formats follow EDGAR's (getcurrent Atom, -index.htm pages).

export interface BenchDocument {
  sequence: number;
  type: string;
  filename: string;
  description: string;
  /** Bytes, as the index page states it. */
  size: number;
  /** Listed under "Data Files" (XBRL) rather than "Document Format Files". */
  data?: boolean;
}

export interface BenchFiling {
  accession: string;
  cik: string;
  company: string;
  formType: string;
  items: string[];
  /** Ms after the start of the burst when EDGAR lists it. */
  arrivesAtMs: number;
  documents: BenchDocument[];
  /** The planted deal: buyer id, provider id, value in USD billions (null for most filings). */
  deal: { buyer: string; buyerName: string; billions: number } | null;
}

/** A small seeded generator (mulberry32): the same day on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Providers that file (registrant with a CIK) and a buyer each: one distinct pair per planted deal. */
const CURRENT_DEALS = [
  ['CoreWeave, Inc.', '1769628', 'OpenAI', 6.5],
  ['IREN Limited', '1878848', 'Microsoft Corporation', 9.7],
  ['Applied Digital Corporation', '1144879', 'Anthropic', 5.0],
  ['TeraWulf Inc.', '1083301', 'xAI', 3.1],
  ['Cipher Mining Inc.', '1819989', 'Amazon', 5.5],
  ['Hut 8 Corp.', '1964789', 'OpenAI', 7.0],
  ['DigitalOcean Holdings, Inc.', '1582961', 'Mistral AI', 1.2],
  ['Bit Digital, Inc.', '1710350', 'Cohere', 1.1],
] as const;
const PERIODIC_DEALS = [
  ['Core Scientific, Inc.', '1839341', 'Microsoft Corporation', 4.0],
  ['Equinix, Inc.', '1101239', 'OpenAI', 2.2],
  ['Riot Platforms, Inc.', '1167419', 'Anthropic', 3.3],
] as const;

export interface DayShape {
  periodic: number;
  current: number;
  spanMs: number;
  seed: number;
}

export function busyDay(shape: DayShape): BenchFiling[] {
  const rnd = seeded(shape.seed);
  const filings: BenchFiling[] = [];
  const total = shape.periodic + shape.current;
  // Deals at fixed places among each kind, so that some arrive when the periodic backlog is at its deepest.
  const currentDealAt = new Map(
    CURRENT_DEALS.map((d, i) => [Math.floor(((i + 0.5) * shape.current) / CURRENT_DEALS.length), d]),
  );
  const periodicDealAt = new Map(
    PERIODIC_DEALS.map((d, i) => [Math.floor(((i + 0.5) * shape.periodic) / PERIODIC_DEALS.length), d]),
  );
  for (let n = 0; n < total; n++) {
    const current = n < shape.current;
    const k = current ? n : n - shape.current;
    const planted = current ? currentDealAt.get(k) : periodicDealAt.get(k);
    const accession = `99999999${current ? '81' : '82'}-26-${String(k + 1).padStart(6, '0')}`;
    const cik = planted ? planted[1] : String(1_900_000 + n);
    const company = planted ? planted[0] : `Bench Registrant ${n} Holdings Inc.`;
    const formType = current ? '8-K' : rnd() < 0.12 ? '10-K' : '10-Q';
    // Current reports evenly spread; periodic ones heavier towards the end, as filers near the deadline.
    const arrivesAtMs = Math.floor((current ? rnd() : Math.sqrt(rnd())) * shape.spanMs);
    filings.push({
      accession,
      cik,
      company,
      formType,
      items: current ? (planted ? ['1.01', '7.01', '9.01'] : ['2.02', '9.01']) : [],
      arrivesAtMs,
      documents: documentsFor(formType, accession, rnd),
      deal: planted ? { buyer: planted[2], buyerName: planted[2], billions: planted[3] } : null,
    });
  }
  return filings.sort((a, b) => a.arrivesAtMs - b.arrivesAtMs);
}

function documentsFor(formType: string, accession: string, rnd: () => number): BenchDocument[] {
  const stem = `bench${accession.slice(-6)}`;
  const docs: BenchDocument[] = [];
  const add = (type: string, filename: string, description: string, size: number, data = false) =>
    docs.push({ sequence: docs.length + 1, type, filename, description, size: Math.round(size), data });
  if (formType === '8-K') {
    add('8-K', `${stem}_8k.htm`, '8-K', 25_000 + rnd() * 30_000);
    add('EX-99.1', `${stem}_ex99-1.htm`, 'PRESS RELEASE', 30_000 + rnd() * 60_000);
    add('GRAPHIC', `${stem}_g1.jpg`, '', 20_000 + rnd() * 60_000);
    for (const ex of ['SCH', 'LAB', 'PRE'])
      add(`EX-101.${ex}`, `${stem}_${ex.toLowerCase()}.xml`, 'XBRL', 3_000 + rnd() * 20_000, true);
    return docs;
  }
  // Realistic sizes: a 10-Q's primary document 0.5-3 MB, a 10-K's 2-6 MB, with XBRL of the same order.
  const primary = formType === '10-K' ? 2e6 + rnd() * 4e6 : 5e5 + rnd() * 2.5e6;
  add(formType, `${stem}_${formType === '10-K' ? '10k' : '10q'}.htm`, formType, primary);
  if (rnd() < 0.2) add('EX-10.1', `${stem}_ex10-1.htm`, 'MATERIAL CONTRACT', 60_000 + rnd() * 200_000);
  for (const ex of ['EX-31.1', 'EX-31.2', 'EX-32.1'])
    add(ex, `${stem}_${ex.toLowerCase()}.htm`, 'CERTIFICATION', 8_000 + rnd() * 6_000);
  for (let g = 0; g < 1 + Math.floor(rnd() * 6); g++)
    add('GRAPHIC', `${stem}_g${g + 1}.jpg`, '', 30_000 + rnd() * 200_000);
  for (const ex of ['SCH', 'CAL', 'DEF', 'LAB', 'PRE'])
    add(`EX-101.${ex}`, `${stem}_${ex.toLowerCase()}.xml`, 'XBRL', primary * (0.05 + rnd() * 0.2), true);
  add('XML', `${stem}_htm.xml`, 'EXTRACTED XBRL INSTANCE DOCUMENT', primary * (0.3 + rnd() * 0.4), true);
  return docs;
}

/** What the old worker fetched: the full submission text (every document; binaries uuencoded, a third larger). */
export function fullSubmissionBytes(filing: BenchFiling): number {
  return filing.documents.reduce((n, d) => n + (d.type === 'GRAPHIC' ? d.size * 1.37 : d.size), 2_000);
}
