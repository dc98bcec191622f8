/** `cv`: the Typst source and the PDF made from it: the page's publications, the owner, hostile text, the same bytes twice. */
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, test } from 'vitest';
import { renderTypstCv, typstString } from '../../../../src/export/formats/typstCv.js';
import { compileTypstPdf } from '../../../../src/export/formats/typstPdf.js';
import { pageSectionsOf } from '../../../../src/render/defaultPage.js';
import { sectionPublications } from '../../../../src/render/publicationSections.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { editedBookFields } from '../../../support/editedBook.js';
import { cvItem, profileOf, publication, service, talk } from './profileBuilder.js';

const repo = path.resolve(import.meta.dirname, '../../../..');

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

// Latin text only: the compiler's built-in fonts have no CJK glyphs.
const hostile = 'A #hash <tag> $x$ *b* _i_ `c` [l](https://x.org) \\ "q" @ref //c /* ~ = - + é';

describe('typstString', () => {
  test('is a Typst string literal holding the text as text', () => {
    expect(typstString('a "b" \\ c\nd\u0001')).toBe('"a \\"b\\" \\\\ c d\\u{1}"');
  });
});

describe('renderTypstCv and compileTypstPdf', () => {
  test('the bundled profile: the page publications in the page order, the owner, and the same bytes twice', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    const source = renderTypstCv(profile);
    expect(renderTypstCv(profile)).toBe(source);
    const pdf = compileTypstPdf(source);
    expect(compileTypstPdf(renderTypstCv(profile)).equals(pdf)).toBe(true);
    // No creation or modification date in the file.
    expect(pdf.includes('/CreationDate')).toBe(false);
    expect(pdf.includes('/FontFile')).toBe(true);
    const text = await pdfText(pdf);
    expect(text.startsWith('Zexi Li Research Scientist, Tongyi Lab, Alibaba Group')).toBe(true);
    const shown = pageSectionsOf(profile)
      .filter((section) => section.kind === 'publications')
      .flatMap((section) => sectionPublications(section, profile).groups.flatMap((group) => group.items))
      .filter((item) => !item.fields.hidden);
    expect(shown.length).toBe(7);
    let at = 0;
    for (const item of shown) {
      const found = text.indexOf(item.fields.title, at);
      expect(found, item.fields.title).toBeGreaterThan(at);
      at = found;
    }
    // The hidden publications of the page stay out.
    for (const item of profile.publications.filter((one) => one.fields.hidden)) {
      expect(text).not.toContain(item.fields.title);
    }
    expect(source).toContain('#strong("Zexi Li*")');
    expect(text).toContain('Peng Wang*, Zexi Li*, Ningyu Zhang#');
    expect(text).toContain('* equal contribution, # corresponding author');
    expect(source).toContain('#link("https://arxiv.org/pdf/2405.14768")');
    for (const heading of [
      'Experience',
      'Education',
      'Selected Publications',
      'Awards and Honours',
      'Talks',
      'Service',
    ]) {
      expect(source).toContain(`#section("${heading}")`);
    }
  });

  test('hostile text in every field is printed as written, never run as Typst', async () => {
    const profile = profileOf(
      {
        name: hostile,
        nameVariants: [hostile],
        label: hostile,
        email: ['a@example.org'],
        links: [{ name: hostile, url: 'https://x.org/"a' }],
      },
      {
        publications: [
          publication('p', {
            title: hostile,
            authors: [{ literal: hostile, equal: true }, { family: 'B' }],
            date: '2024',
            venue: hostile,
            award: hostile,
            url: 'javascript:alert(1)',
            selected: true,
          }),
        ],
        talks: [talk('t', { title: hostile, date: '2025-01', venue: hostile, location: hostile }, hostile)],
        service: [service('s', {}, `${hostile}`)],
        education: [
          cvItem('education', 'e', {
            degree: hostile,
            field: hostile,
            institution: hostile,
            start: '2019',
            end: '2024',
            thesis: hostile,
            advisor: hostile,
          }),
        ],
        positions: [
          cvItem('position', 'p', { title: hostile, organisation: hostile, start: '2024', current: true }, hostile),
        ],
        awards: [cvItem('award', 'a', { name: hostile, by: hostile, date: '2023' })],
        teaching: [cvItem('teaching', 't', { course: hostile, role: hostile, term: hostile })],
        students: [cvItem('student', 's', { name: hostile, level: hostile, now: hostile })],
        grants: [cvItem('grant', 'g', { title: hostile, funder: hostile, amount: hostile, start: '2026' })],
      },
    );
    const pdf = compileTypstPdf(renderTypstCv(profile));
    const text = await pdfText(pdf);
    expect(text.startsWith(hostile)).toBe(true);
    // Line breaks put spaces where the extractor sees them: compare without any. The plain-text fields: name,
    // label; position title, organisation; degree, field, institution, thesis, advisor; the publication's label
    // (from its venue), title, owner, venue, award; award name, by; grant title, funder, amount; talk title,
    // venue, location; course, role, term; student name, level, now. (Bodies are Markdown, read as such.)
    const squeezed = (value: string) => value.replace(/\s+/g, '');
    expect(squeezed(text).split(squeezed(hostile)).length - 1).toBe(28);
    expect(renderTypstCv(profile)).not.toContain('javascript:');
  });
});

describe('an edited book (editors, no authors)', () => {
  const editedBook = publication('handbook2021', { ...editedBookFields(), venue: 'MIT Press' });

  test('its editors where the authors go, (eds.) after them', () => {
    const source = renderTypstCv(profileOf({ name: 'Zexi Li' }, { publications: [editedBook] }));
    expect(source).toContain('#strong("Zexi Li")#", "#"Chidi Okafor"#" (eds.)".');
  });
});
