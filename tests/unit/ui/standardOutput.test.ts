/** standardOutput writes the exact UTF-8 bytes to its descriptor and asks nothing of the terminal until told to. */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { standardOutput } from '../../../src/ui/standardOutput.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function fileDescriptor(): { fd: number; read: () => string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'profile-stdout-'));
  folders.push(folder);
  const file = path.join(folder, 'out.txt');
  const fd = openSync(file, 'w');
  return {
    fd,
    read: () => {
      closeSync(fd);
      return readFileSync(file, 'utf8');
    },
  };
}

describe('standardOutput', () => {
  test('writes every byte, in order, multi-byte characters whole', () => {
    const { fd, read } = fileDescriptor();
    const output = standardOutput(fd as 1, () => {
      throw new Error('the Node stream is not needed for a file');
    });
    expect(output.write('Zexi Li — 李泽西 ')).toBe(true);
    expect(output.write('🎉\n')).toBe(true);
    expect(output.write('x'.repeat(200_000))).toBe(true);
    expect(read()).toBe(`Zexi Li — 李泽西 🎉\n${'x'.repeat(200_000)}`);
  });

  test('a file is not a terminal, and has no columns', () => {
    const { fd, read } = fileDescriptor();
    const output = standardOutput(fd as 1, () => {
      throw new Error('not asked for a file');
    });
    expect(output.isTTY).toBe(false);
    expect(output.columns).toBeUndefined();
    read();
  });

  test('a descriptor that is closed is an error, not silence', () => {
    const { fd, read } = fileDescriptor();
    read();
    const output = standardOutput(fd as 1, () => process.stdout);
    expect(() => output.write('lost?')).toThrow(/EBADF/);
  });
});
