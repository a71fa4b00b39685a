// Operator CLI: npm run cli -- <command> [--flags]. Output formats are stable (tests and scripts parse them).
//   user:create --email E --password P [--name N] [--admin]   → {"id","email","role"}
//   user:list                                                → one JSON line per user
//   token:create --email E [--label L] [--scope full|read|chat] → the token alone on the last line
//   token:revoke --id ID
//   janitor                                                  → {"pendingRemoved","interruptedRemoved","tempFilesRemoved","orphansRemoved","expiredLimitsRemoved"}
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env, filesDir, pgliteDir } from '@/lib/env';
import { closeDatabase, db } from '@/lib/db';
import { createUser, findUserByEmail } from '@/lib/auth/users';
import { createApiToken, revokeApiToken } from '@/lib/auth/tokens';
import { TOKEN_SCOPES, type TokenScope } from '@/lib/auth/scopes';
import { toAppError } from '@/lib/errors';
import { runJanitor } from '@/lib/attachments/janitor';

const USAGE = `usage: npm run cli -- <command>
  user:create --email E --password P [--name N] [--admin]
  user:list
  token:create --email E [--label L] [--scope full|read|chat]
  token:revoke --id ID
  janitor                 remove unfinished uploads and orphaned files`;

const COMMANDS = ['user:create', 'user:list', 'token:create', 'token:revoke', 'janitor'];

/** Where this run reads and writes: an operator running it without the server's settings sees it at once. */
function describeTarget(): string {
  const e = env();
  let database: string;
  if (e.DATABASE_URL) {
    const u = new URL(e.DATABASE_URL);
    database = `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname} (DATABASE_URL)`;
  } else database = `embedded PGlite in ${path.resolve(pgliteDir())}`;
  const files = e.STORAGE_DRIVER === 's3' ? `S3 bucket ${e.S3_BUCKET ?? '(S3_BUCKET unset)'}${e.S3_ENDPOINT ? ` at ${e.S3_ENDPOINT}` : ''}` : `local folder ${path.resolve(filesDir())}`;
  return `[cli] database: ${database} · files: ${files}`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command && COMMANDS.includes(command)) console.error(describeTarget());
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      admin: { type: 'boolean', default: false },
      label: { type: 'string' },
      scope: { type: 'string' },
      id: { type: 'string' },
    },
    strict: true,
  });
  switch (command) {
    case 'user:create': {
      if (!values.email || !values.password) throw new Error('user:create needs --email and --password');
      const u = await createUser({ email: values.email, password: values.password, name: values.name, admin: values.admin });
      console.log(JSON.stringify({ id: u.id, email: u.email, role: u.role }));
      return 0;
    }
    case 'user:list': {
      const users = await db().user.findMany({ orderBy: { createdAt: 'asc' } });
      for (const u of users) {
        console.log(JSON.stringify({ id: u.id, email: u.email, role: u.role, disabled: !!u.disabledAt, createdAt: u.createdAt.toISOString() }));
      }
      return 0;
    }
    case 'token:create': {
      if (!values.email) throw new Error('token:create needs --email');
      const user = await findUserByEmail(values.email);
      if (!user) throw new Error(`No user with email ${values.email}`);
      const scope = values.scope ?? 'full';
      if (!(TOKEN_SCOPES as readonly string[]).includes(scope)) throw new Error(`--scope must be one of ${TOKEN_SCOPES.join(', ')} (got "${scope}")`);
      const t = await createApiToken(user.id, { label: values.label, scope: scope as TokenScope });
      console.error(`Created ${t.scope} token ${t.id} for ${user.email}. Store it now: it is not shown again.`);
      console.log(t.token);
      return 0;
    }
    case 'token:revoke': {
      if (!values.id) throw new Error('token:revoke needs --id');
      await revokeApiToken(values.id);
      console.log(JSON.stringify({ id: values.id, revoked: true }));
      return 0;
    }
    case 'janitor': {
      console.log(JSON.stringify(await runJanitor()));
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

let code = 1;
try {
  code = await main(process.argv.slice(2));
} catch (err) {
  const e = toAppError(err);
  console.error(`error: ${e.code === 'internal' ? (err as Error).message : e.message}`);
  code = 1;
} finally {
  await closeDatabase().catch(() => {});
}
process.exit(code);
