import type { StateCreator } from 'zustand';
import { lossesOf, planDialectChange } from '../dialects/convert';
import { getDialect } from '../dialects';
import { MAIN_FILE } from '../model/documents';
import { extractFragment, insertFragment, type FlowFragment } from '../model/fragment';
import { addHandOffEmail } from '../model/handOffEmail';
import { isNoteKind } from '../notes';
import type { FlowClipboard } from '../persist/clipboard';
import { summarizeRepairs } from '../persist/repair';
import { analyzeFlow } from '../model/graph';
import { placeNote } from '../model/notes';
import * as ops from '../model/operations';
import type { Flow, Position } from '../schema/flow';
import {
  BASE_URL_MAX_LENGTH,
  cutMessage,
  cutToLength,
  FLOW_NAME_MAX_LENGTH,
} from '../verbs/limits';
import { addStep, addStepFrom } from './addStep';
import { CHANGE_MARK } from './perfMarks';
import { patchWithinLimits } from './withinLimits';
import { historyOf, type AppMutators, type AppState, type DocumentSlice } from './types';

export const READ_ONLY_MESSAGE =
  'You can look at this flow and simulate calls, not change it: your role in the team is viewer.';

/** Below a step, for a step put on a connection one of whose ends is gone (a damaged file). */
const CHAIN_STEP = 130;

/** Edits of the same field closer together than this are one undo step (a burst of typing). */
export const MERGE_WINDOW_MS = 1000;

/** How far a pasted copy sits from the original, so both stay visible. */
const PASTE_OFFSET = 40;

