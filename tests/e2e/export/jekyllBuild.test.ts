/**
 * `export --site academicpages` built by a real Jekyll (kramdown with academicpages' settings): the home page shows no
 * hidden item and no comment marker, the owner in bold with the marks, and Liquid in the user's Markdown literally.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { jekyllMissing } from '../../support/jekyll.js';
import { repoRoot, runCli, runProcess } from '../runCli.js';
import { useTempFolders, writeFiles } from '../tempFolders.js';

const { fresh } = useTempFolders();

// academicpages' kramdown settings, its `_pages` folder and collections; the layout prints the page and nothing else.
const siteConfig = `markdown: kramdown
kramdown:
  input: GFM
  hard_wrap: false
  auto_ids: true
  entity_output: as_char
  smart_quotes: lsquo,rsquo,ldquo,rdquo
include: [_pages]
exclude: [profile]
collections:
  publications:
    output: true
  talks:
    output: true
defaults:
  - scope: { path: "" }
    values: { layout: default }
`;

// Hidden items between visible ones in every list, news with Liquid, an owner with equal and corresponding marks.
const profileAdditions = {
  'profile/news/2025-05-liquid.md':
    '---\ndate: 2025-05\n---\nReleased {{ site.title }} with {% include note.html %}.\n',
  'profile/publications/old2022visible.md':
    '---\nkey: old2022visible\ntitle: An Older Visible Paper\nauthors:\n  - { family: Li, given: Zexi, corresponding: true }\n  - { family: Wu, given: Chao }\ndate: 2022\nvenue: Old Venue\n---\n',
  'profile/talks/2025-01-10-hidden-talk.md':
    '---\ndate: 2025-01-10\ntitle: A Hidden Talk\nvenue: Secret Venue\nhidden: true\n---\n',
};

const academicpagesLines =
  "{% if page.collection == 'publications' %}<h1>{{ page.title | markdownify | remove: '<p>' | remove: '</p>' }}</h1><p>{{ page.citation }}</p>{% elsif page.collection == 'talks' %}<p>{{ page.talk_type }} at {{ page.venue }},  {{ page.location }}</p>{% endif %}";

const hiddenTexts = ['A draft', 'A second hidden note', 'A Note', 'A Hidden Talk', 'Secret Venue'];

/** The text a browser shows for an HTML page: comments and tags removed, entities decoded, whitespace collapsed. */
function shownText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(?:p|li|ul|ol|h\d|br|div)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

test.skipIf(jekyllMissing)(
  `jekyll build of export --site academicpages shows what the tests show${jekyllMissing ? ` (skipped: ${jekyllMissing})` : ''}`,
  async () => {
    const site = await fresh();
    await cp(path.join(repoRoot, 'tests/fixtures/unit/tiny-profile'), path.join(site, 'profile'), { recursive: true });
    await writeFiles(site, {
      ...profileAdditions,
      '_config.yml': siteConfig,
      // One line: a publication's heading and citation, a talk's line, as academicpages' layouts print them.
      '_layouts/default.html': `${academicpagesLines}{{ content }}\n`,
    });
    const exported = await runCli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.'], {
      cwd: site,
    });
    expect(exported.status, exported.stderr).toBe(0);

    const build = await runProcess('jekyll', ['build', '--quiet', '--disable-disk-cache', '--source', site], {
      cwd: site,
      timeoutMs: 60_000,
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);

    const home = await readFile(path.join(site, '_site/index.html'), 'utf8');
    const text = shownText(home);
    for (const hidden of hiddenTexts) expect(text).not.toContain(hidden);
    // kramdown prints a comment it does not read as one as text: `<!--` becomes `<!–`, `-->` becomes `–>`.
    expect(text).not.toMatch(/<!|–>|-->/);
    // The hidden items are in the page's source, inside comments only.
    expect(home).toContain('A second hidden note');
    expect(home).toContain('<strong>Zexi Li*</strong>, Peng Wang*#, and The WISE Team');
    expect(home).toContain('<strong>Zexi Li#</strong> and Chao Wu');
    expect(text).toContain('[2025.05] Released {{ site.title }} with {% include note.html %}.');
    // A title is plain text: the heading markdownify makes and the citation show it as written, as the about page does.
    const paper = shownText(await readFile(path.join(site, '_site/publication/2025-10-01-li2025fed.html'), 'utf8'));
    expect(paper).toBe(
      'Federated *Learning* with [Brackets] Zexi Li*, Peng Wang*#, and The WISE Team. (2025). "Federated *Learning* with [Brackets]." Advances in Neural Information Processing Systems. The abstract.',
    );
    const talkLine = shownText(await readFile(path.join(site, '_site/talks/2024-11-05-xtra-lab.html'), 'utf8'));
    expect(talkLine).toBe('Talk at Xtra Lab, NUS More information here');
    expect(text).toBe(
      [
        'I study federated learning.',
        'Contact Email: zexi.li[at]example.org / zl[at]example.com Phone: (+86) 100 200',
        'News [2025.07] Joined the Lab. [2025.05] Released {{ site.title }} with {% include note.html %}. [2024.12] Old news.',
        'Publications [NeurIPS 2025] Federated *Learning* with [Brackets] Zexi Li*, Peng Wang*#, and The WISE Team',
        '[Old Venue 2022] An Older Visible Paper Zexi Li# and Chao Wu',
        'Talks [2025.04.28] 浙江大学；联邦学习的新进展 [2024.11.05] Xtra Lab, NUS; Model Merging.',
      ].join(' '),
    );
  },
);

test.skipIf(jekyllMissing)(
  `jekyll lists al-folio news of one month in the page's order${jekyllMissing ? ` (skipped: ${jekyllMissing})` : ''}`,
  async () => {
    const site = await fresh();
    await cp(path.join(repoRoot, 'tests/fixtures/unit/tiny-profile'), path.join(site, 'profile'), { recursive: true });
    await writeFiles(site, {
      'profile/news/2025-07-b-second.md': '---\ndate: 2025-07\n---\nSecond of July.\n',
      'profile/news/2025-07-a-third.md': '---\ndate: 2025-07\norder: 1\n---\nThird of July.\n',
      // al-folio's news.liquid: `site.news | reverse`, each date as `%b %d, %Y`.
      '_config.yml': 'collections:\n  news:\n    output: false\nexclude: [profile]\n',
      'index.html':
        "---\n---\n{% assign news = site.news | reverse %}{% for item in news %}{{ item.date | date: '%b %d, %Y' }} {{ item.content | strip_html | strip }}\n{% endfor %}",
    });
    const exported = await runCli(['export', '--site', 'al-folio', '--dir', 'profile', '--out', '.'], { cwd: site });
    expect(exported.status, exported.stderr).toBe(0);
    const build = await runProcess('jekyll', ['build', '--quiet', '--disable-disk-cache', '--source', site], {
      cwd: site,
      timeoutMs: 60_000,
    });
    expect(build.stderr).toBe('');
    const page = await readFile(path.join(site, '_site/index.html'), 'utf8');
    // The about page's order (same month: `order`, then the file name), not Jekyll's own (by file name, reversed:
    // joined, second, third).
    expect(page.trim().split('\n')).toEqual([
      'Jul 01, 2025 Second of July.',
      'Jul 01, 2025 Joined the Lab.',
      'Jul 01, 2025 Third of July.',
      'Dec 01, 2024 Old news.',
    ]);
  },
);
