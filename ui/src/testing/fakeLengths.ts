// The fake backend's agenda lengths, as Rust's live::lengths offers them and
// Agenda::from_technique builds them: the standard agenda and each variant's, and which
// one the agenda is now planned for.
import type { Agenda } from '../lib/bindings/Agenda';
import type { AgendaLength } from '../lib/bindings/AgendaLength';
import type { Technique } from '../lib/bindings/Technique';

/** The technique's steps in order, ids 1, 2, 3..., timed for the variant (or standard). */
export function agendaFor(technique: Technique, variant: string | null): Agenda {
  const chosen = technique.variants.find((v) => v.key === variant);
  return {
    steps: technique.steps.map((step, index) => ({
      id: index + 1,
      key: step.key,
      title: step.title,
      questions: [...step.questions],
      prompts: [...step.prompts],
      planned_secs: (chosen?.step_minutes[index] ?? step.default_minutes) * 60,
      optional: step.optional,
    })),
  };
}

export function lengthsOf(technique: Technique, agenda: Agenda): AgendaLength[] {
  if (technique.variants.length === 0 || technique.own_agenda) return [];
  const length = (variant: string | null, name: string, duration: string | null): AgendaLength => {
    const planned = agendaFor(technique, variant);
    return {
      variant,
      name,
      duration,
      minutes: Math.floor(planned.steps.reduce((sum, s) => sum + s.planned_secs, 0) / 60),
      current: planned.steps.length === agenda.steps.length && planned.steps.every((s, i) => s.planned_secs === agenda.steps[i]?.planned_secs),
    };
  };
  return [length(null, 'Standard', null), ...technique.variants.map((v) => length(v.key, v.name, v.duration.label))];
}
