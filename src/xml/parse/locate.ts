/** Line and column of an index into a text, counted as an editor counts them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Turns string indexes into 1-based lines and columns. A line ends at LF, CR LF or a lone CR
 * (XML reads all three as one line break); columns count UTF-16 code units, as editors do.
 */
export class Locator {
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  at(index: number): Position {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(index, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1 };
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const pattern = /\r\n?|\n/g;
      for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
        starts.push(match.index + match[0].length);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}
