/**
 * Hostile text through every site export and the new formats: a title or news text with front-matter breakers,
 * `-->`, `<script>`, Liquid and Hugo shortcodes. Every generated file keeps each value whole (front matter parses
 * to exactly the expected keys), Jekyll-processed files hold no `{{`/`{%`, hidden items produce no site file and
 * appear nowhere outside a comment, and nothing is written outside `--out`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { parseFrontMatterFile } from '../../src/frontMatter/frontMatter.js';
import { splitFrontMatter } from '../../src/frontMatter/splitFrontMatter.js';
import { finishedCleanly, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();

const hostileTitle =
  'Breaking\n---\nlayout: evil\ntitle: "x" {{ site.secret }} {% include x %} {{< shortcode >}} --> <script>alert(1)</script>';
const hiddenMarker = 'HIDDEN-DRAFT-MUST-NOT-BE-PUBLISHED';

const hostileFiles = {
  'profile/publications/hostile.md': [
    '---',
    'key: hostile',
    `title: ${JSON.stringify(hostileTitle)}`,
    'authors:',
    '  - { family: Lovelace, given: Ada, equal: true }',
    '  - { family: "Evil\\n---\\nx: 1", given: "{{ site.x }}", corresponding: true }',
    'date: "2025-07"',
    'venue: "Venue {% raw %} --> <b>"',
    'label: "L {{ x }}"',
    'category: conference',
    'url: "https://example.org/{{a}}?q=\\"x\\""',
    '---',
    'Abstract with {{ site.secret }}, {% include x %}, {{< youtube x >}} and --> end.',
    '',
  ].join('\n'),
  'profile/publications/draft.md': [
    '---',
    'key: draft',
    `title: "${hiddenMarker} -->"`,
    'authors:',
    '  - { family: Lovelace, given: Ada }',
    'date: "2025"',
    'hidden: true',
    '---',
    '',
  ].join('\n'),
  'profile/news/2025-06-hostile.md': '---\ndate: "2025-06"\n---\nNews {{ site.secret }} {% include x %} --> end\n',
  'profile/news/2025-05-draft.md': `---\ndate: "2025-05"\nhidden: true\n---\n${hiddenMarker} --> <script>alert(3)</script>\n`,
  'profile/talks/2025-04-01-hostile.md': `---\ndate: "2025-04-01"\ntitle: ${JSON.stringify(hostileTitle)}\nvenue: "V {{ x }}"\nlocation: "L\\n---"\n---\nTalk {% include x %}\n`,
  'profile/talks/2025-03-01-draft.md': `---\ndate: "2025-03-01"\ntitle: "${hiddenMarker}"\nhidden: true\n---\n`,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** What a visitor could see: the text with every complete HTML comment removed. */
function outsideComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}

/** Pages titled by the hostile publication and talk: al-folio has no page for either (papers.bib holds publications). */
const pagesWithHostileTitle = { academicpages: 2, 'al-folio': 0, 'hugo-blox': 2 };

