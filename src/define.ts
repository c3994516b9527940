/**
 * Registers <ai-risk-card>. This is the CDN bundle's entry (dist/ai-risk-card.js) and the
 * package's `./define` export. Loading it twice, or next to another version, never throws.
 */
import { AiRiskCard, type ErrorDetail, type LoadDetail } from './ai-risk-card.js';

AiRiskCard.define();

export { AiRiskCard };

declare global {
  interface HTMLElementTagNameMap {
    'ai-risk-card': AiRiskCard;
  }
  interface HTMLElementEventMap {
    'ai-risk-card-load': CustomEvent<LoadDetail>;
    'ai-risk-card-error': CustomEvent<ErrorDetail>;
  }
}
