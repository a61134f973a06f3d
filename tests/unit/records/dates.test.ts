import { describe, expect, it } from 'vitest';
import { readDate, readDateOrMonth } from '../../../src/records/dates';

describe('readDate: dates as people and spreadsheets write them', () => {
  it.each([
    ['2027-01-14', '2027-01-14'],
    ['01/14/2027', '2027-01-14'],
    ['1/14/2027', '2027-01-14'],
    ['1/14/27', '2027-01-14'],
    ['Jan 14, 2027', '2027-01-14'],
    ['Jan. 14 2027', '2027-01-14'],
    ['January 14th, 2027', '2027-01-14'],
    ['14 January 2027', '2027-01-14'],
    ['14-Jan-2027', '2027-01-14'],
    ['14-Jan-27', '2027-01-14'],
    ['2027/01/14', '2027-01-14'],
    ['Sept 3, 2026', '2026-09-03'],
    // The first number cannot be a month: read day first rather than refuse.
    ['22/01/2027', '2027-01-22'],
    ['  02/29/2028 ', '2028-02-29'],
  ])('%s → %s', (typed, iso) => {
    expect(readDate(typed)).toBe(iso);
  });

  it.each(['13/45/2027', '02/29/2027', '2027-02-30', 'Foo 14, 2027', 'soon', '', '14/2027', '46401'])(
    '%s is not read (no guessing)',
    (typed) => {
      expect(readDate(typed)).toBeNull();
    },
  );

  it('a graduation date may be a month only', () => {
    expect(readDateOrMonth('May 2027')).toBe('2027-05');
    expect(readDateOrMonth('05/2027')).toBe('2027-05');
    expect(readDateOrMonth('2027-05')).toBe('2027-05');
    expect(readDateOrMonth('05/15/2027')).toBe('2027-05-15');
    expect(readDateOrMonth('13/2027')).toBeNull();
    expect(readDateOrMonth('spring 2027')).toBeNull();
  });
});
