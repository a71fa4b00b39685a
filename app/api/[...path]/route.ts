// Any /api path no route matches: a JSON 404 instead of Next's HTML page.
import { noSuchRoute } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export { noSuchRoute as GET, noSuchRoute as POST, noSuchRoute as PUT, noSuchRoute as PATCH, noSuchRoute as DELETE };
