import { ArrowRight } from 'lucide-react';
import { getDialect } from '../dialects';
import { lossesOf } from '../dialects/convert';
import { useAppStore } from '../store/context';
import { Modal } from '../ui/Modal';

/** Shown before a dialect change that cannot carry everything over exactly. */
export function DialectChangeDialog() {
  const conversion = useAppStore((s) => s.pendingConversion);
  const confirm = useAppStore((s) => s.confirmDialect);
  const cancel = useAppStore((s) => s.cancelDialect);
  const nodes = useAppStore((s) => s.flow.nodes);
  if (!conversion) return null;

  const from = getDialect(conversion.from).label;
  const to = getDialect(conversion.to).label;
  const losses = lossesOf(conversion);
  const exact = conversion.changes.filter((c) => c.exact);
  const nameOf = (id: string, verbLabel: string) =>
    nodes.find((n) => n.id === id)?.label ?? verbLabel;

  return (
    <Modal
      title={`Switch from ${from} to ${to}?`}
      onCancel={cancel}
      actions={
        <>
          <button type="button" className="button" onClick={cancel} autoFocus>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={confirm}>
            Switch to {to}
          </button>
        </>
      }
    >
      {losses.length > 0 && (
        <>
          <p>
            {losses.length === 1 ? 'One value has' : `${losses.length} values have`} no exact
            counterpart in {to}. The nearest choice will be used:
          </p>
          <table className="conversion-table">
            <thead>
              <tr>
                <th scope="col">Verb</th>
                <th scope="col">{from}</th>
                <th scope="col">{to}</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {losses.map((c) => (
                <tr key={`${c.nodeId}-${c.fieldLabel}`}>
                  <td>
                    {nameOf(c.nodeId, c.verbLabel)} <span className="muted">{c.fieldLabel}</span>
                  </td>
                  <td>
                    <code>{c.from}</code>
                  </td>
                  <td>{c.to ? <code>{c.to}</code> : <em>removed</em>}</td>
                  <td>{c.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {conversion.unavailable.length > 0 && (
        <p>
          {to}{' '}
          {conversion.unavailable.some((u) => u.availability === 'absent')
            ? 'has no'
            : 'may not have'}{' '}
          {[...new Set(conversion.unavailable.map((u) => u.verbLabel))].join(', ')}: those verbs
          stay on the canvas and are flagged.
        </p>
      )}
      {exact.length > 0 && (
        <p className="muted">
          Also converted exactly, by SIP code:{' '}
          {exact.map((c, i) => (
            <span key={`${c.nodeId}-${c.fieldLabel}`}>
              {i > 0 && ', '}
              <code>{c.from}</code> <ArrowRight size={12} aria-label="becomes" />{' '}
              <code>{c.to}</code>
            </span>
          ))}
          .
        </p>
      )}
    </Modal>
  );
}
