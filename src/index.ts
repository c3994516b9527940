/** Package entry: the class, its types and the data contract. No side effects (no registration). */
export { AiRiskCard, type ErrorDetail, type LoadDetail } from './ai-risk-card.js';
export { occupationSchema, validateOccupation, levelOf, LEVELS } from './data/contract.js';
export type { Occupation, Level, Signal, Task, Source, ValidationResult } from './data/contract.js';
export type { ErrorKind } from './data/load.js';
export { VERSION } from './version.js';
