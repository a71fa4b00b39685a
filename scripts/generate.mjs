// `prisma generate` without network: the CLI insists on locating a schema engine binary it never runs here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/prisma')) {
  console.error('[generate] the prisma CLI is missing: install with dev dependencies (npm ci), then run npm run db:generate.');
  process.exit(1);
}
const r = spawnSync('npx', ['prisma', 'generate', '--schema', 'prisma/schema.prisma'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
process.exit(r.status ?? 1);
