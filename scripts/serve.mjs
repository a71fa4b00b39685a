#!/usr/bin/env node
// The production server `npm start` runs (scripts/start.mjs starts it after migrating and building): Next's own
// request handler behind node:http, so the forwarding headers are settled before Next sees them (forwarded.mjs).
// Otherwise what `next start` does: PORT, HOST, the build in NEXT_DIST_DIR (or .next).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { applyForwarding, trustProxy } from './forwarded.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const trusted = trustProxy();

const app = next({ dev: false, dir: root, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();
const server = http.createServer((req, res) => {
  applyForwarding(req.headers, req.socket.remoteAddress, trusted);
  void handle(req, res);
});
// Idle keep-alive connections outlive a proxy's upstream idle timeout (nginx and AWS ALB: 60 s). With Node's default
// of 5 s a proxy (or any keep-alive client) can send a POST on a connection the server is just closing: a reset/502.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, host, () => console.log(`[serve] listening on ${host}:${port}${trusted ? ' (trusting X-Forwarded-* from a proxy)' : ''}`));
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
