/**
 * A reader that goes away is not an error, however the write says so: EPIPE from a pipe, ECONNRESET from the socket
 * pair Node's `spawn` gives a child when the parent closes its end first (seen on CI: `list --json` reported
 * "cannot write to standard output (ECONNRESET)" to a parent that had stopped reading).
 */
import { describe, expect, test } from 'vitest';
import { standardOutput } from '../../../src/ui/standardOutput.js';

function failingWith(code: string) {
  return standardOutput(
    1,
    () => {
      throw new Error('no stream is needed');
    },
    () => {
      throw Object.assign(new Error(`${code}: write failed`), { code });
    },
  );
}

describe('standardOutput when the reader has gone', () => {
  test.each(['EPIPE', 'ECONNRESET'])('%s: the write returns false, no error, and the failure reads EPIPE', (code) => {
    const output = failingWith(code);
    expect(output.write('{"id": "pub/a"}\n')).toBe(false);
    expect(output.failure).toBe('EPIPE');
    expect(output.write('more')).toBe(false);
  });

  test('another failure (a full disk) is still an error that names it', () => {
    const output = failingWith('ENOSPC');
    expect(() => output.write('x')).toThrow(/cannot write to standard output \(ENOSPC\)/);
    expect(output.failure).toBe('ENOSPC');
  });
});
