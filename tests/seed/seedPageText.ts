/** How the seed test compares two pages: front matter values, visible text, and what hides in comments. */
import MarkdownIt from 'markdown-it';
import { parseFrontMatterFile } from '../../src/frontMatter/frontMatter.js';

const markdown = new MarkdownIt({ html: true });

export function frontMatterValues(page: string): Record<string, unknown> {
  return parseFrontMatterFile(page, 'page.md').data;
}

/** The page rendered to HTML with comments removed, as text with whitespace collapsed. */
export function visibleText(page: string): string {
  const { body } = splitBody(page);
  const html = markdown.render(body).replace(/<!--[\s\S]*?-->/g, '');
  return normalizeText(decodeEntities(html.replace(/<[^>]+>/g, ' ')));
}

/** Each line of Markdown inside a comment, normalised, in order. */
export function hiddenLines(page: string): string[] {
  const { body } = splitBody(page);
  const lines: string[] = [];
  for (const match of body.matchAll(/<!--([\s\S]*?)-->/g)) {
    for (const line of (match[1] ?? '').split('\n')) {
      const normalized = normalizeHiddenLine(line);
      if (normalized !== '') lines.push(normalized);
    }
  }
  return lines;
}

function splitBody(page: string): { body: string } {
  return { body: parseFrontMatterFile(page, 'page.md').body };
}

/** Whitespace does not count, nor whether `and` stands before the last author. */
export function normalizeText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/, and /g, ', ')
    .trim();
}

function normalizeHiddenLine(line: string): string {
  return normalizeText(line.replace(/^\s*-?\s*[-*]\s+/, ''));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
