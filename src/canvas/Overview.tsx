import { MiniMap, Panel } from '@xyflow/react';
import { Map as MapIcon } from 'lucide-react';
import { useId } from 'react';

interface OverviewProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * The overview of the flow (React Flow's minimap) in the canvas's bottom right corner, under a
 * button that hides it: the corner is free for the flow when the user wants it. The controls
 * keep the bottom left corner, and the Problems panel sits below the canvas, so neither is ever
 * covered.
 */
export function Overview({ open, onOpenChange }: OverviewProps) {
  const id = useId();
  return (
    <>
      <Panel position="bottom-right" className="overview-toggle">
        <button
          type="button"
          className="button small"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => onOpenChange(!open)}
        >
          <MapIcon size={14} aria-hidden="true" />
          {open ? 'Hide overview' : 'Show overview'}
        </button>
      </Panel>
      <div id={id} className="overview-host">
        {open && (
          <MiniMap
            className="overview"
            pannable
            zoomable
            ariaLabel="Overview of the call flow"
            style={{ width: 180, height: 120 }}
          />
        )}
      </div>
    </>
  );
}
