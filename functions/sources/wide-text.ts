// UTF-16 and UTF-32 bodies, recognised as XML 1.0 (Appendix F) says: by their byte-order mark, or without one by
// how the "<?" of the declaration is laid out. Their labels cannot be read before decoding, so they come first.

type Wide = { encoding: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'; skip: number };

function detect(b: Buffer): Wide | null {
  if (b.length < 4) return null;
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', skip: 4 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c) return { encoding: 'utf-32be', skip: 0 };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', skip: 0 };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return { encoding: 'utf-16be', skip: 0 };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return { encoding: 'utf-16le', skip: 0 };
  return null;
}

/** The text of a UTF-16 / UTF-32 body, or null for a body in an ASCII-compatible encoding. */
export function decodeWideText(body: Buffer): string | null {
  const wide = detect(body);
  if (!wide) return null;
  const data = body.subarray(wide.skip);
  if (wide.encoding === 'utf-16le' || wide.encoding === 'utf-16be')
    return new TextDecoder(wide.encoding).decode(data);
  // TextDecoder has no UTF-32 (the WHATWG Encoding standard dropped it); it is four bytes per code point.
  const parts: string[] = [];
  for (let at = 0; at + 4 <= data.length; at += 4) {
    const code = wide.encoding === 'utf-32le' ? data.readUInt32LE(at) : data.readUInt32BE(at);
    parts.push(code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');
  }
  return parts.join('');
}
