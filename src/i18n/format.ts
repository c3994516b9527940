/**
 * Intl formatters, created once per (locale, options) and shared by every card on the page:
 * building an Intl.NumberFormat is far costlier than using one.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function get<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: 'n' | 'd', lang: string, opts: object): T {
  const key = kind + lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    try {
      f = kind === 'n' ? new Intl.NumberFormat(lang, opts) : new Intl.DateTimeFormat(lang, opts);
    } catch {
      // An invalid lang tag ("en_US") falls back to English with the same options; an invalid
      // currency code too, then without it.
      try {
        f = kind === 'n' ? new Intl.NumberFormat('en', opts) : new Intl.DateTimeFormat('en', opts);
      } catch {
        f = new Intl.NumberFormat('en');
      }
    }
    cache.set(key, f);
  }
  return f as T;
}

export const number = (lang: string, n: number, opts: Intl.NumberFormatOptions = {}) =>
  get<Intl.NumberFormat>('n', lang, opts).format(n);

export const money = (lang: string, n: number, currency: string) =>
  number(lang, n, { style: 'currency', currency, maximumFractionDigits: n < 1000 ? 2 : 0 });

/** Signed percent with one decimal, e.g. "+4.2%". */
export const pct = (lang: string, n: number) =>
  number(lang, n / 100, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** A YYYY-MM-DD date in the reader's words, e.g. "Jan 15, 2026". */
export function date(lang: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  // setUTCFullYear, not Date.UTC: that reads years 0-99 as 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  // An impossible date (2026-02-31) would roll over to another day: show it as written instead.
  return t.getUTCDate() === d ? get<Intl.DateTimeFormat>('d', lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(t) : iso;
}
