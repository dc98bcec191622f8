// Proves what loadProfile relies on to skip the leftover check for item files: no leftover's name ends in `.md`.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isLeftoverTempFile } from '../../../src/store/leftoverTempFiles.js';

test('the names interrupted writes leave are recognised beside the file they replace', () => {
  const siblings = new Set(['2025-01-kept.md', '2025-01-kept.md.2148033491']);
  expect(isLeftoverTempFile('2025-01-kept.md.2148033491', siblings)).toBe(true);
  expect(isLeftoverTempFile('.2025-02-half.0123456789ab.tmp', siblings)).toBe(true);
  expect(isLeftoverTempFile('.import.0123456789ab.7.tmp', siblings)).toBe(true);
  expect(isLeftoverTempFile('2025-01-other.md.2148033491', siblings)).toBe(false);
});

test('a name ending in .md is never a leftover, whatever is beside it', () => {
  const names = fc.stringMatching(/^[.a-z0-9-]{0,20}(\.md(\.\d{1,10})?)?$/).map((name) => `${name}.md`);
  fc.assert(
    fc.property(names, fc.array(fc.stringMatching(/^[.a-z0-9-]{0,30}$/)), (name, others) => {
      const siblings = new Set([...others, name, name.slice(0, -'.md'.length), `${name}.md`]);
      return !isLeftoverTempFile(name, siblings);
    }),
  );
});
