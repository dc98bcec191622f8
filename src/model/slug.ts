/** Safe file-name stems made from text or citation keys: lower-case ASCII, digits and `-`. */
import slugify from '@sindresorhus/slugify';
import { safeFileStem } from './items.js';

const maxLength = 60;

/** The first few words of a text, as a slug: `I joined Tongyi Lab` → `i-joined-tongyi-lab`. */
export function slugFromText(text: string, maxWords = 6): string {
  const words = text.slice(0, 4_000).split(/\s+/).filter(Boolean).slice(0, maxWords).join(' ');
  return truncateSlug(slugify(words, { decamelize: false })) || 'item';
}

/**
 * A citation key as a file stem. Keys are untrusted (`../../etc/passwd`, `a/b`, `con`, `C:x`):
 * the result never contains a separator or dot, and never names a reserved device.
 */
export function stemFromCitationKey(key: string): string {
  const stem = truncateSlug(slugify(key.slice(0, 1_000), { decamelize: false, separator: '-' }));
  if (stem === '') return 'entry';
  return reservedDeviceNames.test(stem) ? `${stem}-entry` : stem;
}

// Windows refuses these names whatever the extension.
const reservedDeviceNames = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

function truncateSlug(slug: string): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/(?<!-)-+$/, '');
}

/** `stem`, or `stem-2`, `stem-3`, … : the first that `isTaken` refuses. */
export function uniqueStem(stem: string, isTaken: (candidate: string) => boolean): string {
  if (!safeFileStem.test(stem)) throw new Error(`unsafe file stem: ${stem}`);
  if (!isTaken(stem)) return stem;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${stem}-${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
