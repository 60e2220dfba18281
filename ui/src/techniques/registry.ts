// The one list of the UI's technique parts: for each technique behind Rust's contract, its
// console panel (if it keeps a record), its projector stage, and for one that runs as a
// series its own screen in the main navigation. A technique Rust adds to the registry
// fails the type check here until its parts are listed.
import type { Component } from 'svelte';
import type { TechniqueKeys } from '../lib/liveShortcuts';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import type { TechniqueRecord } from '../lib/bindings/TechniqueRecord';
import type { TechniqueStage } from '../lib/bindings/TechniqueStage';
import LearningSetPanel from './action-learning-sets/LearningSetPanel.svelte';
import LearningSetsScreen from './action-learning-sets/LearningSetsScreen.svelte';
import SetStage from './action-learning-sets/SetStage.svelte';
import ReviewStage from './after-action-review/ReviewStage.svelte';
import type { LiveView } from '../lib/bindings/LiveView';
import RunStraightAfter from './after-action-review/RunStraightAfter.svelte';
import BoardStage from './appreciative-inquiry/BoardStage.svelte';
import InquiryBoardPanel from './appreciative-inquiry/InquiryBoardPanel.svelte';
import ActionPlanPanel from './before-action-review/ActionPlanPanel.svelte';
import PlanStage from './before-action-review/PlanStage.svelte';
import FishbowlPanel from './fishbowl/FishbowlPanel.svelte';
import FishbowlStage from './fishbowl/FishbowlStage.svelte';
import { FISHBOWL_KEYS } from './fishbowl/keys';
import CafePanel from './knowledge-cafe/CafePanel.svelte';
import CafeScreen from './knowledge-cafe/CafeScreen.svelte';
import { CAFE_KEYS } from './knowledge-cafe/keys';
import { tablePlanUp } from './knowledge-cafe/screen';
import type { PanelProps, ReminderProps, ScreenProps, StageProps } from './parts';
import FeedbackStage from './peer-assist/FeedbackStage.svelte';
import PeerAssistPanel from './peer-assist/PeerAssistPanel.svelte';
import MarksPanel from './retrospect/MarksPanel.svelte';
import MarksStage from './retrospect/MarksStage.svelte';

type Keeping = TechniqueRecord['technique'];
type RecordOf<K extends Keeping> = Extract<TechniqueRecord, { technique: K }>['record'];
type DisplayOf<K extends Keeping> = Extract<TechniqueStage, { technique: K }>['display'];

interface Parts<K extends Keeping> {
  /** The console's editor of the record; null for a technique that keeps none. */
  panel: Component<PanelProps<RecordOf<K>>> | null;
  /** Its part of the projector under the question; null for one that only fills the screen. */
  stage: Component<StageProps<DisplayOf<K>>> | null;
  /** Its part that fills the whole projector, and when it is up (a table plan). */
  screen?: { component: Component<ScreenProps<DisplayOf<K>>>; up: (display: DisplayOf<K>, view: LiveView, remainingMs: number) => boolean };
  /** The stage puts its own question up, in place of the step's. */
  ownQuestion?: true;
  /** The technique's own live keys, handled by what its panel lends the console. */
  keys?: TechniqueKeys;
  /** For a technique that runs as a series: its screen of them, under this heading in the main navigation. */
  series?: SeriesPart;
}

/** A technique's screen of its series (recurring groups, programmes over weeks). */
export interface SeriesPart {
  label: string;
  screen: Component;
}

const PARTS: { [K in Keeping]: Parts<K> } = {
  'after-action-review': { panel: null, stage: ReviewStage },
  'before-action-review': { panel: ActionPlanPanel, stage: PlanStage },
  retrospect: { panel: MarksPanel, stage: MarksStage },
  'appreciative-inquiry': { panel: InquiryBoardPanel, stage: BoardStage },
  'peer-assist': { panel: PeerAssistPanel, stage: FeedbackStage },
  'action-learning-sets': { panel: LearningSetPanel, stage: SetStage, series: { label: 'Learning sets', screen: LearningSetsScreen } },
  fishbowl: { panel: FishbowlPanel, stage: FishbowlStage, ownQuestion: true, keys: FISHBOWL_KEYS },
  'knowledge-cafe': { panel: CafePanel, stage: null, screen: { component: CafeScreen, up: tablePlanUp }, keys: CAFE_KEYS },
};

/** A technique's own word in the "Before you start" reminder, for those that have one. */
const REMINDERS: Partial<Record<TechniqueId, Component<ReminderProps>>> = {
  'after-action-review': RunStraightAfter,
};

/** The technique's word on timing before the start, if it has one. */
export function reminderOf(technique: TechniqueId): Component<ReminderProps> | null {
  return REMINDERS[technique] ?? null;
}

// TypeScript cannot follow that a record and the panel found by its own tag belong
// together; the tag lookup guarantees it, so the widening happens once, here.
/** The console panel that edits this record, if the technique keeps one. */
export function panelOf(record: TechniqueRecord): Component<PanelProps<TechniqueRecord['record']>> | null {
  return PARTS[record.technique].panel as Component<PanelProps<TechniqueRecord['record']>> | null;
}

/** The technique's own live keys (none for most). */
export function keysOf(technique: TechniqueId | null): TechniqueKeys {
  if (technique === null || !(technique in PARTS)) return [];
  return PARTS[technique as Keeping].keys ?? [];
}

/** Whether the stage puts its own question up, so the step's is left out. */
export function asksOwnQuestion(stage: TechniqueStage): boolean {
  return PARTS[stage.technique].ownQuestion === true;
}

/** The projector stage that draws this part of the room's view under the question, if any. */
export function stageOf(stage: TechniqueStage): Component<StageProps<TechniqueStage['display']>> | null {
  return PARTS[stage.technique].stage as Component<StageProps<TechniqueStage['display']>> | null;
}

/** The part that fills the whole projector now, if the technique has one and it is up. */
export function screenOf(stage: TechniqueStage, view: LiveView, remainingMs: number): Component<ScreenProps<TechniqueStage['display']>> | null {
  const screen = PARTS[stage.technique].screen as
    | { component: Component<ScreenProps<TechniqueStage['display']>>; up: (display: TechniqueStage['display'], view: LiveView, remainingMs: number) => boolean }
    | undefined;
  return screen && screen.up(stage.display, view, remainingMs) ? screen.component : null;
}

/** Each technique that runs as a series, with its screen, in the registry's order. */
export function seriesParts(): { technique: Keeping; part: SeriesPart }[] {
  return (Object.keys(PARTS) as Keeping[]).flatMap((technique) => {
    const part = PARTS[technique].series;
    return part ? [{ technique, part }] : [];
  });
}

/** The screen of a technique's series, if it runs as one. */
export function seriesScreenOf(technique: TechniqueId): Component | null {
  return technique in PARTS ? (PARTS[technique as Keeping].series?.screen ?? null) : null;
}
