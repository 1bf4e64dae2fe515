import { useId, useMemo } from 'react';
import { laidOutForCanvas } from '../canvas/tidyUp';
import { localTimeZone } from '../model/flow';
import { NODE_HEIGHT, NODE_WIDTH } from '../model/layout';
import { kindLabel, kindOf } from '../kinds';
import type { Flow } from '../schema/flow';
import { focusAfterOpening } from './actions/focusAfterOpening';
import { useActions, useAppStore } from '../store/context';
import {
  fillInNeeds,
  openTemplate,
  templates,
  type OpenedTemplate,
  type TemplateDef,
} from '../templates';
import { Modal } from '../ui/Modal';
import { findVerb } from '../verbs';
import { usePersistence } from './persistence';
import '../styles/templates.css';

/**
 * The templates gallery: each template with a small drawing of its flow, what it does in one
 * line, and what the user will fill in. Picking one opens it as a new flow; the open flow is
 * saved first and stays in Flows. Loaded with its templates only when first opened.
 */
export default function TemplatesDialog() {
  const { closeTemplates, notify } = useActions();
  const dialect = useAppStore((s) => s.flow.dialect);
  const flowName = useAppStore((s) => s.templateFlowName);
  const { library, autosave, team } = usePersistence();
  const environment = useMemo(() => ({ timeZone: localTimeZone() }), []);
  const previews = useMemo(
    () => templates.map((template) => openTemplate(template, dialect, environment)),
    [dialect, environment],
  );

  const use = (template: TemplateDef) => {
    // Opened afresh: new ids, so the same template can be opened twice.
    const opened = openTemplate(template, dialect, environment);
    // Laid out again at the sizes the nodes are drawn at, as Tidy up lays a flow out.
    const saved = opened.companions.filter((companion) => {
      const laidOut = laidOutForCanvas(companion);
      if (!library.save(laidOut, null).ok) return false;
      // In a team's library the companions go to the server too, as the opened flow does.
      if (team?.sync) {
        const { sync } = team;
        void team.api.createFlow(laidOut).then((created) => {
          if (created.ok) sync.opened(laidOut, created.value.summary.revision);
        });
      }
      return true;
    });
    const named = flowName ? { ...opened.flow, name: flowName } : opened.flow;
    autosave.open(laidOutForCanvas(named), null);
    closeTemplates();
    focusAfterOpening('opened'); // the template's incoming call, not the Templates button
    notify(
      openedNotice(template, opened, saved),
      saved.length < opened.companions.length ? 'warning' : 'success',
    );
  };

  return (
    <Modal
      title="Templates"
      onCancel={closeTemplates}
      actions={
        <button type="button" className="button" onClick={closeTemplates}>
          Cancel
        </button>
      }
    >
      <p className="templates-intro">
        Start from a flow that works. It opens as a new flow; the one you have open stays in Flows.
        Fields marked “Fill in” hold fake examples until you write your own.
      </p>
      <ul className="template-gallery" aria-label="Templates">
        {templates.map((template, i) => (
          <TemplateCard
            key={template.id}
            template={template}
            opened={previews[i]!}
            onUse={() => use(template)}
          />
        ))}
      </ul>
    </Modal>
  );
}

function TemplateCard({
  template,
  opened,
  onUse,
}: {
  template: TemplateDef;
  opened: OpenedTemplate;
  onUse(): void;
}) {
  const titleId = useId();
  const needs = fillInNeeds(opened.flow);
  return (
    <li className="template-card" aria-labelledby={titleId}>
      <MiniDiagram flow={opened.flow} />
      <h3 id={titleId}>{template.name}</h3>
      <p>{template.description}</p>
      <p className="template-needs">
        {needs.length > 0 ? (
          <>
            <strong>You fill in:</strong> {needs.join(', ')}.
          </>
        ) : (
          'Nothing to fill in.'
        )}
      </p>
      {opened.companions.length > 0 && (
        <p className="template-needs">
          Also adds {opened.companions.map((c) => `“${c.name}”`).join(', ')} to your flows.
        </p>
      )}
      {opened.stayedInRcml && <p className="template-note">Opens in RCML: {opened.stayedInRcml}</p>}
      <button type="button" className="button primary" onClick={onUse}>
        Open<span className="visually-hidden"> {template.name}</span>
      </button>
    </li>
  );
}

