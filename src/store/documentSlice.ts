import type { StateCreator } from 'zustand';
import { lossesOf, planDialectChange } from '../dialects/convert';
import { getDialect } from '../dialects';
import { openChainEnd } from '../model/graph';
import * as ops from '../model/operations';
import type { Flow, Position } from '../model/types';
import type { AppState, DocumentSlice } from './types';

/** Vertical distance between a verb and the one added after it. */
const CHAIN_STEP = 130;

export function createDocumentSlice(initial: Flow): StateCreator<AppState, [], [], DocumentSlice> {
  return (set, get) => {
    /** The single path by which the flow changes. */
    function commit(action: string, flow: Flow): void {
      if (flow !== get().flow) set({ flow, lastAction: action });
    }

    return {
      flow: initial,
      lastAction: 'open',

      addVerb(verb, options = {}) {
        const { flow } = get();
        const end = openChainEnd(flow);
        const position = options.position ?? placeAfter(flow, end?.position);
        const connectAfter = options.via ? end?.id : undefined;
        const result = ops.addNode(flow, verb, position, { after: connectAfter });
        commit('add verb', result.flow);
        get().reveal(result.nodeId, { focusInspector: options.via === 'keyboard' });
        return result.nodeId;
      },

      updateNode(id, patch) {
        commit('edit verb', ops.updateNode(get().flow, id, patch));
      },

      commitPositions(positions) {
        commit('move verbs', ops.moveNodes(get().flow, positions));
      },

      connect(source, outlet, target) {
        const problem = ops.connectionProblem(get().flow, source, outlet, target);
        if (problem) get().notify(problem, 'warning');
        else commit('connect', ops.connect(get().flow, source, outlet, target));
      },

      removeEdges(ids) {
        commit('disconnect', ops.removeEdges(get().flow, new Set(ids)));
      },

      removeNodes(ids) {
        const gone = new Set(ids);
        commit('delete verbs', ops.removeNodes(get().flow, gone));
        const { selectedNodeIds, selectedEdgeIds } = get();
        get().select(
          selectedNodeIds.filter((id) => !gone.has(id)),
          selectedEdgeIds,
        );
      },

      renameFlow(name) {
        commit('rename flow', ops.renameFlow(get().flow, name));
      },

      setBaseUrl(url) {
        const { flow } = get();
        if (flow.baseUrl !== url) commit('set base URL', { ...flow, baseUrl: url });
      },

      addChild(nodeId, verb) {
        const result = ops.addChild(get().flow, nodeId, verb);
        commit('add nested element', result.flow);
        return result.childId;
      },

      updateChild(nodeId, childId, patch) {
        commit('edit nested element', ops.updateChild(get().flow, nodeId, childId, patch));
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

function placeAfter(flow: Flow, after: Position | undefined): Position {
  if (after) return { x: after.x, y: after.y + CHAIN_STEP };
  // Nowhere to chain: put it below everything, where it is easy to find.
  const lowest = Math.max(...flow.nodes.map((n) => n.position.y));
  return { x: flow.nodes[0]?.position.x ?? 0, y: lowest + CHAIN_STEP };
}
