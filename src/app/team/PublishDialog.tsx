import { Rocket, TriangleAlert } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { getDialect } from '../../dialects';
import type { DialectId } from '../../schema/flow';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { PublishProblem } from '../../team/api';
import { Modal } from '../../ui/Modal';
import { usePersistence } from '../persistence';
import { CopyableField } from './CopyableField';
import { SigningKey } from './SigningKey';

/** Where the Voice URL goes, on each platform, in the words of its own console. */
const PASTE_STEPS: Readonly<Record<DialectId, readonly string[]>> = {
  rcml: [
    'In Restcomm (or your CallAPI platform), open Numbers and choose the phone number.',
    'Paste the Voice URL into its Voice URL (“Voice Request URL”) field, with the method POST.',
    'Save: new calls to that number now run this version.',
  ],
  flexml: [
    'In the CarrierX portal, open the FlexML application (or create one) for your number.',
    'Paste the Voice URL as its FlexML URL (“calls URL”), and link the phone number to it.',
    'Save: new calls to that number now run this version.',
  ],
  voiceml: [
    'In the Enfonica Console, open the phone number’s voice settings.',
    'Paste the Voice URL as its VoiceML URL, with the method POST.',
    'Copy the Console’s signing key into this flow’s signing key (below), so that only Enfonica can call it.',
  ],
};

/** Addresses a voice platform on the internet cannot reach. */
const PRIVATE_HOST = /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\])/;

type Phase =
  | { readonly kind: 'saving' }
  | { readonly kind: 'ready'; readonly baseRevision: number }
  | { readonly kind: 'unsaved'; readonly message: string }
  | { readonly kind: 'publishing' }
  | { readonly kind: 'refused'; readonly message: string; readonly problems?: PublishProblem[] }
  | {
      readonly kind: 'live';
      readonly version: number;
      readonly voiceUrl: string;
      readonly signed: boolean;
    };

/**
 * Publish: what the server holds of the flow becomes a new numbered version, live at once. The
 * flow's problems come first (errors block, warnings are shown and allowed), then a note on
 * what changed; once live, the Voice URL to paste into the platform, and how.
 */
export default function PublishDialog({ onClose }: { onClose(): void }) {
  const persistence = usePersistence();
  const store = useAppStoreApi();
  const flow = useAppStore((s) => s.flow);
  const [note, setNote] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'saving' });
  const noteId = useId();
  const { team, autosave } = persistence;
  if (!team?.sync) throw new Error('PublishDialog needs a team library and an editor');
  const { api, sync } = team;
  const { validation } = useAppStore((s) => s.derived);
  const problems = validation.problems(flow);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');

  // What is published is what the server holds: the last edit is sent first.
  useEffect(() => {
    let live = true;
    autosave.flush();
    void sync.whenSent().then(() => {
      if (!live) return;
      const state = store.getState().saveState;
      const record = sync.record(store.getState().flow.id);
      if (state.kind === 'saved' && record?.revision != null && !record.unsent) {
        setPhase({ kind: 'ready', baseRevision: record.revision });
      } else {
        setPhase({
          kind: 'unsaved',
          message:
            'message' in state
              ? state.message
              : 'This flow is not saved on the server yet: it can be published once it is.',
        });
      }
    });
    return () => {
      live = false;
    };
  }, [autosave, sync, store]);

  const publish = async (baseRevision: number) => {
    setPhase({ kind: 'publishing' });
    const result = await api.publish(flow.id, note.trim(), baseRevision);
    if (!result.ok) {
      const body = result.body as { problems?: PublishProblem[] } | undefined;
      setPhase({ kind: 'refused', message: result.message, problems: body?.problems });
      return;
    }
    const versions = await api.versions(flow.id);
    const voiceUrl = versions.ok ? versions.value.voiceUrl : '';
    const signed = versions.ok && versions.value.signed;
    store.getState().setLiveVersion(result.value.version.number);
    setPhase({ kind: 'live', version: result.value.version.number, voiceUrl, signed });
  };

  const dialect = getDialect(flow.dialect);
  return (
    <Modal
      title="Publish"
      onCancel={onClose}
      actions={
        phase.kind === 'live' ? (
          <button type="button" className="button primary" onClick={onClose}>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button primary"
              disabled={phase.kind !== 'ready' || errors.length > 0}
              onClick={() => phase.kind === 'ready' && void publish(phase.baseRevision)}
            >
              <Rocket size={15} aria-hidden="true" /> Publish
            </button>
          </>
        )
      }
    >
      {phase.kind === 'live' ? (
        <div className="publish-live">
          <p role="status" className="callout info">
            Version {phase.version} is live.
          </p>
          <CopyableField label="Voice URL" value={phase.voiceUrl} />
          {PRIVATE_HOST.test(new URL(phase.voiceUrl, location.href).host) && (
            <p className="callout warning">
              <TriangleAlert size={15} aria-hidden="true" /> This address is only reachable from
              this machine or network: a voice platform on the internet cannot call it. Run the
              server where the platform can reach it and set PUBLIC_ORIGIN to its address.
            </p>
          )}
          <h3>
            Where to paste it ({dialect.label}: {dialect.vendor})
          </h3>
          <ol>
            {PASTE_STEPS[flow.dialect].map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {flow.dialect === 'voiceml' && (
            <SigningKey api={api} flowId={flow.id} signed={phase.signed} />
          )}
        </div>
      ) : (
        <>
          {phase.kind === 'saving' && <p role="status">Saving the last changes first…</p>}
          {phase.kind === 'unsaved' && (
            <p className="callout warning" role="alert">
              {phase.message}
            </p>
          )}
          {errors.length > 0 && (
            <section aria-label="Errors that block publishing" className="callout warning">
              <p>
                Fix {errors.length === 1 ? 'this error' : `these ${errors.length} errors`} before
                publishing:
              </p>
              <ul>
                {errors.map((problem) => (
                  <li key={problem.key}>{problem.message}</li>
                ))}
              </ul>
            </section>
          )}
          {warnings.length > 0 && (
            <section aria-label="Warnings" className="callout info">
              <p>
                {warnings.length === 1 ? 'A warning' : `${warnings.length} warnings`} (publishing is
                allowed):
              </p>
              <ul>
                {warnings.map((problem) => (
                  <li key={problem.key}>{problem.message}</li>
                ))}
              </ul>
            </section>
          )}
          <div className="account-field">
            <label htmlFor={noteId}>What changed</label>
            <input
              id={noteId}
              className="control"
              maxLength={200}
              placeholder="For example: new holiday hours"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          {phase.kind === 'refused' && (
            <div className="callout warning" role="alert">
              <p>{phase.message}</p>
              {phase.problems && (
                <ul>
                  {phase.problems.map((problem, index) => (
                    <li key={index}>{problem.message}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
    </Modal>
  );
}
