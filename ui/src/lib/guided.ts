// Which techniques keep a guided record of their own, and whether the room's display of
// one has something to show at this moment (Rust decides the moments; this reads them).
import type { GuidedDisplay } from './bindings/GuidedDisplay';
import type { TechniqueId } from './bindings/TechniqueId';

export const GUIDED_TECHNIQUES: readonly TechniqueId[] = [
  'before-action-review',
  'retrospect',
  'appreciative-inquiry',
  'peer-assist',
  'action-learning-sets',
];

export function keepsGuidedRecord(technique: TechniqueId): boolean {
  return GUIDED_TECHNIQUES.includes(technique);
}

/** True when the display has a part of the record to put up instead of the question list. */
export function guidedShows(display: GuidedDisplay): boolean {
  switch (display.technique) {
    case 'before-action-review':
      return display.display.part !== null;
    case 'retrospect':
      return display.display.showing_marks || (display.display.showing_answers && display.display.answers.length > 0);
    case 'appreciative-inquiry': {
      const d = display.display;
      if (d.stage === 'stories') return d.stories.length > 0;
      if (d.stage === 'dreams') return d.groups.some((g) => g.dreams.length > 0);
      if (d.stage === 'board') return d.chains.length > 0;
      return false;
    }
    case 'peer-assist':
      return display.display.showing;
    case 'action-learning-sets':
      return display.display.showing_order || display.display.presenter !== null;
  }
}
