import { useReactFlow } from '@xyflow/react';
import { ChevronDown, ImageDown } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FlowImageFormat } from '../canvas/flowImage';
import { useAppStoreApi } from '../store/context';
import { downloadImage } from './downloadImage';
import './DownloadImageMenu.css';

const CHOICES: readonly { format: FlowImageFormat; label: string; hint: string }[] = [
  { format: 'png', label: 'PNG image', hint: 'for a ticket or a chat' },
  { format: 'svg', label: 'SVG image', hint: 'sharp at any size, for a runbook' },
];

/**
 * "Download image": a menu button (WAI-ARIA menu button pattern) offering the picture of the
 * whole flow as PNG or SVG. Enter, Space or Down opens it on the first choice, Up on the last;
 * the arrows, Home and End move; Escape closes and gives focus back to the button.
 */
export function DownloadImageMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [startAt, setStartAt] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const reactFlow = useReactFlow();
  const store = useAppStoreApi();

  useEffect(() => {
    if (!open) return;
    const items = menuItems(menu.current);
    (startAt === 'first' ? items[0] : items.at(-1))?.focus();
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

  const choose = async (format: FlowImageFormat) => {
    close();
    setBusy(true);
    try {
      await downloadImage(format, reactFlow, store);
    } finally {
      setBusy(false);
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (!busy && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = menuItems(menu.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => items[(index + items.length) % items.length]?.focus();
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
        moveTo(items.length - 1);
        break;
      case 'Escape':
        // Only the menu closes: not a dialog or panel around it.
        event.stopPropagation();
        close();
        break;
      case 'Tab':
        setOpen(false);
        return; // Tab moves on as usual.
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="download-image">
      <button
        ref={button}
        type="button"
        className="button"
        aria-label="Download image"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'download-image-menu' : undefined}
        // Not `disabled` while busy: that would take focus from a keyboard user.
        aria-disabled={busy}
        title="Download a picture of the whole flow (PNG or SVG)"
        onClick={() => {
          if (busy) return;
          if (open) setOpen(false);
          else openAt('first');
        }}
        onKeyDown={onButtonKeyDown}
      >
        <ImageDown size={15} aria-hidden="true" /> {busy ? 'Drawing…' : 'Image'}
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open && (
        <div
          ref={menu}
          id="download-image-menu"
          className="download-image-menu"
          role="menu"
          aria-label="Download image"
          onKeyDown={onMenuKeyDown}
        >
          {CHOICES.map((choice) => (
            <button
              key={choice.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="download-image-item"
              onClick={() => void choose(choice.format)}
            >
              <span className="download-image-label">{choice.label}</span>
              <span className="download-image-hint" aria-hidden="true">
                {choice.hint}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}
