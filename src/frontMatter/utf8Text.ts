/** File bytes as UTF-8 text, or where they stop being UTF-8: a file in another encoding is refused, never guessed. */
import { isUtf8 } from 'node:buffer';

export type Utf8Result = { ok: true; text: string } | { ok: false; byteOffset: number; line: number };

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  // A U+FFFD in the decoded text is either the character itself, written on purpose, or a byte that is not UTF-8.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!text.includes('\uFFFD') || isUtf8(bytes)) return { ok: true, text };
  const byteOffset = firstInvalidByte(bytes);
  let line = 1;
  for (let index = 0; index < byteOffset; index++) if (bytes[index] === 0x0a) line++;
  return { ok: false, byteOffset, line };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
    if (length === 4 && (lead < 0xf0 || lead > 0xf4)) return index;
    if (length > 1 && !isUtf8(bytes.subarray(index, index + length))) return index;
    index += length;
  }
  return bytes.length;
}

/**
 * The 1-based line of the first NUL character, if the text has one. A NUL is never part of text (the file is damaged
 * or binary), and copied into a page it would cut it short for C-based tools: such a file is refused, not cleaned.
 */
export function nulLine(text: string): number | undefined {
  const at = text.indexOf('\u0000');
  if (at < 0) return undefined;
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < at; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

export const nulMessage = 'the file holds a NUL character (byte 0), which is never text';
export const nulHint = 'remove it; the file may be damaged, or not a text file at all';
