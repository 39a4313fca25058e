// The text of a file as a browser or a person saves it: an HTML page in any declared charset (or none), an MHTML
// "single file" page, plain text, an EDGAR submission or a feed. Bytes in, one string out, or a clear error.
import { decodeText } from './http';

export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

const HEAD_BYTES = 8192;
// zip (docx, xlsx), gzip, PNG, GIF, JPEG.
const BINARY_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
].map((bytes) => Buffer.from(bytes));

/** The file's text; throws UnreadableFileError for an empty, binary or PDF file, or a broken MHTML archive. */
export function decodeSavedFile(body: Buffer): string {
  if (body.length === 0) throw new UnreadableFileError('the file is empty');
  const head = body.subarray(0, HEAD_BYTES).toString('latin1');
  if (head.startsWith('%PDF-'))
    throw new UnreadableFileError('a PDF, not a text or HTML page (save the page as HTML)');
  if (BINARY_MAGIC.some((magic) => body.subarray(0, magic.length).equals(magic)))
    throw new UnreadableFileError('a binary file (archive or image), not a text or HTML page');
  if (isMhtml(head)) return mhtmlPage(body.toString('latin1'));
  let text = decodeText(body, null);
  // No charset declared and the bytes are not UTF-8: pages saved from older sites are windows-1252.
  if (text.includes('\uFFFD') && !body.includes(UTF8_REPLACEMENT))
    text = decodeText(body, 'text/html; charset=windows-1252');
  if (text.slice(0, HEAD_BYTES).includes('\u0000'))
    throw new UnreadableFileError('a binary file, not a text or HTML page');
  return text;
}

const UTF8_REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

// MHTML (RFC 2557) as Chromium saves "Webpage, Single File": mail-style headers, then a multipart/related body.
function isMhtml(head: string): boolean {
  const end = head.search(/\r?\n\r?\n/);
  const headers = end < 0 ? head : head.slice(0, end);
  return /^MIME-Version:/im.test(headers) && /^Content-Type:\s*multipart\/related/im.test(headers);
}

/** The first text/html part of an MHTML archive, decoded (the archive is given as latin1, one char a byte). */
function mhtmlPage(raw: string): string {
  const boundary = /boundary\s*=\s*"?([^";\r\n]{1,200})"?/i.exec(raw.slice(0, HEAD_BYTES))?.[1];
  if (!boundary) throw new UnreadableFileError('an MHTML file without a part boundary');
  for (const part of raw.split(`--${boundary}`).slice(1)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!/^Content-Type:\s*text\/html/im.test(headers)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '');
    const encoding = /^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
    const bytes =
      encoding === 'base64'
        ? Buffer.from(body, 'base64')
        : encoding === 'quoted-printable'
          ? quotedPrintable(body)
          : Buffer.from(body, 'latin1');
    const charset = /charset\s*=\s*"?([\w.:-]{1,40})/i.exec(headers)?.[1];
    return decodeText(bytes, charset ? `text/html; charset=${charset}` : null);
  }
  throw new UnreadableFileError('an MHTML file with no HTML part');
}

function quotedPrintable(body: string): Buffer {
  const unfolded = body.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(unfolded.length);
  let n = 0;
  for (let i = 0; i < unfolded.length; i++) {
    const c = unfolded.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(unfolded.slice(i + 1, i + 3))) {
      out[n++] = Number.parseInt(unfolded.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}
