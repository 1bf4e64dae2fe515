/**
 * Every kind of node RCML Studio knows, in one list. A new kind is a file of its own beside
 * these and one entry here; every layer finds it through src/kinds (findKind, kindOf).
 */
import { decisionKinds } from './decisionKinds';
import { noteKind } from './noteKind';
import type { NodeKind } from './types';
import { verbKinds } from './verbKinds';

export const registeredKinds: readonly NodeKind[] = [...verbKinds, ...decisionKinds, noteKind];
