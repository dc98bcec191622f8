/** `edit --set/--unset`: values read as the safe YAML schema reads them, fields kept in place, refusals before any write. */
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { applyFieldChanges, type FieldChange, parseFieldAssignment } from '../../../src/model/fieldChanges.js';
import { thrownBy } from '../../support/caughtErrors.js';

const usageErrorOf = (run: () => unknown) => thrownBy(run, UsageError);

describe('parseFieldAssignment', () => {
  test.each<[string, string, unknown]>([
    ['selected=true', 'selected', true],
    ['hidden=false', 'hidden', false],
    ['order=-1', 'order', -1],
    ['order=3', 'order', 3],
    ['date=2025.07', 'date', '2025.07'],
    ['date=2025.10', 'date', '2025.10'],
    ['isbn=01234', 'isbn', '01234'],
    ['title=WISE: Rethinking # not a comment', 'title', 'WISE: Rethinking # not a comment'],
    ['label= NeurIPS 2024 ', 'label', 'NeurIPS 2024'],
    ['label="true"', 'label', 'true'],
    ["label='3'", 'label', '3'],
    ['authors=[{family: Li, given: Zexi, equal: true}]', 'authors', [{ family: 'Li', given: 'Zexi', equal: true }]],
    ['award=', 'award', null],
    ['award=null', 'award', null],
    ['body=  Text with = and: colons  ', 'body', '  Text with = and: colons  '],
  ])('%s', (assignment, field, value) => {
    expect(parseFieldAssignment(assignment)).toEqual({ field, value });
  });

  test('needs field=value', () => {
    const error = usageErrorOf(() => parseFieldAssignment('selected'));
    expect(error.message).toBe('--set needs field=value, not "selected"');
    expect(error.exitCode).toBe(2);
    expect(usageErrorOf(() => parseFieldAssignment('=x')).exitCode).toBe(2);
  });

  test('refuses YAML that does not parse, and custom tags', () => {
    expect(usageErrorOf(() => parseFieldAssignment('authors=[{family: Li')).message).toMatch(/^--set authors: /);
    expect(usageErrorOf(() => parseFieldAssignment('title="a" !!js/function')).message).toMatch(/^--set title: /);
  });
});

describe('applyFieldChanges', () => {
  const news = { date: '2025-07', zzUnknown: 'kept', order: 2 };

  test('changes a field in its place, appends a new one, keeps unknown fields', () => {
    const result = applyFieldChanges('news', news, 'Text.', [
      { field: 'order', value: -1 },
      { field: 'hidden', value: true },
    ]);
    expect(result).toEqual({ data: { date: '2025-07', zzUnknown: 'kept', order: -1, hidden: true }, body: 'Text.' });
    expect(Object.keys(result.data)).toEqual(['date', 'zzUnknown', 'order', 'hidden']);
  });

  test.each([
    ['2025.07', '2025-07'],
    ['2025.7', '2025-07'],
    ['2025/07/30', '2025-07-30'],
    ['Jul 2025', '2025-07'],
    ['30 Jul 2025', '2025-07-30'],
  ])('a date written %s is stored %s', (written, stored) => {
    const change = parseFieldAssignment(`date=${written}`);
    expect(applyFieldChanges('news', news, '', [change]).data.date).toBe(stored);
  });

  test('a year typed as a number is stored as the text "2024"', () => {
    expect(applyFieldChanges('publication', {}, '', [parseFieldAssignment('date=2024')]).data.date).toBe('2024');
  });

  test('an impossible date is refused with exit 2', () => {
    const error = usageErrorOf(() => applyFieldChanges('news', news, '', [parseFieldAssignment('date=2025.13')]));
    expect(error.message).toBe('--set date: "2025.13" has an impossible month (13)');
    expect(error.exitCode).toBe(2);
  });

  test('an unknown field is refused, naming the known ones', () => {
    const error = usageErrorOf(() => applyFieldChanges('news', news, '', [{ field: 'selcted', value: true }]));
    expect(error.message).toBe('"selcted" is not a field of a news item');
    expect(error.hint).toBe('fields: hidden, order, date, layout, and body (the text)');
    expect(usageErrorOf(() => applyFieldChanges('publication', {}, '', [{ field: 'venu', value: 'x' }])).message).toBe(
      '"venu" is not a field of a publication',
    );
  });

  test('an unknown field the file has may be unset (that is how a typo is removed)', () => {
    const unset: FieldChange[] = [{ field: 'zzUnknown', unset: true }];
    expect(applyFieldChanges('news', news, '', unset).data).toEqual({ date: '2025-07', order: 2 });
    expect(usageErrorOf(() => applyFieldChanges('news', news, '', [{ field: 'nope', unset: true }])).exitCode).toBe(2);
  });

  test('unset, and set to null, remove the field', () => {
    expect(applyFieldChanges('news', news, '', [{ field: 'order', unset: true }]).data).toEqual({
      date: '2025-07',
      zzUnknown: 'kept',
    });
    expect(applyFieldChanges('news', news, '', [parseFieldAssignment('order=null')]).data).not.toHaveProperty('order');
  });

  test('body= replaces the text, --unset body empties it', () => {
    expect(applyFieldChanges('news', news, 'Old.', [parseFieldAssignment('body=New *text*.')]).body).toBe(
      'New *text*.',
    );
    expect(applyFieldChanges('news', news, 'Old.', [{ field: 'body', unset: true }]).body).toBe('');
  });

  test('does not change the object it was given', () => {
    const data = { date: '2025-07' };
    applyFieldChanges('news', data, '', [{ field: 'hidden', value: true }]);
    expect(data).toEqual({ date: '2025-07' });
  });
});
