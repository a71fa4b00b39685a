// The ChatKit protocol endpoint (lib/http/chatkit-endpoint): dependencies built per request, CORS for the element.
import { chatkitEndpoint } from '@/lib/http/chatkit-endpoint';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const endpoint = chatkitEndpoint();
export const { OPTIONS, POST, GET, PUT, PATCH, DELETE } = endpoint;
