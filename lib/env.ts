// Validated configuration: the only module that reads process.env. Every variable is listed in .env.example.
import 'server-only';
import { z } from 'zod';

const bool = (dflt: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? dflt : ['true', '1', 'yes'].includes(v)));

const int = (dflt: number, min = 0) => z.coerce.number().int().min(min).default(dflt);
const list = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const MB = 1024 * 1024;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(3000, 1),
  // Interface `npm start` listens on (scripts/start.mjs reads it; listed here so it is validated and documented).
  // 0.0.0.0 is every IPv4 interface; 127.0.0.1 keeps the app local (behind a reverse proxy on the same host).
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  // Public origin of the app, used for absolute URLs (signed previews, upload URLs, sign-in callbacks) and the CSRF
  // origin check. Unset: each request's own origin (the app works at whatever address it is reached at).
  NEXTAUTH_URL: optionalString.pipe(z.string().url().optional()),
  // Behind a reverse proxy that sets X-Forwarded-Host/-Proto: trust them for the request's origin (never otherwise).
  TRUST_PROXY: bool(false),
  // Signs session cookies and attachment URLs. `npm start` generates one into ./data when unset.
  NEXTAUTH_SECRET: optionalString,

  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL (leave it unset for the embedded database)')
      .optional(),
  ),
  DATA_DIR: z.string().default('./data'),
  PGLITE_DIR: optionalString,
  // PGlite only: how many items.list/threads.list pages this process keeps, each answered until the next write
  // (lib/store/page-cache.ts); 0 turns the cache off. PostgreSQL never uses it (other replicas write there).
  PGLITE_PAGE_CACHE_PAGES: int(500, 0),
  // PostgreSQL only: the hot reads (rawQuery) as named prepared statements, parsed and planned once per connection
  // instead of per request. false behind a pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
  DATABASE_PREPARED_STATEMENTS: bool(true),

  ADMIN_EMAILS: list,
  ALLOW_SIGNUP: bool(true),
  // Throttling (lib/auth/throttle.ts): sign-ups per client address and personal tokens per user, per hour.
  SIGNUPS_PER_HOUR: int(10, 1),
  TOKENS_PER_HOUR: int(20, 1),
  ADMIN_CAN_READ_CONVERSATIONS: bool(true),

  GITHUB_ID: optionalString,
  GITHUB_SECRET: optionalString,
  GOOGLE_ID: optionalString,
  GOOGLE_SECRET: optionalString,
  OIDC_ISSUER: optionalString.pipe(z.string().url().optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_NAME: z.string().default('Single sign-on'),

  CHAT_UI: z.enum(['auto', 'chatkit', 'builtin']).default('auto'),
  CHATKIT_SCRIPT_URL: z.string().url().default('https://cdn.platform.openai.com/deployments/chatkit/chatkit.js'),
  CHATKIT_DOMAIN_KEY: z.string().default('domain_pk_localhost_dev'),
  CHATKIT_ALLOWED_ORIGINS: list,
  CHATKIT_SCRIPT_TIMEOUT_MS: int(4000, 0),
  // One answer at a time per conversation: the answering process holds a lease this long and renews it every third
  // of it; a lease left to expire means the process died, and the conversation then says the answer was interrupted.
  TURN_LEASE_SECONDS: int(30, 1),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.string().url().optional()),
  OPENAI_MODEL: z.string().default('gpt-4.1-mini'),
  // false for text-only models: images are then refused with a notice instead of being sent.
  OPENAI_VISION: bool(true),
  OPENAI_TIMEOUT_MS: int(60_000, 1000),

  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  FILES_DIR: optionalString,
  S3_BUCKET: optionalString,
  S3_REGION: z.string().default('us-east-1'),
  S3_ENDPOINT: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: bool(true),

  IMAGE_MAX_BYTES: int(10 * MB, 1),
  IMAGE_MAX_PIXELS: int(50_000_000, 1),
  FILE_MAX_BYTES: int(10 * MB, 1),
  API_UPLOAD_MAX_BYTES: int(Math.round(4.5 * MB), 1),
  API_TWO_STEP_MAX_BYTES: int(50 * MB, 1),
  UPLOAD_QUOTA_PER_CONVERSATION: int(100, 1),
  UPLOAD_QUOTA_PER_USER_HOUR: int(120, 1),
  ATTACHMENT_URL_ALLOWLIST: list,
  URL_FETCH_TIMEOUT_MS: int(10_000, 100),
  SIGNED_URL_TTL_SECONDS: int(900, 10),
  UPLOAD_URL_TTL_SECONDS: int(900, 10),
  PENDING_UPLOAD_MAX_AGE_HOURS: int(24, 0),
  // The janitor (lib/attachments/janitor-timer.ts) runs inside the server this often; 0 turns the timer off.
  JANITOR_INTERVAL_SECONDS: int(600, 0),
});

export type Env = z.infer<typeof schema>;

/** Every variable the app reads (.env.example documents exactly these). */
export const ENV_KEYS = Object.keys(schema.shape).filter((k) => k !== 'NODE_ENV');

/** Validate a given environment (pure; used by tests and by env()). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable and its default.`);
  }
  return parsed.data;
}

let cached: Env | null = null;

/** The validated configuration; throws a message naming every bad variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forget the cached configuration (tests change process.env between suites). */
export function reloadEnv(): void {
  cached = null;
}

export function authSecret(): string {
  const s = env().NEXTAUTH_SECRET;
  if (!s) throw new Error('NEXTAUTH_SECRET is not set. `npm start` creates one in ./data; set it yourself when running next directly.');
  return s;
}

export function filesDir(): string {
  const e = env();
  return e.FILES_DIR ?? `${e.DATA_DIR.replace(/\/+$/, '')}/files`;
}

export function pgliteDir(): string {
  const e = env();
  return e.PGLITE_DIR ?? `${e.DATA_DIR.replace(/\/+$/, '')}/pglite`;
}
