// The persistence contract the protocol server needs. Every method takes the user: implementations scope every
// query by it and answer "missing" and "not yours" with the same 404 AppError. No database imports here.
import type { Attachment, Page, ThreadItem, ThreadMetadata, ThreadStatus } from './types';

/** `origin`: where absolute URLs (previews, uploads) must point for this request; the port's default when absent. */
export type RequestCtx = { userId: string; origin?: string };

export type PageRequest = { limit: number; order: 'asc' | 'desc'; after?: string };
/** A page already in wire form: `wire` is the JSON text of its `data`, as itemToWire (threadToWire) + JSON.stringify make it. */
export type WirePage = { wire: string; has_more: boolean; after?: string };
/** threads.list only: the threads of one diagram (request `metadata.diagram_id`); all of the user's when absent. */
export type ThreadFilter = { diagramId?: string };

export type NewThread = {
  title?: string;
  status?: ThreadStatus;
  /** Server-side metadata; `diagram_id` in it is checked against the user's diagrams and linked. */
  metadata: Record<string, unknown>;
};

export type AddItemOptions = {
  /** The diagram the client says is open (request metadata.diagram_id); falls back to the thread's. */
  diagramId?: string;
};

export type ThreadPatch = { title?: string | null; status?: ThreadStatus; metadata?: Record<string, unknown> };

/** A thread's first item, built once the thread id is known and written in the same transaction as the thread. */
export type FirstItem = AddItemOptions & { item: (threadId: string) => ThreadItem };

export interface Store {
  createThread(userId: string, thread: NewThread, first?: FirstItem): Promise<ThreadMetadata>;
  /** 404 AppError('notFound', 'Thread not found') when missing or not the user's. */
  loadThread(userId: string, threadId: string): Promise<ThreadMetadata>;
  updateThread(userId: string, threadId: string, patch: ThreadPatch): Promise<ThreadMetadata>;
  loadThreads(userId: string, page: PageRequest, filter?: ThreadFilter): Promise<Page<ThreadMetadata>>;
  /**
   * threads.list's read: loadThreads' page as wire text (`wire`: the JSON of its data as threadToWire with an
   * empty items page + JSON.stringify write it). Optional: threads.list maps loadThreads without it.
   */
  loadThreadsWire?(userId: string, page: PageRequest, filter?: ThreadFilter): Promise<WirePage>;
  deleteThread(userId: string, threadId: string): Promise<void>;

  /**
   * Visible items only unless includeHidden; `after` is an exclusive item-id cursor (unknown cursor → 404).
   * With `interrupted`, a turn whose lease expired is settled first, as settleInterruptedTurn does — in the
   * common case (no expired turn) within the page read itself.
   */
  loadThreadItems(
    userId: string,
    threadId: string,
    page: PageRequest,
    opts?: { includeHidden?: boolean; interrupted?: () => ThreadItem },
  ): Promise<Page<ThreadItem>>;
  /**
   * items.list's read: loadThreadItems' page as wire text when the store keeps each of its items wire-ready
   * (nothing to mint per read), else as items to present. Optional: items.list reads loadThreadItems without it.
   */
  loadThreadItemsWire?(
    userId: string,
    threadId: string,
    page: PageRequest,
    opts?: { interrupted?: () => ThreadItem },
  ): Promise<WirePage | Page<ThreadItem>>;
  /** Every item, oldest first, hidden included (model context). */
  loadAllItems(userId: string, threadId: string): Promise<ThreadItem[]>;
  /** 404 AppError('notFound', 'Item not found') when missing, in another thread, or not the user's. */
  loadItem(userId: string, threadId: string, itemId: string): Promise<ThreadItem>;
  addThreadItem(userId: string, threadId: string, item: ThreadItem, opts?: AddItemOptions): Promise<void>;
  /** Upsert by id (thread.item.replaced, tool outputs). */
  saveItem(userId: string, threadId: string, item: ThreadItem): Promise<void>;
  deleteItem(userId: string, threadId: string, itemId: string): Promise<void>;
  /** Deletes every item newer than `itemId`; returns their ids, oldest first. */
  deleteItemsAfter(userId: string, threadId: string, itemId: string): Promise<string[]>;
  /** One feedback row per (item, user), replaced on a second vote; 404 if any id is not an item of the thread. */
  addFeedback(userId: string, threadId: string, itemIds: string[], kind: 'positive' | 'negative'): Promise<void>;

  // One turn at a time per thread, across processes: a lease on the thread, renewed while the turn streams.
  /**
   * Loads the thread and takes its turn for `lease.ttlMs` (404 when missing or not the user's): 'started', 'busy'
   * while another unexpired turn holds it, 'inactive' when the thread is locked or closed (nothing written then).
   * An expired turn's process died: `interrupted()` is stored first, then the turn taken.
   */
  beginTurn(userId: string, threadId: string, lease: TurnLease): Promise<TurnStart>;
  /** Extends the lease; false when this turn no longer holds it. */
  renewTurn(userId: string, threadId: string, lease: Omit<TurnLease, 'interrupted'>): Promise<boolean>;
  /** Frees the thread if this turn still holds it. */
  endTurn(userId: string, threadId: string, turnId: string): Promise<void>;
  /** When the thread's turn expired (its process died), stores `interrupted()` and frees the thread; true if it did. */
  settleInterruptedTurn(userId: string, threadId: string, interrupted: () => ThreadItem): Promise<boolean>;
}

export type TurnLease = { turnId: string; ttlMs: number; interrupted: () => ThreadItem };
/** The thread as it was when the turn was asked for (its title, status and metadata), and whether the turn began. */
export type TurnStart = { thread: ThreadMetadata; begun: 'started' | 'busy' | 'inactive' };

export interface AttachmentsPort {
  /** two_phase attachments.create: pending row + Attachment JSON with upload_descriptor {url (absolute), method:"PUT", headers} */
  create(ctx: RequestCtx, params: { name: string; size: number; mime_type: string }): Promise<Attachment>;
  /** attachments.delete: bytes + row; 404 AppError when missing or not yours */
  delete(ctx: RequestCtx, attachmentId: string): Promise<void>;
  /** ids in input.attachments: all must be the user's and ready, else 404 AppError (checked before streaming) */
  loadForMessage(ctx: RequestCtx, ids: string[]): Promise<Attachment[]>;
  /** sets thread_id on the rows when the user message is stored */
  bindToThread(ctx: RequestCtx, ids: string[], threadId: string): Promise<void>;
  /** fresh Attachment JSON (newly signed preview_url) for items being read; unknown ids are dropped */
  present(ctx: RequestCtx, ids: string[]): Promise<Attachment[]>;
}
