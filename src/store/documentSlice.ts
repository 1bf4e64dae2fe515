import type { StateCreator } from 'zustand';
import { lossesOf, planDialectChange } from '../dialects/convert';
import { MAIN_FILE } from '../model/documents';
import type { FlowClipboard } from '../persist/clipboard';
import type { Flow } from '../schema/flow';
import * as children from './commands/children';
import { createClipboardCommands } from './commands/clipboard';
import { isRefusal, type Command, type Refusal } from './commands/command';
import * as edges from './commands/edges';
import * as settings from './commands/flowSettings';
import * as layout from './commands/layout';
import { verbLimitRefusal } from './commands/limits';
import * as nodes from './commands/nodes';
import { CHANGE_MARK } from './perfMarks';
import { historyOf, type AppMutators, type AppState, type DocumentSlice } from './types';

export const READ_ONLY_MESSAGE =
  'You can look at this flow and simulate calls, not change it: your role in the team is viewer.';

/** Edits of the same field closer together than this are one undo step (a burst of typing). */
export const MERGE_WINDOW_MS = 1000;

/**
 * The document's actions, each a command (src/store/commands) run by one executor. The store
 * instance owns the state they keep between calls: the last merge key here, the last paste in
 * its clipboard commands.
 */
export function createDocumentSlice(
  initial: Flow,
  clipboard: FlowClipboard,
): StateCreator<AppState, AppMutators, [], DocumentSlice> {
  return (set, get, api) => {
    const clip = createClipboardCommands(clipboard);
    /** The last change that had a merge key, and when: the next one with that key folds into it. */
    let lastMerge: { key: string; at: number } | undefined;

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
      if (isRefusal(outcome)) return refuse(outcome);
      // Any command that adds steps is held to the verb limit here, once for them all.
      const overLimit = verbLimitRefusal(get().flow, outcome.flow);
      if (overLimit) return refuse(overLimit);
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

    /** A refusal is said, in words; a viewer hears why they cannot change anything instead. */
    function refuse({ refused }: Refusal): undefined {
      if (!refusedAsReadOnly()) get().notify(refused, 'warning');
      return undefined;
    }

    function commit(action: string, flow: Flow, mergeKey: string | undefined): void {
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
      commitPositions: (...args) => execute(layout.moveNodes, ...args),
      applyLayout: (...args) => execute(layout.applyLayout, ...args),
      connect: (...args) => execute(edges.connect, ...args),
      setOutlet: (...args) => execute(edges.setOutlet, ...args),
      removeEdges: (...args) => execute(edges.removeEdges, ...args),
      renameFlow: (...args) => execute(settings.renameFlow, ...args),
      setBaseUrl: (...args) => execute(settings.setBaseUrl, ...args),
      replaceFlow: (...args) => execute(settings.replaceFlow, ...args),
      addChild: (...args) => execute(children.addChild, ...args),
      updateChild: (...args) => execute(children.updateChild, ...args),
      removeChild: (...args) => execute(children.removeChild, ...args),
      moveChild: (...args) => execute(children.moveChild, ...args),
      paste: () => execute(clip.paste) ?? 0,
      duplicateSelection: () => execute(clip.duplicate) ?? 0,

      nudgeSelection(dx, dy) {
        const positions = layout.nudged(get(), dx, dy);
        if (positions.size > 0) get().commitPositions(positions, { nudge: true });
      },

      copySelection() {
        return clip.copy(get())?.nodes.length ?? 0;
      },

      cutSelection() {
        const fragment = clip.copy(get());
        if (fragment) get().removeNodes(fragment.nodes.map((n) => n.id));
        return fragment?.nodes.length ?? 0;
      },

      requestDialect(to) {
        const conversion = planDialectChange(get().flow, to);
        if (conversion.from === to) return;
        if (lossesOf(conversion).length > 0 || conversion.unavailable.length > 0) {
          set({ pendingConversion: conversion });
          return;
        }
        execute(settings.changeDialect, conversion);
      },

      confirmDialect() {
        const conversion = get().pendingConversion;
        if (!conversion) return;
        set({ pendingConversion: null });
        execute(settings.changeDialect, conversion);
      },

      cancelDialect() {
        set({ pendingConversion: null });
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

      undo() {
        travel('undo');
      },

      redo() {
        travel('redo');
      },
    };
  };
}
