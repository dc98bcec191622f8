/** Reads a profile folder: every file parsed safely, checked against the schema, problems collected. */
import { type Dirent, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { ProfileError } from '../errors.js';
import type { FrontMatterFile } from '../frontMatter/frontMatter.js';
import { readPlainYaml } from '../frontMatter/plainYaml.js';
import { asFieldMap, splitFrontMatter } from '../frontMatter/splitFrontMatter.js';
import { decodeUtf8, nulHint, nulLine, nulMessage } from '../frontMatter/utf8Text.js';
import { fastItemFieldsOf } from '../model/fastItemFields.js';
import { type Item, type ItemKind, itemFolders, itemId, type Profile, safeFileStem } from '../model/items.js';
import {
  shownTarget,
  type UnsafeLink,
  unsafeLinkHint,
  unsafeLinksOfItem,
  unsafeLinksOfOwner,
} from '../model/linkSafety.js';
import { ownerSchema } from '../model/schema.js';
import { findUnknownFields, unknownFieldProblem } from '../model/unknownFields.js';
import { InvalidProfileError, type Problem, problemFromError } from '../problems.js';
import { unsafeLinkTargets } from '../render/markdownLinks.js';
import { isLeftoverTempFile } from './leftoverTempFiles.js';

export const profileFileName = 'profile.md';

export interface LoadOptions {
  /** How the folder is named in problems (e.g. relative to the working folder); default `dir`. */
  displayDir?: string;
  /** Keep each item file's text in `texts`, so that a later write can tell whether another program changed it. */
  keepTexts?: boolean;
}

export interface LoadResult {
  /** Undefined when profile.md itself could not be read. */
  profile: Profile | undefined;
  problems: Problem[];
  /** With `keepTexts`: the text each item file had when it was read, by its path relative to the folder. */
  texts?: ReadonlyMap<string, string>;
  /** Item files left out because they have an error (their problems say which). */
  rejected: RejectedItemFile[];
}

export interface RejectedItemFile {
  kind: ItemKind;
  id: string;
  /** Relative to the folder: `news/2025-07-x.md`. */
  file: string;
}

/** Loads what it can and reports the rest; never throws for a problem in the files. */
export async function loadProfile(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const problems: Problem[] = [];
  const display = (relative: string) => path.join(options.displayDir ?? dir, relative);
  const texts = options.keepTexts ? new Map<string, string>() : undefined;

  const ownerFile = isSymbolicLink(path.join(dir, profileFileName))
    ? refuseLink(profileFileName, problems, display)
    : await readProfileFile(
        { path: path.join(dir, profileFileName), shown: display(profileFileName), relative: profileFileName },
        problems,
      );
  const owner = ownerFile && (await checkFields(ownerSchema, ownerFile, display(profileFileName), problems));
  if (ownerFile && owner) {
    const unsafe = unsafeLinksOfOwner(owner);
    await reportUnsafeLinks(unsafe, unsafeLinkTargets(ownerFile.body), ownerFile, display(profileFileName), problems);
  }

  const items = Object.fromEntries(Object.keys(itemFolders).map((kind) => [kind, []])) as unknown as {
    [K in ItemKind]: Item[];
  };
  const rejected: RejectedItemFile[] = [];
  for (const kind of Object.keys(itemFolders) as ItemKind[]) {
    const folder = itemFolders[kind].folder;
    // Joined once per folder: a file name from the folder's listing has no separator, and path.join on every file
    // was a measurable part of a cold start.
    const folderPath = path.join(dir, folder);
    const shownFolder = display(folder);
    for (const name of await listMarkdownFiles(dir, folder, problems, display)) {
      const relative = `${folder}/${name}`;
      const shown = `${shownFolder}${path.sep}${name}`;
      const stem = name.slice(0, -'.md'.length);
      if (!safeFileStem.test(stem)) {
        problems.push({
          severity: 'error',
          file: shown,
          message: `"${name}" is not a valid item file name`,
          hint: `use lower-case letters, digits and "-" only, e.g. "${suggestFileStem(stem)}.md"`,
        });
        continue;
      }
      // Awaited only when something needs it (a file the fast readers decline, a problem to place on its line): a
      // promise per file is measurable with 10,000 of them.
      const read = readProfileFile({ path: `${folderPath}${path.sep}${name}`, shown, relative }, problems, texts);
      const parsed = read instanceof Promise ? await read : read;
      // The hand-written check takes the common valid file; valibot decides the rest and words every message.
      const fields =
        parsed && (fastItemFieldsOf(kind, parsed.data) ?? (await checkItemFile(kind, parsed, shown, problems)));
      if (!parsed || !fields) {
        rejected.push({ kind, id: itemId(kind, stem), file: relative });
        continue;
      }
      const item = { kind, id: itemId(kind, stem), file: relative, body: parsed.body.trim(), fields } as Item;
      const unsafeFields = unsafeLinksOfItem(item);
      const unsafeInBody = unsafeLinkTargets(item.body);
      if (unsafeFields.length > 0 || unsafeInBody.length > 0) {
        await reportUnsafeLinks(unsafeFields, unsafeInBody, parsed, shown, problems);
      }
      items[kind].push(item);
    }
  }
  reportDuplicateKeys(items.publication, problems, display);
  reportMissingTextSections(owner, items.section, problems, display(profileFileName));

  if (!ownerFile || !owner) return { profile: undefined, problems, rejected, ...(texts ? { texts } : {}) };
  const profile: Profile = {
    owner,
    bio: ownerFile.body.trim(),
    news: items.news as Profile['news'],
    publications: items.publication as Profile['publications'],
    talks: items.talk as Profile['talks'],
    service: items.service as Profile['service'],
    sections: items.section as Profile['sections'],
    education: items.education as Profile['education'],
    positions: items.position as Profile['positions'],
    awards: items.award as Profile['awards'],
    teaching: items.teaching as Profile['teaching'],
    students: items.student as Profile['students'],
    grants: items.grant as Profile['grants'],
  };
  return { profile, problems, rejected, ...(texts ? { texts } : {}) };
}

/** For commands that need a whole, valid profile: warnings are returned, errors thrown. */
export async function loadValidProfile(
  dir: string,
  options: LoadOptions = {},
): Promise<{ profile: Profile; warnings: Problem[]; texts?: ReadonlyMap<string, string> }> {
  const { profile, problems, texts } = await loadProfile(dir, options);
  if (!profile || problems.some((problem) => problem.severity === 'error')) throwLoadProblems(problems);
  return { profile, warnings: problems, ...(texts ? { texts } : {}) };
}

/** For commands that can use a profile whose item files have errors (`list`): only an unreadable profile.md throws. */
export async function loadProfileLeniently(
  dir: string,
  options: LoadOptions = {},
): Promise<LoadResult & { profile: Profile }> {
  const result = await loadProfile(dir, options);
  if (!result.profile) throwLoadProblems(result.problems);
  return result as LoadResult & { profile: Profile };
}

function throwLoadProblems(problems: Problem[]): never {
  // No profile at all is one problem with one remedy, not "the profile has 1 error".
  const missing = problems.find((problem) => problem.hint === missingProfileHint);
  if (missing) throw new ProfileError(missing.message, { file: missing.file, hint: missingProfileHint });
  throw new InvalidProfileError(problems);
}

/**
 * `readFileSync`'s options as the object it would make of `'utf8'` on every call (with a spread): given ready-made,
 * 10,000 reads take about a fifth less CPU time.
 */
const readAsText = { encoding: 'utf8', flag: 'r' } as const;

/** A file of the profile: its path to read, how problems name it, and its path relative to the folder. */
interface ProfileFile {
  path: string;
  shown: string;
  relative: string;
}

function readProfileFile(
  { path: file, shown, relative }: ProfileFile,
  problems: Problem[],
  texts?: Map<string, string>,
): Promise<LoadedFile | undefined> | LoadedFile | undefined {
  let text: string;
  try {
    // Synchronous on purpose: for thousands of small files it is several times faster than fs/promises, and a
    // command has nothing else to do while its profile loads. Read as text in one call; only a text holding U+FFFD,
    // which may stand for bytes that are not UTF-8, is read again as bytes to tell which it is.
    text = readFileSync(file, readAsText);
    if (text.includes('\uFFFD')) {
      const decoded = decodeUtf8(readFileSync(file));
      if (!decoded.ok) {
        problems.push({
          severity: 'error',
          file: shown,
          line: decoded.line,
          message: `the file is not valid UTF-8 (the first bad byte is byte ${decoded.byteOffset + 1})`,
          hint: 'save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`); profile does not guess encodings',
        });
        return undefined;
      }
      text = decoded.text;
    }
  } catch (error) {
    const problem: Problem = {
      severity: 'error',
      file: shown,
      message: describeReadError(error, relative),
    };
    if (isMissingProfile(error, relative)) problem.hint = missingProfileHint;
    problems.push(problem);
    return undefined;
  }
  const nul = nulLine(text);
  if (nul !== undefined) {
    problems.push({ severity: 'error', file: shown, line: nul, message: nulMessage, hint: nulHint });
    return undefined;
  }
  texts?.set(relative, text);
  try {
    const loaded = parseLoadedFile(text, shown);
    return loaded instanceof Promise ? loaded.catch((error) => rejectedFile(error, problems, shown)) : loaded;
  } catch (error) {
    return rejectedFile(error, problems, shown);
  }
}

async function rejectedFile(error: unknown, problems: Problem[], file: string): Promise<undefined> {
  if (!(error instanceof ProfileError)) throw error;
  problems.push(problemFromError(error, file));
  return undefined;
}

export const missingProfileHint = 'run `profile init` to create one, or pass --dir with the profile folder';

function isMissingProfile(error: unknown, relative: string): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' && relative === profileFileName;
}

