/** Package entry: the class, its types and the data contract. No side effects (no registration). */
export { AiRiskCard } from './ai-risk-card.js';
export type { ErrorDetail, LoadDetail, Match, Section } from './types.js';
export type { Strings } from './i18n/registry.js';
export {
  occupationSchema,
  validateOccupation,
  validateWith,
  levelOf,
  LEVELS,
  LEVEL_BANDS,
  LEVEL_WORDS,
  CODE,
  SOC,
} from './data/contract.js';
export { indexSchema, titlesSchema, metaSchema, type IndexFile, type TitlesFile, type MetaFile } from './data/api.js';
export { TOKENS, type Token, type TokenName } from './styles/tokens.js';
export type { Occupation, Level, Signal, Task, Source, ValidationResult } from './data/contract.js';
export type { ErrorKind } from './data/errors.js';
export { VERSION } from './version.js';
