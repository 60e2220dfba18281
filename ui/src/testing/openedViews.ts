// What the console reads of a technique's record in a session it has not touched, for
// the techniques whose rules are recorded rather than faked: the reply to the first read
// of the "opened" scenario in transcripts/<technique>.json. Tests of other screens (the
// lessons, the run screen) that happen to open such a session draw that, not a guess.
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import type { TechniqueView } from '../lib/bindings/TechniqueView';
import { Replay, transcriptOf } from './replay';

const recordings = import.meta.glob('./transcripts/*.json', { eager: true, import: 'default' });

const opened = new Map<string, TechniqueView>(
  Object.entries(recordings).flatMap(([path, json]) => {
    const technique = path.replace('./transcripts/', '').replace('.json', '');
    const transcript = transcriptOf(json);
    return transcript['opened'] ? [[technique, new Replay(transcript, 'opened').first<TechniqueView>('technique_get')]] : [];
  }),
);

/** The recorded view of an untouched record of `technique`, or null when its rules are still faked. */
export function openedView(technique: TechniqueId): TechniqueView | null {
  const view = opened.get(technique);
  return view ? structuredClone(view) : null;
}
