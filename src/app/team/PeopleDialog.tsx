import { Trash2 } from 'lucide-react';
import { useCallback, useId, useState } from 'react';
import { ROLES, type Role } from '../../team/api';
import { CloseButton, Modal } from '../../ui/Modal';
import { formatDate } from '../formatDate';
import { IconAction } from '../IconAction';
import { TableHead } from '../flowsDialogParts';
import { usePersistence } from '../persistence';
import { CallDetailsSetting } from './CallDetailsSetting';
import { CopyableField } from './CopyableField';
import { useLoaded } from './useLoaded';

/**
 * The team: who is in it, with which role. An owner invites people (a one-time link to copy,
 * no mail server needed), changes roles and removes people; the server keeps one owner at least.
 */
export default function PeopleDialog({ onClose }: { onClose(): void }) {
  const { team } = usePersistence();
  if (!team) throw new Error('PeopleDialog needs a team library');
  const { api, user } = team;
  const owner = user.role === 'owner';
  const [problem, setProblem] = useState<string>();
  const [inviteRole, setInviteRole] = useState<Role>('editor');
  const [link, setLink] = useState<string>();
  const roleId = useId();
  const load = useCallback(() => api.people(), [api]);
  const [listing, refresh] = useLoaded(load);
  const people = listing?.ok ? listing.value.people : undefined;
  const invitations = listing?.ok ? listing.value.invitations : [];
  const listProblem =
    listing && !listing.ok ? `The team could not be listed. ${listing.message}` : undefined;

  /** Runs a change on the server; its refusal is said in words, and the list shown again. */
  const change = async (run: () => Promise<{ ok: boolean; message?: string }>) => {
    const result = await run();
    setProblem(result.ok ? undefined : result.message);
    refresh();
  };

  const createLink = async () => {
    const result = await api.invite(inviteRole);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    setLink(`${location.origin}/invite/${encodeURIComponent(result.value.code)}`);
    refresh();
  };

  return (
    <Modal title="People" onCancel={onClose} actions={<CloseButton onClose={onClose} />}>
      {(problem ?? listProblem) && (
        <p className="callout warning" role="alert">
          {problem ?? listProblem}
        </p>
      )}
      {owner && (
        <section aria-label="Invite someone" className="people-invite">
          <div className="people-invite-row">
            <label htmlFor={roleId}>Role</label>
            <select
              id={roleId}
              className="control"
              value={inviteRole}
              onChange={(event) => setInviteRole(event.target.value as Role)}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
            <button type="button" className="button primary" onClick={() => void createLink()}>
              Create invitation link
            </button>
          </div>
          {link && (
            <CopyableField
              label="Invitation link"
              value={link}
              note="Send this link to the person you invite. It works once, for 7 days."
            />
          )}
        </section>
      )}
      {!listing && <p role="status">Loading the team…</p>}
      {people && (
        <table className="flows-table">
          <TableHead columns={['Name', 'Email', 'Role']} />
          <tbody>
            {people.map((person) => (
              <tr key={person.id} aria-current={person.id === user.id || undefined}>
                <td>
                  {person.name}
                  {person.id === user.id && <span className="tag info">you</span>}
                </td>
                <td>{person.email}</td>
                <td>
                  {owner ? (
                    <select
                      className="control"
                      aria-label={`Role of ${person.name}`}
                      value={person.role}
                      onChange={(event) =>
                        void change(() => api.changeRole(person.id, event.target.value as Role))
                      }
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                  ) : (
                    person.role
                  )}
                </td>
                <td className="row-actions">
                  {owner && person.id !== user.id && (
                    <IconAction
                      label={`Remove ${person.name}`}
                      onClick={() => void change(() => api.removePerson(person.id))}
                    >
                      <Trash2 size={14} aria-hidden="true" />
                    </IconAction>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CallDetailsSetting api={api} owner={owner} />
      {owner && invitations.length > 0 && (
        <section aria-label="Open invitations" className="trash">
          <h3>Open invitations</h3>
          <ul>
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <span>{invitation.role}</span>
                <span className="muted">until {formatDate(invitation.expiresAt)}</span>
                <button
                  type="button"
                  className="button small"
                  onClick={() => void change(() => api.cancelInvitation(invitation.id))}
                >
                  Cancel invitation
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Modal>
  );
}

/** API tokens for scripts: named, shown once, revocable. Each person manages their own. */
export function TokensDialog({ onClose }: { onClose(): void }) {
  const { team } = usePersistence();
  if (!team) throw new Error('TokensDialog needs a team library');
  const { api } = team;
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [problem, setProblem] = useState<string>();
  const nameId = useId();
  const load = useCallback(() => api.tokens(), [api]);
  const [tokens, refresh] = useLoaded(load);

  const create = async () => {
    const result = await api.createToken(name.trim());
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    setCreated({ name: result.value.name, token: result.value.token });
    setName('');
    refresh();
  };

  return (
    <Modal title="API tokens" onCancel={onClose} actions={<CloseButton onClose={onClose} />}>
      <p className="muted">
        A token lets a script use the team’s flows with your role, without your password.
      </p>
      <form
        className="people-invite-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void create();
        }}
      >
        <label htmlFor={nameId}>Token name</label>
        <input
          id={nameId}
          className="control"
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button primary" disabled={!name.trim()}>
          Create token
        </button>
      </form>
      {created && (
        <CopyableField
          label="New token"
          value={created.token}
          note={`“${created.name}” is shown only this once: copy it now.`}
        />
      )}
      {problem && (
        <p className="callout warning" role="alert">
          {problem}
        </p>
      )}
      {tokens && !tokens.ok && (
        <p className="callout warning" role="alert">
          The tokens could not be listed. {tokens.message}
        </p>
      )}
      {tokens?.ok && tokens.value.tokens.length > 0 && (
        <table className="flows-table">
          <TableHead columns={['Token', 'Created', 'Last used']} />
          <tbody>
            {tokens.value.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{formatDate(token.createdAt)}</td>
                <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : 'never'}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      void api.revokeToken(token.id).then((result) => {
                        setProblem(result.ok ? undefined : result.message);
                        refresh();
                      })
                    }
                  >
                    Revoke<span className="visually-hidden"> {token.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}
