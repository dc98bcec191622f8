/** How a style is prepared for page entries: running-bibliography settings off, and every printed name delimited. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CslStyleError, prepareCslStyle } from '../../../../src/export/csl/cslStyleXml.js';

const fixture = readFileSync(
  path.resolve(import.meta.dirname, '../../../fixtures/csl/display-order-initials.csl'),
  'utf8',
);

function styleError(xml: string): [string, number | undefined] {
  try {
    prepareCslStyle(xml);
  } catch (error) {
    if (error instanceof CslStyleError) return [error.message, error.line];
    throw error;
  }
  throw new Error('no error');
}

describe('prepareCslStyle', () => {
  test('drops "———" for repeated authors, the citations’ disambiguation and their layout; marks names only in the marked copy', () => {
    const style = prepareCslStyle(
      '<style default-locale="de-DE"><citation disambiguate-add-year-suffix="true" collapse="year"><layout/></citation>' +
        '<bibliography subsequent-author-substitute="———" et-al-min="4"><layout>' +
        '<names variable="author"><name prefix="(" and="text"/></names></layout></bibliography></style>',
    );
    expect(style.defaultLocale).toBe('de-DE');
    expect(style.plainXml).toBe(
      '<style default-locale="de-DE"><citation collapse="year"><layout><text variable="title"/></layout></citation>' +
        '<bibliography et-al-min="4"><layout>' +
        '<names variable="author"><name prefix="(" and="text"/></names></layout></bibliography></style>',
    );
    expect(style.markedXml).toBe(
      '<style default-locale="de-DE"><citation collapse="year"><layout><text variable="title"/></layout></citation>' +
        '<bibliography et-al-min="4"><layout>' +
        '<names variable="author"><name and="text" prefix="(\uE000" suffix="\uE001"/></names></layout></bibliography></style>',
    );
  });

  test('the fixture style: only its citation, its bibliography tag and its bibliography name change', () => {
    const style = prepareCslStyle(fixture);
    const bareCitation = fixture
      .replace(/<citation>[\s\S]*<\/citation>/, '<citation><layout><text variable="title"/></layout></citation>')
      .replace('<bibliography subsequent-author-substitute="———">', '<bibliography>');
    expect(style.plainXml).toBe(bareCitation);
    expect(style.markedXml.split('\uE000')).toHaveLength(2);
    expect(style.markedXml).toContain(
      '<name initialize-with=". " delimiter=", " and="text" et-al-min="5" et-al-use-first="3" prefix="\uE000" suffix="\uE001"/>',
    );
  });

  test('drops the bibliography’s sort, unless a citation number follows it', () => {
    const sorted =
      '<style><citation><layout/></citation><bibliography><sort><key macro="author"/></sort>' +
      '<layout><text variable="title"/></layout></bibliography></style>';
    expect(prepareCslStyle(sorted).plainXml).toBe(
      '<style><citation><layout><text variable="title"/></layout></citation><bibliography>' +
        '<layout><text variable="title"/></layout></bibliography></style>',
    );
    const numbered = sorted.replace(
      '<text variable="title"/></layout></bibliography>',
      '<text variable="citation-number"/></layout></bibliography>',
    );
    expect(prepareCslStyle(numbered).plainXml).toContain('<bibliography><sort><key macro="author"/></sort><layout>');
  });

  test('keeps the citation of a style that tests `disambiguate`, and keeps a namespace prefix', () => {
    const testing =
      '<style><citation><layout><text variable="title"/><choose><if disambiguate="true"><text variable="issued"/></if></choose></layout></citation>' +
      '<bibliography><layout><text variable="title"/></layout></bibliography></style>';
    expect(prepareCslStyle(testing).plainXml).toBe(testing);
    const prefixed = prepareCslStyle(
      '<cs:style xmlns:cs="http://purl.org/net/xbiblio/csl"><cs:citation et-al-min="3"><cs:sort><cs:key variable="issued"/></cs:sort>' +
        '<cs:layout><cs:names variable="author"/></cs:layout></cs:citation>' +
        '<cs:bibliography><cs:layout><cs:text variable="title"/></cs:layout></cs:bibliography></cs:style>',
    );
    expect(prefixed.plainXml).toBe(
      '<cs:style xmlns:cs="http://purl.org/net/xbiblio/csl"><cs:citation et-al-min="3">' +
        '<cs:layout><cs:text variable="title"/></cs:layout></cs:citation>' +
        '<cs:bibliography><cs:layout><cs:text variable="title"/></cs:layout></cs:bibliography></cs:style>',
    );
  });

  test('refuses what is not a style with a bibliography', () => {
    expect(styleError('<style><bibliography><layout></bibliography></style>')).toEqual([
      'not well-formed XML: </bibliography> closes <layout>',
      1,
    ]);
    expect(styleError('<html><body/></html>')).toEqual([
      'not a CSL style: the root element is <html>, not <style>',
      undefined,
    ]);
    expect(styleError('<style><citation><layout/></citation></style>')).toEqual([
      'the style has no <bibliography> with a <layout>, so it cannot format reference lists',
      undefined,
    ]);
  });
});
