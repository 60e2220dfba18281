// The fake backend's live session: a small TypeScript copy of the Rust agenda and timer
// state machine (same refusals, same sums), enough for component tests and the browser
// preview. It announces each transition with the "live-view" event, as the shell does.
import { emit } from '@tauri-apps/api/event';
import type { Agenda } from '../lib/bindings/Agenda';
import type { DisplayState } from '../lib/bindings/DisplayState';
import type { IpcError } from '../lib/bindings/IpcError';
import type { LiveCommand } from '../lib/bindings/LiveCommand';
import type { LiveState } from '../lib/bindings/LiveState';
import type { LiveView } from '../lib/bindings/LiveView';
import type { StepTiming } from '../lib/bindings/StepTiming';
import type { Thresholds } from '../lib/bindings/Thresholds';
import type { TimingSummary } from '../lib/bindings/TimingSummary';
import type { Warning } from '../lib/bindings/Warning';
import { warningFor } from '../lib/liveClock';

/** Milliseconds to whole seconds, half a second rounding up; never negative. */
function wholeSecs(ms: number): number {
  return Math.floor((Math.max(0, ms) + 500) / 1000);
}

const refuse = (message: string): IpcError => ({ kind: 'Invalid', message, field: null });
const ms = (iso: string | null): number => (iso ? Date.parse(iso) : 0);
const iso = (at: number): string => new Date(at).toISOString();

export function newLiveState(agenda: Agenda): LiveState {
  return {
    agenda,
    current: 0,
    question: 0,
    status: 'not-started',
    step_started_at: null,
    paused_at: null,
    paused_ms: 0,
    adjust_ms: 0,
    auto_advance: false,
    completed: [],
    started_at: null,
    finished_at: null,
    updated_at: null,
  };
}

const underWay = (s: LiveState): boolean => s.status === 'running' || s.status === 'paused';

function elapsed(s: LiveState, now: number): number {
  if (!s.step_started_at || !underWay(s)) return 0;
  const end = s.status === 'running' ? now : ms(s.paused_at);
  return Math.max(0, end - ms(s.step_started_at) - s.paused_ms);
}

const plannedMs = (s: LiveState): number => (s.agenda.steps[s.current]?.planned_secs ?? 0) * 1000;
const allowance = (s: LiveState): number => Math.max(0, plannedMs(s) + s.adjust_ms);
const remaining = (s: LiveState, now: number): number => (s.status === 'finished' ? 0 : allowance(s) - elapsed(s, now));

function requireUnderWay(s: LiveState): void {
  if (s.status === 'not-started') throw refuse('The session has not started yet: press Start first.');
  if (s.status === 'finished') throw refuse('This session has finished, so it can no longer change.');
}

function leave(s: LiveState, now: number): void {
  const step = s.agenda.steps[s.current];
  if (!step || !s.step_started_at) return;
  s.completed.push({
    step_id: step.id,
    title: step.title,
    started_at: s.step_started_at,
    ended_at: iso(now),
    active_ms: elapsed(s, now),
    planned_secs: step.planned_secs,
    adjust_ms: s.adjust_ms,
  });
}

function enter(s: LiveState, index: number, now: number): void {
  s.current = index;
  s.question = 0;
  s.step_started_at = iso(now);
  s.paused_at = s.status === 'paused' ? iso(now) : null;
  s.paused_ms = 0;
  s.adjust_ms = 0;
}

function goTo(s: LiveState, index: number, now: number): void {
  requireUnderWay(s);
  leave(s, now);
  enter(s, index, now);
}

/** How many questions the current step has, when there are any to move between. */
function questionsToMoveBetween(s: LiveState): number {
  requireUnderWay(s);
  const count = s.agenda.steps[s.current]?.questions.length ?? 0;
  if (count === 0) throw refuse('This step has no questions to move between.');
  return count;
}

function checkedTitle(title: string): string {
  const clean = title.trim().replace(/\s+/g, ' ');
  if (clean === '') throw refuse('Give the step a title.');
  return clean;
}

function checkedSecs(secs: number): number {
  if (secs < 30) throw refuse('A step needs at least 30 seconds.');
  if (secs > 8 * 3600) throw refuse('A step can last at most 8 hours.');
  return secs;
}

