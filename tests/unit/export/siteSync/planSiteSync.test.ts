/** The site sync decides, before writing, what to create, rewrite and remove, and what it must not touch. */
import { describe, expect, test } from 'vitest';
import {
  blockingActions,
  changingActions,
  type OnDisk,
  planSiteSync,
} from '../../../../src/export/siteSync/planSiteSync.js';
import { contentHash } from '../../../../src/export/siteSync/siteManifest.js';

function disk(files: Record<string, string | { other: string }>): (path: string) => OnDisk {
  return (path) => {
    const entry = files[path];
    if (entry === undefined) return { kind: 'missing' };
    return typeof entry === 'string' ? { kind: 'file', content: entry } : { kind: 'other', what: entry.other };
  };
}

const kinds = (plan: ReturnType<typeof planSiteSync>) => plan.actions.map((action) => [action.path, action.kind]);

describe('planSiteSync', () => {
  test('a first export into an empty folder creates every file and owns them', () => {
    const plan = planSiteSync({
      files: [
        { path: 'b/two.md', content: 'two\n' },
        { path: 'a/one.md', content: 'one\n' },
      ],
      owned: {},
      onDisk: disk({}),
      force: false,
    });
    expect(kinds(plan)).toEqual([
      ['a/one.md', 'create'],
      ['b/two.md', 'create'],
    ]);
    expect(plan.owned).toEqual({ 'a/one.md': contentHash('one\n'), 'b/two.md': contentHash('two\n') });
    expect(blockingActions(plan)).toEqual([]);
  });

  test('rewrites an owned file the user left alone, keeps one that already matches', () => {
    const plan = planSiteSync({
      files: [
        { path: 'a.md', content: 'new\n' },
        { path: 'b.md', content: 'same\n' },
      ],
      owned: { 'a.md': contentHash('old\n'), 'b.md': contentHash('same\n') },
      onDisk: disk({ 'a.md': 'old\n', 'b.md': 'same\n' }),
      force: false,
    });
    expect(kinds(plan)).toEqual([
      ['a.md', 'update'],
      ['b.md', 'unchanged'],
    ]);
    expect(changingActions(plan).map((action) => action.path)).toEqual(['a.md']);
  });

  test('removes an owned file whose item is gone; forgets one the user already deleted', () => {
    const plan = planSiteSync({
      files: [],
      owned: { 'gone.md': contentHash('x\n'), 'deleted.md': contentHash('y\n') },
      onDisk: disk({ 'gone.md': 'x\n' }),
      force: false,
    });
    expect(kinds(plan)).toEqual([['gone.md', 'remove']]);
    expect(plan.owned).toEqual({});
  });

  test('an owned file the user edited blocks the sync, whether it would change or go', () => {
    const plan = planSiteSync({
      files: [{ path: 'a.md', content: 'new\n' }],
      owned: { 'a.md': contentHash('old\n'), 'b.md': contentHash('old b\n') },
      onDisk: disk({ 'a.md': 'old, edited\n', 'b.md': 'old b, edited\n' }),
      force: false,
    });
    expect(kinds(plan)).toEqual([
      ['a.md', 'edited'],
      ['b.md', 'edited'],
    ]);
    expect(blockingActions(plan)).toHaveLength(2);
    // The manifest keeps the old hashes, so the next run still sees the edits.
    expect(plan.owned).toEqual({ 'a.md': contentHash('old\n'), 'b.md': contentHash('old b\n') });
  });

  test('--force overwrites and deletes edited files', () => {
    const plan = planSiteSync({
      files: [{ path: 'a.md', content: 'new\n' }],
      owned: { 'a.md': contentHash('old\n'), 'b.md': contentHash('old b\n') },
      onDisk: disk({ 'a.md': 'old, edited\n', 'b.md': 'old b, edited\n' }),
      force: true,
    });
    expect(kinds(plan)).toEqual([
      ['a.md', 'update'],
      ['b.md', 'remove'],
    ]);
    expect(plan.owned).toEqual({ 'a.md': contentHash('new\n') });
  });

  test('a file it did not write is never touched, even with --force', () => {
    const plan = planSiteSync({
      files: [{ path: '_pages/about.md', content: 'ours\n' }],
      owned: {},
      onDisk: disk({ '_pages/about.md': 'the template sample\n' }),
      force: true,
    });
    expect(kinds(plan)).toEqual([['_pages/about.md', 'foreign']]);
    expect(plan.owned).toEqual({});
    expect(blockingActions(plan)).toHaveLength(1);
  });

  test('an unowned file that already holds exactly the output is adopted', () => {
    const plan = planSiteSync({
      files: [{ path: 'a.md', content: 'same\n' }],
      owned: {},
      onDisk: disk({ 'a.md': 'same\n' }),
      force: false,
    });
    expect(kinds(plan)).toEqual([['a.md', 'unchanged']]);
    expect(plan.owned).toEqual({ 'a.md': contentHash('same\n') });
  });

  test('a link or a folder where a file should go blocks the sync', () => {
    const plan = planSiteSync({
      files: [
        { path: 'link.md', content: 'x\n' },
        { path: 'dir.md', content: 'y\n' },
      ],
      owned: { 'link.md': contentHash('x\n') },
      onDisk: disk({ 'link.md': { other: 'a symbolic link' }, 'dir.md': { other: 'a folder' } }),
      force: true,
    });
    expect(plan.actions.map((action) => [action.path, action.kind, action.kind === 'foreign' && action.what])).toEqual([
      ['dir.md', 'foreign', 'a folder'],
      ['link.md', 'foreign', 'a symbolic link'],
    ]);
  });
});
