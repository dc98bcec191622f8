/** How long a `Retry-After` header asks to wait: seconds or an HTTP date (RFC 9110 §10.2.3). */

/** Milliseconds to wait, or undefined when the header is absent or says nothing usable. Never negative. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT". Date.parse reads it; anything else it cannot read is ignored.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
