/** Without --style the page needs no citeproc, which loads only when a renderer is asked for; citation-js's core never does. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadCslEntryRenderer } from '../../../../src/export/csl/cslStyle.js';
import { renderAboutPage } from '../../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { readTextFile } from '../../../../src/store/readTextFile.js';

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '../../../..');

// Node's module cache of this test process (vitest runs each test file in its own).
function loaded(folder: string): boolean {
  return Object.keys(require.cache).some((file) => file.includes(`${path.sep}node_modules${path.sep}${folder}`));
}

test('the page renders without loading citeproc, which a renderer then loads without citation-js', async () => {
  const { profile } = await loadValidProfile(path.join(repo, 'profile'));
  expect(renderAboutPage(profile)).toContain('\n- [**NeurIPS 2024**] [WISE: Rethinking');
  expect(loaded('citeproc')).toBe(false);

  await loadCslEntryRenderer({
    style: 'apa',
    readStyleFile: (file) => readTextFile(path.resolve(repo, file)),
    profile,
  });
  expect(loaded('citeproc')).toBe(true);
  expect(loaded(path.join('@citation-js', 'core'))).toBe(false);
});
