import { monotonicFactory } from 'ulid';

/** Strictly increasing ULIDs, so messages sent in order also sort in order. */
export const nextId = monotonicFactory();
