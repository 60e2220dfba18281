// The fake backend's agenda lengths, looked up in what Rust recorded
// (recorded/lengths.json): each technique's agenda at each length, and the lengths the
// live view offers while that agenda is planned.
import type { Agenda } from '../lib/bindings/Agenda';
import type { AgendaLength } from '../lib/bindings/AgendaLength';
import type { Technique } from '../lib/bindings/Technique';
import recorded from './recorded/lengths.json';

interface AtLength {
  agenda: Agenda;
  lengths: AgendaLength[];
}

const LENGTHS = recorded as unknown as Record<string, Record<string, AtLength>>;

function atLengths(technique: Technique): AtLength[] {
  return Object.values(LENGTHS[technique.id] ?? {});
}

/** The technique's agenda as Rust plans it for the variant (or the standard length). */
export function agendaFor(technique: Technique, variant: string | null): Agenda {
  const found = LENGTHS[technique.id]?.[variant ?? 'standard'];
  if (!found) throw new Error(`Rust recorded no ${variant ?? 'standard'} agenda for ${technique.id}`);
  return structuredClone(found.agenda);
}

/** What Rust offered while this very agenda was planned; none marked current once it is edited. */
export function lengthsOf(technique: Technique, agenda: Agenda): AgendaLength[] {
  const all = atLengths(technique);
  const planned = all.find((at) => JSON.stringify(at.agenda) === JSON.stringify(agenda));
  if (planned) return structuredClone(planned.lengths);
  return (all[0]?.lengths ?? []).map((length) => ({ ...length, current: false }));
}