export function createDocumentSlice(
  initial: Flow,
  clipboard: FlowClipboard,
): StateCreator<AppState, AppMutators, [], DocumentSlice> {
  return (set, get, api) => {
    let lastMerge: { key: string; at: number } | undefined;
    /** Pastes of the same fragment in a row step further away each time. */
    let pasted: { key: string; times: number } | undefined;

    function insert(action: string, fragment: FlowFragment | undefined): number {
      if (!fragment) return 0;
      // A clipboard may hand back a fresh object per read: recognise the same content instead.
      const key = JSON.stringify(fragment.nodes);
      const times = pasted?.key === key ? pasted.times + 1 : 1;
      pasted = { key, times };
      const shift = PASTE_OFFSET * times;
      const result = insertFragment(get().flow, fragment, { x: shift, y: shift });
      commit(action, result.flow);
      get().select(result.nodeIds);
      // A fragment read from storage may have needed repairs: the paste says what they were.
      if (fragment.repairs?.length) {
        get().notify(`Pasted. ${summarizeRepairs(fragment.repairs)}`, 'warning');
      }
      return result.nodeIds.length;
    }

    function copy(): FlowFragment | undefined {
      const fragment = extractFragment(get().flow, get().selectedNodeIds);
      if (fragment) clipboard.write(fragment);
      return fragment;
    }

    /**
     * The single path by which the flow changes. Each call is one undo step, except that calls
     * with the same `mergeKey` in quick succession fold into the step the first one made.
     */
    function commit(action: string, flow: Flow, mergeKey?: string): void {
      if (flow === get().flow) return;
      if (refusedAsReadOnly()) return;
      const now = Date.now();
      const merge =
        mergeKey !== undefined &&
        lastMerge?.key === mergeKey &&
        now - lastMerge.at < MERGE_WINDOW_MS;
      lastMerge = mergeKey === undefined ? undefined : { key: mergeKey, at: now };
      const history = historyOf(api).getState();
      if (merge) history.pause();
      // Read by the preview (and the benchmarks) to time change → preview.
      performance.mark(CHANGE_MARK);
      set({ flow, lastAction: action });
      if (merge) history.resume();
    }

    /**
     * Values are cut to their field's limit here too, so no path around the inspector can store
     * an over-long one (the inspector cuts first and says so; this says so for any other path).
     */
    function withinLimits(verb: string, patch: ops.NodePatch): ops.NodePatch {
      const limited = patchWithinLimits(verb, get().flow.dialect, patch);
      const first = limited.cut[0];
      if (first) get().notify(cutMessage(first.limit, first.label), 'warning');
      return limited.patch;
    }

    function withinLimit(value: string, limit: number, label: string): string {
      const kept = cutToLength(value, limit);
      if (kept !== value) get().notify(cutMessage(limit, label), 'warning');
      return kept;
    }

    /** A viewer's change is refused, and said so (once for a burst of attempts). */
    function refusedAsReadOnly(): boolean {
      if (!get().readOnly) return false;
      if (get().notice?.text !== READ_ONLY_MESSAGE) get().notify(READ_ONLY_MESSAGE, 'warning');
      return true;
    }

    function travel(direction: 'undo' | 'redo'): void {
      if (refusedAsReadOnly()) return;
      const history = historyOf(api).getState();
      const steps = direction === 'undo' ? history.pastStates : history.futureStates;
      if (steps.length === 0) return;
      lastMerge = undefined;
      history[direction]();
      set({ lastAction: direction });
    }

    return {
      flow: initial,
      lastAction: 'open',

      addVerb(verb, options = {}) {
        const { flow, selectedNodeIds, measured } = get();
        // A note joins no chain: it goes beside the call's last step, unconnected.
        const note = isNoteKind(verb);
        const result = addStep(flow, verb, {
          position: options.position ?? (note ? placeNote(flow) : undefined),
          join: options.via !== undefined && !note,
          selected: selectedNodeIds,
          measured,
        });
        commit('add verb', result.flow);
        get().reveal(result.nodeId, { focusInspector: options.via === 'keyboard' });
        // Said only when the step was added (a viewer's attempt is refused, and says that).
        if (result.unconnected && get().flow === result.flow) {
          get().notify(result.unconnected, 'info');
        }
        return result.nodeId;
      },

      insertOnEdge(id, verb, options = {}) {
        const { flow } = get();
        const problem = ops.insertionProblem(flow, id, verb);
        if (problem) {
          get().notify(problem, 'warning');
          return undefined;
        }
        const position = options.position ?? midwayAlong(flow, id);
        const result = ops.insertOnEdge(flow, id, verb, position);
        if (!result.nodeId) return undefined;
        commit('insert verb', result.flow);
        get().reveal(result.nodeId, { focusInspector: options.via === 'keyboard' });
        return result.nodeId;
      },

      addStepFrom(source, outlet, verb, options = {}) {
        const { flow, measured } = get();
        if (refusedAsReadOnly()) return undefined;
        const result = addStepFrom(flow, source, outlet, verb, { ...options, measured });
        if ('problem' in result) {
          get().notify(result.problem, 'warning');
          return undefined;
        }
        commit('add step', result.flow);
        get().reveal(result.nodeId, { focusInspector: true });
        return result.nodeId;
      },

      addHandOffEmail(nodeId) {
        const result = addHandOffEmail(get().flow, nodeId);
        if (!result.nodeId) return undefined;
        commit('email the recording', result.flow);
        get().reveal(result.nodeId, { focusInspector: true });
        get().notify('Email step added: fill in who it goes to and from.', 'info');
        return result.nodeId;
      },

      updateNode(id, patch) {
        const { flow } = get();
        const node = flow.nodes.find((n) => n.id === id);
        if (!node) return;
        const limited = withinLimits(node.verb, patch);
        commit('edit verb', ops.updateNode(flow, id, limited), `edit:${id}:${fieldsOf(patch)}`);
      },

      commitPositions(positions, options = {}) {
        // A drag commits once and is its own step; arrow-key nudges in a row merge into one.
        const mergeKey = options.nudge ? `nudge:${[...positions.keys()]}` : undefined;
        commit('move verbs', ops.moveNodes(get().flow, positions), mergeKey);
      },

      applyLayout(positions) {
        commit('tidy up', ops.moveNodes(get().flow, positions));
      },

      connect(source, outlet, target) {
        const problem = ops.connectionProblem(get().flow, source, outlet, target);
        if (problem) get().notify(problem, 'warning');
        else commit('connect', ops.connect(get().flow, source, outlet, target));
      },

      setOutlet(source, outlet, target) {
        if (target !== null) {
          get().connect(source, outlet, target);
          return;
        }
        const edge = get().flow.edges.find((e) => e.source === source && e.outlet === outlet);
        if (edge) commit('disconnect', ops.removeEdges(get().flow, new Set([edge.id])));
      },

      removeEdges(ids) {
        commit('disconnect', ops.removeEdges(get().flow, new Set(ids)));
      },

      removeNodes(ids) {
        commit('delete verbs', ops.removeNodes(get().flow, new Set(ids)));
        keepSelectionThatRemains();
      },

      renameFlow(name) {
        const kept = withinLimit(name, FLOW_NAME_MAX_LENGTH, 'the flow name');
        commit('rename flow', ops.renameFlow(get().flow, kept), 'rename');
      },

      setBaseUrl(value) {
        const url = withinLimit(value, BASE_URL_MAX_LENGTH, 'the base URL');
        const { flow } = get();
        if (flow.baseUrl !== url) commit('set base URL', { ...flow, baseUrl: url }, 'base-url');
      },

      addChild(nodeId, verb) {
        const result = ops.addChild(get().flow, nodeId, verb);
        commit('add nested element', result.flow);
        return result.childId;
      },

      updateChild(nodeId, childId, patch) {
        const { flow } = get();
        const child = flow.nodes
          .find((n) => n.id === nodeId)
          ?.children?.find((c) => c.id === childId);
        if (!child) return;
        commit(
          'edit nested element',
          ops.updateChild(flow, nodeId, childId, withinLimits(child.verb, patch)),
          `edit:${nodeId}:${childId}:${fieldsOf(patch)}`,
        );
      },

      removeChild(nodeId, childId) {
        commit('remove nested element', ops.removeChild(get().flow, nodeId, childId));
      },

      moveChild(nodeId, childId, toIndex) {
        commit('reorder nested elements', ops.moveChild(get().flow, nodeId, childId, toIndex));
      },

      requestDialect(to) {
        const conversion = planDialectChange(get().flow, to);
        if (conversion.from === to) return;
        if (lossesOf(conversion).length > 0 || conversion.unavailable.length > 0) {
          set({ pendingConversion: conversion });
          return;
        }
        applyConversion(conversion.flow, conversion.changes.length);
      },

      confirmDialect() {
        const conversion = get().pendingConversion;
        if (!conversion) return;
        set({ pendingConversion: null });
        applyConversion(conversion.flow, conversion.changes.length);
      },

      cancelDialect() {
        set({ pendingConversion: null });
      },

      replaceFlow(action, flow, mergeKey) {
        commit(action, flow, mergeKey);
      },

      loadFlow(flow) {
        lastMerge = undefined;
        const history = historyOf(api).getState();
        history.pause();
        set({
          flow,
          lastAction: 'open',
          selectedNodeIds: [],
          selectedEdgeIds: [],
          dragPositions: new Map(),
          pendingConversion: null,
          previewFile: MAIN_FILE,
        });
        history.resume();
        history.clear();
      },

      copySelection() {
        return copy()?.nodes.length ?? 0;
      },

      cutSelection() {
        const fragment = copy();
        if (fragment) get().removeNodes(fragment.nodes.map((n) => n.id));
        return fragment?.nodes.length ?? 0;
      },

      paste() {
        return insert('paste', clipboard.read());
      },

      duplicateSelection() {
        return insert('duplicate', extractFragment(get().flow, get().selectedNodeIds));
      },

      deleteSelection() {
        const { selectedNodeIds, selectedEdgeIds, flow } = get();
        // Connections and verbs go together: one step to undo.
        const withoutEdges = ops.removeEdges(flow, new Set(selectedEdgeIds));
        commit('delete', ops.removeNodes(withoutEdges, new Set(selectedNodeIds)));
        keepSelectionThatRemains();
      },

      nudgeSelection(dx, dy) {
        const selected = new Set(get().selectedNodeIds);
        const positions = new Map<string, Position>();
        for (const node of get().flow.nodes) {
          if (selected.has(node.id)) {
            positions.set(node.id, { x: node.position.x + dx, y: node.position.y + dy });
          }
        }
        if (positions.size > 0) get().commitPositions(positions, { nudge: true });
      },

      undo() {
        travel('undo');
      },

      redo() {
        travel('redo');
      },
    };

    /** After a deletion, the selection keeps the verbs and connections still in the flow. */
    function keepSelectionThatRemains(): void {
      const { flow, selectedNodeIds, selectedEdgeIds } = get();
      const graph = analyzeFlow(flow);
      const edges = new Set(flow.edges.map((e) => e.id));
      get().select(
        selectedNodeIds.filter((id) => graph.indexOf(id) >= 0),
        selectedEdgeIds.filter((id) => edges.has(id)),
      );
    }

    function applyConversion(flow: Flow, changed: number): void {
      commit('change dialect', flow);
      const label = getDialect(flow.dialect).label;
      get().notify(
        changed === 0
          ? `Switched to ${label}.`
          : `Switched to ${label}: ${changed} ${changed === 1 ? 'value' : 'values'} converted by SIP code.`,
        'success',
      );
    }
  };
}

function fieldsOf(patch: ops.NodePatch): string {
  return [
    ...Object.keys(patch.attributes ?? {}),
    'text' in patch ? 'text' : '',
    'label' in patch ? 'label' : '',
  ]
    .filter(Boolean)
    .join(',');
}

function placeAfter(flow: Flow, after: Position | undefined): Position {
  if (after) return { x: after.x, y: after.y + CHAIN_STEP };
  // Nowhere to chain: put it below everything, where it is easy to find.
  const lowest = Math.max(...flow.nodes.map((n) => n.position.y));
  return { x: flow.nodes[0]?.position.x ?? 0, y: lowest + CHAIN_STEP };
}

/** Halfway between the two ends of a connection: where a step put on it belongs. */
function midwayAlong(flow: Flow, id: string): Position {
  const edge = flow.edges.find((e) => e.id === id);
  const ends = flow.nodes.filter((n) => n.id === edge?.source || n.id === edge?.target);
  if (ends.length < 2) return placeAfter(flow, ends[0]?.position);
  const [a, b] = ends as [Flow['nodes'][number], Flow['nodes'][number]];
  return { x: (a.position.x + b.position.x) / 2, y: (a.position.y + b.position.y) / 2 };
}
