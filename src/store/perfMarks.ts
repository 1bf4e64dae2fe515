/** Names of the performance marks the app sets and the browser benchmarks read. */

/** Set on every change of the flow. */
export const CHANGE_MARK = 'rcml:change';

/** Measured by the preview: a change of the flow until the preview's DOM shows it. */
export const PREVIEW_MEASURE = 'rcml:change-to-preview';
