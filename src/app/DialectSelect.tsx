import { dialects, getDialect, isDialectId } from '../dialects';
import { useAppStore } from '../store/context';

export function DialectSelect() {
  const dialect = useAppStore((s) => s.flow.dialect);
  const requestDialect = useAppStore((s) => s.requestDialect);
  return (
    <label className="toolbar-field">
      <span className="dialect-label">Dialect</span>
      <select
        className="control"
        aria-label="Dialect"
        value={dialect}
        title={getDialect(dialect).vendor}
        onChange={(event) => {
          if (isDialectId(event.target.value)) requestDialect(event.target.value);
        }}
      >
        {dialects.map((d) => (
          <option key={d.id} value={d.id} title={d.vendor}>
            {d.label}
          </option>
        ))}
      </select>
    </label>
  );
}
