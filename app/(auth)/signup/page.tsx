import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthFrame } from '@/components/auth/auth-frame';
import { SignUpForm } from '@/components/auth/signup-form';
import { getPageUser } from '@/lib/auth/page';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Create account' };

export default async function SignUpPage() {
  if (await getPageUser()) redirect('/');
  return (
    <AuthFrame>
      {env().ALLOW_SIGNUP ? (
        <SignUpForm />
      ) : (
        <>
          <h1>Sign-up is closed</h1>
          <p className="sub">This server does not accept new accounts. Ask an admin to create one for you.</p>
        </>
      )}
      <p className="switch">
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </AuthFrame>
  );
}
