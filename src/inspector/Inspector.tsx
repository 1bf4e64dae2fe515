import { MousePointerClick, Trash2 } from 'lucide-react';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { isInCall, kindOf } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { useAppStore } from '../store/context';
import { selectFlowNode } from '../store/selectors';
import { whenIdle } from '../store/whenIdle';
import { entryOf } from '../ui/regions';
import { FieldsLoading } from './FieldsLoading';
import {
  LoadedNodeInspector,
  loadNodeInspector,
  useNodeInspectorLoaded,
} from './LoadedNodeInspector';

/** How long the idle prefetch may wait for the page to be idle after the first paint. */
const PREFETCH_TIMEOUT_MS = 2000;

export function Inspector() {
  const selected = useAppStore((s) => s.selectedNodeIds);
  const node = useAppStore((s) =>
    s.selectedNodeIds.length === 1 ? selectFlowNode(s, s.selectedNodeIds[0]!) : undefined,
  );
  const removeNodes = useAppStore((s) => s.removeNodes);
  // "verbs" while only verbs are selected; "steps" once a decision is among them; "items" once
  // a note is (a note is neither).
  const things = useAppStore((s) => {
    const chosen = s.selectedNodeIds.flatMap((id) => selectFlowNode(s, id) ?? []);
    if (!chosen.every(isInCall)) return 'items';
    return chosen.every((n) => kindOf(n)?.face !== 'decision') ? 'verbs' : 'steps';
  });
  const panel = useRef<HTMLElement>(null);
  const readOnly = useAppStore((s) => s.readOnly);

  // The fields' code loads once the first screen is painted and the page is idle, so that a first
  // click rarely waits for it.
  useEffect(
    () => whenIdle(() => void loadNodeInspector().catch(() => {}), PREFETCH_TIMEOUT_MS),
    [],
  );

  // Another verb starts at the top of its fields, not where the last one was scrolled to.
  useEffect(() => {
    panel.current?.scrollTo({ top: 0 });
  }, [node?.id]);

  // Escape on a picker whose list is closed leaves it to the Inspector, one Tab from its fields.
  const leavePicker = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !(event.target instanceof HTMLSelectElement)) return;
    event.preventDefault();
    panel.current?.focus();
  };

  return (
    <section
      className="inspector panel"
      aria-label="Inspector"
      ref={panel}
      // A viewer's fields are all disabled: the panel itself takes focus, to scroll by keyboard.
      // Otherwise it takes focus from script only: Escape on a picker, F6 (src/app/regions.ts).
      tabIndex={readOnly ? 0 : -1}
      onKeyDown={leavePicker}
    >
      {/* A viewer reads every field, and can change none. */}
      <fieldset className="plain-fieldset" disabled={readOnly}>
        {node ? (
          <NodeFields node={node} panel={panel} />
        ) : selected.length > 1 ? (
          <div className="inspector-empty">
            <p>
              {selected.length} {things} selected.
            </p>
            <button type="button" className="button danger" onClick={() => removeNodes(selected)}>
              <Trash2 size={15} aria-hidden="true" /> Delete {selected.length} {things}
            </button>
          </div>
        ) : (
          <div className="inspector-empty">
            <MousePointerClick size={28} aria-hidden="true" />
            <p>Select a verb or a decision on the canvas to edit it.</p>
            <p className="muted">
              Drag verbs from the palette, or focus one and press Enter to add it after the last
              verb.
            </p>
          </div>
        )}
      </fieldset>
    </section>
  );
}

/**
 * The selected node's fields, with a placeholder while their code is still loading. F6 right
 * after a first selection can reach the inspector then: focus lands on the panel itself
 * (src/ui/regions.ts) and moves into the fields as they arrive, where F6 would have put it. A
 * field already focused (a node added by keyboard: NodeInspector's focus request, whose effect
 * runs before this one) is left alone.
 */
function NodeFields({ node, panel }: { node: FlowNode; panel: RefObject<HTMLElement | null> }) {
  const loaded = useNodeInspectorLoaded();
  const waited = useRef(!loaded);
  useEffect(() => {
    const region = panel.current;
    if (!loaded || !waited.current || !region) return;
    waited.current = false;
    if (document.activeElement === region) entryOf(region).focus();
  }, [loaded, panel]);
  return loaded ? <LoadedNodeInspector key={node.id} node={node} /> : <FieldsLoading />;
}
