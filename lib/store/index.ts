// The Store: the only gate to Thread, ThreadItem and Attachment rows. Every function takes the user
// (lib/store/admin.ts is the one admin-scoped exception, and audits what it shows).
import 'server-only';
export {
  prismaStore,
  addThreadItem,
  addTaskItem,
  itemFromRow,
  threadFromRow,
  threadDiagramId,
  userMessageRevisions,
  loadThreadForExport,
} from './chatkit-store';
