/**
 * Creating many item files at once: into an empty folder through a staging folder that replaces it in one rename,
 * into a folder that holds files one by one; names never collide, and a staging folder a killed run left is removed.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createItemFiles } from '../../../src/store/itemFiles.js';
import { removeLeftoverTempFiles } from '../../../src/store/leftoverTempFiles.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'profile-create-items-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function profileWith(publications: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, 'profile-'));
  mkdirSync(path.join(dir, 'publications'));
  for (const [name, text] of Object.entries(publications)) writeFileSync(path.join(dir, 'publications', name), text);
  return dir;
}

const files = [
  { stem: 'wang2024wise', text: 'one\n' },
  { stem: 'li2023edge', text: 'two\n' },
  { stem: 'wang2024wise', text: 'three\n' },
];

test('into an empty folder: every file, the same names as one by one, the folder keeps its permissions, nothing left', async () => {
  const dir = profileWith({});
  chmodSync(path.join(dir, 'publications'), 0o750);
  const created = await createItemFiles(dir, 'publication', files, { fsync: false });
  expect(created).toEqual([
    { id: 'pub/wang2024wise', file: 'publications/wang2024wise.md' },
    { id: 'pub/li2023edge', file: 'publications/li2023edge.md' },
    { id: 'pub/wang2024wise-2', file: 'publications/wang2024wise-2.md' },
  ]);
  expect(readdirSync(path.join(dir, 'publications')).sort()).toEqual([
    'li2023edge.md',
    'wang2024wise-2.md',
    'wang2024wise.md',
  ]);
  expect(readFileSync(path.join(dir, 'publications/wang2024wise-2.md'), 'utf8')).toBe('three\n');
  expect(statSync(path.join(dir, 'publications')).mode & 0o7777).toBe(0o750);
  expect(readdirSync(dir)).toEqual(['publications']);
});

test('into an empty folder, a text that cannot be made: the error as thrown, nothing created, no staging folder left', async () => {
  const dir = profileWith({});
  const many = Array.from({ length: 200 }, (_, index) => ({
    stem: `entry${index}`,
    text:
      index === 150
        ? () => {
            throw new Error('cannot serialize entry150');
          }
        : () => `entry ${index}\n`,
  }));
  await expect(createItemFiles(dir, 'publication', many, { fsync: false })).rejects.toThrow(
    'cannot serialize entry150',
  );
  expect(readdirSync(path.join(dir, 'publications'))).toEqual([]);
  expect(readdirSync(dir)).toEqual(['publications']);
});

test('into a folder that holds a file: created one by one, the file kept, a taken name gets -2', async () => {
  const dir = profileWith({ 'wang2024wise.md': 'the user’s own\n' });
  const created = await createItemFiles(dir, 'publication', files.slice(0, 2), { fsync: false });
  expect(created).toEqual([
    { id: 'pub/wang2024wise-2', file: 'publications/wang2024wise-2.md' },
    { id: 'pub/li2023edge', file: 'publications/li2023edge.md' },
  ]);
  expect(readFileSync(path.join(dir, 'publications/wang2024wise.md'), 'utf8')).toBe('the user’s own\n');
  expect(readdirSync(path.join(dir, 'publications')).sort()).toEqual([
    'li2023edge.md',
    'wang2024wise-2.md',
    'wang2024wise.md',
  ]);
  expect(readdirSync(dir)).toEqual(['publications']);
});

test('a staging folder a killed import left is removed by the next command holding the lock; a link is left alone', () => {
  const dir = profileWith({});
  const leftover = path.join(dir, '.publications.import.0123456789ab');
  mkdirSync(leftover);
  writeFileSync(path.join(leftover, 'wang2024wise.md'), 'half');
  const elsewhere = mkdtempSync(path.join(root, 'elsewhere-'));
  symlinkSync(elsewhere, path.join(dir, '.news.import.0123456789ab'));
  mkdirSync(path.join(dir, '.publications.import.notours'));
  removeLeftoverTempFiles(dir);
  expect(readdirSync(dir).sort()).toEqual([
    '.news.import.0123456789ab',
    '.publications.import.notours',
    'publications',
  ]);
  expect(readdirSync(elsewhere)).toEqual([]);
});