function describeReadError(error: unknown, relative: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (isMissingProfile(error, relative)) return 'there is no profile here (profile.md is missing)';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  if (code === 'EISDIR') return 'a folder stands where a file is expected';
  return `the file cannot be read (${code ?? String(error)})`;
}

async function listMarkdownFiles(
  dir: string,
  folder: string,
  problems: Problem[],
  display: (relative: string) => string,
): Promise<string[]> {
  const kind = entryKind(path.join(dir, folder));
  // A profile has a folder for a few of the eleven kinds: the others are not there, and are not read.
  if (kind === 'missing') return [];
  if (kind === 'link') {
    problems.push({
      severity: 'warning',
      file: display(folder),
      message: 'is a symbolic link; ignored, so that nothing outside the folder is read or written',
      hint: 'replace the link with a real folder',
    });
    return [];
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(dir, folder), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      problems.push({ severity: 'error', file: display(folder), message: describeReadError(error, folder) });
    return [];
  }
  const names: string[] = [];
  let siblings: Set<string> | undefined;
  const isLeftover = (name: string) => {
    // A leftover's name never ends in `.md`, so an item file (all but a few names) is not compared with them.
    if (name.endsWith('.md')) return false;
    siblings ??= new Set(entries.map(nameOf));
    return isLeftoverTempFile(name, siblings);
  };
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = `${folder}/${entry.name}`;
    if (isLeftover(entry.name)) {
      problems.push({
        severity: 'warning',
        file: display(relative),
        message: 'a temporary file left by an interrupted write; ignored',
        hint: 'the next command that changes the profile removes it',
      });
    } else if (!entry.name.endsWith('.md')) {
      problems.push({ severity: 'warning', file: display(relative), message: 'not a .md file; ignored' });
    } else if (entry.isSymbolicLink()) {
      problems.push({
        severity: 'warning',
        file: display(relative),
        message: 'is a symbolic link; ignored, so that nothing outside the folder is read or written',
      });
    } else if (!entry.isFile()) {
      problems.push({ severity: 'warning', file: display(relative), message: 'not a regular file; ignored' });
    } else {
      names.push(entry.name);
    }
  }
  return names.sort();
}