function stepIndex(s: LiveState, id: number): number {
  const index = s.agenda.steps.findIndex((step) => step.id === id);
  if (index < 0) throw refuse('That step is no longer on the agenda.');
  return index;
}

/** The state after `command` at `now`, or the IpcError Rust would give. */
export function applyLive(before: LiveState, command: LiveCommand, now: number): LiveState {
  if (before.status === 'finished') throw refuse('This session has finished, so it can no longer change.');
  const s = structuredClone(before);
  const steps = s.agenda.steps;
  switch (command.type) {
    case 'Start':
      if (s.status !== 'not-started') throw refuse('The session is already under way.');
      s.status = 'running';
      s.started_at = iso(now);
      enter(s, 0, now);
      break;
    case 'Pause':
      if (s.status !== 'running') throw refuse('The timer is not running, so there is nothing to pause.');
      s.paused_at = iso(now);
      s.status = 'paused';
      break;
    case 'Resume':
      if (s.status !== 'paused') throw refuse('The timer is not paused, so there is nothing to resume.');
      s.paused_ms += Math.max(0, now - ms(s.paused_at));
      s.paused_at = null;
      s.status = 'running';
      break;
    case 'AddTime':
      requireUnderWay(s);
      s.adjust_ms = Math.min(86_400_000, Math.max(0, allowance(s) + command.secs * 1000)) - plannedMs(s);
      break;
    case 'Next':
      if (s.current + 1 >= steps.length) {
        requireUnderWay(s);
        throw refuse('This is the last step: use Finish to end the session.');
      }
      goTo(s, s.current + 1, now);
      break;
    case 'Previous':
      if (s.current === 0) {
        requireUnderWay(s);
        throw refuse('This is the first step: there is no step before it.');
      }
      goTo(s, s.current - 1, now);
      break;
    case 'GoTo':
      requireUnderWay(s);
      if (command.index >= steps.length) throw refuse(`There is no step ${command.index + 1} on an agenda of ${steps.length} steps.`);
      if (command.index !== s.current) goTo(s, command.index, now);
      break;
    case 'RestartStep':
      goTo(s, s.current, now);
      break;
    case 'Finish':
      requireUnderWay(s);
      leave(s, now);
      Object.assign(s, { status: 'finished', finished_at: iso(now), step_started_at: null, paused_at: null, paused_ms: 0, adjust_ms: 0 });
      break;
    case 'NextQuestion':
      if (s.question + 1 >= questionsToMoveBetween(s)) throw refuse("This is the step's last question: use Next to move on to the next step.");
      s.question += 1;
      break;
    case 'PreviousQuestion':
      questionsToMoveBetween(s);
      if (s.question === 0) throw refuse("This is the step's first question: there is no question before it.");
      s.question -= 1;
      break;
    case 'SetQuestion': {
      const count = questionsToMoveBetween(s);
      if (command.index >= count) throw refuse(`There is no question ${command.index + 1} in a step of ${count} questions.`);
      s.question = command.index;
      break;
    }
    case 'SetAutoAdvance':
      s.auto_advance = command.on;
      break;
    case 'AddStep': {
      const id = Math.max(0, ...steps.map((step) => step.id)) + 1;
      const step = { id, key: null, title: checkedTitle(command.title), questions: [], prompts: [], planned_secs: checkedSecs(command.minutes * 60), optional: false };
      steps.splice(command.at, 0, step);
      if (underWay(s) && command.at <= s.current) s.current += 1;
      break;
    }
    case 'RemoveStep': {
      const index = stepIndex(s, command.id);
      if (underWay(s) && index === s.current) throw refuse('This step is in progress: move to another step before removing it.');
      if (steps.length === 1) throw refuse('The agenda needs at least one step, so its only step cannot be removed.');
      steps.splice(index, 1);
      if (underWay(s) && index < s.current) s.current -= 1;
      break;
    }
    case 'MoveStep': {
      const { from, to } = command;
      if (from >= steps.length || to >= steps.length) throw refuse('That step is no longer on the agenda.');
      const [step] = steps.splice(from, 1);
      if (step) steps.splice(to, 0, step);
      if (underWay(s)) {
        const i = s.current;
        s.current = i === from ? to : from < i && i <= to ? i - 1 : to <= i && i < from ? i + 1 : i;
      }
      break;
    }
    case 'RetimeStep':
      steps[stepIndex(s, command.id)]!.planned_secs = checkedSecs(command.secs);
      break;
    case 'RenameStep':
      steps[stepIndex(s, command.id)]!.title = checkedTitle(command.title);
      break;
    case 'UseLength':
      throw refuse("That is not one of this technique's agenda lengths.");
    case 'SetAgenda':
      if (s.status !== 'not-started') throw refuse('The session is already under way.');
      s.agenda = structuredClone(command.agenda);
      s.current = 0;
      break;
  }
  s.question = Math.min(s.question, Math.max(0, (s.agenda.steps[s.current]?.questions.length ?? 0) - 1));
  s.updated_at = iso(now);
  return s;
}

