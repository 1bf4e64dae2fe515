/**
 * Numbered migrations of the saved flow format: `migrations[n]` turns a version-n file into a
 * version n+1 file. A file is upgraded by running every step from its version to the current.
 */
import { newFlowId } from '../model/flow';

export type FlowData = Record<string, unknown>;

export const migrations: Readonly<Record<number, (data: FlowData) => FlowData>> = {
  // Version 2 gives every flow a stable id, so tabs and the flow list can tell flows apart.
  1: (data) => ({ ...data, version: 2, id: newFlowId() }),
};

/** Upgrades data from `from` to `to`, one numbered step at a time. */
export function migrate(data: FlowData, from: number, to: number): FlowData {
  let current = data;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    current = step(current);
  }
  return current;
}
