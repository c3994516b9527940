/** How many generated payloads fuzz.test.ts runs per property (also the README's figures). */
export const FUZZ_RUNS = {
  /** valid documents through the data property */
  valid: 300,
  /** near-valid mutations of the fixture or of a generated document */
  near: 1000,
  /** arbitrary values: JSON values, exotic objects, NaN, primitives */
  arbitrary: 300,
  /** JSON texts through fetch and JSON.parse */
  json: 200,
} as const;
