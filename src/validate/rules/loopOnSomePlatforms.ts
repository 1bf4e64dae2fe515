import type { FlowRule } from '../types';
import { findLoops } from './loops';

export const loopOnSomePlatforms: FlowRule = {
  id: 'loop-on-some-platforms',
  // A warning: the loop depends on the platform (a Record with no action fetches its document
  // again as documented, and goes on to the next verb on the open-source server), and the
  // everyday voicemail, a Record at the end of the call, is one of them.
  severity: 'warning',
  description:
    'A loop the call cannot leave on one platform: a Record with no “After recording” fetches its document again on some platforms, and goes on to the next step on others.',
  scope: 'flow',
  reads: 'content', // typed action URLs, and what the caller hears round the loop
  check: (context) => findLoops(context).somePlatforms,
};
