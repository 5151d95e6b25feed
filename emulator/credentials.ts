/**
 * The credentials every client of the emulator signs with. Its endpoints
 * check that a request is signed, not by whom; the target file hands these
 * to the harness, and each execution environment gets them as a Lambda
 * runtime gets its role's.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
