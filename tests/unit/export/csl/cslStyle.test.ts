/**
 * `--style`: CSL entries of the bundled profile (APA, Vancouver, Harvard; read by hand once: names, initials,
 * truncation and punctuation as the style writes them, the owner bold, `\*`/`\#` right after the marked names,
 * the title linked), the locale switch, a .csl file of our own, the errors, and the page that uses the entries.
 */
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import { loadCslEntryRenderer } from '../../../../src/export/csl/cslStyle.js';
import { prepareCslStyle } from '../../../../src/export/csl/cslStyleXml.js';
import { builtInCslStyles } from '../../../../src/export/exportFormats.js';
import type { PublicationEntryRenderer } from '../../../../src/export/generatedFile.js';
import type { Profile, PublicationItem } from '../../../../src/model/items.js';
import { publicationToCsl } from '../../../../src/model/publicationCsl.js';
import { renderAboutPage } from '../../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { readTextFile } from '../../../../src/store/readTextFile.js';
import { rejectionOf as failure } from '../../../support/caughtErrors.js';
import { editedBookFields } from '../../../support/editedBook.js';
import { kramdownTest, renderKramdown } from '../../../support/kramdown.js';
import { profileOf, publication } from '../formats/profileBuilder.js';

const repo = path.resolve(import.meta.dirname, '../../../..');
const fixtureStyle = 'tests/fixtures/csl/display-order-initials.csl';
let bundled: Profile;

beforeAll(async () => {
  bundled = (await loadValidProfile(path.join(repo, 'profile'))).profile;
});

function item(profile: Profile, key: string): PublicationItem {
  const found = profile.publications.find((candidate) => candidate.fields.key === key);
  if (!found) throw new Error(`no publication ${key}`);
  return found;
}

const markdown = new MarkdownIt();

