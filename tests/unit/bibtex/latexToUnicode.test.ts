/** LaTeX in BibTeX values decoded to the readable text a profile stores: one behaviour per case. */
import { describe, expect, test } from 'vitest';
import { decodeVerbatim, latexToUnicode } from '../../../src/bibtex/latexToUnicode.js';

describe('latexToUnicode', () => {
  test.each([
    ['accent on a dotless i (citation-js gives a detached accent)', "Garc{\\'\\i}a", 'García'],
    ['a special letter at the start of a word (citation-js reads a particle)', '{\\L}ukasz', 'Łukasz'],
    ['a braced special letter citation-js leaves undecoded', '{\\AA}se', 'Åse'],
    ['umlaut in braces', '{\\"o}', 'ö'],
    ['acute with a braced argument', "\\'{e}", 'é'],
    ['sharp s', 'Stra{\\ss}e', 'Straße'],
    ['cedilla and caron, braced and spaced', 'Fran{\\c{c}}ois \\c c \\v{S}koda', 'François ç Škoda'],
    ['two accents on one letter', '{\\\'{\\"u}}', 'ǘ'],
    ['dashes', '1990--2020 and this---that', '1990–2020 and this—that'],
    ['a tie is a space', 'Fig.~3', 'Fig. 3'],
    ['quotes', "``quoted'' and `single'", "“quoted” and ‘single'"],
    ['case-protecting braces are dropped', '{BERT}: {P}re-training', 'BERT: Pre-training'],
    ['math: Greek, superscripts, subscripts', '$\\alpha$-tests in $O(n^2)$ with $x_{10}$', 'α-tests in O(n²) with x₁₀'],
    ['math fonts keep their letter', '$\\mathbb{R}^d$ and $\\ell_1$', 'R^d and ℓ₁'],
    ['formatting commands keep their text', '\\emph{Deep} \\textbf{nets} {\\em and} {\\it more}', 'Deep nets and more'],
    ['escaped specials', '100\\% \\& \\$5 \\#1 a\\_b', '100% & $5 #1 a_b'],
    ['a space after a text symbol is kept', '\\LaTeX is fun', 'LaTeX is fun'],
    ['unknown commands stay visible', '\\foo{bar} \\baz', '\\foo{bar} \\baz'],
    ['whitespace and line breaks collapse', '  two\n   lines  ', 'two lines'],
    ['UTF-8 passes through', 'Nguyễn Văn An, Müller', 'Nguyễn Văn An, Müller'],
  ])('%s', (_what, tex, expected) => {
    expect(latexToUnicode(tex)).toBe(expected);
  });
});

describe('decodeVerbatim (URLs, DOIs, file names)', () => {
  test('unescapes \\_ and keeps %20', () => {
    expect(decodeVerbatim('https://example.org/my\\_paper%20v2.pdf')).toBe('https://example.org/my_paper%20v2.pdf');
  });
  test('unwraps \\url{…}', () => {
    expect(decodeVerbatim('\\url{https://example.org/a_b/c%20d?x=1&y=2#frag}')).toBe(
      'https://example.org/a_b/c%20d?x=1&y=2#frag',
    );
  });
  test('a tilde stays a tilde', () => {
    expect(decodeVerbatim('https://example.org/~user/{\\textasciitilde}x')).toBe('https://example.org/~user/~x');
  });
});

describe('DBLP titles', () => {
  test.each([
    ['Costs Below {\\textdollar}1', 'Costs Below $1'],
    ['The {\\textbackslash}emph Command', 'The \\emph Command'],
    ['Sorting in O(n{\\^{}}2) Time', 'Sorting in O(n^2) Time'],
    ['Lower Bounds for \\mathrm\\{AC\\}{\\^{}}0 Circuits', 'Lower Bounds for AC^0 Circuits'],
    ['Proofs {\\&} Programs', 'Proofs & Programs'],
    ['{KDD} {\\textquotesingle}21: The 27th {ACM} {SIGKDD} Conference', "KDD '21: The 27th ACM SIGKDD Conference"],
    ['Caret {\\^{ }} Alone', 'Caret ^ Alone'],
    ['An Accent on a Digit \\^{2}', 'An Accent on a Digit \\^{2}'],
    ['Unknown \\frobnicate{x} Kept', 'Unknown \\frobnicate{x} Kept'],
  ])('%s → %s', (tex, text) => {
    expect(latexToUnicode(tex)).toBe(text);
  });
});
