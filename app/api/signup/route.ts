import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { env } from '@/lib/env';
import { isSameOrigin } from '@/lib/auth/origin';
import { clientAddress, throttleSignUp } from '@/lib/auth/throttle';
import { createUser, emailSchema, passwordSchema } from '@/lib/auth/users';
import { otherMethods, readJson, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const body = z.object({ email: emailSchema, password: passwordSchema, name: z.string().trim().max(100).optional() });

export const POST = route(async (req) => {
  if (!env().ALLOW_SIGNUP) throw new AppError('forbidden', 'Sign-up is turned off on this server. Ask an admin for an account.');
  if (!isSameOrigin(req)) throw new AppError('forbidden', 'Cross-origin request refused.');
  const input = await readJson(req, body, 16 * 1024);
  await throttleSignUp(clientAddress(req));
  const user = await createUser(input);
  return Response.json({ id: user.id, email: user.email, role: user.role }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
