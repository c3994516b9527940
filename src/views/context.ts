import type { Messages } from '../i18n/en.js';

/** What every view needs besides its data: the strings and the locale to format with. */
export interface ViewContext {
  m: Messages;
  lang: string;
}
