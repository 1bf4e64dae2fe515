/** The team's server, when signed in to one: people, API tokens, signing out. */
import { Activity, History, KeyRound, LogOut, Rocket, Users } from 'lucide-react';
import type { AppAction } from './types';

export const teamActions: readonly AppAction[] = [
  {
    id: 'publish',
    label: 'Publish: take this flow live as a new version',
    buttonLabel: 'Publish',
    icon: Rocket,
    enabled: ({ state }) => !state.readOnly && state.liveVersion !== undefined,
    perform: ({ ui }) => ui.openPublish(),
  },
  {
    id: 'versions',
    label: 'Versions: every published version, make one live, compare',
    buttonLabel: 'Versions',
    icon: History,
    enabled: ({ state }) => state.liveVersion !== undefined,
    perform: ({ ui }) => ui.openVersions(),
  },
  {
    id: 'calls',
    label: 'Calls: how many calls passed each step of the live version',
    buttonLabel: 'Calls',
    icon: Activity,
    enabled: ({ state }) => state.liveVersion !== undefined,
    pressed: (state) => state.callOverlay !== null,
    perform: ({ ui }) => ui.toggleCalls(),
  },
  {
    id: 'people',
    label: 'People: the team, roles and invitations',
    menuLabel: 'People…',
    icon: Users,
    perform: ({ ui }) => ui.openPeople(),
  },
  {
    id: 'api-tokens',
    label: 'API tokens for scripts',
    menuLabel: 'API tokens…',
    icon: KeyRound,
    perform: ({ ui }) => ui.openTokens(),
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
  },
];

/** The toolbar's buttons that exist only when signed in to a server. */
export const TEAM_BUTTONS = ['publish', 'versions', 'calls'];
/** The toolbar menu's items that exist only when signed in to a server. */
export const TEAM_MENU_ITEMS = ['people', 'api-tokens', 'sign-out'];
