import { test as base } from '@playwright/test';
import { Designer } from './pages/designer';

export { expect } from '@playwright/test';

/**
 * Playwright's `test` with the designer's page object as a fixture: a spec asks for `designer`
 * and gets one on its page. It is not opened yet, so a test can prepare storage or scripts first.
 */
export const test = base.extend<{ designer: Designer }>({
  designer: async ({ page }, use) => {
    await use(new Designer(page));
  },
});
