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

/**
 * A node saved before version 5 named its kind `verb`, though it may be a decision, a note or
 * the incoming call, and so did the elements nested in it (a Dial's Number is a noun): version
 * 5 names it `kind`. What is not an object, or already has a `kind`, is left as it is
 * (restoreFlow repairs or drops what is damaged).
 */
export function nodeWithKind(node: unknown): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const { verb, children, ...rest } = node as Record<string, unknown>;
  const upgraded: Record<string, unknown> = rest;
  // A `kind` already there wins; the `verb` beside it is kept as an unknown field.
  if ('verb' in node) upgraded['kind' in node ? 'verb' : 'kind'] = verb;
  if ('children' in node) {
    upgraded.children = Array.isArray(children) ? children.map(nodeWithKind) : children;
  }
  return upgraded;
}

/** Version 5 names a node's kind `kind` instead of `verb` (see nodeWithKind). */
export const nameNodeKinds: MigrationStep = (data) => ({
  ...data,
  version: 5,
  ...(Array.isArray(data.nodes) ? { nodes: data.nodes.map(nodeWithKind) } : {}),
});

export const migrations: Readonly<Record<number, MigrationStep>> = {
  1: giveFlowAnId,
  2: allowDecisions,
  3: allowNotes,
  4: nameNodeKinds,
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
