import type { StateCreator } from 'zustand';
import { lossesOf, planDialectChange } from '../dialects/convert';
import { getDialect } from '../dialects';
import { MAIN_FILE } from '../model/documents';
import { extractFragment, insertFragment, type FlowFragment } from '../model/fragment';
import type { FlowClipboard } from '../persist/clipboard';
import { summarizeRepairs } from '../persist/repair';
import * as ops from '../model/operations';
import type { Flow, Position } from '../schema/flow';
import { isRefusal, type Command } from './commands/command';
import * as nodes from './commands/nodes';
import {
  BASE_URL_MAX_LENGTH,
  cutMessage,
  cutToLength,
  FLOW_NAME_MAX_LENGTH,
} from '../verbs/limits';
import { CHANGE_MARK } from './perfMarks';
import { patchWithinLimits } from './withinLimits';
import { historyOf, type AppMutators, type AppState, type DocumentSlice } from './types';

export const READ_ONLY_MESSAGE =
  'You can look at this flow and simulate calls, not change it: your role in the team is viewer.';

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
     * The single path by which a command changes the flow. A viewer is refused, in words; a
     * command's own refusal is said; a change is one undo step, except that changes with the
     * same merge key in quick succession fold into the step the first one made. What the command
     * selects and says follows. Returns the command's value, or undefined when refused.
     */
    function execute<A extends readonly unknown[], R>(
      command: Command<A, R>,
      ...args: A
    ): R | undefined {
      const outcome = command.run(get(), ...args);
      if (isRefusal(outcome)) {
        if (!refusedAsReadOnly()) get().notify(outcome.refused, 'warning');
        return undefined;
      }
      if (outcome.flow !== get().flow) {
        if (refusedAsReadOnly()) return undefined;
        commit(outcome.action ?? command.id, outcome.flow, command.mergeKey?.(...args));
      }
      const { select, reveal, notice } = outcome;
      if (select) get().select(select.nodeIds, select.edgeIds);
      if (reveal) get().reveal(reveal.nodeId, { focusInspector: reveal.focusInspector });
      if (notice) get().notify(notice.text, notice.tone);
      return outcome.value;
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

      execute,

      // A viewer's attempt adds nothing: '' names no step.
      addVerb: (...args) => execute(nodes.addVerb, ...args) ?? '',
      insertOnEdge: (...args) => execute(nodes.insertOnEdge, ...args),
      addStepFrom: (...args) => execute(nodes.addStepFrom, ...args),
      addHandOffEmail: (...args) => execute(nodes.addHandOffEmail, ...args),
      updateNode: (...args) => execute(nodes.updateNode, ...args),
      removeNodes: (...args) => execute(nodes.removeNodes, ...args),
      deleteSelection: () => execute(nodes.deleteSelection),

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
