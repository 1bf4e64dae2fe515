import type { ResolvedField } from '../dialects/types';
import { useActions, useAppStore } from '../store/context';
import { FieldControl } from './fields/FieldControl';

const BASE_URL_FIELD: ResolvedField = {
  name: 'baseUrl',
  xmlName: '',
  label: 'Base URL of the documents',
  kind: 'url',
  placeholder: 'https://example.com/ivr/',
  help: 'Where you will upload the exported files. Actions and Redirects point at documents under it; empty writes bare file names, which the platform reads relative to the current document.',
};

/** Settings of the whole flow, shown with the "Incoming call" node. */
export function FlowSettings() {
  const baseUrl = useAppStore((s) => s.flow.baseUrl);
  const { setBaseUrl } = useActions();
  return (
    <>
      <p className="inspector-note">
        Connect a verb below this node: it runs first when the phone rings. A Reject must come first
        (or after Pauses only), before anything answers the call.
      </p>
      <FieldControl
        field={BASE_URL_FIELD}
        value={baseUrl}
        problems={[]}
        onChange={(value) => setBaseUrl(value.trim())}
      />
    </>
  );
}