function openedNotice(
  template: TemplateDef,
  opened: OpenedTemplate,
  saved: readonly Flow[],
): string {
  const fill = fillInNeeds(opened.flow);
  const parts = [`Opened “${template.name}” as a new flow.`];
  if (fill.length > 0) parts.push(`Fill in ${fill.join(', ')}.`);
  if (opened.stayedInRcml) parts.push(`It is in RCML: ${opened.stayedInRcml}`);
  for (const companion of saved) {
    parts.push(
      `“${companion.name}” is in Flows too: put its document online and write its address where the template asks.`,
    );
  }
  if (saved.length < opened.companions.length) {
    parts.push('A flow it needs could not be stored in this browser.');
  }
  return parts.join(' ');
}

/** Space kept around the drawing, in flow units. */
const MARGIN = 20;
/** The least a drawing spans, so that a flow of two verbs is not drawn giant. */
const MIN_WIDTH = 3 * NODE_WIDTH;
const MIN_HEIGHT = 4 * NODE_HEIGHT;
/** The labels' size, in flow units, and the room they have in a box. */
const LABEL_SIZE = 34;
const LABEL_ROOM = NODE_WIDTH - 24;

/**
 * The flow in miniature, drawn from its laid-out positions: a box per verb or decision in its
 * palette colour, named, and a line per connection. Decorative: the card says it in words.
 */
function MiniDiagram({ flow }: { flow: Flow }) {
  const xs = flow.nodes.map((n) => n.position.x);
  const ys = flow.nodes.map((n) => n.position.y);
  const spanX = Math.max(...xs) + NODE_WIDTH - Math.min(...xs);
  const spanY = Math.max(...ys) + NODE_HEIGHT - Math.min(...ys);
  const width = Math.max(spanX, MIN_WIDTH) + 2 * MARGIN;
  const height = Math.max(spanY, MIN_HEIGHT) + 2 * MARGIN;
  // A narrow flow stands in the middle; every flow starts at the top.
  const left = Math.min(...xs) - MARGIN - (width - 2 * MARGIN - spanX) / 2;
  const top = Math.min(...ys) - MARGIN;
  const at = new Map(flow.nodes.map((n) => [n.id, n.position]));
  return (
    <svg
      className="template-diagram"
      viewBox={`${left} ${top} ${width} ${height}`}
      preserveAspectRatio="xMidYMin meet"
      aria-hidden="true"
      focusable="false"
    >
      {flow.edges.map((edge) => {
        const from = at.get(edge.source);
        const to = at.get(edge.target);
        if (!from || !to) return null;
        const x1 = from.x + NODE_WIDTH / 2;
        const y1 = from.y + NODE_HEIGHT;
        const x2 = to.x + NODE_WIDTH / 2;
        const y2 = to.y;
        const bend = y2 > y1 ? (y1 + y2) / 2 : y1 + 20;
        return (
          <path
            key={edge.id}
            className={y2 > y1 ? 'diagram-edge' : 'diagram-edge back'}
            d={`M ${x1} ${y1} V ${bend} H ${x2} V ${y2}`}
          />
        );
      })}
      {flow.nodes.map((node) => {
        const label = node.label ?? kindLabel(node.kind);
        // A long label is narrowed to fit its box rather than cut.
        const fits = label.length * LABEL_SIZE * 0.56 <= LABEL_ROOM;
        return (
          <g key={node.id} transform={`translate(${node.position.x} ${node.position.y})`}>
            <rect
              className={`diagram-node ${kindOf(node)?.face ?? 'verb'}`}
              style={{ stroke: colourOf(node.kind) }}
              width={NODE_WIDTH}
              height={NODE_HEIGHT}
              rx={14}
            />
            <text
              x={NODE_WIDTH / 2}
              y={NODE_HEIGHT / 2}
              className="diagram-label"
              {...(fits ? {} : { textLength: LABEL_ROOM, lengthAdjust: 'spacingAndGlyphs' })}
            >
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The palette group's colour of a verb; decisions share the accent. */
function colourOf(verb: string): string {
  const def = findVerb(verb);
  if (def?.isStart) return 'var(--group-start)';
  return def ? `var(--group-${def.group})` : 'var(--accent)';
}
