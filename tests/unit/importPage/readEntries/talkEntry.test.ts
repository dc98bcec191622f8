// Proves talks are read with their date, venue, title, link and language, in the seed's form and the usual others.
import { describe, expect, test } from 'vitest';
import { parseTalkEntry } from '../../../../src/importPage/readEntries/talkEntry.js';

describe('parseTalkEntry', () => {
  test("the seed's form: `\\[date\\] venue; title.`", () => {
    expect(
      parseTalkEntry('\\[2025.04.28\\] Xtra Lab, National University of Singapore; Foundation Models: Editing.'),
    ).toEqual({
      kind: 'talk',
      date: { date: { year: 2025, month: 4, day: 28 }, style: 'dotted', text: '2025.04.28' },
      title: 'Foundation Models: Editing',
      venue: 'Xtra Lab, National University of Singapore',
    });
  });

  test('Chinese with the full-width separator keeps its punctuation and gets lang zh', () => {
    expect(parseTalkEntry('\\[2025.05.30\\] 浙江省科协“科学+”平台；大模型时代，AI如何记忆与思考？')).toMatchObject({
      title: '大模型时代，AI如何记忆与思考？',
      venue: '浙江省科协“科学+”平台',
      lang: 'zh',
    });
  });

  test('a quoted title, the venue and a date between commas', () => {
    expect(
      parseTalkEntry('"Single-Cell Atlases at Scale", Broad Institute Retreat, Cambridge MA, Jul 2025.', {
        type: 'invited-talk',
      }),
    ).toMatchObject({
      date: { date: { year: 2025, month: 7 }, style: 'month-name' },
      title: 'Single-Cell Atlases at Scale',
      venue: 'Broad Institute Retreat, Cambridge MA',
      type: 'invited-talk',
    });
  });

  test('a leading date, a bold title, [Slides] and [Video] links', () => {
    expect(
      parseTalkEntry(
        '*Mar 2024*: **Foundation Models for Genomics**, Stanford Seminar [[Slides]](https://x.org/s.pdf) [Video](https://youtu.be/x)',
      ),
    ).toMatchObject({
      title: 'Foundation Models for Genomics',
      venue: 'Stanford Seminar',
      slides: 'https://x.org/s.pdf',
      video: 'https://youtu.be/x',
    });
  });

  test('a linked title keeps its link', () => {
    expect(parseTalkEntry('[Protein Models](https://youtu.be/abc), Harvard Medical School, Nov 2023')).toMatchObject({
      title: 'Protein Models',
      url: 'https://youtu.be/abc',
      venue: 'Harvard Medical School',
    });
  });

  test('no date, no talk', () => {
    expect(parseTalkEntry('"A Talk", Somewhere')).toBeUndefined();
  });
});
