/** The hand reader of plain entries gives exactly what citation-js gives, or declines. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadRawBibParser, type RawBibParser } from '../../../src/bibtex/citationJs.js';
import { decodeBibText } from '../../../src/bibtex/readBibEntries.js';
import { readPlainEntry } from '../../../src/bibtex/readPlainEntry.js';
import { splitBibFile } from '../../../src/bibtex/splitBibFile.js';
import { propertyRuns } from '../../property/propertyRuns.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

let parse: RawBibParser;
let generateBib: (entries: number, seed: number) => string;
beforeAll(async () => {
  parse = await loadRawBibParser();
  // The benchmark's generator is plain JavaScript outside the TypeScript project.
  const generator: string = '../../../bench/generateBib.mjs';
  ({ generateBib } = (await import(generator)) as { generateBib: typeof generateBib });
});

/** Citation-js's value of a macro after the `@string`s given, or undefined when it does not define it. */
function macroValues(strings: string): (name: string) => string | undefined {
  return (name) => {
    const value = parse(`${strings}@misc{m, v = ${name}}`)[0]?.properties.v;
    return value === undefined || value === '' ? undefined : String(value);
  };
}

/** Every entry the reader reads compared with citation-js reading it after the file's `@string`s so far. */
function compareFile(text: string): { read: number; declined: number } {
  let strings = '';
  let read = 0;
  let declined = 0;
  for (const chunk of splitBibFile(text)) {
    if (chunk.kind === 'string') strings += `${chunk.text}\n`;
    if (chunk.kind !== 'entry' || chunk.problem !== undefined) continue;
    const mine = readPlainEntry(chunk.text, macroValues(strings));
    if (mine === undefined) {
      declined++;
      continue;
    }
    read++;
    expect(mine, chunk.text).toStrictEqual(parse(`${strings}${chunk.text}`)[0]);
  }
  return { read, declined };
}

function bibFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return bibFiles(file);
    return entry.name.endsWith('.bib') ? [file] : [];
  });
}

describe('readPlainEntry', () => {
  test('reads every fixture entry it accepts as citation-js does', () => {
    let read = 0;
    for (const file of bibFiles(fixtures)) {
      let text: string;
      try {
        text = decodeBibText(readFileSync(file), file);
      } catch {
        continue; // not UTF-8: never read
      }
      read += compareFile(text).read;
    }
    expect(read).toBeGreaterThan(50);
  });

  test('reads the generated benchmark entries as citation-js does, and declines none of them', () => {
    const { read, declined } = compareFile(generateBib(600, 1));
    expect(read).toBe(600);
    expect(declined).toBe(0);
  });

  test('declines what citation-js reads otherwise than BibTeX, and what it is not sure of', () => {
    const none = () => undefined;
    expect(readPlainEntry('@misc{k, title = {a \\{ b}}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, title = {a \\\\}}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, title = "a } b"}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, author+an = {1=x}}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, month = jul}', none)).toBeUndefined();
    expect(readPlainEntry('@stringent{k, title = {x}}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, title = {x}, title = {y}}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, year = 2020a}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, year = -5}', none)).toBeUndefined();
    expect(readPlainEntry('@misc{k, title = {x}}\u00a0', none)).toBeUndefined();
  });

  test('reads numbers, concatenations, comments and quotes as citation-js does', () => {
    const macros = (name: string) => (name === 'venue' ? 'The Venue' : undefined);
    expect(
      readPlainEntry('@Misc ( Key:1 ,\n % a comment\n YEAR = 007, note = venue # " and {"}" # 12 , )', macros),
    ).toStrictEqual({ type: 'misc', label: 'Key:1', properties: { year: 7, note: 'The Venue and {"}12' } });
  });

  test('whatever the text, what it reads is what citation-js reads', () => {
    const strings = '@string{venue = {The {Big} Venue}}\n';
    const macros = macroValues(strings);
    // Mostly what real entries hold, now and then what the reader must decline.
    const valueText = fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[a-z {}"%#,=\n0-9@)(]{0,12}$/) },
      { weight: 1, arbitrary: fc.stringMatching(/^[a-z {}"\\%\n]{0,8}$/) },
    );
    const part = fc.oneof(
      { weight: 3, arbitrary: valueText.map((text) => `{${text}}`) },
      { weight: 2, arbitrary: valueText.map((text) => `"${text}"`) },
      { weight: 1, arbitrary: fc.stringMatching(/^-?[0-9]{1,3}$/) },
      { weight: 1, arbitrary: fc.constantFrom('venue', 'jan', 'undefinedmacro', 'Venue', 'constructor') },
    );
    const space = fc.constantFrom('', ' ', '\n  ', ' % note\n', '\t');
    const field = fc
      .tuple(
        fc.constantFrom('title', 'Year', 'note', 'x_y', 'a:b-c', 'author+an', '__proto__'),
        space,
        fc.array(part, { minLength: 1, maxLength: 3 }),
        space,
      )
      .map(([name, gap, parts, after]) => `${name}${gap}=${gap}${parts.join(`${after}#${gap}`)}${after}`);
    const entry = fc
      .tuple(
        fc.constantFrom('article', 'Misc', 'inproceedings', 'stringent'),
        fc.constantFrom('{', '('),
        fc.constantFrom('key', 'a:b/c', 'Key-1', 'k}', 'k%x'),
        space,
        fc.uniqueArray(field, { maxLength: 3, selector: (text) => text.split(/[\s=]/)[0] }),
        fc.constantFrom('', ','),
        fc.constantFrom('}', ')'),
      )
      .map(
        ([type, open, key, gap, fields, comma, close]) =>
          `@${type}${open}${key}${gap},${fields.join(',')}${comma}${close}`,
      );
    let read = 0;
    fc.assert(
      fc.property(entry, (text) => {
        const mine = readPlainEntry(text, macros);
        if (mine === undefined) return;
        read++;
        const theirs = parse(`${strings}${text}`);
        expect(theirs).toHaveLength(1);
        expect(mine).toStrictEqual(theirs[0]);
      }),
      propertyRuns(300),
    );
    // Not only declines: a good share of the generated entries is read.
    expect(read).toBeGreaterThan(30);
  });
});
