/** The typed error every way of failing to show data ends in. No DOM, no Lit: shared by all chunks. */
import type { Detail } from '../i18n/details.js';

export type ErrorKind = 'not-found' | 'network' | 'http' | 'invalid-json' | 'invalid-data' | 'timeout';

export class LoadError extends Error {
  /** What exactly went wrong, as a message key and its arguments, shown in the card's language. */
  readonly detail: Detail;
  constructor(
    readonly kind: ErrorKind,
    ...detail: Detail
  ) {
    // The English words come with the details table, loaded when the error is shown (describe()).
    super(detail[0]);
    this.detail = detail;
  }
}
