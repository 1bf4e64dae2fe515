import { ChevronDown, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStoreApi } from '../../store/context';
import { isEnabled, useActionHost } from './ActionHost';
import { displayKeys, isMacPlatform } from './keys';
import { actionById } from './registry';
import './ActionMenu.css';

/**
 * A menu of actions from the registry (WAI-ARIA menu button): Enter, Space or Down opens it on
 * the first item, Up on the last; the arrows, Home and End move; Escape closes and gives focus
 * back to the button; Tab closes and moves on. Each item shows the action's label and shortcut.
 */
export function ActionMenu({
  label,
  text,
  icon: Icon,
  iconOnly = false,
  collapsible = false,
  items,
}: {
  /** The button's and the menu's accessible name. */
  label: string;
  /** A shorter name shown on the button, when it differs from `label`. */
  text?: string;
  icon: LucideIcon;
  iconOnly?: boolean;
  /** On a narrow window only the icon shows (see ActionButton). */
  collapsible?: boolean;
  /** Action ids, in order. */
  items: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  const [startAt, setStartAt] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const host = useActionHost();
  const store = useAppStoreApi();
  const isMac = isMacPlatform();

  useEffect(() => {
    if (!open) return;
    const entries = menuItems(menu.current);
    (startAt === 'first' ? entries[0] : entries.at(-1))?.focus();
    // A press anywhere else closes the menu.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, startAt]);

  const openAt = (at: 'first' | 'last') => {
    setStartAt(at);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const entries = menuItems(menu.current);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        moveTo(at + 1);
        break;
      case 'ArrowUp':
        moveTo(at - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(entries.length - 1);
        break;
      case 'Escape':
        event.stopPropagation(); // only the menu closes, not a panel around it
        close();
        break;
      case 'Tab':
        setOpen(false);
        return; // Tab moves on as usual
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="action-menu">
      <button
        ref={button}
        type="button"
        className={`button${iconOnly ? ' icon' : ''}${collapsible ? ' collapsible' : ''}`}
        aria-label={iconOnly || collapsible || text ? label : undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={label}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          openAt(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        <Icon size={iconOnly ? 16 : 15} aria-hidden="true" />
        {!iconOnly && (
          <>
            <span className="button-label">{text ?? label}</span>
            <ChevronDown size={14} aria-hidden="true" />
          </>
        )}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          className="popup-menu action-menu-list"
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((id) => {
            const action = actionById(id);
            const ItemIcon = action.icon;
            const enabled = isEnabled(action, store);
            return (
              <button
                key={id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="popup-menu-item action-menu-item"
                aria-disabled={!enabled || undefined}
                onClick={() => {
                  if (!enabled) return;
                  close();
                  host.run(action);
                }}
              >
                {ItemIcon ? <ItemIcon size={15} aria-hidden="true" /> : <span />}
                <span className="action-menu-label">{action.menuLabel ?? action.label}</span>
                {action.keys?.[0] && (
                  <kbd aria-hidden="true">{displayKeys(action.keys[0], isMac)}</kbd>
                )}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}
