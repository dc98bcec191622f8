/**
 * The one door every link the page layouts write goes through: the address a link may point at, or `undefined`
 * when the link must stay plain text (no address, or one the link rule of model/linkSafety refuses).
 */
import { safeLinkTarget } from '../model/linkSafety.js';

export function linkTarget(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : safeLinkTarget(trimmed);
}
