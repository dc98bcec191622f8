/** Reading written names, and recognising the owner among authors whatever the spelling. */
import { describe, expect, test } from 'vitest';
import { displayName, ownerMatcher, parsePersonName } from '../../../src/model/authorNames.js';

describe('parsePersonName', () => {
  test('"Given Family": the last word is the family name', () => {
    expect(parsePersonName('Zexi Li')).toEqual({ family: 'Li', given: 'Zexi' });
  });

  test('"Family, Given": the comma says which is which', () => {
    expect(parsePersonName('Li, Zexi')).toEqual({ family: 'Li', given: 'Zexi' });
  });

  test('a middle initial belongs to the given names', () => {
    expect(parsePersonName('William F. Shen')).toEqual({ family: 'Shen', given: 'William F.' });
  });

  test('a single word is a family name', () => {
    expect(parsePersonName('Plato')).toEqual({ family: 'Plato', given: '' });
  });

  test('extra spaces are collapsed', () => {
    expect(parsePersonName('  Zexi   Li ')).toEqual({ family: 'Li', given: 'Zexi' });
  });
});

describe('ownerMatcher', () => {
  const isOwner = ownerMatcher(['Zexi Li', 'Z. Li', 'Li, Zexi']);

  test('matches the full name', () => {
    expect(isOwner({ family: 'Li', given: 'Zexi' })).toBe(true);
  });

  test('matches the initial with a dot', () => {
    expect(isOwner({ family: 'Li', given: 'Z.' })).toBe(true);
  });

  test('matches the initial without a dot', () => {
    expect(isOwner({ family: 'Li', given: 'Z' })).toBe(true);
  });

  test('ignores case', () => {
    expect(isOwner({ family: 'LI', given: 'zexi' })).toBe(true);
  });

  test('does not match another person with the same family name', () => {
    expect(isOwner({ family: 'Li', given: 'Zhiqi' })).toBe(false);
  });

  test('does not match the family name alone', () => {
    expect(isOwner({ family: 'Li' })).toBe(false);
  });

  test('does not match given and family swapped', () => {
    expect(isOwner({ family: 'Zexi', given: 'Li' })).toBe(false);
  });

  test('matches a literal name written like a variant', () => {
    expect(isOwner({ literal: 'Zexi Li' })).toBe(true);
  });

  test('does not match a literal group name', () => {
    expect(isOwner({ literal: 'The WISE Team' })).toBe(false);
  });

  test('ignores accents', () => {
    expect(ownerMatcher(['José García'])({ family: 'García', given: 'Jose' })).toBe(true);
  });

  test('ignores accents written in the variant but not the author', () => {
    expect(ownerMatcher(['José García'])({ family: 'Garcia', given: 'José' })).toBe(true);
  });

  test('treats a hyphen like a space', () => {
    expect(ownerMatcher(['Jean-Paul Sartre'])({ family: 'Sartre', given: 'Jean Paul' })).toBe(true);
  });
});

describe('displayName', () => {
  test('writes given before family', () => {
    expect(displayName({ family: 'Wang', given: 'Peng' })).toBe('Peng Wang');
  });

  test('writes a family name alone when there is no given name', () => {
    expect(displayName({ family: 'Plato' })).toBe('Plato');
  });

  test('writes a literal name as it is', () => {
    expect(displayName({ literal: 'The WISE Team' })).toBe('The WISE Team');
  });
});
