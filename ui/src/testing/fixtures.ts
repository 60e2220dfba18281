// The technique library as Rust serves it, for the component tests and the browser
// preview: recorded by the Rust bindings test, never written by hand.
import type { Technique } from '../lib/bindings/Technique';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import recorded from './recorded/catalogue.json';

/** The library as Rust serves it, recorded by the Rust bindings test (never edited). */
export const CATALOGUE = recorded as unknown as Technique[];

/** A technique exactly as Rust's catalogue has it. */
export function catalogued(id: TechniqueId): Technique {
  const technique = CATALOGUE.find((t) => t.id === id);
  if (!technique) throw new Error(`The recorded catalogue has no ${id}`);
  return technique;
}

/** The key of the step at this agenda id in a technique's own agenda (ids 1, 2, 3, ...). */
export function keyAt(id: TechniqueId, stepId: number | null): string | null {
  return stepId === null ? null : (catalogued(id).steps[stepId - 1]?.key ?? null);
}
