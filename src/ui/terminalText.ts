/**
 * Text from files (names, titles, messages quoting a value) made safe to print on a terminal: control characters are
 * shown as escapes, so that an ESC sequence cannot recolour, move or retitle the terminal and a newline in a file name
 * cannot forge another line of the report.
 */

// C0 controls (newline and tab included), DEL, C1 controls, and the bidirectional overrides that reorder a line
// (the "Trojan Source" characters).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line of text with every control character written as an escape (`\n`, `\x1b`, `\u202e`). */
export function escapeTerminalText(text: string): string {
  return text.replace(controlCharacters, (char) => {
    const code = char.charCodeAt(0);
    return named[char] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  });
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}