/** The text markdown-it shows for one line of inline Markdown: its HTML without tags, entities read. */
function visibleText(line: string): string {
  return markdown
    .renderInline(line)
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function renderer(style: string, profile: Profile, locale?: string): Promise<PublicationEntryRenderer> {
  return loadCslEntryRenderer({
    style,
    readStyleFile: (file) => readTextFile(path.resolve(repo, file)),
    profile,
    ...(locale === undefined ? {} : { locale }),
  });
}

const cellUrl = 'https://www.cell.com/patterns/fulltext/S2666-3899(22)00228-8#%20';
const wiseUrl = 'https://arxiv.org/pdf/2405.14768';
const editingUrl = 'https://arxiv.org/abs/2505.19855';
const wiseTitle = `[WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models](${wiseUrl})`;
const editingTitle = `[Editing as Unlearning: Are Knowledge Editing Methods Strong Baselines for Large Language Model Unlearning?](${editingUrl})`;
const cellTitle = `[Can We Share Models If Sharing Data Is Not an Option?](${cellUrl})`;

describe('built-in styles on the bundled profile', () => {
  test('apa', async () => {
    const entry = await renderer('apa', bundled);
    expect(entry(item(bundled, 'wang2024wise'))).toBe(
      `Wang, P.\\*, **Li, Z.\\***, Zhang, N.\\#, Xu, Z., Yao, Y., Jiang, Y., Xie, P., Huang, F., & Chen, H.\\# (2024). ${wiseTitle}. *Advances in Neural Information Processing Systems*. [${wiseUrl}](${wiseUrl})`,
    );
    // "N. D." and the period after the names are one period, as in the style; the mark follows the name.
    expect(entry(item(bundled, 'li2025editing'))).toBe(
      `**Li, Z.\\***, Wang, X.\\*, Shen, W. F., Kurmanji, M., Qiu, X., Cai, D., Wu, C.\\#, & Lane, N. D.\\# (2025). ${editingTitle} In *arXiv*. [${editingUrl}](${editingUrl})`,
    );
    expect(entry(item(bundled, 'li2022can'))).toBe(
      `**Li, Z.**, Mao, F.\\#, & Wu, C.\\# (2022). ${cellTitle} *Patterns*. [${cellUrl}](${cellUrl})`,
    );
  });

  test('vancouver: six names then et al., no citation number', async () => {
    const entry = await renderer('vancouver', bundled);
    expect(entry(item(bundled, 'wang2024wise'))).toBe(
      `Wang P\\*, **Li Z\\***, Zhang N\\#, Xu Z, Yao Y, Jiang Y, et al. ${wiseTitle}. In: Advances in Neural Information Processing Systems \\[Internet\\]. 2024. Available from: [${wiseUrl}](${wiseUrl})`,
    );
    expect(entry(item(bundled, 'li2025editing'))).toBe(
      `**Li Z\\***, Wang X\\*, Shen WF, Kurmanji M, Qiu X, Cai D, et al. ${editingTitle} \\[Internet\\]. arXiv. 2025. Available from: [${editingUrl}](${editingUrl})`,
    );
    expect(entry(item(bundled, 'li2022can'))).toBe(
      `**Li Z**, Mao F\\#, Wu C\\#. ${cellTitle} Patterns \\[Internet\\]. 2022; Available from: [${cellUrl}](${cellUrl})`,
    );
  });

  test('harvard1: one name then et al. from four names on', async () => {
    const entry = await renderer('harvard1', bundled);
    expect(entry(item(bundled, 'wang2024wise'))).toBe(
      `Wang, P.\\* *et al.* (2024) “${wiseTitle},” in *Advances in Neural Information Processing Systems*. Available at: [${wiseUrl}](${wiseUrl}).`,
    );
    expect(entry(item(bundled, 'li2025editing'))).toBe(
      `**Li, Z.\\*** *et al.* (2025) “${editingTitle},” *arXiv* \\[Preprint\\]. Available at: [${editingUrl}](${editingUrl}).`,
    );
    expect(entry(item(bundled, 'li2022can'))).toBe(
      `**Li, Z.**, Mao, F.\\# and Wu, C.\\# (2022) “${cellTitle},” *Patterns* \\[Preprint\\]. Available at: [${cellUrl}](${cellUrl}).`,
    );
  });

  test('--locale changes the terms and the quotation marks', async () => {
    // The German locale writes "u. a." with a no-break space.
    const entry = await renderer('harvard1', bundled, 'de-DE');
    expect(entry(item(bundled, 'li2022can'))).toBe(
      `**Li, Z.**, Mao, F.\\# und Wu, C.\\# (2022) „${cellTitle}“, *Patterns* \\[Preprint\\]. Verfügbar unter: [${cellUrl}](${cellUrl}).`,
    );
    expect(entry(item(bundled, 'li2025editing'))).toBe(
      `**Li, Z.\\*** *u.\u00a0a.* (2025) „${editingTitle}“, *arXiv* \\[Preprint\\]. Verfügbar unter: [${editingUrl}](${editingUrl}).`,
    );
  });

  test('every entry shows exactly the text citeproc writes for it, nothing lost or added', async () => {
    // Compared with the style as page entries use it: without citation disambiguation, which would, for
    // example, write "Li, Zexi et al." in harvard1 because another Li is among the names "et al." hides.
    // citation-js's own CSL plugin is the reference: the page's entries come from citeproc without it.
    const imported = await import('@citation-js/core');
    await import('@citation-js/plugin-csl');
    const core = ('plugins' in imported && imported.plugins ? imported : imported.default) as unknown as {
      plugins: {
        config: {
          get(name: '@csl'): { templates: { add(name: string, xml: string): void; get(name: string): string } };
        };
        output: { format(name: string, data: object[], options: object): string };
      };
    };
    const templates = core.plugins.config.get('@csl').templates;
    // Without marks, the visible text is the style's text exactly.
    const unmarked: Profile = {
      ...bundled,
      publications: bundled.publications.map((publication) => ({
        ...publication,
        fields: {
          ...publication.fields,
          authors: publication.fields.authors.map(({ equal, corresponding, ...author }) => author),
        },
      })),
    };
    for (const style of builtInCslStyles) {
      templates.add(`test-standalone-${style}`, prepareCslStyle(templates.get(style)).plainXml);
      const entry = await renderer(style, unmarked);
      for (const publication of unmarked.publications) {
        // One item at a time, so that nothing but the style decides.
        const text = core.plugins.output.format('bibliography', [publicationToCsl(publication)], {
          template: `test-standalone-${style}`,
          lang: 'en-US',
          format: 'text',
        });
        // Vancouver numbers its entries; the page does not.
        expect(visibleText(entry(publication))).toBe(text.trim().replace(/^1\.\s+/, ''));
      }
    }
  });

  kramdownTest('under kramdown (Jekyll), every entry on the page shows the text markdown-it shows', async () => {
    // kramdown sets straight quotes and `...` as typography; citeproc's own curly quotes and dashes stay as they are.
    const folded = (text: string) =>
      text
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201C\u201D]/g, '"')
        .replace(/\u2026/g, '...')
        .replace(/\s+/g, ' ')
        .trim();
    let compared = 0;
    for (const style of builtInCslStyles) {
      const entry = await renderer(style, bundled);
      const lines = bundled.publications.map((publication) => entry(publication));
      const pages = await Promise.all(lines.map((line) => renderKramdown(`- ${line}`)));
      pages.forEach((page, index) => {
        expect(page.visible.map(folded)).toEqual([folded(visibleText(lines[index] ?? ''))]);
        expect(page.liveHtml).toEqual([]);
        compared++;
      });
    }
    expect(compared).toBe(builtInCslStyles.length * bundled.publications.length);
  });

  test('the same entry on every run, and for a copy of an item that is not the profile’s own', async () => {
    const first = await renderer('apa', bundled);
    const second = await renderer('apa', bundled);
    const wise = item(bundled, 'wang2024wise');
    expect(second(wise)).toBe(first(wise));
    expect(first({ ...wise, fields: { ...wise.fields } })).toBe(first(wise));
  });
});

