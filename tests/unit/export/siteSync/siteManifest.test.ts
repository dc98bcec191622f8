/** The manifest of a site folder: sorted, stable bytes, and a clear reason when it is damaged. */
import { expect, test } from 'vitest';
import { contentHash, parseSiteManifest, serializeSiteManifest } from '../../../../src/export/siteSync/siteManifest.js';

const hash = contentHash('x');

test('serializes with sorted targets and files, and parses back', () => {
  const text = serializeSiteManifest({ targets: { 'hugo-blox': { 'b.md': hash, 'a.md': hash }, academicpages: {} } });
  expect(text).toBe(
    `{\n  "format": "profile-export/1",\n  "generator": "profile",\n  "targets": {\n    "academicpages": {},\n    "hugo-blox": {\n      "a.md": "${hash}",\n      "b.md": "${hash}"\n    }\n  }\n}\n`,
  );
  expect(parseSiteManifest(text)).toEqual({
    ok: true,
    manifest: { targets: { academicpages: {}, 'hugo-blox': { 'a.md': hash, 'b.md': hash } } },
  });
});

test('says why a damaged manifest is not one', () => {
  expect(parseSiteManifest('{')).toMatchObject({ ok: false, reason: expect.stringMatching(/^is not JSON/) });
  expect(parseSiteManifest('{"format":"other","targets":{}}')).toEqual({
    ok: false,
    reason: 'is not a profile-export/1 manifest',
  });
  expect(parseSiteManifest('{"format":"profile-export/1","targets":{"a":{"x.md":"abc"}}}')).toEqual({
    ok: false,
    reason: 'the hash of "x.md" is not a sha256',
  });
});

test('the hash is the sha256 of the UTF-8 bytes', () => {
  expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('a path that would leave the site refuses the whole manifest, saying which and why', () => {
  const listing = (file: string) =>
    JSON.stringify({ format: 'profile-export/1', targets: { a: { 'ok.md': hash, [file]: hash } } });
  expect(parseSiteManifest(listing('../outside/notes.txt'))).toEqual({
    ok: false,
    reason: 'lists the path "../outside/notes.txt", which has a ".." segment',
    unsafePath: true,
  });
  expect(parseSiteManifest(listing('/etc/passwd'))).toEqual({
    ok: false,
    reason: 'lists the path "/etc/passwd", which is absolute',
    unsafePath: true,
  });
});
