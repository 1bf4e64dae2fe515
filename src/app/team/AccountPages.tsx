/**
 * The pages before the designer, when it is served by an RCML Studio server: creating the first
 * account (from the set-up link the server printed), accepting an invitation, and signing in.
 * Each answers with a plain sentence when the server refuses, and keeps what was typed.
 */
import { PhoneCall } from 'lucide-react';
import {
  useEffect,
  useId,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import type { ApiResult, Person, Role, StudioApi } from '../../team/api';
import '../../styles/account.css';

/** What the form asks of a new person; passwords as the server checks them. */
export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 200;

/** After an account is made or a session started, the designer starts afresh, signed in. */
const enterDesigner = () => location.replace('/');

export function SetupPage({ api, code }: { api: StudioApi; code: string }) {
  if (!code) {
    return (
      <AccountCard title="Set up RCML Studio">
        <p role="alert">
          This set-up link has no code. Open the link the server printed when it started.
        </p>
      </AccountCard>
    );
  }
  return (
    <AccountCard title="Set up RCML Studio">
      <p>Create the first account. You will be the team’s owner: you invite the others.</p>
      <NewAccountForm submit={(fields) => api.setUp({ code, ...fields })} />
    </AccountCard>
  );
}

export function InvitePage({ api, code }: { api: StudioApi; code: string }) {
  const [role, setRole] = useState<Role | null>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void api.invitation(code).then((result) => {
      if (result.ok) setRole(result.value.role);
      else setProblem(result.message);
    });
  }, [api, code]);
  return (
    <AccountCard title="Join the team on RCML Studio">
      {problem && <p role="alert">{problem}</p>}
      {role && (
        <>
          <p>
            You are invited as <strong>{role}</strong>. Create your account to join.
          </p>
          <NewAccountForm submit={(fields) => api.acceptInvitation(code, fields)} />
        </>
      )}
    </AccountCard>
  );
}

export function SignInPage({ api, setupNeeded }: { api: StudioApi; setupNeeded: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (setupNeeded) {
    return (
      <AccountCard title="RCML Studio">
        <p>
          This server has no account yet. Open the set-up link it printed when it started (it ends
          in <code>/setup?code=…</code>).
        </p>
      </AccountCard>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    void api.signIn({ email, password }).then((result) => {
      setBusy(false);
      if (result.ok) enterDesigner();
      else setProblem(result.message);
    });
  };
  return (
    <AccountCard title="Sign in to RCML Studio">
      <form className="account-form" onSubmit={onSubmit}>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {problem && <p role="alert">{problem}</p>}
        <button type="submit" className="button primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </AccountCard>
  );
}

interface NewAccount {
  name: string;
  email: string;
  password: string;
}

function NewAccountForm({
  submit,
}: {
  submit(fields: NewAccount): Promise<ApiResult<{ user: Person }>>;
}) {
  const [fields, setFields] = useState<NewAccount>({ name: '', email: '', password: '' });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof NewAccount) => (event: { target: { value: string } }) =>
    setFields((old) => ({ ...old, [key]: event.target.value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (fields.password.length < PASSWORD_MIN_LENGTH) {
      setProblem(`The password needs at least ${PASSWORD_MIN_LENGTH} characters.`);
      return;
    }
    setBusy(true);
    void submit(fields).then((result) => {
      setBusy(false);
      if (result.ok) enterDesigner();
      else setProblem(result.message);
    });
  };
  return (
    <form className="account-form" onSubmit={onSubmit}>
      <TextField
        label="Your name"
        autoComplete="name"
        required
        maxLength={100}
        value={fields.name}
        onChange={set('name')}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        value={fields.email}
        onChange={set('email')}
      />
      <TextField
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        value={fields.password}
        onChange={set('password')}
      />
      {problem && <p role="alert">{problem}</p>}
      <button type="submit" className="button primary" disabled={busy}>
        Create account
      </button>
    </form>
  );
}

/** A labelled text input of the account forms, with a hint under it when there is one. */
function TextField({
  label,
  hint,
  ...input
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="account-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="control" aria-describedby={hint ? hintId : undefined} {...input} />
      {hint && (
        <span id={hintId} className="muted">
          {hint}
        </span>
      )}
    </div>
  );
}

function AccountCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="account-page">
      <section className="account-card" aria-labelledby="account-title">
        <div className="brand">
          <PhoneCall size={18} aria-hidden="true" />
          <span className="brand-name">RCML Studio</span>
        </div>
        <h1 id="account-title">{title}</h1>
        {children}
      </section>
    </main>
  );
}
