# Renders Markdown documents with kramdown as Jekyll does (GFM parser, academicpages' settings), one per line:
# each input line is a JSON string (the page body), each output line a JSON object {html, visible, comments, liveHtml}.
# It stays running so that a test file pays Ruby's start once, however many documents it renders.
require 'cgi'
require 'json'
require 'kramdown'
require 'kramdown-parser-gfm'

OPTIONS = {
  input: 'GFM', hard_wrap: false, auto_ids: true, entity_output: :as_char,
  smart_quotes: %w[lsquo rsquo ldquo rdquo], math_engine: 'mathjax', syntax_highlighter: nil
}.freeze
SMART_QUOTES = { lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201C", rdquo: "\u201D" }.freeze
TYPOGRAPHY = {
  hellip: "\u2026", mdash: "\u2014", ndash: "\u2013", laquo: "\u00AB", raquo: "\u00BB",
  laquo_space: "\u00AB ", raquo_space: " \u00BB"
}.freeze
BLOCKS = %i[p header codeblock td th dt dd].freeze

# The text of a span-level element as a reader sees it; comments and live HTML are collected on the way.
def span_text(el, page, raw: false)
  case el.type
  when :text then raw ? CGI.unescapeHTML(el.value) : el.value
  when :codespan then el.value
  when :smart_quote then SMART_QUOTES.fetch(el.value)
  when :typographic_sym then TYPOGRAPHY.fetch(el.value)
  when :entity then el.value.char
  when :br then '' # the line's newline follows it as text, and reads as the space
  when :math then "\\(#{el.value}\\)"
  when :xml_comment then page['comments'] << el.value; ''
  when :html_element
    page['liveHtml'] << "<#{el.value}>"
    # An element whose content kramdown keeps as raw HTML (`<code>`, `<pre>`): the browser decodes its entities.
    el.children.map { |child| span_text(child, page, raw: el.options[:content_model] == :raw) }.join
  else el.children.map { |child| span_text(child, page) }.join
  end
end

def walk(el, page)
  if el.type == :xml_comment
    page['comments'] << el.value
  elsif el.type == :codeblock
    page['visible'] << el.value
  elsif el.type == :html_element && %i[raw span].include?(el.options[:content_model])
    page['visible'] << span_text(el, page)
  elsif BLOCKS.include?(el.type)
    page['visible'] << el.children.map { |child| span_text(child, page) }.join
  else
    page['liveHtml'] << "<#{el.value}>" if el.type == :html_element
    el.children.each { |child| walk(child, page) }
  end
end

def render(source)
  document = Kramdown::Document.new(source, OPTIONS)
  page = { 'html' => document.to_html, 'visible' => [], 'comments' => [], 'liveHtml' => [], 'warnings' => document.warnings }
  walk(document.root, page)
  page
end

$stdout.sync = true
if ARGV.first == '--versions'
  puts JSON.generate({ 'kramdown' => Kramdown::VERSION, 'kramdown-parser-gfm' => Kramdown::Parser::GFM::VERSION })
  exit
end
$stdin.each_line do |line|
  puts JSON.generate(render(JSON.parse(line)))
end
