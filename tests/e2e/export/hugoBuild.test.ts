/**
 * `export --site hugo-blox` built by a real Hugo. The Hugo Blox theme is a module fetched from the network, which tests
 * never reach, so the site has layouts of its own that print each page's title, date, authors, venue and rendered body:
 * what Hugo itself makes of the files written (their front matter, their Markdown, and any shortcode in them).
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { hugoMissing } from '../../support/hugo.js';
import { repoRoot, runCli, runProcess } from '../runCli.js';
import { useTempFolders, writeFiles } from '../tempFolders.js';

const { fresh } = useTempFolders();

// Goldmark with raw HTML, as sites built on Hugo Blox have it; one line per page: title, date, authors, venue, body.
const siteFiles = {
  'hugo.yaml':
    'baseURL: https://example.org/\ntitle: The Site Title\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n',
  'layouts/_default/single.html':
    '<h1>{{ .Title }}</h1><p class="date">{{ .Date.Format "2006-01-02" }}</p>{{ range .Params.authors }}<span class="author">{{ . }}</span>{{ end }}{{ with .Params.publication }}<p class="venue">{{ . | markdownify }}</p>{{ end }}<div class="body">{{ .Content }}</div>\n',
  'layouts/_default/list.html': '{{ range .Pages }}{{ .RelPermalink }}\n{{ end }}',
};

// News that mention shortcodes, in text and in code, closed or not, and one already written escaped.
const shortcodeNews = {
  'profile/news/2025-05-shortcodes.md':
    '---\ndate: 2025-05\n---\nOur guide covers `{{< figure src="x.png" >}}`, {{% notice tip %}} boxes and {{</* youtube id */>}}.\n',
  'profile/news/2025-06-unclosed.md': '---\ndate: 2025-06\n---\nA brace run {{< that never closes.\n',
};

function bodyOf(html: string): string {
  return /<div class="body">([\s\S]*)<\/div>/.exec(html)?.[1]?.trim() ?? '';
}

async function buildSite(site: string): Promise<void> {
  const exported = await runCli(['export', '--site', 'hugo-blox', '--dir', 'profile', '--out', '.'], { cwd: site });
  expect(exported.status, exported.stderr).toBe(0);
  const build = await runProcess('hugo', ['--quiet', '--source', site, '--destination', 'public'], {
    cwd: site,
    timeoutMs: 60_000,
  });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}

test.skipIf(hugoMissing)(
  `hugo builds export --site hugo-blox: every page, no hidden item, no shortcode run${hugoMissing ? ` (skipped: ${hugoMissing})` : ''}`,
  async () => {
    const site = await fresh();
    await cp(path.join(repoRoot, 'tests/fixtures/unit/tiny-profile'), path.join(site, 'profile'), { recursive: true });
    await writeFiles(site, { ...siteFiles, ...shortcodeNews });
    await buildSite(site);

    const news = await readFile(path.join(site, 'public/blog/2025-05-shortcodes/index.html'), 'utf8');
    expect(bodyOf(news)).toBe(
      '<p>Our guide covers <code>{{&lt; figure src=&quot;x.png&quot; &gt;}}</code>, {{% notice tip %}} boxes and {{&lt; youtube id &gt;}}.</p>',
    );
    const unclosed = await readFile(path.join(site, 'public/blog/2025-06-unclosed/index.html'), 'utf8');
    expect(bodyOf(unclosed)).toBe('<p>A brace run {{&lt; that never closes.</p>');

    // A page for each visible item and none for a hidden one.
    expect((await readdir(path.join(site, 'public/blog'))).filter((name) => !name.includes('.')).sort()).toEqual([
      '2024-12-old-news',
      '2025-05-shortcodes',
      '2025-06-unclosed',
      '2025-07-joined-lab',
    ]);
    const paper = await readFile(path.join(site, 'public/publications/li2025fed/index.html'), 'utf8');
    expect(paper).toContain('<h1>Federated *Learning* with [Brackets]</h1><p class="date">2025-10-01</p>');
    expect(paper).toContain('<span class="author">me</span>');
    expect(paper).toContain('<p class="venue">In <em>Advances in Neural Information Processing Systems</em></p>');
    const talk = await readFile(path.join(site, 'public/events/2024-11-05-xtra-lab/index.html'), 'utf8');
    expect(talk).toContain('<h1>Model Merging</h1><p class="date">2024-11-05</p>');
  },
);

test.skipIf(hugoMissing)(
  `page.liquid: true keeps the owner's shortcodes, which Hugo then runs${hugoMissing ? ` (skipped: ${hugoMissing})` : ''}`,
  async () => {
    const site = await fresh();
    await writeFiles(site, {
      ...siteFiles,
      'profile/profile.md': '---\nname: Ada Lovelace\npage:\n  liquid: true\n---\nI compute.\n',
      'profile/news/2025-05-site.md':
        '---\ndate: 2025-05\n---\nOur snippet:\n\n{{< highlight go >}}x := 1{{< /highlight >}}\n',
    });
    await buildSite(site);
    const news = await readFile(path.join(site, 'public/blog/2025-05-site/index.html'), 'utf8');
    // Hugo's own `highlight` shortcode ran: the snippet is highlighted code, not the text of the shortcode.
    expect(bodyOf(news)).toContain('<div class="highlight">');
    expect(bodyOf(news)).not.toContain('{{');
  },
);