function scheduleDelta(s: LiveState, now: number): number {
  const currentId = underWay(s) ? s.agenda.steps[s.current]?.id : undefined;
  const runsOf = (id: number) => s.completed.filter((r) => r.step_id === id);
  let delta = 0;
  for (const id of new Set(s.completed.map((r) => r.step_id))) {
    if (id === currentId) continue;
    const runs = runsOf(id);
    const planned = (runs.at(-1)?.planned_secs ?? 0) * 1000;
    delta += runs.reduce((sum, r) => sum + r.active_ms - r.adjust_ms, 0) - planned;
  }
  if (currentId !== undefined) {
    const runs = runsOf(currentId);
    const used = runs.reduce((sum, r) => sum + r.active_ms, 0) + elapsed(s, now);
    const added = runs.reduce((sum, r) => sum + r.adjust_ms, 0) + s.adjust_ms;
    delta += Math.max(0, used - Math.max(0, plannedMs(s) + added));
  }
  return delta;
}

export const DEFAULT_THRESHOLDS: Thresholds = { amber_secs: 120, red_secs: 30 };

export function liveView(sessionId: string, s: LiveState, display: DisplayState, now: number, thresholds = DEFAULT_THRESHOLDS): LiveView {
  const left = remaining(s, now);
  const following = s.agenda.steps.slice(s.current + 1).reduce((sum, step) => sum + step.planned_secs * 1000, 0);
  const warning: Warning = warningFor(left, thresholds, s.status);
  return {
    session_id: sessionId,
    state: structuredClone(s),
    display: { ...display },
    thresholds,
    now: iso(now),
    remaining_ms: left,
    warning,
    planned_end: s.status === 'finished' ? null : iso(now + Math.max(0, left) + following),
    schedule_delta_ms: scheduleDelta(s, now),
    technique: null,
    summary: timingSummary(s),
    lengths: [],
  };
}

/** Planned against actual, as Rust's summary works it out for a finished session. */
function timingSummary(state: LiveState): TimingSummary {
  const usedMs = (id: number): number =>
    state.completed.filter((run) => run.step_id === id).reduce((sum, run) => sum + run.active_ms, 0);

  const rows: { row: StepTiming; ms: number }[] = state.agenda.steps.map((step) => {
    const ms = usedMs(step.id);
    return {
      row: { step_id: step.id, title: step.title, planned_secs: step.planned_secs, actual_secs: wholeSecs(ms), on_agenda: true, off_plan_secs: wholeSecs(ms) - step.planned_secs },
      ms,
    };
  });
  for (const run of state.completed) {
    if (rows.some(({ row }) => row.step_id === run.step_id)) continue;
    const last = state.completed.filter((r) => r.step_id === run.step_id).at(-1) ?? run;
    const ms = usedMs(run.step_id);
    rows.push({
      row: { step_id: run.step_id, title: last.title, planned_secs: last.planned_secs, actual_secs: wholeSecs(ms), on_agenda: false, off_plan_secs: wholeSecs(ms) - last.planned_secs },
      ms,
    });
  }
  const planned = rows.reduce((sum, { row }) => sum + row.planned_secs, 0);
  const actual = wholeSecs(rows.reduce((sum, { ms }) => sum + ms, 0));
  // Plain differences: whether a row counts as on time is Rust's to say (recorded views).
  return { steps: rows.map(({ row }) => row), total_planned_secs: planned, total_actual_secs: actual, total_off_plan_secs: actual - planned };
}


/** Tells every listening window, as the shell does after each stored transition. */
export function announce(view: LiveView): void {
  void emit('live-view', view).catch(() => undefined);
}
