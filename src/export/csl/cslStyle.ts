/** `--style`: publication entries formatted by a CSL style through citation-js, with the owner in bold and the marks kept. */
import path from 'node:path';
import type { CslJsonItem } from 'citeproc';
import { ProfileError, UsageError } from '../../errors.js';
import { ownerMatcher } from '../../model/authorNames.js';
import type { Profile, PublicationItem } from '../../model/items.js';
import { publicationToCsl } from '../../model/publicationCsl.js';
import { paperLinks } from '../formats/paperLinks.js';
import type { PublicationEntryRenderer } from '../generatedFile.js';
import { builtInCslLocales, builtInCslStyles } from './cslBuiltIns.js';
import { loadBuiltInCslXml } from './cslBuiltInXml.js';
import { cslEntryMarkdown } from './cslEntryMarkdown.js';
import { type CslFormatter, type CslLocaleTexts, loadCslFormatterFactory } from './cslFormatter.js';
import { markCslItem, nameEnd, nameStart } from './cslMarkers.js';
import { type PreparedBuiltInStyle, preparedLocaleFile, preparedStyleFile } from './cslPreparedBuiltIns.js';
import { CslStyleError, type PreparedCslStyle, prepareCslStyle } from './cslStyleXml.js';

export interface CslStyleOptions {
  /** `apa`, `vancouver`, `harvard1`, or a path to a .csl file. */
  style: string;
  /** A locale that ships with plugin-csl; default en-US. */
  locale?: string;
  /** Reads the style file at the path as given (store/ does the reading; this module only formats). */
  readStyleFile: (file: string) => Promise<string>;
  /** Reads a file of the build's parsed built-ins (cslPreparedBuiltIns.ts); undefined when there is none. */
  readPreparedFile?: (name: string) => Promise<string | undefined>;
  profile: Profile;
}

const styleHint = `use ${builtInCslStyles.join(', ')}, or the path of a .csl file (https://github.com/citation-style-language/styles has thousands)`;

/**
 * Formats every publication of the profile up front, all in one citeproc run per rendering (citeproc is slow:
 * seconds per thousand entries), and returns the renderer of one page entry. An item that is not one of the
 * profile's own objects (a copy, say) is formatted when asked for.
 */
export async function loadCslEntryRenderer(options: CslStyleOptions): Promise<PublicationEntryRenderer> {
  const locale = checkedLocale(options.locale);
  const styleFile = isBuiltInStyle(options.style) ? undefined : styleFilePath(options.style);
  const fileXml = styleFile === undefined ? undefined : await readStyleFile(styleFile, options.readStyleFile);
  const builtIn = styleFile === undefined ? await readPrepared(options, preparedStyleFile(options.style)) : undefined;
  const style = builtIn
    ? preparedBuiltInStyle(builtIn)
    : styleTexts(prepared(fileXml ?? (await builtInStyleXml(options.style)), styleFile));
  const lang = effectiveLocale(locale, style.defaultLocale);
  const locales = await localeTexts(options);
  const format = await entryFormatter(style, lang, locales, options.profile, styleFile);
  const entries = format(options.profile.publications);
  return (item) => entries.get(item) ?? format([item]).get(item) ?? '';
}

async function builtInStyleXml(style: string): Promise<string> {
  return (await loadBuiltInCslXml()).styles[style] ?? '';
}

/**
 * Every built-in locale, as citeproc may ask for any of them: parsed at build time (dist/csl/) where there is a
 * copy, else its XML.
 */
async function localeTexts(options: CslStyleOptions): Promise<CslLocaleTexts> {
  const prepared = await Promise.all(builtInCslLocales.map((name) => readPrepared(options, preparedLocaleFile(name))));
  const xml = prepared.includes(undefined) ? (await loadBuiltInCslXml()).locales : {};
  return new Map(builtInCslLocales.map((name, index) => [name, prepared[index] ?? xml[name] ?? '']));
}

/** The plain and the marked style as citeproc takes them: XML, or the JSON its XML reader makes. */
interface StyleTexts {
  readonly plain: string;
  readonly marked: string;
  readonly defaultLocale: string | undefined;
}

function styleTexts(style: PreparedCslStyle): StyleTexts {
  return { plain: style.plainXml, marked: style.markedXml, defaultLocale: style.defaultLocale };
}

function preparedBuiltInStyle(file: string): StyleTexts {
  const parsed = JSON.parse(file) as PreparedBuiltInStyle;
  return { plain: parsed.plainJson, marked: parsed.markedJson, defaultLocale: parsed.defaultLocale };
}

