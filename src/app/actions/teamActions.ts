/** The team's server, when signed in to one: people, API tokens, signing out. */
import { KeyRound, LogOut, Users } from 'lucide-react';
import type { AppAction } from './types';

export const teamActions: readonly AppAction[] = [
  {
    id: 'people',
    label: 'People: the team, roles and invitations',
    menuLabel: 'People…',
    icon: Users,
    perform: ({ ui }) => ui.openPeople(),
    undoStep: false,
  },
  {
    id: 'api-tokens',
    label: 'API tokens for scripts',
    menuLabel: 'API tokens…',
    icon: KeyRound,
    perform: ({ ui }) => ui.openTokens(),
    undoStep: false,
  },
  {
    id: 'sign-out',
    label: 'Sign out',
    icon: LogOut,
    perform: ({ persistence }) => {
      const { team, autosave } = persistence;
      if (!team) return;
      autosave.flush(); // kept in this browser; sent at the next sign-in
      void team.api.signOut().finally(() => location.assign('/'));
    },
    undoStep: false,
  },
];

/** The toolbar menu's items that exist only when signed in to a server. */
export const TEAM_MENU_ITEMS = teamActions.map((action) => action.id);
