// A technique's agenda lengths: its standard agenda and each variant's (such as the
// one-day form of a technique), built as Rust's Agenda::from_technique builds them, and
// which of them the agenda now matches, read from its planned minutes.
import type { Agenda } from './bindings/Agenda';
import type { Technique } from './bindings/Technique';
import { formatMinutes } from './dates';

export const STANDARD = 'standard';

export interface AgendaLengthOption {
  /** "standard", or the variant's key. */
  key: string;
  label: string;
  /** Minutes for each of the technique's steps, in order. */
  minutes: number[];
}

export function lengthOptions(technique: Technique): AgendaLengthOption[] {
  const standard = technique.steps.map((step) => step.default_minutes);
  const total = standard.reduce((sum, m) => sum + m, 0);
  return [
    { key: STANDARD, label: `Standard (${formatMinutes(total)})`, minutes: standard },
    ...technique.variants.map((variant) => ({
      key: variant.key,
      label: `${variant.name} (${variant.duration.label})`,
      // A step the variant gives no minutes for keeps its default, as in Rust.
      minutes: technique.steps.map((step, index) => variant.step_minutes[index] ?? step.default_minutes),
    })),
  ];
}

/** The technique's steps in order, ids 1, 2, 3..., planned for the option's minutes. */
export function agendaFor(technique: Technique, option: AgendaLengthOption): Agenda {
  return {
    steps: technique.steps.map((step, index) => ({
      id: index + 1,
      key: step.key,
      title: step.title,
      questions: [...step.questions],
      prompts: [...step.prompts],
      planned_secs: (option.minutes[index] ?? step.default_minutes) * 60,
      optional: step.optional,
    })),
  };
}

/** The option whose minutes the agenda's steps are planned for, or null once edited by hand. */
export function currentLength(options: readonly AgendaLengthOption[], agenda: Agenda): string | null {
  const found = options.find(
    (option) =>
      option.minutes.length === agenda.steps.length && agenda.steps.every((step, index) => step.planned_secs === (option.minutes[index] ?? 0) * 60),
  );
  return found?.key ?? null;
}
