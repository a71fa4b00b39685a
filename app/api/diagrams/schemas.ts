// Request bodies of the diagram routes. XML size is checked in lib/diagrams (413), not here.
import { z } from 'zod';
import { MAX_XML_BYTES } from '@/lib/diagrams';

/** JSON escaping can double a document's size; the XML itself is capped at MAX_XML_BYTES afterwards. */
export const XML_BODY_LIMIT = MAX_XML_BYTES * 2 + 64 * 1024;

export const layoutOption = z.enum(['auto', 'none']);
export const createBody = z.object({ name: z.string().optional(), xml: z.string().optional(), layout: layoutOption.optional() }).strict();
/** Content types under which POST /api/diagrams takes the file itself as the body (bytes, any declared encoding). */
export const RAW_XML_TYPES = /^(application\/(xml|bpmn\+xml|octet-stream)|text\/xml)\b/i;
export const renameBody = z.object({ name: z.string() }).strict();
export const duplicateBody = z.object({ name: z.string().optional() }).strict();
export const saveBody = z.object({ xml: z.string().min(1, 'must not be empty') }).strict();
