// Hugo runs a shortcode (`{{< figure >}}`, `{{% notice %}}`) wherever it stands in a content file's body, in code too,
// before Markdown: text that only mentions one would run a template of the site, or stop the build when the site has no
// such shortcode. Each is written in Hugo's own escaped form, `{{</* figure */>}}`, which Hugo shows as
// `{{< figure >}}`, in text and in code alike. An opening without its close (which the escaped form cannot hold either)
// is written `&#123;{<`: no shortcode starts there, and the page shows `{{<`.
// Hand-written rather than a regular expression so that each closing is looked for at most once: linear in the text.
// (Line comments: the escaped form holds the end of a block comment.)

const openings = /\{\{[<%]/g;

export function neutraliseShortcodes(markdown: string): string {
  if (!markdown.includes('{{<') && !markdown.includes('{{%')) return markdown;
  let out = '';
  let done = 0;
  // Openings are met in order: once a closing is not found after one, it is not found after any later one.
  const unclosed = { '<': false, '%': false };
  openings.lastIndex = 0;
  for (let match = openings.exec(markdown); match !== null; match = openings.exec(markdown)) {
    const at = match.index;
    const kind = markdown[at + 2] as '<' | '%';
    const closing = kind === '<' ? '>}}' : '%}}';
    const close = unclosed[kind] ? -1 : markdown.indexOf(closing, at + 3);
    if (close < 0) {
      unclosed[kind] = true;
      out += `${markdown.slice(done, at)}&#123;`;
      done = at + 1;
      continue;
    }
    const inner = markdown.slice(at + 3, close);
    const end = close + 3;
    // Written escaped already (`{{</* x */>}}`): Hugo shows it as text.
    if (!(inner.startsWith('/*') && inner.endsWith('*/'))) {
      out += inner.includes('*/')
        ? `${markdown.slice(done, at)}&#123;${markdown.slice(at + 1, end)}`
        : `${markdown.slice(done, at)}{{${kind}/*${inner}*/${closing}`;
      done = end;
    }
    openings.lastIndex = end;
  }
  return out + markdown.slice(done);
}
