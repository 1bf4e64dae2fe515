import { useId, useState } from 'react';
import { describeEnd, saveCase, type CaseResult, type Session, type TestCase } from '../platform';
import { useAppStore } from '../store/context';
import type { CallActions } from './callActions';
import { loadTestCalls, storeTestCalls, type TestCallStorage } from './testCallStorage';

/** The browser's storage, or null where it cannot be reached at all. */
function browserStorage(): TestCallStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A name that says which call it was, for a case saved without one. */
function nameFor(session: Session): string {
  const from = session.setup.from ?? 'a withheld number';
  const how =
    session.state.kind === 'ended' ? describeEnd(session.state.end) : 'waiting for the caller';
  return `From ${from}: ${how}`;
}

interface Ran {
  /** The cases the results are for: an edit of the list makes them stale. */
  readonly cases: readonly TestCase[];
  readonly results: readonly CaseResult[];
}

/**
 * Saved test calls of the open flow (its id keys them in the browser's storage): save the call
 * on show, replay one, or Run all against the flow as it is now and see which changed.
 * Mounted once per flow (keyed by its id), so another flow's cases never show here.
 */
export function TestCalls({
  flowId,
  session,
  actions,
}: {
  flowId: string;
  session: Session | null;
  actions: Pick<CallActions, 'showCase' | 'runAll'>;
}) {
  const notify = useAppStore((s) => s.notify);
  const [{ cases, problem }, setLoaded] = useState(() => {
    const storage = browserStorage();
    return storage
      ? loadTestCalls(storage, flowId)
      : { cases: [], problem: 'The browser does not let RCML Studio use its storage.' };
  });
  const [name, setName] = useState('');
  const [ran, setRan] = useState<Ran | null>(null);
  const nameId = useId();
  const canSave = session !== null && session.state.kind !== 'running';

  const keep = (next: TestCase[]) => {
    setLoaded({ cases: next });
    const storage = browserStorage();
    const stored = storage
      ? storeTestCalls(storage, flowId, next)
      : { ok: false as const, message: 'The browser does not let RCML Studio use its storage.' };
    if (!stored.ok) notify(`${stored.message} They are kept until you reload.`, 'warning');
  };

  const save = () => {
    if (!session || !canSave) return;
    const testCase = saveCase(name.trim() || nameFor(session), session);
    keep([...cases, testCase]);
    setName('');
    notify(`Saved the test call “${testCase.name}”.`, 'success');
  };

  const results = ran?.cases === cases ? ran.results : null;
  const changed = results?.filter((r) => r.changed).length ?? 0;

  return (
    <section className="sim-cases" aria-labelledby={`${nameId}-title`}>
      <h3 id={`${nameId}-title`} className="panel-title">
        Test calls
      </h3>
      <form
        className="sim-save"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label htmlFor={nameId}>Test call name</label>
        <input
          id={nameId}
          className="control"
          value={name}
          placeholder={session ? nameFor(session) : 'Start a call first'}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={!canSave}>
          Save as test call
        </button>
      </form>
      {problem && <p className="sim-problem">{problem}</p>}
      {cases.length === 0 ? (
        <p className="sim-hint">
          Save a call you have tried; after each change to the flow, Run all replays every saved
          call and shows those that now go differently.
        </p>
      ) : (
        <>
          <button
            type="button"
            className="button"
            onClick={() => setRan({ cases, results: actions.runAll(cases) })}
          >
            Run all
          </button>
          <p role="status" className="sim-hint">
            {results
              ? `${results.length} test ${results.length === 1 ? 'call' : 'calls'} replayed: ${changed ? `${changed} changed` : 'none changed'}.`
              : ''}
          </p>
          <ul className="sim-case-list">
            {cases.map((testCase, index) => (
              <CaseRow
                key={index}
                testCase={testCase}
                result={results?.[index]}
                onShow={() => actions.showCase(testCase)}
                onDelete={() => keep(cases.filter((c) => c !== testCase))}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CaseRow({
  testCase,
  result,
  onShow,
  onDelete,
}: {
  testCase: TestCase;
  result: CaseResult | undefined;
  onShow(): void;
  onDelete(): void;
}) {
  const { from, to } = testCase.setup;
  const verdict = result ? (result.changed ? 'Changed' : 'Same as saved') : null;
  const difference = result?.firstDifference;
  return (
    <li
      aria-label={testCase.name}
      className={`sim-case${result?.changed ? ' is-changed' : ''}${result && !result.changed ? ' is-same' : ''}`}
    >
      <div className="sim-case-head">
        <span className="sim-case-name">{testCase.name}</span>
        {verdict && <span className="sim-case-verdict">{verdict}</span>}
      </div>
      <div className="sim-hint">
        From {from ?? 'a withheld number'} to {to}
        {testCase.inputs.length
          ? `, ${testCase.inputs.length} ${testCase.inputs.length === 1 ? 'thing' : 'things'} the caller did`
          : ''}
      </div>
      {difference && (
        <dl className="sim-difference">
          <dt>Line {difference.line + 1} was</dt>
          <dd>{difference.saved ?? '(no line)'}</dd>
          <dt>Now</dt>
          <dd>{difference.now ?? '(no line)'}</dd>
        </dl>
      )}
      <div className="sim-case-actions">
        <button
          type="button"
          className="button small"
          aria-label={`Show ${testCase.name}`}
          onClick={onShow}
        >
          Show
        </button>
        <button
          type="button"
          className="button small"
          aria-label={`Delete ${testCase.name}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
