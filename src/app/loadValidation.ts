import type { MakeValidation } from '../store/validation';

/**
 * The rules, loaded after the first paint (issue 23: the first screen's JavaScript stays small):
 * problems follow the flow just after each paint anyway, and the screen says it is checking
 * until they are there.
 */
export function loadValidation(): Promise<MakeValidation> {
  return import('../validate').then(
    ({ FlowValidation }) =>
      (analysis) =>
        new FlowValidation(analysis),
  );
}
