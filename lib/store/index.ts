// The server-side persistence of ChatKit threads and items (Prisma). Every function takes the user.
export { prismaStore, addThreadItem, itemFromRow, threadFromRow } from './chatkit-store';
