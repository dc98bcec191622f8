/** Safe file-name stems made from text or citation keys: lower-case ASCII, digits and `-`. */
import slugify from '@sindresorhus/slugify';
import { safeFileStem } from './items.js';

const maxLength = 60;

/**
 * The first few words of a text, as a slug: `I joined Tongyi Lab` → `i-joined-tongyi-lab`. It never ends in a
 * word that leaves the name hanging (`…-stochastic-routing-is`, `…-kdd-2026-and`): those are dropped from its end.
 */
export function slugFromText(text: string, maxWords = 6): string {
  const words = text.slice(0, 4_000).split(/\s+/).filter(Boolean).slice(0, maxWords).join(' ');
  return withoutTrailingStopWords(truncateSlug(slugify(words, { decamelize: false }))) || 'item';
}

// English words that cannot end a title: articles, conjunctions, prepositions, auxiliaries, possessives.
const englishStopWords =
  'a an the and or but nor of in on at to for from by with as into onto upon about via per than ' +
  'is are was were be been being has have had will would can could shall should may might must do does did ' +
  'our my your his her its their we i you he she it they this that these those not no so if then';

/**
 * The articles, short prepositions and conjunctions of German, French, Spanish, Italian, Portuguese and Dutch, as
 * slugify spells them (`für` → `fuer`, `à` → `a`; `l`, `qu`, `dell` are elisions, `l'analyse` cut at the length
 * limit), each under the first language that has it (`a`, `in`, `do`, `no`, `as` are English ones already).
 * Left out, because at the end of an English title the same slug usually means something: die, den, met, door,
 * over (English words); mit, un, um, ai, dei, os, nas, mas, ma, em, sem, als (MIT, UN, UM, AI, DEI, OS, NAS, MAS,
 * MA, EM, SEM, ALS); com (`amazon.com`); e, d (vitamin E, 3-D); am, ni, sin, car, ed, all. A foreign title keeping
 * one at its end only looks unfinished; an English one losing its last word loses what it says. `la` is in, though
 * `…-in-la` then loses LA: `-de-la` is far more common.
 */
const otherStopWords =
  // German
  'der das dem des ein eine einer einem einen eines im auf aus bei beim nach von vom vor zu zum zur ueber ' +
  'unter fuer durch gegen ohne zwischen bis seit und oder aber sowie wie dass ist sind wird ' +
  // French
  'le la les l une du au aux de en dans par pour sur sous avec sans chez entre vers et ou mais donc que qui ' +
  'qu est sont ' +
  // Spanish
  'el los las lo una unos unas al del ante bajo con contra desde hacia hasta para por segun sobre tras y o ' +
  'pero ' +
  // Italian
  'il gli uno di da su tra fra dello della degli delle allo alla agli alle dal dalla dai dagli dalle dell dall ' +
  'nel nello nella nei negli nelle nell sul sulla sui sugli sulle sull che ' +
  // Portuguese
  'uma uns umas sob ate dos na nos ao aos pelo pela pelos pelas num numa dum duma nem ' +
  // Dutch
  'het een van op aan bij naar voor uit tot om onder tussen tegen zonder maar dat';

const stopWords = new Set(`${englishStopWords} ${otherStopWords}`.split(' '));

function withoutTrailingStopWords(slug: string): string {
  const parts = slug.split('-');
  let end = parts.length;
  while (end > 1 && stopWords.has(parts[end - 1] ?? '')) end -= 1;
  return parts.slice(0, end).join('-');
}

/**
 * A citation key as a file stem. Keys are untrusted (`../../etc/passwd`, `a/b`, `con`, `C:x`):
 * the result never contains a separator or dot, and never names a reserved device.
 */
export function stemFromCitationKey(key: string): string {
  // Most keys are a stem already (`wang2024wise`), which slugify would give back unchanged: thousands in an import.
  if (key.length <= maxLength && plainStem.test(key) && !reservedDeviceNames.test(key)) return key;
  const stem = truncateSlug(slugify(key.slice(0, 1_000), { decamelize: false, separator: '-' }));
  if (stem === '') return 'entry';
  return reservedDeviceNames.test(stem) ? `${stem}-entry` : stem;
}

const plainStem = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Windows refuses these names whatever the extension.
const reservedDeviceNames = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

function truncateSlug(slug: string): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/(?<!-)-+$/, '');
}

/**
 * `stem`, or `stem-2`, `stem-3`, … : the first that `isTaken` refuses. A caller that takes every stem returned, and
 * never gives one up, may pass `nextSuffix` (one map for all its calls): the suffixes tried before stay taken, so the
 * next call for the same stem starts after them instead of walking them again (an OpenAlex download of thousands of
 * works makes `li2011citation` hundreds of times).
 */
export function uniqueStem(
  stem: string,
  isTaken: (candidate: string) => boolean,
  nextSuffix?: Map<string, number>,
): string {
  if (!safeFileStem.test(stem)) throw new Error(`unsafe file stem: ${stem}`);
  if (!isTaken(stem)) return stem;
  for (let suffix = nextSuffix?.get(stem) ?? 2; ; suffix++) {
    const candidate = `${stem}-${suffix}`;
    if (!isTaken(candidate)) {
      nextSuffix?.set(stem, suffix + 1);
      return candidate;
    }
  }
}
