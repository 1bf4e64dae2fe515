/**
 * What the app's Download button calls for a flow that needs a flow server: the runtime is loaded
 * only then (a lazy chunk), so the first load of the designer pays nothing for it.
 */
import type { RouteTable } from '../router';
import { flowServerFiles, type DownloadFile, type ReadmeAbout } from './package';

export async function flowServerDownload(
  table: RouteTable,
  flowName: string,
  about: ReadmeAbout = {},
): Promise<DownloadFile[]> {
  const { default: runtime } = await import('virtual:flow-server-runtime');
  return flowServerFiles(table, flowName, runtime, about);
}
