// Two-phase attachment upload: attachments.create → PUT the raw bytes to upload_descriptor.url.
// In the browser the PUT goes through XMLHttpRequest, the only API that reports upload progress.
import { ApiError, apiErrorFrom } from '@/lib/api-error';
import type { ChatKitClient } from './client';
import type { Attachment, UploadDescriptor } from './types';

/** No HTTP answer at all: the connection dropped, or the browser blocked the upload address (CORS, mixed content). */
export const NETWORK_MESSAGE =
  'The upload could not reach the server (network error, or the browser blocked the upload address). Retry; if it keeps failing, check that NEXTAUTH_URL matches the address you opened, or leave it unset.';

const UPLOAD_FAILED = 'The upload failed';

export type UploadProgress = (fraction: number) => void;

function putWithXhr(d: UploadDescriptor, file: Blob, onProgress?: UploadProgress, signal?: AbortSignal) {
  return new Promise<string>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(d.method, d.url);
    xhr.withCredentials = false;
    for (const [k, v] of Object.entries(d.headers ?? {})) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.min(1, e.loaded / e.total));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.responseText);
      else reject(apiErrorFrom(xhr.status, xhr.responseText, UPLOAD_FAILED));
    };
    xhr.onerror = () => reject(new ApiError(NETWORK_MESSAGE, 0, 'network'));
    xhr.onabort = () => reject(new ApiError('Upload cancelled.', 0, 'aborted'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    if (d.method === 'POST') {
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    } else xhr.send(file);
  });
}

async function putWithFetch(d: UploadDescriptor, file: Blob, onProgress?: UploadProgress, signal?: AbortSignal) {
  let body: BodyInit = file;
  if (d.method === 'POST') {
    const form = new FormData();
    form.append('file', file);
    body = form;
  }
  let res: Response;
  try {
    res = await fetch(d.url, { method: d.method, headers: d.headers ?? {}, body, signal });
  } catch {
    if (signal?.aborted) throw new ApiError('Upload cancelled.', 0, 'aborted');
    throw new ApiError(NETWORK_MESSAGE, 0, 'network');
  }
  const text = await res.text();
  if (!res.ok) throw apiErrorFrom(res.status, text, UPLOAD_FAILED);
  onProgress?.(1);
  return text;
}

/**
 * Uploads a file the two-phase way and returns the final Attachment (the upload response when it is one,
 * else the create response without its descriptor).
 * `onCreated` receives the pending attachment as soon as the server has issued the upload URL.
 */
export async function uploadAttachment(
  client: ChatKitClient,
  file: File,
  opts: { onProgress?: UploadProgress; onCreated?: (a: Attachment) => void; signal?: AbortSignal } = {},
): Promise<Attachment> {
  const created = await client.createAttachment({ name: file.name, size: file.size, type: file.type });
  opts.onCreated?.(created);
  const d = created.upload_descriptor;
  if (!d) return created; // nothing to send (server already has the bytes)
  const text =
    typeof XMLHttpRequest !== 'undefined'
      ? await putWithXhr(d, file, opts.onProgress, opts.signal)
      : await putWithFetch(d, file, opts.onProgress, opts.signal);
  try {
    const final = JSON.parse(text) as Attachment;
    if (final && final.id === created.id && (final.type === 'image' || final.type === 'file')) {
      const { upload_descriptor: _d, ...rest } = final;
      return rest as Attachment;
    }
  } catch {
    // not JSON: fall through
  }
  const { upload_descriptor: _d, ...rest } = created;
  return rest as Attachment;
}
