import { displayKeys, isMacPlatform } from './keys';
import { useAction } from './ActionHost';

/**
 * A toolbar button for one action of the registry: its name, icon, shortcut (in the tooltip),
 * whether it can run now and whether it is pressed all come from the action's definition.
 */
export function ActionButton({
  id,
  iconOnly = false,
  primary = false,
  collapsible = false,
  elementId,
}: {
  id: string;
  /** Shows only the icon; the name stays the button's accessible name. */
  iconOnly?: boolean;
  primary?: boolean;
  /** On a narrow window only the icon shows; the name stays for assistive technology. */
  collapsible?: boolean;
  elementId?: string;
}) {
  const { action, enabled, pressed, run } = useAction(id);
  const name = action.buttonLabel ?? action.label;
  const Icon = action.icon;
  const shortcut = action.keys?.[0];
  const title = shortcut
    ? `${action.label} (${displayKeys(shortcut, isMacPlatform())})`
    : action.label;
  return (
    <button
      id={elementId}
      type="button"
      className={`button${iconOnly ? ' icon' : ''}${primary ? ' primary' : ''}${collapsible ? ' collapsible' : ''}`}
      aria-label={iconOnly || collapsible ? name : undefined}
      aria-pressed={action.pressed ? Boolean(pressed) : undefined}
      aria-keyshortcuts={action.keys?.map(ariaKeys).join(' ') || undefined}
      title={title}
      disabled={!enabled}
      onClick={run}
    >
      {Icon && <Icon size={iconOnly ? 16 : 15} aria-hidden="true" />}
      {!iconOnly && <span className="button-label">{name}</span>}
    </button>
  );
}

/** aria-keyshortcuts spells keys as the DOM names them: Control, Meta, Shift, Alt. */
function ariaKeys(keys: string): string {
  return keys.replace('Mod', isMacPlatform() ? 'Meta' : 'Control');
}
