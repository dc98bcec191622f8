// Proves the safe scalar rules: which plain scalars get a type, and that every writer quotes a string that would
// otherwise read back typed, so a value keeps its meaning on every YAML path.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringifyFrontMatter, stringifyFrontMatterWithDocument } from '../../../src/frontMatter/itemFile.js';
import { resolvePlainScalar, safeScalars } from '../../../src/frontMatter/safeScalars.js';
import { parseSafeYaml } from '../../../src/frontMatter/safeYaml.js';

const plain = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'False', 'TRUE', 'yes', 'on'];
const numbers = ['0', '-12', '007', '+5', '1.5', '2025.07', '0x1F', '123456789012345', '1234567890123456'];

describe('resolvePlainScalar', () => {
  test('null, booleans and whole numbers up to 15 digits get a type; everything else stays text', () => {
    expect(plain.map(resolvePlainScalar)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'nULL',
      true,
      false,
      true,
      'yes',
      'on',
    ]);
    expect(numbers.map(resolvePlainScalar)).toEqual([
      0,
      -12,
      '007',
      '+5',
      '1.5',
      '2025.07',
      '0x1F',
      123456789012345,
      '1234567890123456',
    ]);
  });
});

describe('the first-character shortcut of resolvePlainScalar', () => {
  // The rules themselves, without the shortcut that settles most text by its first character.
  const byPatterns = (text: string) => {
    const scalar = safeScalars.find((candidate) => candidate.test.test(text));
    return scalar ? scalar.resolve(text) : text;
  };

  test('gives what the patterns give, for every first character of the Basic Latin and Latin-1 blocks', () => {
    const tails = ['', 'rue', 'RUE', 'alse', 'ALSE', 'ull', 'ULL', '0', '12', '007', 'x'];
    const texts = Array.from({ length: 0x100 }, (_, code) => tails.map((tail) => String.fromCharCode(code) + tail));
    for (const text of texts.flat()) expect([text, resolvePlainScalar(text)]).toEqual([text, byPatterns(text)]);
  });

  test('gives what the patterns give for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => Object.is(resolvePlainScalar(text), byPatterns(text))));
  });
});

describe('a string that looks typed is written quoted and reads back as the same string', () => {
  test.each([...plain.filter((text) => text !== ''), ...numbers])('%j', (text) => {
    for (const write of [stringifyFrontMatter, stringifyFrontMatterWithDocument]) {
      const read = parseSafeYaml(write({ field: text }));
      if (!read.ok) throw new Error(read.problem.message);
      expect(read.yaml.value).toEqual({ field: text });
    }
  });
});
