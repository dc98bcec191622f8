/** Unicode encoded for BibTeX reads back as the same text, and never unbalances the braces. */
import { describe, expect, test } from 'vitest';
import { latexToUnicode } from '../../../src/bibtex/latexToUnicode.js';
import { encodeVerbatim, unicodeToLatex } from '../../../src/bibtex/unicodeToLatex.js';
import { scaledMs } from '../../e2e/timeLimits.js';

const texts = [
  "Müller & Co — 100% of $5 for #1 a_b ~ ^ { } \\ `x` -- ''",
  'García Łukasz Åse Straße Škoda Ørsted Æsir œuvre ǘ',
  'α-tests in O(n²)',
  '“quoted” ‘single’ … ©',
  'FedGuCci: iPhone LLMs (BERT)',
  "O'Brien's d'Alembert",
  'a\u00a0b',
];

describe('unicodeToLatex', () => {
  test.each(texts)('reads back as the same text: %s', (text) => {
    expect(latexToUnicode(unicodeToLatex(text))).toBe(text.replace(/\u00a0/g, ' '));
    expect(latexToUnicode(unicodeToLatex(text, { protectCase: true }))).toBe(text.replace(/\u00a0/g, ' '));
  });

  test.each(texts)('keeps braces balanced: %s', (text) => {
    let depth = 0;
    for (const char of unicodeToLatex(text, { protectCase: true })) {
      if (char === '{') depth++;
      if (char === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  test('writes accents and special letters as LaTeX, the way BibTeX styles expect', () => {
    expect(unicodeToLatex('Müller Garcí Łukasz Straße')).toBe('M{\\"u}ller Garc{\\\'{\\i}} {\\L}ukasz Stra{\\ss}e');
  });

  test('literal braces that pair up are escaped with a backslash, which every reader shows as written', () => {
    // al-folio's latex-decode knows `\{` but not `\textbraceleft`, which it showed as written.
    expect(unicodeToLatex('Learning {0,1}-valued functions in O(n^{2}) time', { protectCase: true })).toBe(
      'Learning \\{0,1\\}-valued functions in O(n\\textasciicircum{}\\{2\\}) time',
    );
    expect(latexToUnicode('Learning \\{0,1\\}-valued')).toBe('Learning {0,1}-valued');
  });

  test('a brace without its pair is named, since an escaped one would unbalance the value', () => {
    expect(unicodeToLatex('a { b')).toBe('a \\textbraceleft{} b');
    expect(unicodeToLatex('}{')).toBe('\\textbraceright{}\\textbraceleft{}');
  });

  test('protects words whose case a style must not change', () => {
    expect(unicodeToLatex('WISE: Rethinking LLMs with BERT', { protectCase: true })).toBe(
      '{WISE}: Rethinking {LLMs} with {BERT}',
    );
  });

  test('two maths symbols in a row are kept apart by {} between them, not read as display maths', () => {
    expect(unicodeToLatex('ααα')).toBe(['$\\alpha$', '$\\alpha$', '$\\alpha$'].join('{}'));
    expect(unicodeToLatex('a-−α')).toBe('a-−$\\alpha$');
  });

  // Encoding once asked the text made so far whether it ended with `$`, which made V8 copy all of it at every
  // character outside ASCII: 40,000 `é` took 9 s, 80,000 took 53 s. The bound only catches that hang again.
  test(
    '100,000 characters outside ASCII are each encoded, in one pass over the text',
    () => {
      const accented = unicodeToLatex('é'.repeat(100_000));
      expect(accented.length).toBe(100_000 * "{\\'e}".length);
      expect(accented.slice(0, 10)).toBe("{\\'e}{\\'e}");
      expect(unicodeToLatex('中'.repeat(100_000))).toBe('中'.repeat(100_000));
      const symbols = unicodeToLatex('α'.repeat(100_000));
      expect(symbols.length).toBe(100_000 * '$\\alpha$'.length + 99_999 * '{}'.length);
    },
    scaledMs(60_000),
  );
});

describe('encodeVerbatim', () => {
  test('leaves a URL as it is', () => {
    expect(encodeVerbatim('https://example.org/a_b?x=1%20y#frag')).toBe('https://example.org/a_b?x=1%20y#frag');
  });
  test('percent-encodes braces, which could end the value and inject an entry', () => {
    expect(encodeVerbatim('https://x.org/}@misc{evil,')).toBe('https://x.org/%7D@misc%7Bevil,');
  });
});
