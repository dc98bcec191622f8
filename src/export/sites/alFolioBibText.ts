/**
 * The spelling of text in al-folio's `papers.bib` that its page and its BibTeX popup both show as written, and that
 * no Liquid run of the file (it has front matter) can read as a tag.
 *
 * How a value reaches the reader (jekyll-scholar's `Utilities#liquidify`, al-folio's `_layouts/bib.liquid` and
 * `_config.yml`):
 * - jekyll-scholar reads the file itself (`IO.read`, then bibtex-ruby's parser), so Jekyll runs no Liquid on it in
 *   al-folio (`_bibliography/` is not in `include:`); a value is data to every template that prints it. The file
 *   still has front matter, and a `.bib` page that Jekyll converts does go through Liquid, so it holds no `{{`/`{%`.
 * - The page prints `{{ entry.title }}` (and the venue, the names) unescaped. Each value has first gone through the
 *   `bibtex_filters` in order: `latex` (bibtex-ruby's filter, which calls latex-decode), `smallcaps`, `superscript`.
 *   latex-decode, in order: normalises (`~` becomes a no-break space), reads every `$…$` as maths and drops both
 *   `$` (its pattern looks at no backslash, so `\$5 and \$10` loses them and keeps the backslashes), decodes accents,
 *   then punctuation (`\$ \% \# \_ \&` and `\textasciicircum{}`, `\textasciitilde{}`, `\textbackslash{}` become the
 *   character; `'` becomes `’`, `--` a dash), symbols and Greek, then drops every brace not after a backslash and
 *   finally turns `\{` `\}` into `{` `}`. A command it has no rule for stays as text (`\textbraceleft`).
 *   It leaves `<`, `>` and `&` alone, so the HTML gets them as they are: `<b` would open a tag, `&lt;` would be `<`.
 * - The popup prints `{{ entry.bibtex }}` inside `{% highlight bibtex %}`: bibtex-ruby writes the parsed entry
 *   again (`Entry#to_s`, every value between braces, with no filter), `hideCustomBibtex` drops al-folio's own
 *   fields, and Rouge escapes it, so the reader sees each value's characters as they stand in the file.
 *
 * So what the popup shows is what the file holds, and what the page shows is latex-decode's reading of it as HTML.
 * A text that suits both: the TeX spelling latex-decode knows (`\{0,1\}`, `\textasciicircum{}`, `\&`, `\%`, `\#`,
 * `\textasciitilde{}`), and where HTML or Liquid would read two characters as markup (`<` before a letter, `/`,
 * `!` or `?`; `&` that starts a character reference; `{` before `{` or `%`) an invisible U+200C ZERO WIDTH
 * NON-JOINER between them. It is no markup to HTML, Liquid, BibTeX or latex-decode, and neither page nor popup shows
 * it; XeLaTeX, LuaLaTeX and biber read it, pdfLaTeX wants `\DeclareUnicodeCharacter{200C}{}` (the plain
 * `export --format bib`, which no site reads, never writes it). A value that would start with `{{` is
 * written between quotes instead (`"{WISE}: …"`): bibtex-ruby reads the same value, and the popup writes it back
 * between braces, as `{{WISE}: …}`.
 *
 * What no spelling can give (docs/sites.md): two `$` in one value (latex-decode's maths rule), a brace without its
 * pair (BibTeX and bibtex-ruby count `\{` as a brace, and latex-decode knows no `\textbraceleft`), and `^`, `&`, `*`
 * in a family name, which `bib.liquid` shows as a superscript mark.
 */
import { decodeHTML } from 'entities';

/** U+200C ZERO WIDTH NON-JOINER: separates two characters that HTML or Liquid would read together as markup. */
export const markupBreak = '\u200c';

/**
 * `<b>` → `<\u200Cb>`, `\&amp;` → `\&\u200Camp;`: the characters a reader sees, none of which HTML reads as a tag or a
 * reference once latex-decode has dropped the braces between them. `>` alone is text to HTML.
 */
export function htmlInertBibText(value: string): string {
  // Copied in pieces between the breaks, not a character at a time: a value is often tens of kilobytes of one
  // character (the adversarial tests), and the text itself when it needs no break.
  let out = '';
  let copied = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code !== 0x3c && code !== 0x26) continue;
    const breaks =
      code === 0x3c ? /^[A-Za-z/!?]/.test(nextAfterBraces(value, index + 1)) : startsCharacterReference(value, index);
    if (!breaks) continue;
    out += value.slice(copied, index + 1) + markupBreak;
    copied = index + 1;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

/** The text after `from` without the braces latex-decode drops, as far as a reference or a tag name could reach. */
function nextAfterBraces(value: string, from: number): string {
  // 40 characters cover the longest named reference (`&CounterClockwiseContourIntegral;`) and a tag's first letter.
  return value.slice(from, from + 40).replace(/[{}]/g, '');
}

/** Whether a browser reads the `&` at `index` (after latex-decode) as the start of a character reference. */
function startsCharacterReference(value: string, index: number): boolean {
  const rest = nextAfterBraces(value, index + 1);
  const upToNextAmpersand = `&${rest.split('&', 1)[0] ?? ''}`;
  return decodeHTML(upToNextAmpersand) !== upToNextAmpersand;
}

/**
 * `{value}` as written by `formatValue`, made Liquid-safe: a value that opens with `{{` or `{%` goes between quotes
 * (`"{WISE}: …"`), and a `{{` or `{%` left inside gets the invisible U+200C between its two characters.
 */
export function liquidSafeValue(formatted: string): string {
  const quoted = /^\{[{%]/.test(formatted) ? `"${quotesInGroups(formatted.slice(1, -1))}"` : formatted;
  return quoted.replace(/\{(?=[{%])/g, `{${markupBreak}`);
}

/** Between quotes, a `"` outside any group would end the value: it goes in a group of its own. */
function quotesInGroups(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}') depth--;
    out += char === '"' && depth === 0 ? '{"}' : char;
  }
  return out;
}
