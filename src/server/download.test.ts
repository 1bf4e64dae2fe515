import { describe, expect, it } from 'vitest';
import { flowServerDownload } from './download';
import { everyDecisionTable } from './everyDecision.fixture';

describe('flowServerDownload', () => {
  it('loads the runtime from virtual:flow-server-runtime and packs the flow with it', async () => {
    const files = await flowServerDownload(everyDecisionTable(), 'Front desk');
    const server = files.find((file) => file.name === 'flow-server.mjs')!.text;
    expect(server).toMatch(/^\/\/ The flow served by this file/);
    expect(server).toContain('import { createServer } from "node:http";');
    expect(server).toContain('function runNodeServer(');
    const worker = files.find((file) => file.name === 'flow-worker.mjs')!.text;
    expect(worker).toMatch(/^export \{ \w+ as default, flowServerFetch as fetch \};$/m);
  });
});
