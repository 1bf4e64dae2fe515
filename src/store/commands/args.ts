import type { DocumentSlice } from '../types';

/** The arguments of the store's action `K`: a command takes what the action it serves takes. */
export type Args<K extends keyof DocumentSlice> = DocumentSlice[K] extends (
  ...args: infer A
) => unknown
  ? A
  : never;
