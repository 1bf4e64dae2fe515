import type { FlowRule } from '../types';
import { findLoops } from './loops';

export const endlessLoop: FlowRule = {
  id: 'endless-loop',
  // An error, so that Download and Copy ask first: a caller in such a loop is held (and billed)
  // until they hang up, on every platform, and a static flow has no reason to do that on purpose
  // (Say and Play repeat until the caller hangs up with Repeat 0 when that is what is meant).
  severity: 'error',
  description: 'A loop the call can never leave: the caller is held until they hang up.',
  scope: 'flow',
  reads: 'content', // typed action URLs, and what the caller hears round the loop
  check: (context) => findLoops(context).everywhere,
};
