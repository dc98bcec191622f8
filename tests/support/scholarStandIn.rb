# Test-only Jekyll plugin standing in for jekyll-scholar's `{% bibliography %}` in a minimal al-folio-like site,
# where neither jekyll-scholar nor bibtex-ruby can be installed (Debian packages neither). What it restates, in its
# own words, from jekyll-scholar 7 (`Utilities#bibliography`, `#liquidify`, `#bibliography_tag`) and bibtex-ruby 6:
# - the file is read as it is (no Liquid), its entries parsed as bibtex-ruby's lexer does: a value between braces
#   ends at the brace that closes the first, every `{` and `}` counted (a backslash does not escape one for it),
#   a value between quotes ends at a `"` outside every group; text outside entries (the front matter) is ignored;
# - `entry.bibtex`, shown by the popup, is the entry written again: `@type{key,`, then `  name = {value}` per field,
#   then `}` (bibtex-ruby's `Entry#to_s` with jekyll-scholar's `bibtex_quotes` `{` `}`);
# - every other `entry.<field>` is the value after `bibtex_filters` (al-folio: latex, smallcaps, superscript; only
#   `latex` touches text this export writes, see latexDecodeOracle.rb);
# - each entry is rendered with the site's `bib` layout as a Liquid template, with the page's registers (so Jekyll's
#   `highlight` tag and Rouge run for real) and al-folio's `hideCustomBibtex` filter (lines of
#   `filtered_bibtex_keywords` dropped).
# The Liquid, kramdown, Rouge and Jekyll that render the page are the real ones.
require_relative 'latexDecodeOracle'

module ScholarStandIn
  Entry = Struct.new(:type, :key, :fields)

  module_function

  def parse(text)
    entries = []
    at = 0
    while (start = text.index(/@(\w+)\s*\{\s*([^,\s]+)\s*,/, at))
      type = Regexp.last_match(1).downcase
      key = Regexp.last_match(2)
      pos = start + Regexp.last_match(0).length
      fields = {}
      loop do
        pos = text.index(/\S/, pos)
        break if pos.nil? || text[pos] == '}'

        name_match = /\A(\w+)\s*=\s*/.match(text[pos..])
        raise "papers.bib: no field at #{pos}" unless name_match

        pos += name_match[0].length
        value, pos = read_value(text, pos)
        fields[name_match[1].downcase] = value
        pos = text.index(/\S/, pos)
        pos += 1 if text[pos] == ','
      end
      entries << Entry.new(type, key, fields)
      at = pos + 1
    end
    entries
  end

  def read_value(text, pos)
    case text[pos]
    when '{' then read_group(text, pos, '}')
    when '"' then read_group(text, pos, '"')
    else
      word = /\A[^,}\s]+/.match(text[pos..])[0]
      [word, pos + word.length]
    end
  end

  # The value between the opening character at `pos` and its end, and the position after that end.
  def read_group(text, pos, closing)
    depth = 0
    index = pos + 1
    loop do
      char = text[index]
      raise 'papers.bib: a value does not end' if char.nil?
      return [text[(pos + 1)...index], index + 1] if char == closing && depth.zero?

      depth += 1 if char == '{'
      depth -= 1 if char == '}'
      index += 1
    end
  end

  def bibtex_of(entry)
    lines = entry.fields.map { |name, value| "  #{name} = {#{value}}" }
    "@#{entry.type}{#{entry.key},\n#{lines.join(",\n")}\n}\n"
  end

  def liquid_entry(entry)
    data = { 'key' => entry.key, 'type' => entry.type, 'bibtex' => bibtex_of(entry) }
    entry.fields.each { |name, value| data[name] = LatexDecodeOracle.decode(value) }
    data
  end
end

module HideCustomBibtexStandIn
  def hideCustomBibtex(input)
    keywords = @context.registers[:site].config['filtered_bibtex_keywords'] || []
    keywords.reduce(input) { |text, keyword| text.gsub(/^.*\b#{keyword}\b *= *\{.*$\n/, '') }
  end
end
Liquid::Template.register_filter(HideCustomBibtexStandIn)

class BibliographyStandInTag < Liquid::Tag
  def render(context)
    site = context.registers[:site]
    config = site.config.fetch('scholar')
    path = File.join(site.source, config.fetch('source'), config.fetch('bibliography'))
    template = Liquid::Template.parse(site.layouts.fetch(config.fetch('bibliography_template')).content)
    ScholarStandIn.parse(File.read(path, encoding: 'utf-8')).map do |entry|
      template.render!({ 'entry' => ScholarStandIn.liquid_entry(entry) }, registers: context.registers)
    end.join("\n")
  end
end
Liquid::Template.register_tag('bibliography', BibliographyStandInTag)
