/** The typed error every way of failing to show data ends in. No dependencies: shared by all chunks. */
export type ErrorKind = 'not-found' | 'network' | 'http' | 'invalid-json' | 'invalid-data' | 'timeout';

export class LoadError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}
