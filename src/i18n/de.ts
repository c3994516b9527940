/**
 * German UI strings for bundler users who want them in their main bundle: importing this module
 * registers them at once. Without it the card loads them on demand (src/i18n/locales/de.ts).
 */
import de from './locales/de.js';
import { registerStrings } from './registry.js';

registerStrings('de', de);

export { de };
