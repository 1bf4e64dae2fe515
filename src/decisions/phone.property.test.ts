import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCaller, tidyNumber, tidyNumberList } from './phone';

const e164 = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{1,14}$/))
  .map(([first, rest]) => `+${first}${rest}`);
const decoration = fc.constantFrom(' ', '-', '.', '(', ')', '\u00a0', '–', '/', '');

/** The number with decoration sprinkled between its digits, as spreadsheets and cards write it. */
const decorated = fc
  .tuple(e164, fc.array(decoration, { minLength: 16, maxLength: 16 }))
  .map(([number, marks]) => ({
    number,
    written: [...number].map((char, i) => (i === 0 ? char : `${marks[i]}${char}`)).join(''),
  }));

describe('number tidying, for any input', () => {
  it('gives back any E.164 number however it is decorated', () => {
    fc.assert(
      fc.property(decorated, ({ number, written }) => {
        expect(tidyNumberList(written).values).toEqual([number]);
        expect(tidyNumberList(`00${written.slice(1)}`).values).toEqual([number]);
      }),
    );
  });

  it('accounts for every non-empty line: a value or a problem on that line, never a throw', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(e164, fc.string()), { maxLength: 12 }), (parts) => {
        const lines = parts.join('\n').split(/\r\n|\r|\n/);
        const { values, problems } = tidyNumberList(lines.join('\n'));
        const flagged = new Set(problems.map((problem) => problem.line));
        lines.forEach((line, index) => {
          if (!line.trim()) return expect(flagged.has(index + 1)).toBe(false);
          const kept = values.includes(tidyNumber(line.trim()));
          expect(kept !== flagged.has(index + 1)).toBe(true);
        });
        expect(values.every((value) => /^\+[1-9]\d{1,14}$/.test(value))).toBe(true);
      }),
    );
  });

  it('reads the same caller from every platform’s spelling of a number', () => {
    fc.assert(
      fc.property(e164, (number) => {
        for (const from of [
          number,
          number.slice(1),
          `sip:${number}@sip.example.com`,
          `tel:${number}`,
        ]) {
          expect(readCaller(from)).toEqual({ kind: 'number', e164: number });
        }
      }),
    );
  });
});
