/**
 * A hidden item alone between visible ones (or two in a row, with `hiddenRuns: lines`), in a section whose `hiddenForm` says the page wrote such items as one
 * comment on the line after the one before it (`<!-- {hidden} -->`, `<!--{hidden}-->`): whatever its text holds (lines
 * that could start a list, a heading, a quote, HTML, a fence, a table, a definition, a rule; `-->`, `--!>`, `<!--`,
 * `>` right after the marker, blank lines), the page `export --format md` writes shows none of it, under markdown-it
 * (CommonMark, as Hugo) and kramdown (as Jekyll), and shows the visible items as one list. Where the one-line form
 * would not hide the text, the export writes it in a comment of its own lines (issue 18's form), which also hides it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { renderFormat } from '../../src/export/renderFormat.js';
import { serializeItemFile } from '../../src/frontMatter/itemFile.js';
import { loadProfile } from '../../src/store/loadProfile.js';
import { engineTestName, pageEngines } from '../adversarial/support/renderedPage.js';
import { propertyRuns } from './propertyRuns.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'profile-property-hidden-form-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

/** How a line of the hidden text may start: each way Markdown could read a block, and plain words. */
const lineStarts = [
  ...['- ', '* ', '+ ', '1. ', '1) ', '# ', '> ', '>', '->', '<div>', '<!-- ', ': ', '| ', '```', '~~~', '{:', '$$'],
  ...['[^1]: ', '*[X]: ', '[a]: http://x.org ', '---', '***', '___', '===', '    - ', '  ', '', 'word ', '**b** '],
];
const lineEnds = ['', '  ', ' -->', ' --!>', ' <!--', ' |', '\\'];
const hiddenLine = fc
  .tuple(fc.constantFrom(...lineStarts), fc.constantFrom(...lineEnds))
  .map(([start, end]) => `${start}SECRET${end}`);
const hiddenText = fc.array(fc.oneof(hiddenLine, fc.constant('')), { minLength: 1, maxLength: 4 });
const forms = fc.constantFrom('<!-- {hidden} -->', '<!--{hidden}-->', '<!--\t{hidden}  -->');

async function exportedPage(
  form: string,
  lines: readonly string[],
  layout: string,
  second?: readonly string[],
): Promise<string> {
  const dir = path.join(root, `run-${runs++}`);
  mkdirSync(path.join(dir, 'news'), { recursive: true });
  const section = { kind: 'news', title: 'News', layout, hiddenForm: form, ...(second ? { hiddenRuns: 'lines' } : {}) };
  writeFileSync(
    path.join(dir, 'profile.md'),
    serializeItemFile({ name: 'Ada Lovelace', page: { sections: [section] } }, ''),
  );
  writeFileSync(path.join(dir, 'news', '2025-09-newer.md'), serializeItemFile({ date: '2025-09' }, 'Newer.'));
  writeFileSync(path.join(dir, 'news', '2024-01-older.md'), serializeItemFile({ date: '2024-01' }, 'Older.'));
  writeFileSync(
    path.join(dir, 'news', '2025-01-hidden.md'),
    serializeItemFile({ date: '2025-01', hidden: true }, lines.join('\n')),
  );
  if (second) {
    writeFileSync(
      path.join(dir, 'news', '2025-02-hidden.md'),
      serializeItemFile({ date: '2025-02', hidden: true }, second.join('\n')),
    );
  }
  const { profile, problems } = await loadProfile(dir);
  expect(problems).toEqual([]);
  if (!profile) throw new Error('no profile');
  rmSync(dir, { recursive: true, force: true });
  return renderFormat(profile, 'md', {});
}

const layouts = ['* **\\[{date}\\]** {text}', '{date}: {text}', '{text}'];
const shownItems: Record<string, string[]> = {
  '* **\\[{date}\\]** {text}': ['[2025.09] Newer.', '[2024.01] Older.'],
  '{date}: {text}': ['2025.09: Newer.', '2024.01: Older.'],
  '{text}': ['Newer.', 'Older.'],
};

describe.each(pageEngines)('a hidden item in its one-line comment form, read by $name', (engine) => {
  test.skipIf(engine.missing)(
    engineTestName(engine, 'the page shows the visible items and nothing of the hidden one'),
    async () => {
      await fc.assert(
        fc.asyncProperty(
          forms,
          hiddenText,
          fc.constantFrom(...layouts),
          fc.option(hiddenText, { nil: undefined }),
          async (form, lines, layout, second) => {
            const markdown = await exportedPage(form, lines, layout, second);
            // `<!-->` and `<!--->` are whole (empty) comments to a browser, which would show what follows them.
            expect(markdown).not.toMatch(/<!---?>/);
            const page = await engine.render(markdown);
            const shown = page.visible.map((text) => text.replace(/\s+/g, ' ').trim());
            expect(shown.filter((text) => text.includes('SECRET') || /<!|–>|-->/.test(text))).toEqual([]);
            expect(shown).toEqual(['News', ...(shownItems[layout] ?? [])]);
          },
        ),
        propertyRuns(150),
      );
    },
  );

  test.skipIf(engine.missing)(
    engineTestName(engine, 'a hidden item of one line is written in the form, right under the item before it'),
    async () => {
      const page = await exportedPage('<!-- {hidden} -->', ['Draft SECRET.'], layouts[0] as string);
      expect(page.split('\n').slice(-4).join('\n')).toBe(
        '* **\\[2025.09\\]** Newer.\n<!-- * **\\[2025.01\\]** Draft SECRET. -->\n* **\\[2024.01\\]** Older.\n',
      );
      // kramdown reads the comment into the item above (a space before it is all that item shows more).
      const shown = (await engine.render(page)).visible.map((text) => text.trim());
      expect(shown).toEqual(['News', '[2025.09] Newer.', '[2024.01] Older.']);
    },
  );
});
