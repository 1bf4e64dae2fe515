import { useMemo } from 'react';
import type { FieldSpec } from '../schema/fields';
import { START_NODE_ID } from '../schema/flow';
import { useActions, useAppStore } from '../store/context';
import { selectNodeProblems, selectPlan } from '../store/selectors';
import { FieldControl } from './fields/FieldControl';

const BASE_URL_FIELD: FieldSpec = {
  name: 'baseUrl',
  label: 'Base URL of the documents',
  kind: 'url',
  placeholder: 'e.g. https://example.com/ivr/',
  help: 'Where you will upload the exported files. Actions and Redirects point at documents under it; empty writes bare file names, which the platform reads relative to the current document.',
};

/** With decisions, the documents are served by the flow server: its address is the base. */
const FLOW_SERVER_HELP =
  'The flow server’s public address (https://flows.example.com/): it serves the documents and the decisions, and Actions and Redirects point at it. Empty writes bare names, which the platform reads relative to the flow server’s root.';

/** Settings of the whole flow, shown with the "Incoming call" node. */
export function FlowSettings() {
  const baseUrl = useAppStore((s) => s.flow.baseUrl);
  const decides = useAppStore((s) => selectPlan(s).decisions.length > 0);
  const startProblems = useAppStore((s) => selectNodeProblems(s, START_NODE_ID));
  const problems = useMemo(
    () => startProblems.filter((p) => p.field === BASE_URL_FIELD.name),
    [startProblems],
  );
  const field = decides ? { ...BASE_URL_FIELD, help: FLOW_SERVER_HELP } : BASE_URL_FIELD;
  const { setBaseUrl } = useActions();
  return (
    <>
      <p className="inspector-note">
        Connect a verb below this node: it runs first when the phone rings. A Reject must come first
        (or after Pauses only), before anything answers the call.
      </p>
      <FieldControl
        field={field}
        value={baseUrl}
        problems={problems}
        onChange={(value) => setBaseUrl(value.trim())}
      />
    </>
  );
}