describe('a .csl file of our own', () => {
  const owner = { name: 'Zoë Li', nameVariants: ['Zoë Li', 'Li, Z.'] };
  const marked = publication('marks2024', {
    title: 'Learning *Fast* with [Brackets] and {{ liquid }}?',
    authors: [
      { family: 'Li', given: 'Zoe', equal: true },
      { family: 'García-Pérez', given: 'José Ángel', equal: true, corresponding: true },
      { literal: 'The {{WISE}} Team', corresponding: true },
    ],
    date: '2024',
    venue: 'Proc. of_Things',
    url: 'https://example.org/a_(b)',
  });
  const sameAuthors = (stem: string, title: string) =>
    publication(stem, {
      title,
      authors: [
        { family: 'Li', given: 'Zoë' },
        { family: 'Smith', given: 'John' },
      ],
      date: '2023',
    });
  const first = sameAuthors('same2023a', 'First');
  const second = sameAuthors('same2023b', 'Second');
  const truncated = publication('etal2022', {
    title: 'Many Hands',
    authors: [
      { family: 'Ames', given: 'Ann' },
      { family: 'Bond', given: 'Bo' },
      { family: 'Cole', given: 'Cy', corresponding: true },
      { family: 'Dunn', given: 'Di' },
      { family: 'Li', given: 'Zoë', corresponding: true },
    ],
    date: '2022',
  });
  const twice = publication('twice2021', {
    title: 'Twice',
    authors: [
      { family: 'Li', given: 'Zoë', equal: true },
      { family: 'Smith', given: 'John' },
      { family: 'Li', given: 'Z.', corresponding: true },
    ],
    date: '2021',
  });
  const profile = profileOf(owner, { publications: [marked, first, second, truncated, twice] });

  test('display-order initials, accents, a group, escaping, repeated authors, et al., a name twice', async () => {
    const entry = await renderer(fixtureStyle, profile);
    // "Li, Zoe" is the owner (accents do not count); the group keeps its mark; Markdown and Liquid stay text.
    expect(entry(marked)).toBe(
      '**Z. Li\\***, J. Á. García-Pérez\\*\\#, and The &#123;{WISE}} Team\\#. 2024. ' +
        '“[Learning \\*Fast\\* with \\[Brackets\\] and &#123;{ liquid }}?](https://example.org/a_(b))” *Proc. of\\_Things*.',
    );
    // The style asks for "———" in place of repeated authors: a page entry stands alone.
    expect(entry(first)).toBe('**Z. Li** and J. Smith. 2023. “First.”');
    expect(entry(second)).toBe('**Z. Li** and J. Smith. 2023. “Second.”');
    // The owner is among the names et al. leaves out.
    expect(entry(truncated)).toBe('A. Ames, B. Bond, C. Cole\\#, et al. 2022. “Many Hands.”');
    expect(entry(twice)).toBe('**Z. Li\\***, J. Smith, and **Z. Li\\#**. 2021. “Twice.”');
  });

  test('with --locale de-DE', async () => {
    const entry = await renderer(fixtureStyle, profile, 'de-DE');
    expect(entry(first)).toBe('**Z. Li** und J. Smith. 2023. „First“.');
    expect(entry(truncated)).toBe('A. Ames, B. Bond, C. Cole\\#, u.\u00a0a. 2022. „Many Hands“.');
  });

  test('a style whose default locale does not ship falls back to en-US', async () => {
    const entry = await renderer('tests/fixtures/csl/default-locale-not-shipped.csl', profile);
    expect(entry(first)).toBe('**Z. Li** and J. Smith. 2023. “First.”');
  });
});

