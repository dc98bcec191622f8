// The shortcuts of isSafeLinkTarget (a plain scheme, a plain relative path) answer exactly as the general way does.
import { describe, expect, test } from 'vitest';
import { isSafeLinkTarget, isSafeLinkTargetDecoded } from '../../../src/model/linkSafety.js';

const written = [
  'https://example.org/a',
  'HTTP://x',
  'mailto:a@b.c',
  'javascript:alert(1)',
  'JavaScript:x',
  'data:text/html,x',
  'vbscript:x',
  'file:///etc/passwd',
  'a.b+c-d:x',
  'papers/a.pdf',
  '/abs/p?q=1',
  '#frag',
  '//evil.example',
  '/\\evil.example',
  '\\\\evil',
  'java\tscript:x',
  'java\u200bscript:x',
  ' javascript:x',
  '\u0001javascript:x',
  'javascript&colon;x',
  'javascript&#58;x',
  'javascript%3ax',
  'java%73cript:x',
  '&#106;avascript:x',
  'java\\script:x',
  'a;b#c/d',
  'x y:z',
  '',
  ':',
  'a:',
  `${'a'.repeat(600)}:x`,
  `${'a'.repeat(499)}/b`,
  `${'a'.repeat(520)}`,
];

describe('isSafeLinkTarget agrees with the general way', () => {
  test.each(written)('%j', (target) => {
    expect(isSafeLinkTarget(target)).toBe(isSafeLinkTargetDecoded(target));
  });

  test('on random strings of the characters that matter', () => {
    const alphabet = [...'aJs:/\\&#;%3A.+-? \t', '\u200b', '\u0001', 'ttp', 'https', 'javascript', '&colon;', '%3a'];
    let seed = 29;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    for (let round = 0; round < 20_000; round++) {
      let target = '';
      for (let index = 0, length = next(8); index < length; index++) target += alphabet[next(alphabet.length)];
      expect(isSafeLinkTarget(target), JSON.stringify(target)).toBe(isSafeLinkTargetDecoded(target));
    }
  });
});