describe.concurrent('site exports of a hostile profile', () => {
  test.for(['academicpages', 'al-folio', 'hugo-blox'] as const)('%s', async (site, { expect }) => {
    const { root } = scene(hostileFiles);
    const before = snapshotFolder(root);
    const result = await cli(['export', '--site', site, '--dir', 'profile', '--out', 'site'], { cwd: root });
    expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
    expect(result.status, result.stderr).toBe(0);
    // Only the site folder is new; the profile and the sentinel folder are as they were.
    expect(
      changedPaths(before, snapshotFolder(root)).every((changed) => changed === 'site' || changed.startsWith('site/')),
    ).toBe(true);

    const siteDir = path.join(root, 'site');
    const files = filesUnder(siteDir);
    expect(files.some((file) => file.includes('draft'))).toBe(false);
    const jekyll = site !== 'hugo-blox';
    // Counted, so that the check of the hostile title below cannot pass by finding no page to look at.
    let hostileTitles = 0;
    for (const file of files) {
      const text = readFileSync(path.join(siteDir, file), 'utf8');
      expect(outsideComments(text), file).not.toContain(hiddenMarker);
      // Hugo's templates escape front matter and its Markdown drops raw HTML; Jekyll layouts print values as they are.
      // files/bibtex/*.bib has no front matter: Jekyll copies it as a download, never into a page.
      const intoPages = file.endsWith('.md') || file === '_bibliography/papers.bib';
      if (jekyll && intoPages) expect(outsideComments(text), file).not.toMatch(/(?<!\\)<script>/);
      // Jekyll runs Liquid in a file's body, never in its front matter values (layouts print them, unevaluated).
      const liquidScope = file.endsWith('.md') ? splitFrontMatter(text, file).body : text;
      // A file without front matter (assets/json/resume.json) is copied as it is: Jekyll runs no Liquid in it.
      const staticFile = file === '.profile-export.json' || (file.endsWith('.json') && !text.startsWith('---'));
      if (jekyll && !staticFile) expect(liquidScope, file).not.toMatch(/\{[{%]/);
      if (!file.endsWith('.md')) continue;
      // The front matter parses, and a hostile value did not add a key of its own.
      const { data } = parseFrontMatterFile(text, file);
      expect(Object.keys(data), file).not.toContain('layout: evil');
      if (data.layout !== undefined) expect(data.layout, file).toBe(file === '_pages/about.md' ? 'about' : 'post');
      if (typeof data.title === 'string' && data.title.startsWith('Breaking')) {
        hostileTitles++;
        expect(data.title, file).not.toContain('\n');
        expect(data.title, file).toContain('layout: evil');
      }
    }
    expect(hostileTitles, 'site pages whose title is the hostile one').toBe(pagesWithHostileTitle[site]);
  });
});

describe.concurrent('formats of a hostile profile', () => {
  test('csl-json and jsonresume are valid JSON holding the text as text; jsonresume leaves hidden items out', async ({
    expect,
  }) => {
    const { root } = scene(hostileFiles);
    const csl = await cli(['export', '--format', 'csl-json', '--dir', 'profile'], { cwd: root });
    expect(csl.status, csl.stderr).toBe(0);
    const items = JSON.parse(csl.stdout) as { id: string; title: string; custom: { hidden: boolean } }[];
    // A data format keeps the value exactly, newlines and all; JSON quoting keeps it one value.
    expect(items.find((item) => item.id === 'hostile')?.title).toBe(hostileTitle);
    expect(items.find((item) => item.id === 'draft')?.custom.hidden).toBe(true);
    const visibleOnly = await cli(['export', '--format', 'csl-json', '--visible', '--dir', 'profile'], { cwd: root });
    expect(visibleOnly.stdout).not.toContain(hiddenMarker);

    const resume = await cli(['export', '--format', 'jsonresume', '--dir', 'profile'], { cwd: root });
    expect(resume.status, resume.stderr).toBe(0);
    expect(() => JSON.parse(resume.stdout)).not.toThrow();
    expect(resume.stdout).not.toContain(hiddenMarker);
  });

  test('--style apa keeps a hostile title as text and the hidden entry inside its comment', async ({ expect }) => {
    const { root } = scene(hostileFiles);
    const result = await cli(['export', '--format', 'md', '--style', 'apa', '--dir', 'profile'], { cwd: root });
    expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/\{[{%]/);
    expect(outsideComments(result.stdout)).not.toMatch(/(?<!\\)<script>/);
    expect(outsideComments(result.stdout)).not.toContain(hiddenMarker);
    expect(result.stdout).toContain(hiddenMarker);
  });

  test('a .csl file that is not XML, or a folder, is an error naming it; nothing is written', async ({ expect }) => {
    const { root } = scene({ 'bad.csl': '<style><info></style>\n', 'folder.csl/x': '' });
    const before = snapshotFolder(root);
    for (const style of ['bad.csl', 'folder.csl', 'missing.csl']) {
      const result = await cli(
        ['export', '--format', 'md', '--style', style, '--out', 'about.md', '--dir', 'profile'],
        {
          cwd: root,
        },
      );
      expect(result.status, style).toBe(1);
      expect(result.stderr, style).toContain(style);
      expect(result.stderr, style).toContain('hint:');
      expect(finishedCleanly(result).trace).toBe(false);
    }
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });

  test('a damaged manifest in the site folder stops the export before it writes', async ({ expect }) => {
    const { root } = scene({ 'site/.profile-export.json': '{ not json', 'site/_pages/about.md': 'mine\n' });
    const before = snapshotFolder(root);
    const result = await cli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', 'site'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(".profile-export.json: error: the export's manifest is not JSON");
    expect(result.stderr).toContain('hint: restore it');
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });
});
