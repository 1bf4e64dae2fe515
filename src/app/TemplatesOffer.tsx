import { LayoutTemplate } from 'lucide-react';
import { useAppStore } from '../store/context';
import '../styles/templates.css';

/** On a flow with nothing in it yet, the templates are offered above the canvas. */
export function TemplatesOffer() {
  const empty = useAppStore((s) => s.flow.nodes.length === 1 && s.flow.edges.length === 0);
  const openTemplates = useAppStore((s) => s.openTemplates);
  if (!empty) return null;
  return (
    <div className="templates-offer">
      <p>Start from a template: a block list, opening hours, a phone menu…</p>
      <button type="button" className="button small" onClick={() => openTemplates()}>
        <LayoutTemplate size={14} aria-hidden="true" /> Browse templates
      </button>
    </div>
  );
}
