/**
 * A profile read back from `export --format json` (`profile-json/1`), checked with the same schemas as the folder.
 * The JSON spells out the defaults the page assumes (a publication's `type`, `status: published`, `selected: false`,
 * `hidden: false`, an empty `page`), so they come back spelled out; everything else comes back as it was.
 */
import * as v from 'valibot';
import { ProfileError } from '../errors.js';
import { itemSchemas } from '../model/itemSchemas.js';
import { type Item, type ItemKind, itemFolders, type Profile, safeFileStem } from '../model/items.js';
import { formatIsoDate } from '../model/partialDate.js';
import type { CslName } from '../model/publicationCsl.js';
import { ownerSchema } from '../model/schema.js';
import { profileJsonFormat } from '../render/profileJson.js';

type JsonObject = Record<string, unknown>;

/** `file` names the JSON in errors. Items come back in the loader's order: by kind, then by file name. */
export function readProfileJson(text: string, file: string): Profile {
  const reader = new ProfileJsonReader(file);
  const document = reader.object(reader.parse(text), '');
  if (document.format !== profileJsonFormat) {
    throw new ProfileError(`not a profile JSON: "format" is ${JSON.stringify(document.format)}`, {
      file,
      hint: `read a file that \`profile export --format json\` wrote ("format": "${profileJsonFormat}")`,
    });
  }
  const owner = reader.checked(
    ownerSchema,
    { ...reader.object(document.owner, 'owner'), page: document.page },
    'owner',
  );
  if (typeof document.bio !== 'string') reader.fail('bio', 'must be text');
  return {
    owner,
    bio: document.bio as string,
    news: reader.items('news', document.news, (entry) => {
      const { id: _id, date, text: body, ...fields } = entry;
      return { fields: { date, ...fields }, body };
    }),
    publications: reader.items('publication', document.publications, publicationFromCsl),
    talks: reader.items('talk', document.talks, (entry) => {
      const { id: _id, date, abstract: body, ...fields } = entry;
      return { fields: { date, ...fields }, body };
    }),
    service: reader.items('service', document.service, (entry) => {
      const { id: _id, text: body, ...fields } = entry;
      return { fields, body };
    }),
    sections: reader.items('section', document.sections, (entry) => {
      const { id: _id, text: body, ...fields } = entry;
      return { fields, body };
    }),
  } as Profile;
}

class ProfileJsonReader {
  constructor(private readonly file: string) {}

  parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message)?.[1];
      const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
      throw new ProfileError(`not valid JSON: ${message}`, {
        file: this.file,
        ...(line === undefined ? {} : { line }),
        hint: 'read a file that `profile export --format json` wrote',
      });
    }
  }

  fail(where: string, message: string): never {
    throw new ProfileError(`${where ? `${where}: ` : ''}${message}`, {
      file: this.file,
      hint: 'the JSON does not describe a valid profile; export it again with `profile export --format json`',
    });
  }

  object(value: unknown, where: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'must be an object');
    return value as JsonObject;
  }

  checked<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown, where: string): v.InferOutput<TSchema> {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    const issue = result.issues[0];
    const path = (issue?.path ?? []).map((step) => String(step.key)).join('.');
    return this.fail([where, path].filter(Boolean).join('.'), issue?.message ?? 'is not valid');
  }

  /** The entries of one list, each made into an item of `kind` with the fields and body `split` finds. */
  items(kind: ItemKind, list: unknown, split: (entry: JsonObject) => { fields: JsonObject; body: unknown }): Item[] {
    const { folder, idPrefix } = itemFolders[kind];
    const name = kind === 'publication' ? 'publications' : folder;
    if (!Array.isArray(list)) this.fail(name, 'must be a list');
    const seen = new Set<string>();
    const items = (list as unknown[]).map((value, index): Item => {
      const where = `${name}[${index}]`;
      const entry = this.object(value, where);
      const id = kind === 'publication' ? this.object(entry.custom, `${where}.custom`).id : entry.id;
      const stem = typeof id === 'string' && id.startsWith(`${idPrefix}/`) ? id.slice(idPrefix.length + 1) : '';
      if (!safeFileStem.test(stem)) this.fail(`${where}.id`, `must be "${idPrefix}/" and a file name such as "a-b-1"`);
      if (seen.has(stem)) this.fail(`${where}.id`, `"${id}" appears twice`);
      seen.add(stem);
      const { fields, body } = split(entry);
      if (typeof body !== 'string' && body !== undefined) this.fail(where, 'its text must be text');
      return {
        kind,
        id: id as string,
        file: `${folder}/${stem}.md`,
        body: ((body as string | undefined) ?? '').trim(),
        fields: this.checked(itemSchemas[kind], fields, where),
      } as Item;
    });
    return items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
}

/** A CSL-JSON item of the profile JSON back as publication fields: the inverse of publicationToCsl. */
function publicationFromCsl(csl: JsonObject): { fields: JsonObject; body: unknown } {
  const custom = (csl.custom ?? {}) as JsonObject;
  const { id: _id, equalContribution, corresponding, ...ownFields } = custom;
  const marked = (list: unknown, index: number) => Array.isArray(list) && list.includes(index);
  const authors = Array.isArray(csl.author)
    ? (csl.author as CslName[]).map((name, index) => ({
        ...nameFields(name),
        ...(marked(equalContribution, index) ? { equal: true } : {}),
        ...(marked(corresponding, index) ? { corresponding: true } : {}),
      }))
    : csl.author;
  const parts = (csl.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  const fields: JsonObject = {
    key: csl['citation-key'] ?? csl.id,
    type: csl.type,
    title: csl.title,
    authors,
    ...(Array.isArray(csl.editor) ? { editors: (csl.editor as CslName[]).map(nameFields) } : {}),
    ...(Array.isArray(parts) ? { date: dateFromParts(parts) } : {}),
    ...optional('venue', csl['container-title']),
    ...optional('publisher', csl.publisher),
    ...optional('volume', csl.volume),
    ...optional('issue', csl.issue),
    ...optional('pages', csl.page),
    ...optional('edition', csl.edition),
    ...optional('isbn', csl.ISBN),
    ...optional('issn', csl.ISSN),
    ...optional('doi', csl.DOI),
    ...optional('url', csl.URL),
    ...ownFields,
  };
  return { fields, body: csl.abstract };
}

function nameFields(name: CslName): JsonObject {
  if (name.literal !== undefined) return { literal: name.literal };
  return { family: name.family, ...(name.given === undefined ? {} : { given: name.given }) };
}

function dateFromParts(parts: unknown[]): unknown {
  const [year, month, day] = parts;
  if (typeof year !== 'number') return String(year);
  return formatIsoDate({
    year,
    ...(typeof month === 'number' ? { month } : {}),
    ...(typeof day === 'number' ? { day } : {}),
  });
}

function optional(field: string, value: unknown): JsonObject {
  return value === undefined ? {} : { [field]: value };
}
