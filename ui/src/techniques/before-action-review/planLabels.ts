// The words a Before Action Review's plan is read in: the risk matrix's scales as people
// say them, each rating's name, and the risks put in the order Rust ranked them.
import type { Likelihood } from '../../lib/bindings/Likelihood';
import type { Risk } from '../../lib/bindings/Risk';
import type { RiskRating } from '../../lib/bindings/RiskRating';
import type { RiskScore } from '../../lib/bindings/RiskScore';
import type { Severity } from '../../lib/bindings/Severity';

export const LIKELIHOODS: readonly { value: Likelihood; label: string }[] = [
  { value: 'rare', label: 'Rare' },
  { value: 'unlikely', label: 'Unlikely' },
  { value: 'possible', label: 'Possible' },
  { value: 'likely', label: 'Likely' },
  { value: 'almost-certain', label: 'Almost certain' },
];

export const SEVERITIES: readonly { value: Severity; label: string }[] = [
  { value: 'negligible', label: 'Negligible' },
  { value: 'minor', label: 'Minor' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'major', label: 'Major' },
  { value: 'catastrophic', label: 'Catastrophic' },
];

export const RATING_LABELS: Record<RiskRating, string> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  extreme: 'Extreme',
};

export function likelihoodLabel(value: Likelihood): string {
  return LIKELIHOODS.find((l) => l.value === value)?.label ?? value;
}

export function severityLabel(value: Severity): string {
  return SEVERITIES.find((s) => s.value === value)?.label ?? value;
}

export function asLikelihood(value: string): Likelihood {
  return LIKELIHOODS.find((l) => l.value === value)?.value ?? 'possible';
}

export function asSeverity(value: string): Severity {
  return SEVERITIES.find((s) => s.value === value)?.value ?? 'moderate';
}

/** "Likely × Major impact": a risk's place on the matrix in words. */
export function matrixWords(likelihood: Likelihood, impact: Severity): string {
  return `${likelihoodLabel(likelihood)} × ${severityLabel(impact)} impact`;
}

export interface RankedRisk {
  risk: Risk;
  /** Null while Rust has not yet scored a risk just added. */
  score: RiskScore | null;
}

/** The risks worst first as Rust ranked them; any it has not scored yet come last. */
export function rankRisks(risks: readonly Risk[], scores: readonly RiskScore[]): RankedRisk[] {
  const ranked: RankedRisk[] = [];
  for (const score of scores) {
    const risk = risks.find((r) => r.id === score.id);
    if (risk) ranked.push({ risk, score });
  }
  for (const risk of risks) {
    if (!scores.some((s) => s.id === risk.id)) ranked.push({ risk, score: null });
  }
  return ranked;
}
