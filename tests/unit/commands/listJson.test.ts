/**
 * `list --json` writes its JSON a batch of items at a time: whatever the number of items, before, on and after a
 * batch's end, the text is exactly one `JSON.stringify(items, null, 2)` of the whole list and a line end.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/cli.js';
import type { CommandContext } from '../../../src/commandContext.js';
import { useTempProfiles } from '../useCases/tempProfile.js';

const tempProfile = useTempProfiles();

async function listJson(dir: string): Promise<string> {
  let stdout = '';
  const context: CommandContext = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => true },
    interactive: false,
    color: false,
    env: {},
    cwd: path.dirname(dir),
    now: () => new Date(2025, 7, 15, 12),
  };
  expect(await run(['list', '--json', '--dir', dir], context)).toBe(0);
  return stdout;
}

/** `count` news items, one a month, with a body holding what JSON escapes. */
function newsFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    const month = String((index % 12) + 1).padStart(2, '0');
    const year = 2000 + Math.floor(index / 12);
    files[`news/${year}-${month}-item-${index}.md`] =
      `---\ndate: "${year}-${month}"\n---\n\nItem ${index}: "q" \\ é ✓\n`;
  }
  return files;
}

describe('list --json', () => {
  test.each([0, 1, 15, 16, 17, 32, 33, 50])('%i items: one JSON text of the whole list', async (count) => {
    const dir = await tempProfile(newsFiles(count));
    const text = await listJson(dir);
    const items = JSON.parse(text) as unknown[];
    expect(items).toHaveLength(count);
    expect(text).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });
});
