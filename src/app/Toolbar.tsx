import { Copy, Download, PhoneCall } from 'lucide-react';
import { useAppStore } from '../store/context';
import { DialectSelect } from './DialectSelect';
import { ExportConfirmDialog } from './ExportConfirmDialog';
import { useExport } from './useExport';

export function Toolbar() {
  const name = useAppStore((s) => s.flow.name);
  const renameFlow = useAppStore((s) => s.renameFlow);
  const exporter = useExport();

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
          maxLength={120}
          onChange={(event) => renameFlow(event.target.value)}
        />
      </label>
      <div className="toolbar-spacer" />
      <DialectSelect />
      <button type="button" className="button" onClick={() => exporter.request('copy')}>
        <Copy size={15} aria-hidden="true" /> Copy
      </button>
      <button type="button" className="button primary" onClick={() => exporter.request('download')}>
        <Download size={15} aria-hidden="true" /> Download
      </button>
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
