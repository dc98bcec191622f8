/**
 * The one rule for what may become a live link in any output: `http:`, `https:`, `mailto:` and relative links.
 * Anything else (`javascript:`, `vbscript:`, `data:`, `file:`, protocol-relative `//host`) stays text.
 */
import type { Item, Profile } from './items.js';

const allowedSchemes = new Set(['http', 'https', 'mailto']);

/**
 * How far into a link target the rule looks: a scheme is settled within its first characters, and looking no further
 * keeps the check linear however long (or however often repeated) the text is. A target still ambiguous there is
 * refused.
 */
const prefixLength = 512;

/**
 * True when `target` may be written as a link: an allowed scheme, or relative (no scheme, not `//host`). It is read
 * twice, as a site field (backslashes as written) and as a Markdown destination (backslash escapes undone), and
 * must pass both.
 */
export function isSafeLinkTarget(target: string): boolean {
  // The common case, settled at once: a scheme of plain letters written as is (`https:`), which no layer can change.
  const plain = plainScheme.exec(target)?.[1];
  if (plain !== undefined) return allowedSchemes.has(plain.toLowerCase());
  // And a relative one (`papers/a.pdf`): no colon, and none of the characters a scheme can be hidden with.
  if (plainRelative.test(target)) return true;
  return isSafeLinkTargetDecoded(target);
}

/** The general way, every layer that could hide a scheme undone; exported for the test that the fast paths agree. */
export function isSafeLinkTargetDecoded(target: string): boolean {
  const window = schemeWindow(target, 0);
  const cutShort = window.length === prefixLength;
  return (
    isSafeScheme(normalisedPrefix(window, false), cutShort) && isSafeScheme(normalisedPrefix(window, true), cutShort)
  );
}

// Well within `prefixLength`, and only characters that no decoding or skipping changes.
const plainScheme = /^([A-Za-z][A-Za-z0-9+.-]{0,30}):/;

function isSafeScheme(seen: string, cutShort: boolean): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(seen)?.[1];
  if (scheme !== undefined) return allowedSchemes.has(scheme);
  if (seen.startsWith('//')) return false;
  // Cut short while still only scheme characters: what follows could make it a scheme.
  return !(cutShort && /^[a-z][a-z0-9+.-]*$/.test(seen));
}

/**
 * The part of `text` from `start` that can decide a scheme: the characters a scheme, its colon or a slash can be
 * written or hidden with (letters, digits, `+.-`, references, percent-encoding, backslashes, ignored characters),
 * up to and with the first colon, and at most `prefixLength` characters. Any other character ends every scheme.
 */
export function schemeWindow(text: string, start: number): string {
  const limit = Math.min(text.length, start + prefixLength);
  let end = start;
  while (end < limit) {
    const char = text[end] as string;
    if (!mayHideScheme(char)) break;
    end++;
    if (char === ':') break;
  }
  return text.slice(start, end);
}

function mayHideScheme(char: string): boolean {
  return /[A-Za-z0-9+.\-&#;%\\/:]/.test(char) || ignoredCharacter.test(char);
}

/** `target` when it may be linked, else undefined: what every exporter calls before writing a link. */
export function safeLinkTarget(target: string | undefined): string | undefined {
  return target !== undefined && isSafeLinkTarget(target) ? target : undefined;
}

/**
 * The target as a browser would read its scheme, after every layer that could hide one: Markdown backslash escapes,
 * HTML character references (`&#106;`, `&colon;`), percent-encoding, and the tabs, newlines, spaces and control
 * characters browsers skip (`java\tscript:`, a leading `\x01`). Each layer is undone a few times, for double
 * encoding. A backslash counts as a slash, as browsers read it (`\\host` is `//host`).
 */
function normalisedPrefix(prefix: string, markdownEscapes: boolean): string {
  let text = prefix;
  for (let round = 0; round < 3; round++) {
    const before = text;
    if (markdownEscapes) text = text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    text = decodeCharacterReferences(text);
    text = decodePercentEncoding(text);
    text = text.replace(ignoredCharacters, '');
    if (text === before) break;
  }
  return text.replace(/\\/g, '/').toLowerCase();
}

/** C0 controls and space, DEL, C1 controls, and the invisible format characters (zero-width space, soft hyphen…). */
const ignoredCharacterClass =
  '[\\u0000-\\u0020\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\ufeff]';
const ignoredCharacters = new RegExp(ignoredCharacterClass, 'g');
const ignoredCharacter = new RegExp(ignoredCharacterClass);
// The whole scheme window of a relative target made only of characters no decoding changes: it ends (or the text
// does) before any character that could continue, hide or decode into a scheme.
const plainRelative = new RegExp(
  `^(?!//)[A-Za-z0-9+.\\-#;/]{0,500}(?![A-Za-z0-9+.\\-&#;%\\\\/:]|${ignoredCharacterClass})`,
);

// The named references that can spell a scheme or hide its colon; the others cannot make a scheme of a relative link.
const namedReferences: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  amp: '&',
  nbsp: ' ',
  num: '#',
  period: '.',
  plus: '+',
  hyphen: '-',
  dash: '-',
};

function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z]{1,10});?/g, (reference, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const lower = name.toLowerCase();
    // A letter entity (`&Jfr;`, `&eacute;`) cannot be an ASCII letter of a scheme; it is kept, so the scheme breaks.
    return namedReferences[lower] ?? reference;
  });
}

