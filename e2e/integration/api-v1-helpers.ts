// Shared helpers for the public attachment API tests: a conversation, a local file server, a zip reader.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import yauzl from 'yauzl';
import { prismaStore } from '@/lib/store';
import { reloadEnv } from '@/lib/env';
import type { TestUser } from '../support/users';

export async function conversationFor(user: TestUser, title = 'Quarterly review'): Promise<string> {
  const t = await prismaStore.createThread(user.id, { title, metadata: {} });
  return t.id;
}

export type FileServer = { url: string; host: string; hits: string[]; close: () => Promise<void> };

/** A loopback HTTP server for the URL method; `routes` maps a path to a handler. Added to ATTACHMENT_URL_ALLOWLIST. */
export async function startFileServer(routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>): Promise<FileServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const h = routes[(req.url ?? '').split('?')[0]!];
    if (!h) return void res.writeHead(404).end('nope');
    h(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  process.env.ATTACHMENT_URL_ALLOWLIST = host;
  reloadEnv();
  return {
    url: `http://${host}`,
    host,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Unpack a zip (yauzl) into name → bytes. */
export function unzip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
