/** Moving between the screen's regions, as desktop apps and browsers do with F6. */
import { focusRegion } from '../../ui/regions';
import { isMod } from './keys';
import type { AppAction } from './types';

export const regionActions: readonly AppAction[] = [
  {
    id: 'next-region',
    label: 'Next region: palette, canvas, inspector, preview, problems, simulator',
    keys: ['F6'],
    matches: (e) => e.key === 'F6' && !e.shiftKey && !isMod(e) && !e.altKey,
    inControls: true,
    perform: () => focusRegion(1),
  },
  {
    id: 'previous-region',
    label: 'Previous region',
    keys: ['Shift+F6'],
    matches: (e) => e.key === 'F6' && e.shiftKey && !isMod(e) && !e.altKey,
    inControls: true,
    perform: () => focusRegion(-1),
  },
];
