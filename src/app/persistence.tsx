import { createContext, useContext, type ReactNode } from 'react';
import type { Autosave } from './autosave';
import type { FlowLibrary } from '../persist/library';

export interface Persistence {
  readonly library: FlowLibrary;
  readonly autosave: Autosave;
  /** Said once at start-up: the flow asked for could not be opened (why, and what to do). */
  readonly startupProblem?: string;
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
