import { createContext, useContext, type ReactNode } from 'react';
import type { Autosave } from './autosave';
import type { FlowLibrary } from '../persist/library';
import type { Person, StudioApi } from '../team/api';
import type { ServerSync } from '../team/serverSync';

export interface Persistence {
  /** This browser's flows: the whole library, or (signed in to a server) the local copies. */
  readonly library: FlowLibrary;
  readonly autosave: Autosave;
  /** Said once at start-up: the flow asked for could not be opened (why, and what to do). */
  readonly startupProblem?: string;
  /** Signed in to an RCML Studio server: the team's library is the server's. */
  readonly team?: TeamPersistence;
}

export interface TeamPersistence {
  readonly api: StudioApi;
  readonly user: Person;
  /** Sends saves to the server; absent for a viewer, who changes nothing. */
  readonly sync?: ServerSync;
}

const PersistenceContext = createContext<Persistence | null>(null);

export function PersistenceProvider({
  value,
  children,
}: {
  value: Persistence;
  children: ReactNode;
}) {
  return <PersistenceContext.Provider value={value}>{children}</PersistenceContext.Provider>;
}

export function usePersistence(): Persistence {
  const value = useContext(PersistenceContext);
  if (!value) throw new Error('usePersistence must be used inside <PersistenceProvider>');
  return value;
}
