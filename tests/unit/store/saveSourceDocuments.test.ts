/** `--save DIR`: every answer written under a safe name inside DIR, old pages of a re-fetched source removed. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { safeFileName, saveSourceDocuments } from '../../../src/store/saveSourceDocuments.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'profile-save-'));
}

test('hostile names stay plain file names inside DIR', () => {
  expect(safeFileName('doi-10.1145/3539618.3591976.json')).toBe('doi-10.1145-3539618.3591976.json');
  expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
  expect(safeFileName('..')).toBe('source');
  expect(safeFileName('.hidden.json')).toBe('hidden.json');
  expect(safeFileName('-rf.xml')).toBe('rf.xml');
  expect(safeFileName(`${'a'.repeat(300)}.json`)).toBe(`${'a'.repeat(145)}.json`);
});

test('writes each answer, creating DIR; a name given twice gets a second name, not an overwrite', async () => {
  const root = tempDir();
  const dir = path.join(root, 'sources');
  const saved = await saveSourceDocuments(dir, [
    { fileName: 'dblp-m-AndrewMcCallum.xml', bytes: bytes('<dblpperson/>') },
    { fileName: 'doi-10.1/a-b.json', bytes: bytes('{"a":1}') },
    { fileName: 'doi-10.1/a/b.json', bytes: bytes('{"b":2}') },
  ]);
  expect(saved).toEqual({
    written: ['dblp-m-AndrewMcCallum.xml', 'doi-10.1-a-b.json', 'doi-10.1-a-b~2.json'],
    removed: [],
  });
  expect(readdirSync(dir).sort()).toEqual(['dblp-m-AndrewMcCallum.xml', 'doi-10.1-a-b.json', 'doi-10.1-a-b~2.json']);
  expect(readFileSync(path.join(dir, 'doi-10.1-a-b~2.json'), 'utf8')).toBe('{"b":2}');
  expect(readdirSync(root)).toEqual(['sources']);
});

test('a re-fetched paged source: pages it no longer has are removed, other files are left alone', async () => {
  const dir = tempDir();
  for (const name of [
    'openalex-A5023888391-works-1.json',
    'openalex-A5023888391-works-2.json',
    'openalex-A50238883910-works-1.json',
    'notes.txt',
  ]) {
    writeFileSync(path.join(dir, name), 'old');
  }
  const saved = await saveSourceDocuments(
    dir,
    [{ fileName: 'openalex-A5023888391-works-1.json', bytes: bytes('{"new":true}') }],
    ['openalex-A5023888391-works'],
  );
  expect(saved).toEqual({
    written: ['openalex-A5023888391-works-1.json'],
    removed: ['openalex-A5023888391-works-2.json'],
  });
  expect(readdirSync(dir).sort()).toEqual([
    'notes.txt',
    'openalex-A5023888391-works-1.json',
    'openalex-A50238883910-works-1.json',
  ]);
});

test('DIR as a symbolic link, or a file, is refused before anything is written', async () => {
  const root = tempDir();
  mkdirSync(path.join(root, 'elsewhere'));
  symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'link'));
  writeFileSync(path.join(root, 'file'), '');
  const document = { fileName: 'arxiv-2408.00716.xml', bytes: bytes('<feed/>') };
  await expect(saveSourceDocuments(path.join(root, 'link'), [document])).rejects.toThrow(
    'is a symbolic link; profile does not write through links',
  );
  await expect(saveSourceDocuments(path.join(root, 'file'), [document])).rejects.toThrow('is not a folder');
  expect(readdirSync(path.join(root, 'elsewhere'))).toEqual([]);
});
