/**
 * Text that would break the exported page: `-->` that would end the comment hiding an item and publish it, `<script>`,
 * Liquid tags Jekyll would run, and titles with `---` or newlines that would break front matter. The page is read as a
 * visitor meets it, under markdown-it (CommonMark, raw HTML on) and under kramdown (Jekyll): hidden items appear only
 * inside whole comments, no untrusted HTML is live, no `{{`/`{%` reaches Jekyll, the front matter keeps each value
 * whole, and the text shows as written.
 */
import { describe, test } from 'vitest';
import { finishedCleanly, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';
import { engineTestName, isWholeComment, pageEngines } from './support/renderedPage.js';

const cli = useBuiltCli();
const scene = useScenes();

const frontMatterTitle = 'About\n---\nlayout: evil\n';
const frontMatterExcerpt = '{{ site.github.token }} --> <script>alert(0)</script>';

const hostileProfile = (liquid: boolean) => ({
  'profile/profile.md': [
    '---',
    'name: Ada Lovelace',
    'contact:',
    '  - { label: "Mail {{ site.email }}", text: "{% include secret.txt %}" }',
    'page:',
    `  liquid: ${liquid}`,
    '  frontMatter:',
    `    title: ${JSON.stringify(frontMatterTitle)}`,
    `    excerpt: ${JSON.stringify(frontMatterExcerpt)}`,
    '  sections:',
    '    - { kind: bio }',
    '    - { kind: contact, title: Contact }',
    '    - { kind: text, section: notes }',
    '    - { kind: news, title: "News {{ site.title }}" }',
    '    - { kind: publications, title: Publications }',
    '    - { kind: talks, title: Talks }',
    '    - { kind: service, title: Service }',
    '---',
    'Bio with [a link]({{ site.baseurl }}/cv.pdf) and {% include footer.html %}.',
    '',
  ].join('\n'),
  'profile/sections/notes.md': '---\ntitle: "Notes {% if true %}\\n<!-- would swallow the page"\n---\nSome notes.\n',
  'profile/news/2025-03-visible.md':
    '---\ndate: "2025-03"\n---\nVisible {{ site.secret }} and {% raw %}{{ x }}{% endraw %} --> shown as text.\n',
  'profile/news/2025-02-hidden.md':
    '---\ndate: "2025-02"\nhidden: true\n---\nHIDDEN-ALPHA --> <script>alert(1)</script> --!> HIDDEN-BETA {{ site.secret }} <!-- nested\n',
  'profile/publications/visible.md': [
    '---',
    'key: visible',
    'title: "Title\\n---\\nlayout: evil {{ site.x }} <script>alert(2)</script> -->"',
    'authors:',
    '  - { family: "Evil<script>alert(3)</script>", given: "{% raw %}" }',
    'venue: "Venue {{ site.venue }} -->"',
    'label: "Label {% x %}"',
    'url: "https://example.org/a b<script>"',
    'date: "2025"',
    '---',
    '',
  ].join('\n'),
  'profile/publications/hidden.md': [
    '---',
    'key: hidden',
    'title: "HIDDEN-GAMMA --> <script>alert(4)</script>"',
    'authors:',
    '  - { family: "HIDDEN-DELTA -->" }',
    'hidden: true',
    'date: "2024"',
    '---',
    '',
  ].join('\n'),
  'profile/talks/2025-01-02-visible.md':
    '---\ndate: "2025-01-02"\ntitle: "A talk --> {{ site.talk }}"\nvenue: "<script>alert(5)</script>"\n---\n',
  'profile/talks/2024-05-06-hidden.md':
    '---\ndate: "2024-05-06"\ntitle: "HIDDEN-EPSILON --> <script>alert(6)</script>"\nhidden: true\n---\n',
  'profile/service/visible.md': '---\n---\nReviewer for {{ site.conference }}.\n',
  'profile/service/hidden.md': '---\nhidden: true\n---\nHIDDEN-ZETA --!> <script>alert(7)</script>\n',
});

const hiddenMarkers = ['HIDDEN-ALPHA', 'HIDDEN-BETA', 'HIDDEN-GAMMA', 'HIDDEN-DELTA', 'HIDDEN-EPSILON', 'HIDDEN-ZETA'];

async function runExport(liquid: boolean) {
  const where = scene(hostileProfile(liquid));
  const before = snapshotFolder(where.root);
  const result = await cli(['export', '--format', 'md', '--dir', 'profile'], { cwd: where.root });
  return { result, unchanged: changedPaths(before, snapshotFolder(where.root)).length === 0 };
}

// One export per setting, read by both engines: the page is the same bytes, only its reader changes.
const exports = new Map<boolean, ReturnType<typeof runExport>>();
function exportPage(liquid: boolean): ReturnType<typeof runExport> {
  const known = exports.get(liquid);
  if (known) return known;
  const started = runExport(liquid);
  exports.set(liquid, started);
  return started;
}

describe.concurrent.each(pageEngines)('export --format md of hostile text, read by $name', (engine) => {
  const engineTest = test.skipIf(engine.missing);
  engineTest(
    engineTestName(engine, 'hidden items stay hidden: each inside a whole comment, never in the visible text'),
    async ({ expect }) => {
      const { result, unchanged } = await exportPage(false);
      expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(unchanged).toBe(true);
      const page = await engine.render(result.stdout);
      expect(page.comments.length).toBeGreaterThan(0);
      expect(page.comments.filter((comment) => !isWholeComment(comment))).toEqual([]);
      for (const marker of hiddenMarkers) {
        expect(page.visible.filter((text) => text.includes(marker))).toEqual([]);
        expect(page.comments.filter((comment) => comment.includes(marker)).length).toBe(1);
      }
    },
  );

  engineTest(
    engineTestName(engine, 'no untrusted HTML is live: every <script> is shown as text or sits inside a comment'),
    async ({ expect }) => {
      const { result } = await exportPage(false);
      const page = await engine.render(result.stdout);
      expect(page.liveHtml).toEqual([]);
      expect(page.visible).toContain(
        '[Label {% x %}] Title --- layout: evil {{ site.x }} <script>alert(2)</script> --> {% raw %} Evil<script>alert(3)</script>',
      );
      expect(page.visible).toContain('[2025.01.02] <script>alert(5)</script>; A talk --> {{ site.talk }}.');
    },
  );

  engineTest(
    engineTestName(engine, 'no Liquid reaches Jekyll, and every brace still shows as written'),
    async ({ expect }) => {
      const { result } = await exportPage(false);
      // Jekyll does not run Liquid in front matter, whose values are the user's page settings; the body is checked.
      const body = result.stdout.slice(result.stdout.indexOf('\n---\n') + 5);
      expect(body).not.toMatch(/\{[{%]/);
      const page = await engine.render(result.stdout);
      expect(page.visible).toEqual([
        // Neutralised, `{{ site.baseurl }}` is no CommonMark link target any more (it has spaces), so the Markdown shows;
        // kramdown takes any target, and links to the text `{{ site.baseurl }}/cv.pdf`. `liquid: true` is for Liquid used on purpose.
        engine.name === 'kramdown'
          ? 'Bio with a link and {% include footer.html %}.'
          : 'Bio with [a link]({{ site.baseurl }}/cv.pdf) and {% include footer.html %}.',
        'Contact',
        'Mail {{ site.email }}: {% include secret.txt %}',
        'Notes {% if true %} <!-- would swallow the page',
        'Some notes.',
        'News {{ site.title }}',
        '[2025.03] Visible {{ site.secret }} and {% raw %}{{ x }}{% endraw %} --> shown as text.',
        '[2025.01] A news item that must survive every case.',
        'Publications',
        '[Label {% x %}] Title --- layout: evil {{ site.x }} <script>alert(2)</script> --> {% raw %} Evil<script>alert(3)</script>',
        'A Publication That Must Survive Ada Lovelace',
        'Talks',
        '[2025.01.02] <script>alert(5)</script>; A talk --> {{ site.talk }}.',
        'Service',
        'Reviewer for {{ site.conference }}.',
      ]);
    },
  );

  engineTest(
    engineTestName(engine, 'the front matter keeps a title with "---" and newlines as one value'),
    async ({ expect }) => {
      const { result } = await exportPage(false);
      expect((await engine.render(result.stdout)).frontMatter).toEqual({
        title: frontMatterTitle,
        excerpt: frontMatterExcerpt,
      });
    },
  );

  engineTest(
    engineTestName(
      engine,
      "liquid: true keeps Liquid in the user's own Markdown only; untrusted fields stay neutralised",
    ),
    async ({ expect }) => {
      const { result } = await exportPage(true);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Bio with [a link]({{ site.baseurl }}/cv.pdf) and {% include footer.html %}.');
      expect(result.stdout).toContain('Visible {{ site.secret }} and {% raw %}{{ x }}{% endraw %}');
      expect(result.stdout).not.toContain('{{ site.x }}');
      expect(result.stdout).not.toContain('{{ site.talk }}');
      const page = await engine.render(result.stdout);
      expect(page.comments.filter((comment) => !isWholeComment(comment))).toEqual([]);
    },
  );
});

describe.concurrent('a title with "---" or newlines given to a command that writes the profile', () => {
  test('add-pub stores it as one YAML value: no field is added, the item stays hidden, the page does not show it', async ({
    expect,
  }) => {
    const where = scene();
    const title = 'Breaking\n---\nselected: true\nhidden: false\n---\n<!-- x --> {{ site.secret }}';
    const run = (args: string[]) => cli([...args, '--dir', 'profile'], { cwd: where.root });
    const add = await run(['add-pub', title, '--author', 'Ada Lovelace', '--date', '2025', '--hidden']);
    expect(add.stderr).toBe('');
    expect(add.stdout).toBe('pub/lovelace2025breaking\n');
    const listed = await run(['list', 'publications', '--all', '--json']);
    const item = (JSON.parse(listed.stdout) as { id: string; hidden: boolean; fields: Record<string, unknown> }[]).find(
      (candidate) => candidate.id === 'pub/lovelace2025breaking',
    );
    expect(item?.hidden).toBe(true);
    expect(item?.fields).toEqual({
      key: 'lovelace2025breaking',
      title,
      authors: [{ family: 'Lovelace', given: 'Ada' }],
      date: '2025',
      hidden: true,
    });
    const edit = await run(['edit', 'pub/lovelace2025breaking', '--set', `label=${JSON.stringify(title)}`]);
    expect(edit.status).toBe(0);
    const validate = await run(['validate']);
    expect(validate.stdout).toBe('profile: valid (3 items)\n');
    const exported = (await run(['export', '--format', 'md'])).stdout;
    for (const engine of pageEngines.filter((candidate) => candidate.missing === undefined)) {
      const page = await engine.render(exported);
      expect(page.visible.filter((text) => text.includes('Breaking'))).toEqual([]);
      expect(page.comments.filter((comment) => !isWholeComment(comment))).toEqual([]);
    }
  });
});
