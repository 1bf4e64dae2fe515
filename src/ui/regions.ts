/**
 * The screen's regions, in the order F6 visits them (issue 25): each found by the role and name
 * it already has. A region that is not on screen (the inspector while a call is simulated, the
 * simulator when closed) is skipped.
 */
const REGIONS: readonly string[] = [
  'nav[aria-label="Verbs"]',
  '[role="region"][aria-label="Canvas"]',
  'section[aria-label="Inspector"]',
  '[role="region"][aria-label="RCML preview"]',
  'section[aria-label="Problems"]',
  '[role="region"][aria-label="Simulator"]',
];

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), ' +
  'textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

const onScreen = (el: HTMLElement): boolean => el.getClientRects().length > 0;

function regionsOnScreen(root: ParentNode): HTMLElement[] {
  return REGIONS.map((selector) => root.querySelector<HTMLElement>(selector)).filter(
    (el): el is HTMLElement => el !== null && onScreen(el) && el.closest('[inert]') === null,
  );
}

/** The region an element is in, if any. */
export function regionOf(element: Element): HTMLElement | undefined {
  for (const selector of REGIONS) {
    const region = element.closest<HTMLElement>(selector);
    if (region) return region;
  }
  return undefined;
}

/** The `data-focus-landing` of a region: selectors of where focus lands, in order of preference. */
export function focusLanding(selectors: readonly string[]): string {
  return selectors.join(' | ');
}

/**
 * Where focus enters a region: the first control its `data-focus-landing` names (the canvas: its
 * steps' Tab stop; the simulator: what the caller can do now), else its first control, else the
 * region itself (focusable from script only, if need be). `usable` says which controls count.
 */
export function entryOf(
  region: HTMLElement,
  usable: (element: HTMLElement) => boolean = onScreen,
): HTMLElement {
  const landing = (region.dataset.focusLanding ?? '')
    .split(' | ')
    .filter(Boolean)
    .map((selector) => [...region.querySelectorAll<HTMLElement>(selector)].find(usable))
    .find((element) => element !== undefined);
  if (landing) return landing;
  if (region.matches(FOCUSABLE)) return region;
  const first = [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find(usable);
  if (first) return first;
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  return region;
}

/** Moves focus to the first control of the region with this name (e.g. "Inspector"), if shown. */
export function focusRegionEntry(name: string, root: Document = document): void {
  const region = regionsOnScreen(root).find((el) => el.getAttribute('aria-label') === name);
  if (region) entryOf(region).focus();
}

/**
 * Moves focus into the next region on screen (or the previous one, `step` -1), wrapping around.
 * From outside every region (the toolbar, the page), the first region is next, the last previous.
 */
export function focusRegion(step: 1 | -1, root: Document = document): void {
  const regions = regionsOnScreen(root);
  if (regions.length === 0) return;
  const active = root.activeElement;
  const at = regions.findIndex((region) => region.contains(active));
  const next = at === -1 ? (step === 1 ? 0 : regions.length - 1) : at + step;
  entryOf(regions[(next + regions.length) % regions.length]!).focus();
}
