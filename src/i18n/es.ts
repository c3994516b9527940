/**
 * Spanish UI strings for bundler users who want them in their main bundle: importing this module
 * registers them at once. Without it the card loads them on demand (src/i18n/locales/es.ts).
 */
import es from './locales/es.js';
import { registerStrings } from './registry.js';

registerStrings('es', es);

export { es };
