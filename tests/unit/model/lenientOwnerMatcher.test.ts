/** The owner among imported authors: initials, middle names and accents no longer miss; another person never matches. */
import { describe, expect, test } from 'vitest';
import { lenientOwnerMatcher } from '../../../src/model/authorNames.js';

describe('lenientOwnerMatcher', () => {
  const isOwner = lenientOwnerMatcher(['Heather Piwowar', 'Zoë Müller-Lüdenscheidt']);
  test.each([
    [{ family: 'Piwowar', given: 'Heather' }, true],
    [{ family: 'Piwowar', given: 'Heather A.' }, true],
    [{ family: 'Piwowar', given: 'H.' }, true],
    [{ family: 'Piwowar', given: 'H. A.' }, true],
    [{ family: 'Piwowar', given: 'HA' }, false],
    [{ literal: 'Heather A. Piwowar' }, true],
    [{ family: 'PIWOWAR', given: 'heather' }, true],
    [{ family: 'Muller-Ludenscheidt', given: 'Zoe' }, true],
    [{ family: 'Piwowar', given: 'Hannah' }, false],
    [{ family: 'Piwowar', given: 'A. Heather' }, false],
    [{ family: 'Piwowar' }, false],
    [{ family: 'Priem', given: 'Heather' }, false],
  ])('%o: %s', (author, expected) => {
    expect(isOwner(author)).toBe(expected);
  });

  test("a variant's initial never stands for an author's full name", () => {
    const initialsOnly = lenientOwnerMatcher(['Z. Li']);
    expect(initialsOnly({ family: 'Li', given: 'Zhiqi' })).toBe(false);
    expect(initialsOnly({ family: 'Li', given: 'Z.' })).toBe(true);
  });
});
