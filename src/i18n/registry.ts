/**
 * Message tables by language. English is built in; Spanish and German are separate modules
 * (`ai-risk-card/i18n/es`, `…/de`) that register themselves when imported, so pages that do
 * not need them do not download them. A card's `strings` property overrides any message.
 */
import { en, type Messages } from './en.js';

const tables = new Map<string, Partial<Messages>>([['en', en]]);
const merged = new Map<string, Messages>();

/** Make a message table available to every card whose language is `lang` (e.g. "es"). */
export function registerStrings(lang: string, table: Partial<Messages>) {
  tables.set(lang.toLowerCase(), table);
  merged.clear();
}

/** Merge one level deep, so an override of one level word keeps the others. */
function merge(base: Messages, over?: Partial<Messages>): Messages {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over ?? {})) {
    const b = (base as Record<string, unknown>)[k];
    // An override of the wrong kind (a string where a function is expected) would break every
    // render; it is ignored and the built-in message kept.
    if (typeof v !== typeof b || v === null) continue;
    out[k] = typeof v === 'object' ? { ...(b as object), ...(v as object) } : v;
  }
  return out as Messages;
}

/** The messages for a language ("es-MX" falls back to "es", then English), plus overrides. */
export function messages(lang: string, override?: Partial<Messages>): Messages {
  const l = lang.toLowerCase();
  let m = merged.get(l);
  if (!m) merged.set(l, (m = merge(en, tables.get(l) ?? tables.get(l.split('-')[0]))));
  return override ? merge(m, override) : m;
}
