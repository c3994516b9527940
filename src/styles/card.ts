import { unsafeCSS } from 'lit';
import { baseStyles } from './base.js';
import { gaugeStyles } from './gauge.js';
import { sectionsStyles } from './sections.js';
import { statsStyles } from './stats.js';
import { tasksStyles } from './tasks.js';
import { statesStyles } from './states.js';
import { tokenRules } from './tokens.js';

/**
 * The card's styles, one sheet per view, composed in this order (later sheets refine earlier
 * ones). Two tiers of tokens: public `--ai-risk-card-*` properties (styles/tokens.ts) are read
 * once, on :host, into private `--_*` ones; only the private ones are used inside.
 */
export const styles = [unsafeCSS(tokenRules()), baseStyles, gaugeStyles, statsStyles, tasksStyles, sectionsStyles, statesStyles];
