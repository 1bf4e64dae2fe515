// The floor to compare the flow server with: Node's own http answering one constant document,
// with nothing read or decided. Same port handling as flow-server.mjs (PORT=0 prints the port).
import { createServer } from 'node:http';

const body = '<?xml version="1.0" encoding="UTF-8"?>\n<Response/>\n';
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
    response.end(body);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`Baseline listening on http://127.0.0.1:${address.port}/`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
