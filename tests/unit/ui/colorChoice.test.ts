/** colorWanted: a terminal, unless NO_COLOR (not empty) or TERM=dumb; FORCE_COLOR (not empty) decides before both. */
import { describe, expect, test } from 'vitest';
import { colorWanted } from '../../../src/ui/colorChoice.js';

const xterm = { TERM: 'xterm-256color' };

describe('colorWanted', () => {
  test.for([
    ['a terminal', true, xterm, true],
    ['a pipe or a file', false, xterm, false],
    ['a terminal, TERM=dumb', true, { TERM: 'dumb' }, false],
    ['a terminal without TERM', true, {}, true],
    ['a terminal, NO_COLOR=1', true, { ...xterm, NO_COLOR: '1' }, false],
    ['a terminal, NO_COLOR=0 (any value that is not empty)', true, { ...xterm, NO_COLOR: '0' }, false],
    ['a terminal, NO_COLOR= (empty: not set)', true, { ...xterm, NO_COLOR: '' }, true],
    ['a terminal, FORCE_COLOR=0', true, { ...xterm, FORCE_COLOR: '0' }, false],
    ['a terminal, FORCE_COLOR=false', true, { ...xterm, FORCE_COLOR: 'false' }, false],
    ['a pipe, FORCE_COLOR=1', false, { FORCE_COLOR: '1' }, true],
    ['a pipe, FORCE_COLOR=3', false, { FORCE_COLOR: '3' }, true],
    ['a pipe, FORCE_COLOR=true', false, { FORCE_COLOR: 'true' }, true],
    ['a pipe, FORCE_COLOR= (empty: not set)', false, { FORCE_COLOR: '' }, false],
    ['a terminal, FORCE_COLOR= (empty: not set)', true, { ...xterm, FORCE_COLOR: '' }, true],
    ['a terminal, TERM=dumb, FORCE_COLOR=1', true, { TERM: 'dumb', FORCE_COLOR: '1' }, true],
    [
      'a terminal, NO_COLOR=1 and FORCE_COLOR=1 (FORCE_COLOR first, as in Node)',
      true,
      { NO_COLOR: '1', FORCE_COLOR: '1' },
      true,
    ],
    ['a terminal, NO_COLOR=1 and FORCE_COLOR= (empty)', true, { NO_COLOR: '1', FORCE_COLOR: '' }, false],
    ['a pipe, NO_COLOR= and FORCE_COLOR=0', false, { NO_COLOR: '', FORCE_COLOR: '0' }, false],
  ] as const)('%s', ([, isTerminal, env, expected]) => {
    expect(colorWanted(isTerminal, env)).toBe(expected);
  });
});
