/**
 * A store that validates at once, for tests, Node and benchmarks: every step is checked as it
 * happens. The app makes its store with createDesignerStore and loads validation after its
 * first paint (src/app/loadValidation.ts), so the rules are not in the first screen's JavaScript.
 */
import { createFlow } from '../model/flow';
import type { Flow } from '../schema/flow';
import { FlowValidation } from '../validate';
import { createDesignerStore, type AppStore, type AppStoreOptions } from './appStore';

export * from './appStore';

export function createAppStore(
  initial: Flow = createFlow(),
  options: AppStoreOptions = {},
): AppStore {
  return createDesignerStore(initial, { now: (analysis) => new FlowValidation(analysis) }, options);
}
