# Test-only stand-in for latex-decode (the gem bibtex-ruby's `latex` filter calls, first of al-folio's
# `bibtex_filters`), which neither Debian nor this machine has. It restates, in its own words, the rules of
# latex-decode 0.4 that the text export --site al-folio writes can meet, in the gem's order; where the gem is
# installed, `LatexDecodeOracle.decode` uses the gem itself instead.
#   1. normalise: `\i` `\j` become dotless letters, `~` not after a backslash a no-break space;
#   2. maths: every `$…$` (one character or more inside, no look at backslashes) is replaced by what is inside;
#   3. accents: `\"{u}`, `\"u`, `\c{c}` … become the letter with its combining mark (a letter accent needs braces);
#   4. punctuation: `\textasciicircum`, `\textasciitilde`, `\textbackslash`, … followed by `{}`, spaces, a word's end
#      or the end become the character; a backslash before `$ % ; # _ &` (and an optional `{}`) goes; `\~{}` is `~`;
#      `\ ` is a space; `--` and `---` become dashes, backquotes and straight single quotes curly ones;
#   5. symbols: `\O` `\o` `\ss` `\l` `\L` and a few more (the gem's table is longer) become the letter;
#   6. braces: a run of `{`/`}` goes unless the character before it is a backslash, then `\{` `\}` become `{` `}`;
#   7. NFC.
# A command no rule names stays as it is, backslash included (`\textbraceleft`, `\textless`).
module LatexDecodeOracle
  TEXT_COMMANDS = {
    'textasciicircum' => '^', 'textasciitilde' => '~', 'textbackslash' => '\\', 'textquotesingle' => "'",
    'textendash' => "\u2013", 'textemdash' => "\u2014", 'textquoteleft' => "\u2018", 'textquoteright' => "\u2019",
    'textquotedblleft' => "\u201C", 'textquotedblright' => "\u201D", 'dag' => "\u2020", 'ddag' => "\u2021",
    'textbullet' => "\u2022", 'dots' => "\u2026"
  }.freeze
  LETTERS = { 'O' => "\u00D8", 'o' => "\u00F8", 'ss' => "\u00DF", 'l' => "\u0142", 'L' => "\u0141" }.freeze
  ACCENTS = {
    '`' => "\u0300", "'" => "\u0301", '^' => "\u0302", '~' => "\u0303", '=' => "\u0304", '.' => "\u0307",
    '"' => "\u0308", 'c' => "\u0327", 'k' => "\u0328", 'v' => "\u030C", 'u' => "\u0306", 'H' => "\u030B",
    'r' => "\u030A", 'd' => "\u0323", 'b' => "\u0331"
  }.freeze
  QUOTES_AND_DASHES = { '--' => "\u2013", '---' => "\u2014", '``' => "\u201C", '`' => "\u2018", "''" => "\u201D", "'" => "\u2019" }.freeze

  module_function

  def real?
    require 'latex/decode'
    true
  rescue LoadError
    false
  end

  def decode(text)
    return LaTeX.decode(text) if real?

    s = text.dup
    s.gsub!(/\\([ij])\b/) { Regexp.last_match(1) == 'i' ? "\u0131" : "\u0237" }
    s.gsub!(/(\A|[^\\])~/) { "#{Regexp.last_match(1)}\u00A0" }
    s.gsub!(/\$([^$]+)\$/) { Regexp.last_match(1) }
    # A symbol accent takes the letter with or without braces (`\"u`), a letter one only in braces (`\c{c}`).
    symbol_accents = ACCENTS.keys.grep(/\A\W\z/).map { |k| Regexp.escape(k) }.join('|')
    letter_accents = ACCENTS.keys.grep(/\A\w\z/).join('|')
    s.gsub!(/\\(?:(#{symbol_accents})\{?|(#{letter_accents})\{)(\p{L})(?(2)\}|\}?)/) do
      "#{Regexp.last_match(3)}#{ACCENTS.fetch(Regexp.last_match(1) || Regexp.last_match(2))}"
    end
    command_names = TEXT_COMMANDS.keys.join('|')
    s.gsub!(/\\(#{command_names})(?:\{\}|\s+|\b|\z)/) { TEXT_COMMANDS.fetch(Regexp.last_match(1)) }
    s.gsub!(/-+|`{1,2}|'{1,2}/) { |run| QUOTES_AND_DASHES.fetch(run, run) }
    s.gsub!(/\\([$%;#_&])(?:\{\})?/, '\1')
    s.gsub!('\\~{}', '~')
    s.gsub!('\\ ', ' ')
    s.gsub!(/\\(#{LETTERS.keys.join('|')})(?:\{\}|\s+|\b)/) { LETTERS.fetch(Regexp.last_match(1)) }
    s.gsub!(/(\A|[^\\])[{}]+/, '\1')
    s.gsub!(/\\([{}])/, '\1')
    s.unicode_normalize(:nfc)
  end
end
