/** A generated file's path must stay inside the site folder whatever an item's slug or title contains. */

const segmentPattern = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
// Names Windows reserves for devices, with any extension: a site checked out there could not hold them.
const deviceName = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/** Why `relative` is not a safe path inside a site folder, or undefined when it is. */
export function unsafeSitePathReason(relative: string): string | undefined {
  if (relative === '') return 'is empty';
  if (relative.startsWith('/') || /^[A-Za-z]:/.test(relative)) return 'is absolute';
  if (relative.includes('\\')) return 'contains a backslash';
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return `has a "${segment}" segment`;
    if (!segmentPattern.test(segment)) return `has the unsafe segment ${JSON.stringify(segment)}`;
    if (deviceName.test(segment)) return `names the device ${JSON.stringify(segment)}`;
  }
  return undefined;
}
