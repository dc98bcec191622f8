/**
 * al-folio's papers.bib as its page and its BibTeX popup show it: `export --site al-folio` of titles and venues with
 * literal TeX and HTML characters, built by a real Jekyll (Liquid, kramdown, Rouge's `highlight`) with a stand-in for
 * jekyll-scholar that reads the file as bibtex-ruby does and decodes values as latex-decode does
 * (tests/support/scholarStandIn.rb, latexDecodeOracle.rb; the real gems where installed). Also: the file is the same
 * bytes from `export --format bib --out _bibliography/papers.bib`, and a Liquid run of it changes nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { expect, test } from 'vitest';
import { jekyllMissing } from '../../support/jekyll.js';
import { repoRoot, runCli, runProcess } from '../runCli.js';
import { useTempFolders, writeFiles } from '../tempFolders.js';

const { fresh } = useTempFolders();

const publication = (key: string, year: number, title: string, venue = 'Journal of Tests') =>
  `---\nkey: ${key}\ntype: article-journal\ntitle: ${JSON.stringify(title)}\nauthors:\n  - { family: Li, given: Zexi }\ndate: "${year}"\nvenue: ${JSON.stringify(venue)}\n---\n`;

// Newest year first in papers.bib, so the page lists them in this order.
const profileFiles = {
  'profile/profile.md': '---\nname: Zexi Li\nnameVariants: [Zexi Li, "Li, Z."]\n---\n',
  'profile/publications/braces.md': publication(
    'braces',
    2024,
    'Learning {0,1}-valued functions in O(n^{2}) time',
    'Proc. {Braces} ^ 100% #1 ~ home',
  ),
  'profile/publications/maths.md': publication('maths', 2023, 'Learning {0,1}-valued functions in $O(n^{2})$ time'),
  'profile/publications/dollars.md': publication('dollars', 2022, 'Costs $5 and $10'),
  'profile/publications/tags.md': publication(
    'tags',
    2021,
    '<b>Bold</b> claims & R&D &amp; more',
    'Workshop <i> A < B',
  ),
  'profile/publications/lone.md': publication('lone', 2020, 'A lone { brace'),
  'profile/publications/liquid.md': publication('liquid', 2019, '{{FedGuCci}}: ÜberNet {% raw %} Liquid'),
  'profile/publications/marks.md': publication('marks', 2018, 'Powers x^2 & y, 50% of #1 ~ home'),
  'profile/publications/wise.md': publication('wise', 2017, 'WISE: Memory'),
};

// A minimal al-folio: its kramdown input, `_pages`, the scholar settings and popup keywords of its _config.yml, a
// `bib` layout that prints the title and the journal as bib.liquid does (`{{ entry.title }}`, unescaped) and the
// popup (`highlight bibtex` of `entry.bibtex | hideCustomBibtex`), and its publications page.
const siteFiles = {
  '_config.yml': `markdown: kramdown
highlighter: rouge
kramdown:
  input: GFM
include: [_pages]
exclude: [profile]
filtered_bibtex_keywords: [abbr, abstract, annotation, arxiv, award, award_name, bibtex_show, html, pdf, selected]
scholar:
  source: /_bibliography/
  bibliography: papers.bib
  bibliography_template: bib
  bibtex_filters: [latex, smallcaps, superscript]
`,
  '_layouts/default.html': '{{ content }}\n',
  '_layouts/about.html': '{{ content }}\n',
  '_layouts/bib.liquid': `---
---
<div class="row">
  <div class="title">{{ entry.title }}</div>
  <div class="periodical"><em>{{ entry.journal }}</em></div>
  <div class="bibtex hidden">
    {% highlight bibtex %}
    {{- entry.bibtex | hideCustomBibtex -}}
    {% endhighlight %}
  </div>
</div>
`,
  '_pages/publications.md':
    '---\nlayout: default\npermalink: /publications/\n---\n<div class="publications">\n{% bibliography %}\n</div>\n',
};

interface ShownEntry {
  title: string;
  journal: string;
  popup: string;
}

/** What a reader sees of each entry: the title and journal as text (no live tag allowed), the popup's text. */
function shownEntries(html: string): ShownEntry[] {
  const rows = html.split('<div class="row">').slice(1);
  return rows.map((row) => {
    const title = /<div class="title">([\s\S]*?)<\/div>/.exec(row)?.[1] ?? '';
    const journal = /<div class="periodical"><em>([\s\S]*?)<\/em><\/div>/.exec(row)?.[1] ?? '';
    for (const text of [title, journal]) expect(text, 'a tag or comment would be live').not.toMatch(/<[A-Za-z/!?]/);
    const code = /<code[^>]*>([\s\S]*?)<\/code>/.exec(row)?.[1] ?? '';
    return { title: decodeHTML(title), journal: decodeHTML(journal), popup: decodeHTML(code.replace(/<[^>]+>/g, '')) };
  });
}

