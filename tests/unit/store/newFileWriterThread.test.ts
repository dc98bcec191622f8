/**
 * The thread that writes a first import's new files: every file whole, in its mode; never over a file that exists;
 * the first failure stops it and comes back as the file system's error, naming the file, with nothing half-written.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { NewFileWriterThread } from '../../../src/store/newFileWriterThread.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'profile-writer-thread-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('writes every file queued, whole and in its mode, more than one message of them', async () => {
  const dir = mkdtempSync(path.join(root, 'all-'));
  const writer = new NewFileWriterThread({ mode: 0o644, fsync: false });
  for (let index = 0; index < 150; index++) writer.write(path.join(dir, `f${index}.md`), `file ${index} é\n`);
  await writer.finish();
  expect(readdirSync(dir).length).toBe(150);
  expect(readFileSync(path.join(dir, 'f149.md'), 'utf8')).toBe('file 149 é\n');
  expect(statSync(path.join(dir, 'f0.md')).mode & 0o777).toBe(0o644);
});

test('a file that exists is never written over: finish throws EEXIST naming it, and writes nothing after it', async () => {
  const dir = mkdtempSync(path.join(root, 'exists-'));
  writeFileSync(path.join(dir, 'b.md'), 'the user’s own\n');
  const writer = new NewFileWriterThread({ mode: 0o644, fsync: false });
  for (const name of ['a', 'b', 'c']) writer.write(path.join(dir, `${name}.md`), `${name}\n`);
  await expect(writer.finish()).rejects.toMatchObject({
    code: 'EEXIST',
    syscall: 'open',
    path: path.join(dir, 'b.md'),
  });
  expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe('the user’s own\n');
});

test('a folder that is gone: finish throws ENOENT naming the file', async () => {
  const writer = new NewFileWriterThread({ mode: 0o644, fsync: true });
  const file = path.join(root, 'missing', 'a.md');
  writer.write(file, 'a\n');
  await expect(writer.finish()).rejects.toMatchObject({ code: 'ENOENT', path: file });
});

test('abort ends the thread at once: files still queued are never written', async () => {
  const dir = mkdtempSync(path.join(root, 'abort-'));
  const writer = new NewFileWriterThread({ mode: 0o644, fsync: false });
  // Fewer than one message's worth: still queued here when abort comes.
  writer.write(path.join(dir, 'a.md'), 'a\n');
  await writer.abort();
  expect(readdirSync(dir)).toEqual([]);
});
