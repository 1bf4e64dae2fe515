import { test as base } from '@playwright/test';
import { Designer } from './pages/designer';

export { expect } from '@playwright/test';

declare global {
  /**
   * An element's name as its `aria-labelledby` or `aria-label` gives it, for specs that read
   * names inside `page.evaluate` (a canvas step names itself through `aria-labelledby`).
   */
  function accessibleName(element: Element): string | null;
}

/**
 * Playwright's `test` with the designer's page object as a fixture: a spec asks for `designer`
 * and gets one on its page. It is not opened yet, so a test can prepare storage or scripts first.
 * Every page gets `accessibleName` before its scripts run.
 */
export const test = base.extend<{ designer: Designer }>({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      globalThis.accessibleName = (element) => {
        const ids = element.getAttribute('aria-labelledby');
        if (ids) {
          return ids
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ');
        }
        return element.getAttribute('aria-label');
      };
    });
    await use(page);
  },
  designer: async ({ page }, use) => {
    await use(new Designer(page));
  },
});
