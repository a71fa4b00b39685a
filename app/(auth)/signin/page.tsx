import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthFrame } from '@/components/auth/auth-frame';
import { SignInForm } from '@/components/auth/signin-form';
import { oauthProviders } from '@/lib/auth/options';
import { getPageUser } from '@/lib/auth/page';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sign in' };

const NOTICES: Record<string, string> = {
  'password-changed': 'Your password was changed and every session ended. Sign in with the new password.',
  'signed-out-everywhere': 'You are signed out on every device.',
};

const ERRORS: Record<string, string> = {
  CredentialsSignin: 'Wrong email or password. Check both and try again.',
  OAuthAccountNotLinked: 'This email is already registered with a password. Sign in with your password.',
  AccessDenied: 'This account is disabled. Ask an admin if you think this is a mistake.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  if (await getPageUser()) redirect('/');
  // Throttling refusals (lib/auth/throttle.ts) arrive as their own message, which says how long to wait.
  const error = sp.error ? (ERRORS[sp.error] ?? (/^Too many /.test(sp.error) ? sp.error.slice(0, 300) : 'Sign-in failed. Try again.')) : null;
  return (
    <AuthFrame>
      <SignInForm providers={oauthProviders()} callbackUrl={sp.callbackUrl ?? null} initialError={error} notice={sp.signedout ? 'You are signed out.' : sp.notice ? (NOTICES[sp.notice] ?? null) : null} />
      {env().ALLOW_SIGNUP && (
        <p className="switch">
          New here? <Link href="/signup">Create an account</Link>
        </p>
      )}
    </AuthFrame>
  );
}
