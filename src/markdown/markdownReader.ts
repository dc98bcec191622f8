/**
 * The one Markdown reader of the core: markdown-it in its CommonMark preset with raw HTML on (as Hugo's Goldmark and
 * the tests' oracle read a page) and GFM tables (which kramdown and Goldmark both show). CommonMark's parsing is
 * linear in the text, so a hostile page costs no more than its length. Loaded only by the commands that read
 * Markdown (import-page and the exporters that need plain text), never by `list` or `validate`.
 */
import MarkdownIt from 'markdown-it';

export type { Token } from 'markdown-it';

export const markdownReader = new MarkdownIt('commonmark', { html: true }).enable('table');