describe('names the built-in styles print in other places', () => {
  const chapter = publication('chapter2020', {
    type: 'chapter',
    title: 'A Chapter',
    authors: [{ family: 'Smith', given: 'John' }],
    editors: [
      { family: 'Li', given: 'Zexi' },
      { family: 'Doe', given: 'Jane' },
    ],
    date: '2020-05-04',
    venue: 'Book of Things',
    publisher: 'Press',
    pages: '1-10',
  });
  const crowd = publication('crowd2018', {
    title: 'Crowd',
    authors: [
      ...Array.from({ length: 25 }, (_, index) => ({ family: `Au${index}`, given: 'X' })),
      { family: 'Li', given: 'Zexi', equal: true },
    ],
    date: '2018',
  });
  const profile = profileOf({ name: 'Zexi Li' }, { publications: [chapter, crowd] });

  test('the owner as an editor is bold too', async () => {
    expect((await renderer('apa', profile))(chapter)).toBe(
      'Smith, J. (2020). A Chapter. In **Z. Li** & J. Doe (Eds.), *Book of Things* (pp. 1–10). Press.',
    );
    expect((await renderer('vancouver', profile))(chapter)).toBe(
      'Smith J. A Chapter. In: **Li Z**, Doe J, editors. Book of Things. Press; 2020. p. 1–10.',
    );
  });

  test("an edited book: its editors where the authors go, in the style's edited-book form", async () => {
    const book = publication('handbook2021', { ...editedBookFields(), publisher: 'MIT Press' });
    const volume = publication('fedml2023', {
      type: 'book',
      title: 'Proceedings of the 2nd Workshop on Federated Machine Learning',
      authors: [],
      editors: [{ family: 'Li', given: 'Zexi' }],
      date: '2023',
      publisher: 'CEUR-WS.org',
    });
    const editedProfile = profileOf({ name: 'Zexi Li' }, { publications: [book, volume] });
    const csl = publicationToCsl(book);
    expect(['author' in csl, csl.editor]).toStrictEqual([
      false,
      [
        { family: 'Li', given: 'Zexi' },
        { family: 'Okafor', given: 'Chidi' },
      ],
    ]);
    const apa = await renderer('apa', editedProfile);
    expect(apa(book)).toBe('**Li, Z.**, & Okafor, C. (Eds.). (2021). *Handbook of Federated Learning*. MIT Press.');
    expect(apa(volume)).toBe(
      '**Li, Z.** (Ed.). (2023). *Proceedings of the 2nd Workshop on Federated Machine Learning*. CEUR-WS.org.',
    );
    expect((await renderer('vancouver', editedProfile))(book)).toBe(
      '**Li Z**, Okafor C, editors. Handbook of Federated Learning. MIT Press; 2021.',
    );
  });

  test('the owner after APA’s ellipsis keeps the mark', async () => {
    const names = Array.from({ length: 19 }, (_, index) => `Au${index}, X.`).join(', ');
    expect((await renderer('apa', profile))(crowd)).toBe(`${names}, … **Li, Z.\\*** (2018). *Crowd*.`);
  });
});

describe('one engine for both renderings', () => {
  test('marker characters in the data stay in the text: the plain style then gets an engine of its own', async () => {
    // The marked style's engine renders the plain entries too, with the markers cut from its name affixes; a
    // marker in the data would be read as one of those, so the plain rendering comes from the plain style.
    const item = publication('pua2025', {
      title: 'Private \uE000use\uE001 marks',
      authors: [
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Doe', given: 'Jane' },
      ],
      date: '2025',
      url: 'https://example.org/p',
    });
    const profile = profileOf({ name: 'Zexi Li' }, { publications: [item] });
    expect((await renderer('apa', profile))(item)).toBe(
      '**Li, Z.\\***, & Doe, J. (2025). *[Private \uE000use\uE001 marks](https://example.org/p)*. [https://example.org/p](https://example.org/p)',
    );
  });
});

