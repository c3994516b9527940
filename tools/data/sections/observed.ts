/**
 * Observed use (Microsoft Copilot, Claude): signals kept apart from the rated score, each worded
 * as a rank ("higher than 96 % of occupations"), never as an ordinal percentile.
 */
import type { Signal } from '../../../src/data/contract.ts';
import { OBSERVED } from '../meta.ts';

export interface ObservedRank {
  /** Share of the compared occupations with strictly lower use, whole percent (0–99). */
  rank: number;
  /** How many occupations are compared. */
  of: number;
}

/** "higher than 96 % of the 785 occupations …" / "the lowest of the 785 occupations …" */
export function rankPhrase(r: ObservedRank, among: string): string {
  return r.rank === 0 ? `at or tied for the lowest of the ${r.of} ${among}` : `higher than ${r.rank}% of the ${r.of} ${among}`;
}

export const COPILOT_AMONG = 'occupations in Microsoft’s Copilot data';
export const CLAUDE_AMONG = 'occupations with tasks found in Claude conversations';

/** A share of conversations: one decimal from 1 %, two significant digits below. */
export const share = (p: number): string => `${p >= 1 ? p.toFixed(1) : Number(p.toPrecision(2))}%`;

export function copilotSignal(o: ObservedRank & { value: number; soc: string; shared: number }): Signal {
  const group = o.shared > 1 ? ` (SOC ${o.soc}, a group of ${o.shared} O*NET occupations)` : ` (SOC ${o.soc})`;
  return {
    id: OBSERVED.copilot.id,
    label: OBSERVED.copilot.label,
    kind: 'observed',
    score: o.rank,
    note: `AI applicability ${o.value.toFixed(3)}${group} in Bing Copilot conversations (US, Jan–Sep 2024): ${rankPhrase(o, COPILOT_AMONG)}. Observed use, not part of the exposure score.`,
  };
}

export function claudeSignal(o: ObservedRank & { pct: number; matched: number }): Signal {
  return {
    id: OBSERVED.claude.id,
    label: OBSERVED.claude.label,
    kind: 'observed',
    score: o.rank,
    note: `${o.matched} matched task${o.matched === 1 ? '' : 's'}, ${share(o.pct)} of Claude.ai conversations (Anthropic Economic Index, Feb 2025; a task shared by several occupations is split among them): ${rankPhrase(o, CLAUDE_AMONG)}. Observed use, not part of the exposure score.`,
  };
}
