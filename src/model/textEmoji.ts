/**
 * A news text's leading emoji (`🎉 Our paper…`, `✈️ Attended…`), which pages often write as the item's bullet before
 * its date: the layout's `{text:emoji}` writes it, and `{text:after-emoji}` the rest of the text.
 */

export const textChoices = ['emoji', 'after-emoji'] as const;

// One or more emoji (with their variation selectors, skin tones, keycaps and joined sequences), then a space.
const leadingEmoji =
  /^((?:(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u20E3|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*)+)[ \t]+(?=\S)/u;

/** The text's leading emoji and the text after it; no emoji and the whole text when it starts otherwise. */
export function splitLeadingEmoji(text: string): { emoji: string; rest: string } {
  const match = leadingEmoji.exec(text);
  return match === null ? { emoji: '', rest: text } : { emoji: match[1] ?? '', rest: text.slice(match[0].length) };
}
