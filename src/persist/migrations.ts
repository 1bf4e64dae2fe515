/**
 * Numbered migrations of the saved flow format: `migrations[n]` turns a version-n file into a
 * version n+1 file. A file is upgraded by running every step from its version to the current.
 * Each step is a named, pure function of the data and what the caller gives it.
 */
export type FlowData = Record<string, unknown>;

/** What steps may need from the caller, so that they stay pure. */
export interface MigrationContext {
  /** An id for a flow that has none. */
  readonly flowId: string;
}

export type MigrationStep = (data: FlowData, context: MigrationContext) => FlowData;

/** Version 2 gives every flow a stable id, so tabs and the flow list can tell flows apart. */
export const giveFlowAnId: MigrationStep = (data, { flowId }) => ({
  ...data,
  version: 2,
  id: flowId,
});

/**
 * Version 3 may hold decision nodes (Check caller, Check hours, Menu, Call outcome). Nothing in
 * a version-2 file changes; the number makes an older RCML Studio refuse a file with decisions
 * ("made by a newer version") instead of dropping them as unknown verbs.
 */
export const allowDecisions: MigrationStep = (data) => ({ ...data, version: 3 });

/**
 * Version 4 may hold notes (text on the canvas, never exported). Nothing in a version-3 file
 * changes; the number makes an older RCML Studio refuse a file with notes instead of dropping
 * them as unknown verbs (and then saving the flow without them).
 */
export const allowNotes: MigrationStep = (data) => ({ ...data, version: 4 });

export const migrations: Readonly<Record<number, MigrationStep>> = {
  1: giveFlowAnId,
  2: allowDecisions,
  3: allowNotes,
};

/** Upgrades data from `from` to `to`, one numbered step at a time. */
export function migrate(
  data: FlowData,
  from: number,
  to: number,
  context: MigrationContext,
): FlowData {
  let current = data;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    current = step(current, context);
  }
  return current;
}
