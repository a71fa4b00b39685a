// One app process of its own for tests that need several processes or a hard kill: the route-handler test server
// (app-server.ts) on the database its environment names (DATABASE_URL, else PGLITE_DIR).
// Env: CHILD_SEED_EMAIL creates that user if missing (plus an admin, CHILD_SEED_ADMIN) and prints fresh API tokens;
// CHILD_RESPONDER_DELAY_MS answers with the plain responder, that many ms per word (slow streams to cut short);
// JANITOR_INTERVAL_SECONDS starts the janitor's timer, as `npm start` does, printing each tick as `JANITOR {…}`.
// Started with --expose-gc, SIGUSR2 runs a full GC and prints `GC` (scripts/bench/load.ts reads memory after one).
// Prints one line `READY {"url",...}` on stdout when it accepts requests.
import { startAppServer } from './app-server';
import { createUser, findUserByEmail } from '@/lib/auth/users';
import { createApiToken } from '@/lib/auth/tokens';
import { chatkitDeps, plainResponderWithDimensions } from '@/lib/store/chatkit-deps';
import { startJanitorTimer } from '@/lib/attachments/janitor-timer';

async function seed(email: string | undefined, admin: boolean) {
  if (!email) return undefined;
  const user = (await findUserByEmail(email)) ?? (await createUser({ email, password: 'correct horse battery', admin }));
  const { token } = await createApiToken(user.id, { label: 'child-server' });
  return { id: user.id, email: user.email, token };
}

const delay = process.env.CHILD_RESPONDER_DELAY_MS;
const respond = delay !== undefined ? plainResponderWithDimensions(Number(delay)) : undefined;
const app = await startAppServer(respond ? { chatkit: () => chatkitDeps({ respond }) } : {});
const user = await seed(process.env.CHILD_SEED_EMAIL, false);
const admin = await seed(process.env.CHILD_SEED_ADMIN, true);
if (process.env.JANITOR_INTERVAL_SECONDS) startJanitorTimer((t) => process.stdout.write(`JANITOR ${JSON.stringify({ pid: process.pid, ...t })}\n`));
process.stdout.write(`READY ${JSON.stringify({ url: app.url, pid: process.pid, user, admin })}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  process.on('SIGUSR2', () => {
    gc();
    process.stdout.write('GC\n');
  });
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void app.close().finally(() => process.exit(0));
  });
}