async function readPrepared(options: CslStyleOptions, name: string): Promise<string | undefined> {
  return options.readPreparedFile === undefined ? undefined : options.readPreparedFile(name);
}

function isBuiltInStyle(style: string): boolean {
  return (builtInCslStyles as readonly string[]).includes(style);
}

/** Anything that is not a built-in name must look like a file, so that a misspelt name is not read as one. */
function styleFilePath(style: string): string {
  if (/\.csl$/i.test(style) || style.includes('/') || style.includes(path.sep)) return style;
  throw new UsageError(`unknown style "${style}"`, styleHint);
}

function checkedLocale(locale: string | undefined): string | undefined {
  if (locale === undefined || (builtInCslLocales as readonly string[]).includes(locale)) return locale;
  throw new UsageError(
    `unknown locale "${locale}"`,
    `use one of ${builtInCslLocales.join(', ')} (the locales that ship with citation-js)`,
  );
}

async function readStyleFile(file: string, read: (file: string) => Promise<string>): Promise<string> {
  try {
    return (await read(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new ProfileError(`cannot read the style: ${reason}`, { file, hint: styleHint, cause: error });
  }
}

function prepared(xml: string, file: string | undefined): PreparedCslStyle {
  try {
    return prepareCslStyle(xml);
  } catch (error) {
    if (!(error instanceof CslStyleError) || file === undefined) throw error;
    throw new ProfileError(error.message, {
      file,
      ...(error.line === undefined ? {} : { line: error.line }),
      hint: `a CSL style is an XML file with a <bibliography>; ${styleHint}`,
    });
  }
}

/** A style without a shipped default locale falls back to en-US: citeproc fails on a locale it cannot load. */
function effectiveLocale(asked: string | undefined, own: string | undefined): string {
  if (asked !== undefined) return asked;
  return own !== undefined && (builtInCslLocales as readonly string[]).includes(own) ? own : 'en-US';
}

async function entryFormatter(
  style: StyleTexts,
  lang: string,
  locales: CslLocaleTexts,
  profile: Profile,
  file: string | undefined,
): Promise<(items: readonly PublicationItem[]) => Map<PublicationItem, string>> {
  const formatter = await loadCslFormatterFactory();
  // One engine of the marked style renders both ways (cslFormatter.ts); the plain style gets an engine of its own
  // only if that engine's plain rendering still shows a name marker, which the data cannot have brought.
  const markedFormatter = formatter(style.marked, lang, locales);
  let plainFormatter: CslFormatter | undefined;
  const formatPlain = (items: readonly CslJsonItem[]) => {
    if (plainFormatter === undefined && !hasNameMarker(JSON.stringify(items))) {
      const entries = markedFormatter.formatEntries(items, false);
      if (![...entries.values()].some(hasNameMarker)) return entries;
    }
    plainFormatter ??= formatter(style.plain, lang, locales);
    return plainFormatter.formatEntries(items);
  };
  const isOwner = ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]);
  return (items) => {
    // Citation keys are any text; ids of our own keep citeproc's HTML attributes simple.
    const ids = items.map((_, index) => `entry-${index}`);
    const plainItems = items.map((item, index) => ({ ...publicationToCsl(item), id: ids[index] ?? '' }));
    const markedItems = items.map((item, index) => ({
      ...markCslItem(publicationToCsl(item), item.fields, isOwner),
      id: ids[index] ?? '',
    }));
    const [plain, marked] = withStyleErrors(file, () => [
      formatPlain(plainItems),
      markedFormatter.formatEntries(markedItems),
    ]);
    return new Map(
      items.map((item, index) => {
        const id = ids[index] ?? '';
        return [item, cslEntryMarkdown(plain.get(id) ?? '', marked.get(id) ?? '', paperLinks(item.fields)[0])];
      }),
    );
  };
}

function hasNameMarker(text: string): boolean {
  return text.includes(nameStart) || text.includes(nameEnd);
}

/** citeproc throws plain errors on a style it cannot use; for the user's own file that is their problem to fix. */
function withStyleErrors<T>(file: string | undefined, run: () => T): T {
  if (file === undefined) return run();
  try {
    return run();
  } catch (error) {
    throw new ProfileError(`citeproc cannot use this style: ${(error as Error).message}`, {
      file,
      hint: styleHint,
      cause: error,
    });
  }
}
