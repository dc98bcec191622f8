/** The spelling of papers.bib text for al-folio: markup-breaking U+200C after `<`, `&` and `{` where needed, quotes. */
import { describe, expect, test } from 'vitest';
import { htmlInertBibText, liquidSafeValue } from '../../../../src/export/sites/alFolioBibText.js';

const zwnj = '\u200c';

describe('htmlInertBibText', () => {
  test.each([
    ['<b>x</b>', `<${zwnj}b>x<${zwnj}/b>`],
    ['<{b>x</b}>', `<${zwnj}{b>x<${zwnj}/b}>`],
    ['<{}!-- x -->', `<${zwnj}{}!-- x -->`],
    ['<?php', `<${zwnj}?php`],
    ['a < b, <3, <= and >', 'a < b, <3, <= and >'],
    ['R\\&D, Q\\&A, AT\\&T', 'R\\&D, Q\\&A, AT\\&T'],
    ['\\&amp; \\&lt; \\&#60; \\&#x3C;', `\\&${zwnj}amp; \\&${zwnj}lt; \\&${zwnj}#60; \\&${zwnj}#x3C;`],
    // A browser reads a few names without the `;` (`&not`, `&copy`): `&notice` shows `¬ice`.
    ['\\&notice \\&copy2024', `\\&${zwnj}notice \\&${zwnj}copy2024`],
    ['\\&{}amp;', `\\&${zwnj}{}amp;`],
    ['\\& \\&\\&', '\\& \\&\\&'],
  ])('%j → %j', (value, written) => {
    expect(htmlInertBibText(value)).toBe(written);
  });
});

describe('liquidSafeValue', () => {
  test.each([
    ['{plain}', '{plain}'],
    ['{{WISE}: x}', '"{WISE}: x"'],
    ['{{%raw%}}', `"{${zwnj}%raw%}"`],
    ['{{a} "q" {"}}', '"{a} {"}q{"} {"}"'],
    ['{\\{{FedGuCci}\\}}', `{\\{${zwnj}{FedGuCci}\\}}`],
    ['{x {{\\"U}berNet}}', `{x {${zwnj}{\\"U}berNet}}`],
  ])('%j → %j', (formatted, written) => {
    expect(liquidSafeValue(formatted)).toBe(written);
    expect(written).not.toMatch(/\{[{%]/);
  });
});
