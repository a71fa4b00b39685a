'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/signin?signedout=1' })} data-testid="sign-out">
      Sign out
    </button>
  );
}
