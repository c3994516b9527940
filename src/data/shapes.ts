/**
 * The card's validator: walks a compiled schema (data/shapes.gen.ts, generated from the zod
 * contract by scripts/gen-shapes.ts) and answers exactly as zod does on the contract: the same
 * output (unknown keys stripped) and the same first issue, in the same words
 * (test/node/shapes.test.ts compares the two on generated documents). About 1 kB instead of
 * zod's 7 kB in the bundle, where every kilobyte counts against the budget.
 */
import { formatPath, type ValidationResult } from './constants.js';

export type Check =
  readonly ['re', RegExp, string] | readonly ['ge' | 'gt' | 'le' | 'lt' | 'max' | 'min' | 'mul', number, string];
export type Shape =
  | readonly ['s' | 'n', readonly Check[]]
  | readonly ['l', readonly unknown[], string]
  | readonly ['o', { readonly [key: string]: Shape }]
  | readonly ['a', Shape, readonly Check[]]
  | readonly ['?', Shape];

const TYPE = { s: 'string', n: 'number', o: 'object', a: 'array' } as const;

/** zod's test for multipleOf: a remainder within rounding error of a whole quotient is none. */
function remainder(val: number, step: number) {
  const ratio = val / step;
  const whole = Math.round(ratio);
  return Math.abs(ratio - whole) < 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1) ? 0 : ratio - whole;
}

function pass([op, arg]: Check, v: any): boolean {
  switch (op) {
    case 're':
      arg.lastIndex = 0;
      return arg.test(v);
    case 'ge':
      return v >= arg;
    case 'gt':
      return v > arg;
    case 'le':
      return v <= arg;
    case 'lt':
      return v < arg;
    case 'max':
      return v.length <= arg;
    case 'min':
      return v.length >= arg;
  }
  return remainder(v, arg) === 0;
}

class Issue {
  constructor(
    readonly path: PropertyKey[],
    readonly message: string,
  ) {}
}

function run(s: Shape, v: any, path: PropertyKey[]): unknown {
  const t = s[0];
  if (t === '?') return v === undefined ? v : run(s[1], v, path);
  if (t === 'l') {
    if (!s[1].includes(v)) throw new Issue(path, s[2]);
    return v;
  }
  const ok =
    t === 's'
      ? typeof v === 'string'
      : t === 'n'
        ? typeof v === 'number' && Number.isFinite(v)
        : t === 'a'
          ? Array.isArray(v)
          : !!v && typeof v === 'object' && !Array.isArray(v);
  if (!ok) throw new Issue(path, `expected ${TYPE[t]}`);
  let out = v;
  if (t === 'a') out = v.map((x: unknown, i: number) => run(s[1], x, [...path, i]));
  if (t === 'o') {
    out = {};
    for (const k in s[1]) {
      const r = run(s[1][k], v[k], [...path, k]);
      if (r !== undefined || k in v) out[k] = r;
    }
  }
  // Checks run after the value's own parts, as in zod.
  for (const c of t === 'a' ? s[2] : t === 'o' ? [] : s[1]) if (!pass(c, v)) throw new Issue(path, c[2]);
  return out;
}

/** Validate a value against a compiled schema; on failure name the first bad field. */
export function validateShape<T>(shape: Shape, value: unknown): ValidationResult<T> {
  try {
    return { ok: true, data: run(shape, value, []) as T };
  } catch (e) {
    if (!(e instanceof Issue)) throw e;
    return { ok: false, path: formatPath(e.path), message: e.message };
  }
}