test.skipIf(jekyllMissing)(
  `al-folio's page and BibTeX popup show papers.bib's literal characters as written where al-folio can${jekyllMissing ? ` (skipped: ${jekyllMissing})` : ''}`,
  async () => {
    const site = await fresh();
    await writeFiles(site, { ...profileFiles, ...siteFiles });
    for (const file of ['scholarStandIn.rb', 'latexDecodeOracle.rb'])
      await writeFiles(site, {
        [`_plugins/${file}`]: await readFile(path.join(repoRoot, 'tests/support', file), 'utf8'),
      });
    const run = (args: string[]) => runCli([...args, '--dir', 'profile'], { cwd: site });
    const exported = await run(['export', '--site', 'al-folio', '--out', '.']);
    expect(exported.status, exported.stderr).toBe(0);

    // One file whichever command writes it: --check of each passes after the other, and the bytes are the same.
    const papersPath = path.join(site, '_bibliography/papers.bib');
    const papers = await readFile(papersPath, 'utf8');
    const check = await run(['export', '--format', 'bib', '--out', '_bibliography/papers.bib', '--check']);
    expect(check.stdout).toBe('up to date: _bibliography/papers.bib\n');
    expect((await run(['export', '--format', 'bib', '--out', '_bibliography/papers.bib'])).status).toBe(0);
    expect(await readFile(papersPath, 'utf8')).toBe(papers);
    expect((await run(['export', '--site', 'al-folio', '--out', '.', '--check'])).status).toBe(0);

    // Were Jekyll to run the file as a page (it has front matter), Liquid would find nothing to read in it.
    await writeFiles(site, { 'liquid-run/papers.bib': papers });
    const build = await runProcess('jekyll', ['build', '--quiet', '--disable-disk-cache', '--source', site], {
      cwd: site,
      timeoutMs: 60_000,
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(await readFile(path.join(site, '_site/liquid-run/papers.bib'), 'utf8')).toBe(
      papers.slice('---\n---\n\n'.length),
    );

    const zwnj = '\u200c';
    const shown = shownEntries(await readFile(path.join(site, '_site/publications/index.html'), 'utf8'));
    expect(shown.map((entry) => entry.title)).toEqual([
      'Learning {0,1}-valued functions in O(n^{2}) time',
      // latex-decode reads `$…$` as maths whatever the backslashes: both `$` go, `\O` is then the letter Ø.
      'Learning {0,1}-valued functions in Ø(n^{2}) time',
      'Costs \\5 and \\10',
      `<${zwnj}b>Bold<${zwnj}/b> claims & R&D &${zwnj}amp; more`,
      // BibTeX counts every brace: a lone one can only be a command, which latex-decode does not know.
      'A lone \\textbraceleft brace',
      `{{${zwnj}FedGuCci}}: ${zwnj}ÜberNet {% raw %} Liquid`,
      'Powers x^2 & y, 50% of #1 ~ home',
      'WISE: Memory',
    ]);
    expect(shown.map((entry) => entry.journal)).toEqual([
      'Proc. {Braces} ^ 100% #1 ~ home',
      ...Array(2).fill('Journal of Tests'),
      `Workshop <${zwnj}i> A < B`,
      ...Array(4).fill('Journal of Tests'),
    ]);
    // The popup: bibtex-ruby writes each value back between braces, Rouge shows it as it is.
    expect(shown.map((entry) => /^ {2}title = (.*),$/m.exec(entry.popup)?.[1])).toEqual([
      '{Learning \\{0,1\\}-valued functions in O(n\\textasciicircum{}\\{2\\}) time}',
      '{Learning \\{0,1\\}-valued functions in \\$O(n\\textasciicircum{}\\{2\\})\\$ time}',
      '{Costs \\$5 and \\$10}',
      // Case protection keeps a word's punctuation outside its braces: `<{b>Bold</b}>`, shown `<b>Bold</b>`.
      `{<${zwnj}{b>Bold<${zwnj}/b}> claims \\& {R\\&D} \\&${zwnj}amp; more}`,
      '{A lone \\textbraceleft{} brace}',
      `{\\{\\{${zwnj}{FedGuCci}\\}\\}: {${zwnj}{\\"U}berNet} \\{\\% raw \\%\\} Liquid}`,
      '{Powers x\\textasciicircum{}2 \\& y, 50\\% of \\#1 \\textasciitilde{} home}',
      '{{WISE}: Memory}',
    ]);
    for (const entry of shown) expect(entry.popup).not.toMatch(/&lt;|&gt;|&amp;|\{ \{/);
  },
);
