// Hooks most integration files start with: the app server over real HTTP and one signed-up user, started before the
// file's (or describe block's) tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { startAppServer, type AppServer, type AppServerOptions } from './app-server';
import { makeUser, type TestUser } from './users';

export function useAppAndUser(opts: AppServerOptions = {}): { readonly app: AppServer; readonly user: TestUser } {
  const s = {} as { app: AppServer; user: TestUser };
  beforeAll(async () => {
    s.app = await startAppServer(opts);
    s.user = await makeUser();
  });
  afterAll(() => s.app?.close());
  return s;
}
