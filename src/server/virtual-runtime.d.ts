/** Built by vite/flowServerPlugin.ts: the flow server's runtimes as text. */
declare module 'virtual:flow-server-runtime' {
  const runtime: import('./entries').FlowServerRuntime;
  export default runtime;
}