function nameOf(entry: Dirent): string {
  return entry.name;
}

function isSymbolicLink(file: string): boolean {
  return entryKind(file) === 'link';
}

/**
 * Whether `file` is missing, a symbolic link, or something else (also when it cannot be looked at: the read that
 * follows reports why). Missing is answered without an exception, which costs more than the look itself.
 */
function entryKind(file: string): 'missing' | 'link' | 'other' {
  try {
    const stats = lstatSync(file, { throwIfNoEntry: false });
    if (stats === undefined) return 'missing';
    return stats.isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'other';
  }
}

// profile.md through a link could be any file of the machine: its values would be printed and exported.
function refuseLink(relative: string, problems: Problem[], display: (relative: string) => string): undefined {
  problems.push({
    severity: 'error',
    file: display(relative),
    message: 'is a symbolic link; profile does not follow links, so that nothing outside the folder is read',
    hint: 'replace the link with the file itself',
  });
  return undefined;
}

/** A file read for loading; the parser that knows every field's line is loaded only when a problem needs it. */
interface LoadedFile {
  data: Record<string, unknown>;
  body: string;
  lines(): Promise<FrontMatterFile['lineOf']>;
}

/**
 * Synchronous for the common file the plain-YAML reader takes. The rest goes to js-yaml, then to the reference parser
 * (which decides errors, anchors and aliases, with the line of a problem), each loaded only when a file needs it: a
 * profile whose files are all plain (the bundled one) sets up neither on a cold start.
 */
function parseLoadedFile(text: string, file: string): LoadedFile | Promise<LoadedFile> {
  const split = splitFrontMatter(text, file);
  const plain = readPlainYaml(split.yaml);
  if (plain !== undefined) return loadedFile(plain.value, split.body, text, file);
  return import('../frontMatter/fastYaml.js').then(({ parseYamlWithJsYaml }) => {
    const fast = parseYamlWithJsYaml(split.yaml);
    if (fast !== undefined) return loadedFile(fast.value, split.body, text, file);
    return parseWithReference(text, file).then((parsed) => ({
      data: parsed.data,
      body: parsed.body,
      lines: async () => parsed.lineOf,
    }));
  });
}