describe('errors', () => {
  test('an unknown built-in name is a usage error that lists the choices', async () => {
    const error = await failure(renderer('chicago', bundled));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('unknown style "chicago"');
    expect(error.hint).toBe(
      'use apa, vancouver, harvard1, or the path of a .csl file (https://github.com/citation-style-language/styles has thousands)',
    );
    expect(error.exitCode).toBe(2);
  });

  test('an unknown locale is a usage error that lists the shipped ones', async () => {
    const error = await failure(renderer('apa', bundled, 'it-IT'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('unknown locale "it-IT"');
    expect(error.hint).toBe('use one of en-US, nl-NL, fr-FR, de-DE, es-ES (the locales that ship with citation-js)');
  });

  test('a missing file names the file', async () => {
    const error = await failure(renderer('styles/missing.csl', bundled));
    expect(error).not.toBeInstanceOf(UsageError);
    expect([error.file, error.line, error.message, error.exitCode]).toEqual([
      'styles/missing.csl',
      undefined,
      'cannot read the style: no such file',
      1,
    ]);
    expect(error.hint).toMatch(/^use apa, vancouver, harvard1, or the path of a \.csl file/);
  });

  test('a folder is not a style', async () => {
    const error = await failure(renderer('tests/fixtures/csl/', bundled));
    expect([error.file, error.message]).toEqual(['tests/fixtures/csl/', 'cannot read the style: it is a folder']);
  });

  test('XML that is not well-formed names the file and the line', async () => {
    const error = await failure(renderer('tests/fixtures/csl/broken-end-tag-mismatch.csl', bundled));
    expect([error.file, error.line, error.message]).toEqual([
      'tests/fixtures/csl/broken-end-tag-mismatch.csl',
      6,
      'not well-formed XML: </layout> closes <names>',
    ]);
    expect(error.hint).toMatch(/^a CSL style is an XML file with a <bibliography>; use apa/);
  });

  test('a dependent style has no bibliography to format with', async () => {
    const error = await failure(renderer('tests/fixtures/csl/dependent-style-without-bibliography.csl', bundled));
    expect([error.file, error.line, error.message]).toEqual([
      'tests/fixtures/csl/dependent-style-without-bibliography.csl',
      undefined,
      'the style has no <bibliography> with a <layout>, so it cannot format reference lists',
    ]);
  });
});

describe('the page with styled entries', () => {
  test('each publication line is its label, then the entry; hidden ones stay in their comment', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'tests/fixtures/unit/tiny-profile'));
    const page = renderAboutPage(profile, { publicationEntry: (entry) => `ENTRY(${entry.id})` });
    expect(page).toContain(
      [
        '## Publications',
        '- [**NeurIPS 2025**] ENTRY(pub/li2025fed)',
        '',
        '<!--',
        '- ENTRY(pub/old2023note)',
        '-->',
      ].join('\n'),
    );
    expect(page.replace(/\n## Publications\n[\s\S]*?-->\n/, '\n')).toBe(
      renderAboutPage(profile).replace(/\n## Publications\n[\s\S]*?-->\n/, '\n'),
    );
  });

  test('with apa', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'tests/fixtures/unit/tiny-profile'));
    const page = renderAboutPage(profile, { publicationEntry: await renderer('apa', profile) });
    expect(page).toContain(
      [
        '## Publications',
        '- [**NeurIPS 2025**] **Li, Z.\\***, Wang, P.\\*\\#, & The WISE Team. (2025, October). ' +
          '[Federated \\*Learning\\* with \\[Brackets\\]](https://example.org/paper_(v2)). ' +
          '*Advances in Neural Information Processing Systems*. [https://example.org/paper\\_(v2)](https://example.org/paper_(v2))',
        '',
        '<!--',
        '- **Li, Z.** (2023). *A Note*.',
        '-->',
      ].join('\n'),
    );
  });
});
