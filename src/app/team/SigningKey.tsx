import { useId, useState } from 'react';
import type { StudioApi } from '../../team/api';

/**
 * The flow's Enfonica signing key (the Console shows it): once set, every call to the Voice URL
 * must carry Enfonica's signature, so nobody else can call the flow. Never shown again.
 */
export function SigningKey({
  api,
  flowId,
  signed,
}: {
  api: StudioApi;
  flowId: string;
  signed: boolean;
}) {
  const [key, setKey] = useState('');
  const [said, setSaid] = useState<string>(
    signed ? 'A signing key is set: only signed calls are answered.' : '',
  );
  const id = useId();
  const save = async (value: string) => {
    const result = await api.setSigningKey(flowId, value);
    if (!result.ok) return setSaid(result.message);
    setKey('');
    setSaid(
      value
        ? 'Saved: only calls Enfonica signed with this key are answered.'
        : 'Removed: calls are answered without a signature.',
    );
  };
  return (
    <form
      className="people-invite-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (key.trim()) void save(key.trim());
      }}
    >
      <label htmlFor={id}>Signing key</label>
      <input
        id={id}
        className="control"
        type="password"
        autoComplete="off"
        value={key}
        onChange={(event) => setKey(event.target.value)}
      />
      <button type="submit" className="button" disabled={!key.trim()}>
        Save key
      </button>
      {said && (
        <p className="muted signing-key-said" role="status">
          {said}{' '}
          {said.startsWith('A signing key is set') || said.startsWith('Saved') ? (
            <button type="button" className="button small" onClick={() => void save('')}>
              Remove the key
            </button>
          ) : null}
        </p>
      )}
    </form>
  );
}