function decodePercentEncoding(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (encoded, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return code < 0x80 ? String.fromCharCode(code) : encoded;
  });
}

/** A link of an item or of profile.md that is not written as a link, and where it is. */
export interface UnsafeLink {
  /** The field (`url`, `links.1.url`, `slides`), or `body` for a link in the Markdown text. */
  field: string;
  target: string;
}

/** The fields of a publication or talk that hold one link each. */
const itemLinkFields = ['url', 'slides', 'video'] as const;

/** The link fields of an item whose target the rule refuses. */
export function unsafeLinksOfItem(item: Item): UnsafeLink[] {
  return item.kind === 'publication' || item.kind === 'talk' ? unsafeLinksOfData(item.fields) : [];
}

/**
 * The refused links among an item's fields as data (a loaded item's, or one an import is about to write): `url`,
 * `slides`, `video`, `links[].url`, and the link fields of a publication's kept BibTeX (`pdf`, `code`…).
 */
export function unsafeLinksOfData(data: Readonly<Record<string, unknown>>): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  const check = (field: string, target: unknown) => {
    if (typeof target === 'string' && !isSafeLinkTarget(target)) found.push({ field, target });
  };
  for (const field of itemLinkFields) check(field, data[field]);
  if (Array.isArray(data.links)) {
    for (const [index, link] of data.links.entries()) check(`links.${index}.url`, (link as { url?: unknown })?.url);
  }
  const bibtexFields = (data.bibtex as { fields?: Record<string, unknown> } | undefined)?.fields ?? {};
  // Only the link fields are looked at: this runs for every publication of a profile, most BibTeX fields are not links.
  for (const name of Object.keys(bibtexFields)) {
    if (!bibtexLinkFields.has(name)) continue;
    const value = bibtexFields[name];
    // The kept BibTeX repeats the fields it was read into (`url`, `pdf` as a link): each target is reported once.
    if (value !== data.url && !found.some((link) => link.target === value)) check(`bibtex.fields.${name}`, value);
  }
  return found;
}

/** The link fields of profile.md whose target the rule refuses. */
export function unsafeLinksOfOwner(owner: Profile['owner']): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  owner.links?.forEach((link, index) => {
    if (!isSafeLinkTarget(link.url)) found.push({ field: `links.${index}.url`, target: link.url });
  });
  owner.contact?.forEach((line, index) => {
    if (line.url !== undefined && !isSafeLinkTarget(line.url))
      found.push({ field: `contact.${index}.url`, target: line.url });
  });
  return found;
}

/** What to do about a refused link, for every warning that names one. */
export const unsafeLinkHint =
  'only http:, https:, mailto: and relative links are published as links; the text is kept as written';

/** A target shortened for a message: enough to recognise it, never a whole 10 MB field. */
export function shownTarget(target: string): string {
  return target.length > 60 ? `${target.slice(0, 57)}...` : target;
}

/** BibTeX fields that sites turn into links (al-folio's buttons, the title's `url`). */
export const bibtexLinkFields: ReadonlySet<string> = new Set([
  'url',
  'pdf',
  'html',
  'code',
  'slides',
  'poster',
  'video',
  'website',
  'blog',
  'supp',
]);

/**
 * The profile as exports publish it: every link field the rule refuses is left out (the item keeps it as text), so
 * no exporter can write it as a link. The Markdown text is made safe where it is written (`neutraliseUnsafeLinks`).
 */
export function withoutUnsafeLinks(profile: Profile): Profile {
  const keep = (target: string | undefined) => target === undefined || isSafeLinkTarget(target);
  const { owner } = profile;
  return {
    ...profile,
    owner: {
      ...owner,
      ...(owner.links ? { links: owner.links.filter((link) => keep(link.url)) } : {}),
      ...(owner.contact
        ? { contact: owner.contact.map((line) => (keep(line.url) ? line : withoutField(line, 'url'))) }
        : {}),
    },
    publications: profile.publications.map((item) => {
      const f = item.fields;
      if (unsafeLinksOfItem(item).length === 0 && !hasUnsafeBibtexLink(f.bibtex)) return item;
      const fields = keep(f.url) ? { ...f } : withoutField(f, 'url');
      if (f.links) fields.links = f.links.filter((link) => keep(link.url));
      if (f.bibtex) {
        const kept = Object.entries(f.bibtex.fields).filter(
          ([name, value]) => !bibtexLinkFields.has(name) || keep(value),
        );
        fields.bibtex = { ...f.bibtex, fields: Object.fromEntries(kept) };
      }
      return { ...item, fields };
    }),
    talks: profile.talks.map((item) => {
      if (unsafeLinksOfItem(item).length === 0) return item;
      let fields = item.fields;
      for (const field of ['url', 'slides', 'video'] as const) {
        if (!keep(fields[field])) fields = withoutField(fields, field);
      }
      return { ...item, fields };
    }),
  };
}

function hasUnsafeBibtexLink(bibtex: { fields: Record<string, string> } | undefined): boolean {
  return Object.entries(bibtex?.fields ?? {}).some(
    ([name, value]) => bibtexLinkFields.has(name) && !isSafeLinkTarget(value),
  );
}

function withoutField<T extends object, K extends keyof T>(value: T, field: K): T {
  const copy = { ...value };
  delete copy[field];
  return copy;
}
