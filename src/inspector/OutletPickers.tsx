import {
  memo,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { actionById } from '../app/actions/registry';
import { StepChooser } from '../canvas/StepChooser';
import { stepName } from '../model/stepName';
import { nodeOutlets, outletsMayShareTarget, type NodeOutlet } from '../kinds';
import type { Flow, FlowNode } from '../schema/flow';
import { useActions, useAppStore } from '../store/context';
import type { AppState } from '../store/types';
import type { Problem } from '../validate/types';
import '../styles/inspector-decisions.css';
import { FieldProblemList } from './fields/FieldProblemList';
import {
  namingMemory,
  nodeChoices,
  outletChoices,
  sameChoices,
  type ChoicesByNode,
  type OutletChoice,
} from './outletChoices';

/**
 * Every outlet of the selected node as a labelled picker: how a keyboard user connects anything,
 * verbs and decisions alike. Choosing is one undo step (the store's setOutlet).
 */
export function OutletPickers({
  node,
  problemsOf,
}: {
  node: FlowNode;
  /** Problems about an outlet ("“Closed” leads nowhere"), by outlet id. */
  problemsOf(outlet: string): readonly Problem[];
}) {
  // The choices follow an edit after the frame that shows it: listing them reads every node.
  const flow = useDeferredValue(useAppStore((s) => s.flow));
  // What each picker shows is read from the live connections: a deferred one would put a picker
  // back on its old choice for a frame after each arrow key, and a quick second key would then
  // move from the wrong place.
  const edges = useAppStore((s) => s.flow.edges);
  const headingId = useId();
  const outlets = nodeOutlets(node);
  // Named once per node list, for the selected node's pickers only; the memory keeps what did
  // not change, so typing re-reads only the node typed in.
  const [memory] = useState(namingMemory);
  const choices = useMemo(() => nodeChoices(flow.nodes, memory), [flow.nodes, memory]);
  if (outlets.length === 0) return null;
  const targets = new Map(outlets.map((o) => [o.id, targetOf(edges, node.id, o.id)]));
  const labelOf = new Map(outlets.map((o) => [o.id, o.label]));
  // As connect() has it: a verb leads to a node through one outlet (choosing it for another
  // moves the connection), while a decision's outcomes may share one ("Busy" and "No answer").
  const oneOutletPerTarget = !outletsMayShareTarget(node);

  return (
    <section className="outlet-pickers" aria-labelledby={headingId}>
      <h3 id={headingId}>Where the call goes next</h3>
      {outlets.map((outlet) => (
        <OutletPicker
          key={outlet.id}
          flow={flow}
          choicesByNode={choices}
          source={node.id}
          outlet={outlet}
          current={targets.get(outlet.id)}
          takenBy={oneOutletPerTarget ? takenByOthers(targets, labelOf, outlet.id) : NONE_TAKEN}
          problems={problemsOf(outlet.id)}
          after={outlets.length > 1 ? outlet.label : stepName(node)}
        />
      ))}
    </section>
  );
}

const NONE_TAKEN: ReadonlyMap<string, string> = new Map();

/** Where a node's outlet leads: one pass over the connections, cheaper than indexing the flow. */
function targetOf(edges: Flow['edges'], source: string, outlet: string): string | undefined {
  for (const edge of edges) {
    if (edge.source === source && edge.outlet === outlet) return edge.target;
  }
  return undefined;
}

/** The nodes the node's other outlets lead to, each with that outlet's label. */
function takenByOthers(
  targets: ReadonlyMap<string, string | undefined>,
  labelOf: ReadonlyMap<string, string>,
  outlet: string,
): Map<string, string> {
  const taken = new Map<string, string>();
  for (const [other, target] of targets) {
    if (other !== outlet && target !== undefined) taken.set(target, labelOf.get(other) ?? other);
  }
  return taken;
}

/** What an outlet the catalog says nothing more about does ("Then" of a Say). */
const HELP_BY_KIND: Readonly<Record<NodeOutlet['kind'], string>> = {
  next: 'Runs next, in the same document.',
  action: 'The document the platform fetches next.',
  branch: 'Where the flow server sends callers on this branch.',
};

function OutletPicker({
  flow,
  choicesByNode,
  source,
  outlet,
  current,
  takenBy,
  problems,
  after,
}: {
  flow: Flow;
  choicesByNode: ChoicesByNode;
  source: string;
  outlet: NodeOutlet;
  current: string | undefined;
  takenBy: ReadonlyMap<string, string>;
  problems: readonly Problem[];
  /** What a step added here comes after, in words ("After input", "Say"). */
  after: string;
}) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  const newStep = useRef<HTMLButtonElement>(null);
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const actions = useActions();
  const { analysis } = useAppStore((s) => s.derived);
  const computed = useMemo(
    () =>
      outletChoices(flow, choicesByNode, source, outlet.id, current, takenBy, analysis.graph(flow)),
    [flow, choicesByNode, source, outlet.id, current, takenBy, analysis],
  );
  const choices = useStableChoices(computed);
  const help = outlet.help ?? HELP_BY_KIND[outlet.kind];

  return (
    <div className="field outlet-picker">
      <div className="field-label-row">
        <label htmlFor={id}>{outlet.label}</label>
      </div>
      <select
        id={id}
        className="control"
        value={current ?? ''}
        aria-describedby={problems.length > 0 ? `${helpId} ${problemsId}` : helpId}
        aria-invalid={problems.some((p) => p.severity === 'error') || undefined}
        onChange={(event) => actions.setOutlet(source, outlet.id, event.target.value || null)}
        onKeyDown={(event) => historyKey(event, actions)}
      >
        <option value="">Not connected</option>
        <ChoiceOptions choices={choices} />
      </select>
      {/* A button, not an option of the picker: the arrow keys on a picker choose each option
          they pass, and would add a step on the way. */}
      <button
        ref={newStep}
        type="button"
        className="button small outlet-new-step"
        aria-label={`New step… for “${outlet.label}”`}
        aria-expanded={adding}
        aria-haspopup="dialog"
        onClick={() => setAdding((was) => !was)}
      >
        New step…
      </button>
      {adding && (
        <StepChooser
          source={source}
          outlet={outlet.id}
          label={`Add a step after ${after}`}
          onChoose={(kind) => {
            setAdding(false);
            actions.addStepFrom(source, outlet.id, kind);
          }}
          onCancel={(how) => {
            setAdding(false);
            if (how === 'escape') newStep.current?.focus();
          }}
        />
      )}
      <p className="field-help" id={helpId}>
        {help}
      </p>
      <FieldProblemList id={problemsId} problems={problems} />
    </div>
  );
}

