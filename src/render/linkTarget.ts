/**
 * The one door every link the page layouts write goes through: the address a link may point at, or `undefined`
 * when the link must stay plain text. Today every address passes; a scheme allowlist belongs here.
 */
export function linkTarget(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
