// The library's rules: which techniques fit the time available, which match a search,
// and how they group under the framework's three phases. How long a technique and its
// forms take is Rust's (`agenda_minutes`, `shortest_minutes`, a variant's `minutes`).
import type { Phase } from './bindings/Phase';
import type { Technique } from './bindings/Technique';
import type { Variant } from './bindings/Variant';
import { matchesWords } from './search';

export interface PhaseInfo {
  phase: Phase;
  heading: string;
  /** The framework's own framing questions for the phase. */
  question: string;
}

export const PHASES: readonly PhaseInfo[] = [
  { phase: 'before', heading: 'Learning before', question: 'Who has done similar work before?' },
  {
    phase: 'during',
    heading: 'Learning during',
    question: 'What have we learned so far? Are we on track?',
  },
  { phase: 'after', heading: 'Learning after', question: 'What did we achieve? What went well?' },
];

export const PHASE_NAMES: Record<Phase, string> = {
  before: 'Before',
  during: 'During',
  after: 'After',
};

/** The time choices of the "I have … minutes" control, read as "I have 1 hour". */
export const MINUTE_CHOICES: readonly { minutes: number; label: string }[] = [
  { minutes: 15, label: '15 minutes' },
  { minutes: 30, label: '30 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 90, label: '1½ hours' },
  { minutes: 120, label: '2 hours' },
  { minutes: 240, label: 'half a day (4 hours)' },
];

/** Variants to point out because the technique only fits through them. */
export function variantsThatFit(technique: Technique, minutes: number | null): Variant[] {
  if (minutes === null || technique.duration.min_minutes <= minutes) return [];
  return technique.variants.filter((variant) => variant.duration.min_minutes <= minutes);
}

export function matchesSearch(technique: Technique, query: string): boolean {
  return matchesWords(query, technique.name, technique.purpose);
}

export interface LibraryFilter {
  text: string;
  minutes: number | null;
}

export function filterTechniques(all: readonly Technique[], filter: LibraryFilter): Technique[] {
  const { minutes } = filter;
  return all.filter(
    (technique) =>
      matchesSearch(technique, filter.text) && (minutes === null || technique.shortest_minutes <= minutes),
  );
}

export interface PhaseGroup extends PhaseInfo {
  techniques: Technique[];
}

/** One group per phase, in framework order; a technique serving several phases is in each. */
export function groupByPhase(techniques: readonly Technique[]): PhaseGroup[] {
  return PHASES.map((info) => ({
    ...info,
    techniques: techniques.filter((technique) => technique.phases.includes(info.phase)),
  }));
}