/**
 * Undo and Redo from the picker just used: the app's shortcuts stay quiet in form controls (for a
 * text box's own undo), but a picker has none, and a keyboard user undoes a pick where they are.
 */
function historyKey(event: KeyboardEvent<HTMLSelectElement>, actions: AppState): void {
  const step = [actionById('undo'), actionById('redo')].find((action) =>
    action.matches?.(event.nativeEvent),
  );
  if (!step) return;
  event.preventDefault();
  if (step.id === 'undo') actions.undo();
  else actions.redo();
}

/**
 * The same list while it reads the same: typing in a field makes a new flow, and so a new list,
 * but the thousands of options of a large flow are then not rendered again.
 */
function useStableChoices(computed: OutletChoice[]): readonly OutletChoice[] {
  const [kept, setKept] = useState(computed);
  const stable = sameChoices(kept, computed) ? kept : computed;
  if (stable !== kept) setKept(stable);
  return stable;
}

const ChoiceOptions = memo(function ChoiceOptions({
  choices,
}: {
  choices: readonly OutletChoice[];
}) {
  return choices.map((choice) => (
    <option key={choice.id} value={choice.id} disabled={choice.takenBy !== undefined}>
      {choice.takenBy === undefined
        ? choice.name
        : `${choice.name} (“${choice.takenBy}” leads there)`}
    </option>
  ));
});
