import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core over the page as it is: no violation of impact serious or critical. On failure the
 * message lists each one (rule, impact, where), so it can be fixed without rerunning by hand.
 */
export async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`),
  );
  expect(report, `axe violations ${state}`).toEqual([]);
}
