import { MAX_WARNINGS } from './limits';
import type { ImportWarning } from './types';

/** Collects warnings, listing at most MAX_WARNINGS and counting the rest. */
export class WarningList {
  private readonly items: ImportWarning[] = [];
  private skipped = 0;

  add(warning: ImportWarning): void {
    if (this.items.length < MAX_WARNINGS) this.items.push(warning);
    else this.skipped += 1;
  }

  list(): ImportWarning[] {
    if (this.skipped === 0) return [...this.items];
    const more = this.skipped === 1 ? '1 more warning' : `${this.skipped} more warnings`;
    return [...this.items, { message: `…and ${more} like the ones above.` }];
  }
}
