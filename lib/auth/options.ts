// next-auth v4 configuration: JWT sessions, email+password built in, OAuth/OIDC providers when configured.
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import CredentialsProviderImport from 'next-auth/providers/credentials';
import GitHubProviderImport from 'next-auth/providers/github';
import GoogleProviderImport from 'next-auth/providers/google';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { db } from '@/lib/db';
import { authSecret, env } from '@/lib/env';
import { verifyPassword } from '@/lib/auth/password';
import { isStorable } from '@/lib/http/route';
import { assertSignInAllowed, clientAddress, recordSignInFailure, recordSignInSuccess } from '@/lib/auth/throttle';
import { findUserByEmail, settleNewOAuthUserRole } from '@/lib/auth/users';

// Outside Next's bundler these CJS modules arrive as namespaces; take .default when present.
const unwrap = <T,>(m: T): T => ((m as unknown as { default?: T }).default ?? m);
const CredentialsProvider = unwrap(CredentialsProviderImport);
const GitHubProvider = unwrap(GitHubProviderImport);
const GoogleProvider = unwrap(GoogleProviderImport);

export type ProviderInfo = { id: string; name: string };

/** OAuth/OIDC providers switched on by their environment variables. */
export function oauthProviders(): ProviderInfo[] {
  const e = env();
  const list: ProviderInfo[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) list.push({ id: 'github', name: 'GitHub' });
  if (e.GOOGLE_ID && e.GOOGLE_SECRET) list.push({ id: 'google', name: 'Google' });
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) list.push({ id: 'oidc', name: e.OIDC_NAME });
  return list;
}

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const email = credentials?.email ?? '';
        const password = credentials?.password ?? '';
        // Unstorable text (NUL, lone surrogates) never matches an account and must not reach the database.
        if (!email || !password || !isStorable(email) || !isStorable(password)) return null;
        const addr = clientAddress({ headers: new Headers((req?.headers ?? {}) as Record<string, string>) });
        // The route refuses locked accounts before this runs (429); this repeats the check for any other caller.
        await assertSignInAllowed(email, addr);
        const user = await findUserByEmail(email);
        // Same answer for unknown email, wrong password and disabled account: no account oracle.
        if (!user || user.disabledAt || !(await verifyPassword(password, user.passwordHash))) {
          await recordSignInFailure(email, addr);
          return null;
        }
        await recordSignInSuccess(email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];
  if (e.GITHUB_ID && e.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_ID && e.GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: e.GOOGLE_ID, clientSecret: e.GOOGLE_SECRET }));
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    providers.push({
      id: 'oidc',
      name: e.OIDC_NAME,
      type: 'oauth',
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile: (p: { sub: string; email: string; name?: string; picture?: string }) => ({
        id: p.sub,
        email: p.email,
        name: p.name ?? null,
        image: p.picture ?? null,
      }),
    });
  }
  return {
    secret: authSecret(),
    // The adapter only stores OAuth users/accounts; sessions stay JWTs (required by the Credentials provider).
    adapter: PrismaAdapter(db()) as Adapter,
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    providers,
    pages: { signIn: '/signin', error: '/signin' },
    callbacks: {
      // The session version at sign-in goes into the JWT; lib/auth/session.ts refuses it once the user's moves on.
      async jwt({ token, user }) {
        if (user?.id) {
          const row = await db().user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
          token.sv = row?.sessionVersion ?? 0;
        }
        return token;
      },
      async signIn({ user }) {
        if (!user?.email) return true;
        const row = await findUserByEmail(user.email);
        return !row?.disabledAt;
      },
    },
    events: {
      async createUser({ user }) {
        // OAuth sign-ups go through the adapter; give them the same role rule as email sign-ups.
        if (!user.email) return;
        await settleNewOAuthUserRole(user.id, user.email);
      },
    },
  };
}
