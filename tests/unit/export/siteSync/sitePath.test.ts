/** Generated paths stay inside the site folder whatever an item's slug contains. */
import { expect, test } from 'vitest';
import { unsafeSitePathReason } from '../../../../src/export/siteSync/sitePath.js';

test.each([
  '_pages/about.md',
  '_publications/2024-12-01-wise.md',
  'content/publications/li2025fedgucci/index.md',
  'content/publications/li2025fedgucci/cite.bib',
  '_bibliography/papers.bib',
])('accepts %s', (path) => {
  expect(unsafeSitePathReason(path)).toBeUndefined();
});

test.each([
  ['', 'is empty'],
  ['/etc/passwd', 'is absolute'],
  ['C:/x.md', 'is absolute'],
  ['a\\b.md', 'contains a backslash'],
  ['../x.md', 'has a ".." segment'],
  ['a/../../x.md', 'has a ".." segment'],
  ['a//b.md', 'has a "" segment'],
  ['./a.md', 'has a "." segment'],
  ['.git/config', 'has the unsafe segment ".git"'],
  ['a/b c.md', 'has the unsafe segment "b c.md"'],
  ['content/con/index.md', 'names the device "con"'],
  ['_talks/NUL.md', 'names the device "NUL.md"'],
])('refuses %j: %s', (path, reason) => {
  expect(unsafeSitePathReason(path)).toBe(reason);
});
