/**
 * JSX types of <ai-risk-card> for React 19 (`ai-risk-card/react`). Types only: the module is
 * empty at run time, and react is not a dependency of the package. Load them once in the app:
 *
 *     import type {} from 'ai-risk-card/react';
 *
 * React 19 passes a prop to a custom element as a property when the element has one (`data`,
 * `strings`), else as an attribute, and `on<event>` props add listeners, so
 * `onai-risk-card-load={(e) => …}` listens to `ai-risk-card-load`. See docs/frameworks.md.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AiRiskCard, ErrorDetail, LoadDetail } from './ai-risk-card.js';

/** The element's attributes, as in HTML. These also render on the server. */
export interface AiRiskCardAttributes {
  occupation?: string;
  'data-source'?: string;
  src?: string;
  theme?: AiRiskCard['theme'];
  timeout?: number | string;
  loading?: AiRiskCard['loading'];
  variant?: AiRiskCard['variant'];
  sections?: string;
  'job-title'?: string;
  'heading-level'?: number | string;
  /** Message overrides as JSON, as in HTML; in JSX pass the object (the `strings` property). */
  strings?: string;
}

/**
 * Properties. React 19 sets them as properties only once the element is defined (import
 * `ai-risk-card/define` before rendering), and never on the server.
 */
export type AiRiskCardProperties = Partial<Pick<AiRiskCard, 'data' | 'strings' | 'dataSource' | 'jobTitle' | 'headingLevel'>>;

/** Event props: React 19 listens to the event named after `on`. */
export interface AiRiskCardEvents {
  'onai-risk-card-load'?: (event: CustomEvent<LoadDetail>) => void;
  'onai-risk-card-error'?: (event: CustomEvent<ErrorDetail>) => void;
}

/** Everything `<ai-risk-card>` accepts in JSX, with `ref` typed as the element. */
export type AiRiskCardProps = Omit<DetailedHTMLProps<HTMLAttributes<AiRiskCard>, AiRiskCard>, keyof AiRiskCardAttributes | keyof AiRiskCardProperties> &
  Omit<AiRiskCardAttributes, keyof AiRiskCardProperties> &
  AiRiskCardProperties &
  AiRiskCardEvents;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ai-risk-card': AiRiskCardProps;
    }
  }
}
