/** Every action of the app, in the order the shortcuts dialog lists them. */
import { editActions } from './editActions';
import { flowActions } from './flowActions';
import { imageActions } from './imageActions';
import { regionActions } from './regionActions';
import { teamActions } from './teamActions';
import type { AppAction } from './types';

export const actions: readonly AppAction[] = [
  ...editActions,
  ...flowActions,
  ...imageActions,
  ...regionActions,
  ...teamActions,
];

const byId = new Map(actions.map((action) => [action.id, action]));

export function actionById(id: string): AppAction {
  const action = byId.get(id);
  if (!action) throw new Error(`No action "${id}"`);
  return action;
}

/** The action a key press runs, if any. */
export function actionForKey(event: KeyboardEvent): AppAction | undefined {
  return actions.find((action) => action.matches?.(event));
}