/** A file read by a fast reader: the reference parser runs only if a problem needs a field's line. */
function loadedFile(value: unknown, body: string, text: string, file: string): LoadedFile {
  return { data: asFieldMap(value, file), body, lines: async () => (await parseWithReference(text, file)).lineOf };
}

async function parseWithReference(text: string, file: string): Promise<FrontMatterFile> {
  return (await import('../frontMatter/frontMatter.js')).parseFrontMatterFile(text, file);
}

/**
 * valibot's check of an item file the hand-written check declined. The item schemas are loaded only then: a profile
 * whose files are all valid does not set them up.
 */
async function checkItemFile(
  kind: ItemKind,
  parsed: LoadedFile,
  shown: string,
  problems: Problem[],
): Promise<Item['fields'] | undefined> {
  const schema = (await import('../model/itemSchemas.js')).itemSchemas[kind];
  return validFields(schema, parsed.data)?.value ?? (await checkFields(schema, parsed, shown, problems));
}

/** The checked fields when the file has neither an unknown field nor an invalid one; otherwise undefined. */
function validFields<TSchema extends v.GenericSchema>(
  schema: TSchema,
  data: Record<string, unknown>,
): { value: v.InferOutput<TSchema> } | undefined {
  if (findUnknownFields(schema, data).length > 0) return undefined;
  const result = v.safeParse(schema, data);
  return result.success ? { value: result.output } : undefined;
}

async function checkFields<TSchema extends v.GenericSchema>(
  schema: TSchema,
  parsed: LoadedFile,
  file: string,
  problems: Problem[],
): Promise<v.InferOutput<TSchema> | undefined> {
  const unknownFields = findUnknownFields(schema, parsed.data);
  const result = v.safeParse(schema, parsed.data);
  if (unknownFields.length === 0 && result.success) return result.output;
  const lineOf = await parsed.lines();
  for (const field of unknownFields) problems.push(unknownFieldProblem(field, file, lineOf(field.path)));
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const fieldPath = (issue.path ?? []).map((step) => step.key as string | number);
    const line = lineOf(fieldPath) ?? 1;
    const name = fieldPath.join('.');
    const missing = issue.input === undefined && issue.kind === 'schema';
    problems.push({
      severity: 'error',
      file,
      line,
      message: missing ? `"${name}" is required` : name ? `"${name}" ${issue.message}` : issue.message,
    });
  }
  return undefined;
}

/** Links no export will write as links (`javascript:`, `data:`…): a warning each, at the field's line. */
async function reportUnsafeLinks(
  fields: readonly UnsafeLink[],
  inBody: readonly string[],
  parsed: LoadedFile,
  file: string,
  problems: Problem[],
): Promise<void> {
  if (fields.length === 0 && inBody.length === 0) return;
  const lineOf = await parsed.lines();
  for (const { field, target } of fields) {
    const line = lineOf(field.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step)));
    problems.push({ ...unsafeLinkProblem(`"${field}"`, target, file), ...(line === undefined ? {} : { line }) });
  }
  for (const target of inBody) problems.push(unsafeLinkProblem('a link in the text', target, file));
}

function unsafeLinkProblem(where: string, target: string, file: string): Problem {
  return {
    severity: 'warning',
    file,
    message: `${where} points at "${shownTarget(target)}", which no export writes as a link`,
    hint: unsafeLinkHint,
  };
}

function reportDuplicateKeys(publications: Item[], problems: Problem[], display: (relative: string) => string): void {
  const firstFileOfKey = new Map<string, string>();
  for (const item of publications) {
    if (item.kind !== 'publication') continue;
    const earlier = firstFileOfKey.get(item.fields.key);
    if (earlier === undefined) {
      firstFileOfKey.set(item.fields.key, item.file);
      continue;
    }
    problems.push({
      severity: 'error',
      file: display(item.file),
      message: `duplicate citation key "${item.fields.key}", also used by ${display(earlier)}`,
      hint: 'give one of the two publications another key, or remove the copy',
    });
  }
}

function reportMissingTextSections(
  owner: v.InferOutput<typeof ownerSchema> | undefined,
  sections: Item[],
  problems: Problem[],
  file: string,
): void {
  const known = new Set(sections.map((section) => section.id.slice('section/'.length)));
  for (const section of owner?.page?.sections ?? []) {
    if (section.kind === 'text' && section.section !== undefined && !known.has(section.section)) {
      problems.push({
        severity: 'error',
        file,
        message: `page section "${section.section}" has no file sections/${section.section}.md`,
      });
    }
  }
}

function suggestFileStem(stem: string): string {
  return (
    stem
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'item'
  );
}
