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
  test('drops "———" for repeated authors and the citations’ disambiguation; marks names only in the marked copy', () => {
    const style = prepareCslStyle(
      '<style default-locale="de-DE"><citation disambiguate-add-year-suffix="true" collapse="year"><layout/></citation>' +
        '<bibliography subsequent-author-substitute="———" et-al-min="4"><layout>' +
        '<names variable="author"><name prefix="(" and="text"/></names></layout></bibliography></style>',
    );
    expect(style.defaultLocale).toBe('de-DE');
    expect(style.plainXml).toBe(
      '<style default-locale="de-DE"><citation collapse="year"><layout/></citation>' +
        '<bibliography et-al-min="4"><layout>' +
        '<names variable="author"><name prefix="(" and="text"/></names></layout></bibliography></style>',
    );
    expect(style.markedXml).toBe(
      '<style default-locale="de-DE"><citation collapse="year"><layout/></citation>' +
        '<bibliography et-al-min="4"><layout>' +
        '<names variable="author"><name and="text" prefix="(\uE000" suffix="\uE001"/></names></layout></bibliography></style>',
    );
  });

  test('the fixture style: only its bibliography tag and its two names change', () => {
    const style = prepareCslStyle(fixture);
    expect(style.plainXml).toBe(fixture.replace('<bibliography subsequent-author-substitute="———">', '<bibliography>'));
    expect(style.markedXml.split('\uE000')).toHaveLength(3);
    expect(style.markedXml).toContain(
      '<name initialize-with=". " delimiter=", " and="text" et-al-min="5" et-al-use-first="3" prefix="\uE000" suffix="\uE001"/>',
    );
    expect(style.markedXml).toContain('<name form="short" prefix="\uE000" suffix="\uE001"/>');
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
