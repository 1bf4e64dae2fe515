/** Every API route, in the order of docs/server-api.md. */
import { callRoutes } from './calls';
import { flowRoutes } from './flows';
import { peopleRoutes } from './people';
import type { ApiRoute, RouteDeps } from './route';
import { sessionRoutes } from './session';
import { tokenRoutes } from './tokens';
import { versionRoutes } from './versions';

export const apiRoutes = (deps: RouteDeps): ApiRoute[] => [
  ...sessionRoutes(deps),
  ...peopleRoutes(deps),
  ...tokenRoutes(deps),
  ...flowRoutes(deps),
  ...versionRoutes(deps),
  ...callRoutes(deps),
];

export type { ApiRoute, Method } from './route';
