/** The profile lock: what a process killed while taking a dead holder's lock away leaves is removed by the next one. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { withProfileLock } from '../../../src/store/profileLock.js';

test('a lock moved aside by a killed takeover is removed by the next holder; other names stay', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'profile-lock-'));
  const leftover = path.join(dir, '.profile.lock.stale-0123456789ab');
  mkdirSync(leftover);
  writeFileSync(path.join(leftover, 'owner'), JSON.stringify({ pid: 1, host: 'gone' }));
  const notOurs = path.join(dir, '.profile.lock.stale-notours');
  mkdirSync(notOurs);
  const seen = await withProfileLock(dir, async () => existsSync(leftover));
  expect(seen).toBe(false);
  expect(existsSync(notOurs)).toBe(true);
  expect(existsSync(path.join(dir, '.profile.lock'))).toBe(false);
});
