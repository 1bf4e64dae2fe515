import { describe, expect, it } from 'vitest';
import { callDateInWords, dateHint, dateOrderOf, formatCallDate, parseCallDate } from './callDate';

describe('the date of a simulated call', () => {
  it('is written as the flow’s zone writes it', () => {
    expect(dateOrderOf('Europe/London')).toBe('day-first');
    expect(dateOrderOf('Asia/Tokyo')).toBe('day-first');
    expect(dateOrderOf('America/New_York')).toBe('month-first');
    expect(dateOrderOf('America/Indiana/Indianapolis')).toBe('month-first');
    expect(dateOrderOf('America/Sao_Paulo')).toBe('day-first');
    expect(dateHint('day-first')).toBe('dd/mm/yyyy');
    expect(formatCallDate('2027-12-31', 'day-first')).toBe('31/12/2027');
    expect(formatCallDate('2027-12-31', 'month-first')).toBe('12/31/2027');
  });

  it('takes a typed year, in the zone’s order or year first', () => {
    expect(parseCallDate('31/12/2027', 'day-first')).toBe('2027-12-31');
    expect(parseCallDate('12/31/2027', 'month-first')).toBe('2027-12-31');
    expect(parseCallDate(' 2027-12-31 ', 'month-first')).toBe('2027-12-31');
    expect(parseCallDate('1.2.2030', 'day-first')).toBe('2030-02-01');
    expect(parseCallDate('29/02/2028', 'day-first')).toBe('2028-02-29');
  });

  it('refuses what is not a day of the calendar', () => {
    for (const text of [
      '',
      '31/12',
      '31/12/27',
      '12/31/2027',
      '29/02/2027',
      '2027-13-01',
      'soon',
    ]) {
      expect(parseCallDate(text, 'day-first')).toBeNull();
    }
  });

  it('is said in words, so that neither order can be misread', () => {
    expect(callDateInWords('2027-12-31', 'day-first')).toMatch(/^Friday,? 31 December 2027$/);
    expect(callDateInWords('2027-12-31', 'month-first')).toBe('Friday, December 31, 2027');
  });
});
