'use client';
// Files waiting in the composer: each is uploaded the two-phase way as soon as it is added, with a local
// blob preview and upload progress; the server's refusal message is kept on the chip.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatKitClient } from '@/lib/chatkit/client';
import { ApiError, isAbortError } from '@/lib/api-error';
import { uploadAttachment } from '@/lib/chatkit/client-upload';
import type { Attachment } from '@/lib/chatkit/types';
import { IMAGE_MIME_TYPES } from './chat-config';

export type ComposerFile = {
  key: string;
  name: string;
  size: number;
  mime: string;
  isImage: boolean;
  /** blob: URL for images while in the composer. */
  localUrl: string | null;
  progress: number;
  status: 'uploading' | 'ready' | 'error';
  attachment?: Attachment;
  error?: string;
  /** The failure may pass on a second try (network, server error), unlike a refused size or type. */
  retryable?: boolean;
};

let counter = 0;

export function isPreviewableImage(mime: string): boolean {
  return (IMAGE_MIME_TYPES as readonly string[]).includes(mime);
}

export function useComposerAttachments(client: ChatKitClient) {
  const [files, setFiles] = useState<ComposerFile[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const urls = useRef(new Set<string>());
  const current = useRef<ComposerFile[]>([]);
  // The original File of each entry, so a failed upload can be retried.
  const originals = useRef(new Map<string, File>());
  current.current = files;

  const patch = useCallback((key: string, p: Partial<ComposerFile>) => {
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...p } : f)));
  }, []);

  const add = useCallback(
    (incoming: File[] | FileList) => {
      for (const file of Array.from(incoming)) {
        const key = `f${++counter}`;
        const isImage = isPreviewableImage(file.type);
        const localUrl = isImage ? URL.createObjectURL(file) : null;
        if (localUrl) urls.current.add(localUrl);
        const ctl = new AbortController();
        controllers.current.set(key, ctl);
        originals.current.set(key, file);
        setFiles((list) => [
          ...list,
          { key, name: file.name || 'file', size: file.size, mime: file.type, isImage, localUrl, progress: 0, status: 'uploading' },
        ]);
        uploadAttachment(client, file, {
          signal: ctl.signal,
          onProgress: (fraction) => patch(key, { progress: fraction }),
        })
          .then((attachment) => patch(key, { status: 'ready', progress: 1, attachment }))
          .catch((err: unknown) => {
            if (isAbortError(err)) return;
            const status = err instanceof ApiError ? err.status : 0;
            patch(key, { status: 'error', error: err instanceof Error ? err.message : 'The upload failed.', retryable: status === 0 || status >= 500 });
          })
          .finally(() => controllers.current.delete(key));
      }
    },
    [client, patch],
  );

  const remove = useCallback(
    (key: string) => {
      const f = current.current.find((x) => x.key === key);
      if (f?.localUrl) {
        URL.revokeObjectURL(f.localUrl);
        urls.current.delete(f.localUrl);
      }
      // An uploaded but unsent attachment is deleted on the server; an upload in flight is aborted.
      if (f?.status === 'ready' && f.attachment) client.deleteAttachment(f.attachment.id).catch(() => {});
      controllers.current.get(key)?.abort();
      originals.current.delete(key);
      setFiles((list) => list.filter((x) => x.key !== key));
    },
    [client],
  );

  /** Upload a failed file again (it moves to the end of the composer). */
  const retry = useCallback(
    (key: string) => {
      const file = originals.current.get(key);
      remove(key);
      if (file) add([file]);
    },
    [add, remove],
  );

  /** Empties the composer after a send (the sent message shows the server's preview_url from now on). */
  const clear = useCallback(() => {
    for (const f of current.current) {
      if (f.localUrl) {
        URL.revokeObjectURL(f.localUrl);
        urls.current.delete(f.localUrl);
      }
    }
    originals.current.clear();
    setFiles([]);
  }, []);
  /** Puts files back after a failed send (previews now come from the server's preview_url). */
  const restore = useCallback((list: ComposerFile[]) => {
    setFiles((now) => [...list.map((f) => ({ ...f, localUrl: null })), ...now]);
  }, []);

  useEffect(() => {
    const ctls = controllers.current;
    const blobUrls = urls.current;
    return () => {
      for (const c of ctls.values()) c.abort();
      for (const u of blobUrls) URL.revokeObjectURL(u);
    };
  }, []);

  return {
    files,
    add,
    remove,
    retry,
    clear,
    restore,
    uploading: files.some((f) => f.status === 'uploading'),
    /** A file failed to upload: sending would silently drop it, so the panel waits for retry or remove. */
    failed: files.some((f) => f.status === 'error'),
    ready: files.filter((f) => f.status === 'ready' && f.attachment).map((f) => f.attachment!),
  };
}
