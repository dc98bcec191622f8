/**
 * The sites use the page's links and fallbacks where their formats have a place: academicpages' paperurl falls back
 * to the DOI or arXiv page and its publication pages carry the link buttons; al-folio's abbr badge and Hugo Blox's
 * publication_short come from the venue's short form when a publication has no label.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { SiteExport } from '../../../../src/export/generatedFile.js';
import { exportAcademicpages } from '../../../../src/export/sites/academicpages.js';
import { exportAlFolio } from '../../../../src/export/sites/alFolio.js';
import { exportHugoBlox } from '../../../../src/export/sites/hugoBlox.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';

const { profile } = await loadValidProfile(
  fileURLToPath(new URL('../../../fixtures/layouts/profile', import.meta.url)),
);

function fileOf(site: SiteExport, path: string): string {
  const file = site.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.content;
}

describe('academicpages', () => {
  const site = exportAcademicpages(profile);

  test('paperurl: the PDF link, else the url, else the DOI page, else the arXiv abstract page', () => {
    const paperurl = (path: string) => /^paperurl: (.*)$/m.exec(fileOf(site, path))?.[1];
    expect(paperurl('_publications/2025-07-01-lovelace2025fast.md')).toBe(
      'https://proceedings.mlr.press/v267/lovelace25a/lovelace25a.pdf',
    );
    expect(paperurl('_publications/2022-09-01-lovelace2022notes.md')).toBe(
      'https://doi.org/10.1016/j.patter.2022.100601',
    );
    expect(paperurl('_publications/2024-01-01-lovelace2024engine.md')).toBe('https://arxiv.org/abs/2405.03409');
  });

  test("a publication's page ends with its link buttons, as the about page writes them", () => {
    expect(fileOf(site, '_publications/2025-07-01-lovelace2025fast.md')).toMatch(
      /\n---\n\n\[PDF\]\(https:\/\/proceedings\.mlr\.press\/v267\/lovelace25a\/lovelace25a\.pdf\) \[Code\]\(https:\/\/github\.com\/ada\/fast-fl\)\n$/,
    );
    expect(fileOf(site, '_publications/2022-09-01-lovelace2022notes.md')).toMatch(
      /\nslidesurl: https:\/\/example\.org\/notes-slides\.pdf\n[\s\S]*\n---\n\n\[Slides\]\(https:\/\/example\.org\/notes-slides\.pdf\)\n$/,
    );
    expect(fileOf(site, '_publications/2025-05-01-lovelace2025unlearning.md')).toMatch(/\n---\n$/);
  });
});

describe('al-folio', () => {
  test('abbr: the label without its year, else the venue map, else the venue', () => {
    const papers = fileOf(exportAlFolio(profile), '_bibliography/papers.bib');
    const abbrOf = (key: string) => new RegExp(`@\\w+\\{${key},\\n\\s*abbr\\s*=\\s*\\{([^}]*)\\}`).exec(papers)?.[1];
    expect(abbrOf('lovelace2025fast')).toBe('ICML');
    expect(abbrOf('lovelace2024engine')).toBe('ICDE');
    expect(abbrOf('lovelace2022notes')).toBe('Patterns');
    expect(abbrOf('lovelace2025unlearning')).toBe('Preprint');
  });
});

describe('Hugo Blox', () => {
  test('publication_short: the label, else the venue short form and year when it says more than the venue', () => {
    const site = exportHugoBlox(profile);
    const short = (stem: string) =>
      /^publication_short: (.*)$/m.exec(fileOf(site, `content/publications/${stem}/index.md`))?.[1];
    expect(short('lovelace2025fast')).toBe('In *ICML 2025*');
    expect(short('lovelace2024engine')).toBe('In *ICDE 2024*');
    expect(short('lovelace2022notes')).toBe('"*Patterns 2022*"');
    expect(short('lovelace2025unlearning')).toBe('"*Preprint*"');
  });
});
