import {
  Copy,
  Download,
  FileUp,
  Keyboard,
  LayoutTemplate,
  Library,
  PhoneCall,
  PhoneIncoming,
} from 'lucide-react';
import { useState } from 'react';
import { SIMULATE_BUTTON_ID } from '../simulator/simulateButton';
import { useAppStore } from '../store/context';
import { FLOW_NAME_MAX_LENGTH } from '../verbs/limits';
import { DialectSelect } from './DialectSelect';
import { ExportConfirmDialog } from './ExportConfirmDialog';
import { FlowsDialog } from './FlowsDialog';
import { HistoryButtons } from './HistoryButtons';
import { SaveStatus } from './SaveStatus';
import { usePersistence } from './persistence';
import { useExport } from './useExport';

export function Toolbar({ onShowShortcuts }: { onShowShortcuts(): void }) {
  const name = useAppStore((s) => s.flow.name);
  const renameFlow = useAppStore((s) => s.renameFlow);
  const openImport = useAppStore((s) => s.openImport);
  const openTemplates = useAppStore((s) => s.openTemplates);
  const simulating = useAppStore((s) => s.simulatorOpen);
  const openSimulator = useAppStore((s) => s.openSimulator);
  const closeSimulator = useAppStore((s) => s.closeSimulator);
  const exporter = useExport();
  const [flowsOpen, setFlowsOpen] = useState(false);
  const { autosave } = usePersistence();

  return (
    <header className="toolbar" role="toolbar" aria-label="Flow">
      <div className="brand">
        <PhoneCall size={18} aria-hidden="true" />
        <span>RCML Studio</span>
      </div>
      <label className="toolbar-field flow-name">
        <span className="visually-hidden">Flow name</span>
        <input
          className="control"
          value={name}
          maxLength={FLOW_NAME_MAX_LENGTH}
          onChange={(event) => renameFlow(event.target.value)}
        />
      </label>
      <button
        type="button"
        className="button"
        onClick={() => {
          autosave.flush(); // the list shows what is saved: save what is pending first
          setFlowsOpen(true);
        }}
      >
        <Library size={15} aria-hidden="true" /> Flows
      </button>
      <button type="button" className="button" onClick={openTemplates}>
        <LayoutTemplate size={15} aria-hidden="true" /> Templates
      </button>
      <button
        id={SIMULATE_BUTTON_ID}
        type="button"
        className="button"
        aria-pressed={simulating}
        title="Try a call in the browser, step by step"
        onClick={simulating ? closeSimulator : openSimulator}
      >
        <PhoneIncoming size={15} aria-hidden="true" /> Simulate
      </button>
      <HistoryButtons />
      <SaveStatus />
      <div className="toolbar-spacer" />
      <DialectSelect />
      <button
        type="button"
        className="button icon"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={onShowShortcuts}
      >
        <Keyboard size={16} aria-hidden="true" />
      </button>
      <button type="button" className="button" onClick={() => openImport()}>
        <FileUp size={15} aria-hidden="true" /> Import
      </button>
      <button type="button" className="button" onClick={() => exporter.request('copy')}>
        <Copy size={15} aria-hidden="true" /> Copy
      </button>
      <button type="button" className="button primary" onClick={() => exporter.request('download')}>
        <Download size={15} aria-hidden="true" /> Download
      </button>
      {flowsOpen && <FlowsDialog onClose={() => setFlowsOpen(false)} />}
      {exporter.pending && (
        <ExportConfirmDialog
          kind={exporter.pending}
          onConfirm={() => void exporter.perform(exporter.pending!)}
          onCancel={exporter.cancel}
        />
      )}
    </header>
  );
}
