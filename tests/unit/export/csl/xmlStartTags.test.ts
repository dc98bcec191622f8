/** The small XML reader behind --style FILE.csl: start tags as written, and the errors a broken file gets. */
import { describe, expect, test } from 'vitest';
import { rewriteStartTags, scanXmlStartTags, XmlSyntaxError } from '../../../../src/export/csl/xmlStartTags.js';

function syntaxError(text: string): [string, number] {
  try {
    scanXmlStartTags(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [error.message, error.line];
    throw error;
  }
  throw new Error('no error');
}

describe('scanXmlStartTags', () => {
  test('reads start tags with their parents and raw attribute values, past comments, CDATA and declarations', () => {
    const text = [
      '\uFEFF<?xml version="1.0"?>',
      '<!DOCTYPE style [ <!ENTITY x "y"> ]>',
      '<!-- a <comment> -->',
      '<style a=\'1 &amp; 2\' b="&#8211;">',
      '  <names><name prefix="&lt;"/></names>',
      '  <term><![CDATA[ <not-a-tag> ]]></term>',
      '</style>',
      '',
    ].join('\n');
    expect(scanXmlStartTags(text).map((tag) => [tag.name, tag.parent, tag.attributes, tag.selfClosing])).toEqual([
      [
        'style',
        undefined,
        [
          { name: 'a', rawValue: '1 &amp; 2' },
          { name: 'b', rawValue: '&#8211;' },
        ],
        false,
      ],
      ['names', 'style', [], false],
      ['name', 'names', [{ name: 'prefix', rawValue: '&lt;' }], true],
      ['term', 'style', [], false],
    ]);
  });

  test('refuses what is not well-formed, with the line', () => {
    expect(syntaxError('<a>\n<b></a>')).toEqual(['</a> closes <b>', 2]);
    expect(syntaxError('<a>\n<b>\n</b>')).toEqual(['<a> is never closed', 3]);
    expect(syntaxError('<a/>\n<b/>')).toEqual(['<b> after the root element', 2]);
    expect(syntaxError('text <a/>')).toEqual(['text outside the root element', 1]);
    expect(syntaxError('<a>\n R&D </a>')).toEqual(['an & that starts no entity (write &amp;)', 2]);
    expect(syntaxError('<a>1 < 2</a>')).toEqual(['a < that starts no tag (write &lt;)', 1]);
    expect(syntaxError('<a x="1" x="2"/>')).toEqual(['<a> has the attribute x twice', 1]);
    expect(syntaxError('<a x=1/>')).toEqual(['<a> is malformed (an attribute needs name="value")', 1]);
    expect(syntaxError('<a><!-- open </a>')).toEqual(['a comment is never closed', 1]);
    expect(syntaxError('  \n')).toEqual(['no root element', 2]);
  });
});

describe('rewriteStartTags', () => {
  test('rewrites only the tags it is asked to, everything else byte for byte', () => {
    const text = '<style>\n  <name  a="1"/>\n  <other b=\'x\'/>\n</style>';
    const tags = scanXmlStartTags(text);
    const rewritten = rewriteStartTags(text, tags, (tag) =>
      tag.name === 'name' ? [...tag.attributes, { name: 'suffix', rawValue: 'say "hi"' }] : undefined,
    );
    expect(rewritten).toBe('<style>\n  <name a="1" suffix="say &quot;hi&quot;"/>\n  <other b=\'x\'/>\n</style>');
  });
});
