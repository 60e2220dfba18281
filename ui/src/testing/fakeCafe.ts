// The fake backend's Knowledge Cafés: the set-up, guests and a plan kept in memory. The
// seating is a simple rotation, not the real planner (that is Rust's, tested there):
// enough for the screens to have tables, rounds and cards to show.
import type { CafeGuest } from '../lib/bindings/CafeGuest';
import type { CafeOverview } from '../lib/bindings/CafeOverview';
import type { CafeSetup } from '../lib/bindings/CafeSetup';
import type { IpcError } from '../lib/bindings/IpcError';
import type { CafeChange } from '../lib/bindings/CafeChange';
import type { Session } from '../lib/bindings/Session';
import type { TechniqueChange } from '../lib/bindings/TechniqueChange';
import type { TechniqueView } from '../lib/bindings/TechniqueView';

const invalid = (message: string): IpcError => ({ kind: 'Invalid', message, field: null });

export function standardSetup(question: string, tables: number): CafeSetup {
  return {
    question,
    tables: Array.from({ length: tables }, (_, i) => `Table ${i + 1}`),
    table_size: 4,
    table_max: 5,
    rounds: 3,
    round_minutes: 15,
    intro_minutes: 10,
    speaker_minutes: null,
    plenary_minutes: 25,
    capture_minutes: 5,
    settle_secs: 60,
    table_notes: false,
    espresso: false,
  };
}

const attends = (g: CafeGuest, round: number) => round >= g.joined_round && (g.absent_from === null || round < g.absent_from);

export class FakeCafes {
  cafes = new Map<string, CafeOverview>();
  /** Rounds started, per session, as the tests set them. */
  started = new Map<string, number>();
  #shuffles = 0;

  constructor(
    private readonly session: (id: string) => Session,
    private readonly addPerson: (sessionId: string, name: string, organisation: string) => string,
  ) {}

  #get(sessionId: string): CafeOverview {
    const found = this.cafes.get(sessionId);
    if (found) return this.#refresh(sessionId, found);
    const session = this.session(sessionId);
    const tables = Math.max(1, Math.floor(session.participants.length / 4));
    const setup = standardSetup(session.purpose, tables);
    const overview: CafeOverview = {
      cafe: {
        setup,
        guests: session.participants.map((p) => ({
          person_id: p.person_id,
          name: p.name,
          team: p.organisation,
          host_table: null,
          joined_round: 0,
          absent_from: null,
        })),
        keep_apart: [],
        round_steps: [3, 4, 5],
        plan: null,
        table_notes: [],
      },
      saved: false,
      rounds_started: 0,
      current_round: null,
      agenda_locked: false,
      suggested_tables: tables,
      attendance_round: 0,
      here: [],
      seating: [],
      cards: [],
    };
    return this.#refresh(sessionId, overview);
  }

  #refresh(sessionId: string, overview: CafeOverview): CafeOverview {
    const cafe = overview.cafe;
    const started = this.started.get(sessionId) ?? 0;
    const seating = Array.from({ length: cafe.setup.rounds }, (_, round) =>
      cafe.setup.tables.map((table, index) => ({
        table,
        people: (cafe.plan?.rounds[round]?.[index] ?? [])
          .map((id) => cafe.guests.find((g) => g.person_id === id))
          .filter((g): g is CafeGuest => g !== undefined && attends(g, round))
          .map((g) => g.name),
      })),
    );
    const cards = cafe.plan
      ? cafe.guests.map((g) => ({
          name: g.name,
          tables: (cafe.plan?.rounds ?? []).map((tables, round) => {
            const at = tables.findIndex((t) => t.includes(g.person_id));
            return at >= 0 && attends(g, round) ? (cafe.setup.tables[at] ?? null) : null;
          }),
        }))
      : [];
    const attendance = overview.current_round ?? Math.min(started, Math.max(0, cafe.setup.rounds - 1));
    const here = cafe.guests.filter((g) => attends(g, attendance)).map((g) => g.person_id);
    const next = { ...overview, rounds_started: started, agenda_locked: started > 0, seating, cards, attendance_round: attendance, here };
    this.cafes.set(sessionId, next);
    return next;
  }

  #plan(overview: CafeOverview): void {
    const cafe = overview.cafe;
    const tables = cafe.setup.tables.length;
    const played = cafe.plan?.rounds.slice(0, overview.rounds_started) ?? [];
    const rounds = played.concat(
      Array.from({ length: cafe.setup.rounds - played.length }, (_, offset) => {
        const round = played.length + offset;
        const seated: string[][] = Array.from({ length: tables }, () => []);
        cafe.guests
          .filter((g) => attends(g, round))
          .forEach((g, i) => seated[(i * (round + 1) + this.#shuffles) % tables]?.push(g.person_id));
        return seated;
      }),
    );
    cafe.plan = { rounds, repeats: 0, lower_bound: 0, optimal: true, seed: this.#shuffles, warnings: [], played: played.length };
  }

  /** The session's café as `technique_get` answers. */
  view(sessionId: string): TechniqueView {
    const overview = this.#get(sessionId);
    return structuredClone({
      record: { technique: 'knowledge-cafe', record: overview.saved ? overview.cafe : null },
      overview: { technique: 'knowledge-cafe', overview },
      finished: false,
      confidential: false,
    });
  }

  /** `technique_change` for a café session. */
  change(sessionId: string, change: TechniqueChange): TechniqueView {
    if (change.kind === 'save' || change.change.technique !== 'knowledge-cafe') {
      throw invalid('A café changes through its set-up and the changes on the day, not saved whole.');
    }
    this.#handlers[change.change.change.kind](sessionId, change.change.change as never);
    return this.view(sessionId);
  }

  readonly #handlers: { [K in CafeChange['kind']]: (sessionId: string, change: Extract<CafeChange, { kind: K }>) => CafeOverview } = {
    setup: (sessionId, { setup }) => {
      if (setup.question.trim() === '') throw { kind: 'Invalid', message: 'Write the open question the tables will talk about.', field: 'question' } satisfies IpcError;
      const overview = this.#get(sessionId);
      overview.cafe.setup = structuredClone(setup);
      overview.saved = true;
      this.#plan(overview);
      return this.#refresh(sessionId, overview);
    },
    reshuffle: (sessionId) => {
      const overview = this.#get(sessionId);
      this.#shuffles += 1;
      this.#plan(overview);
      return this.#refresh(sessionId, overview);
    },
    'set-absent': (sessionId, { person: personId, absent }) => {
      const overview = this.#get(sessionId);
      const guest = overview.cafe.guests.find((g) => g.person_id === personId);
      if (!guest) throw invalid('That person is not at this café.');
      guest.absent_from = absent ? (overview.current_round ?? overview.rounds_started) : null;
      this.#plan(overview);
      return this.#refresh(sessionId, overview);
    },
    'add-guests': (sessionId, { people }) => {
      if (people.length === 0) throw invalid('There is nobody to add.');
      const overview = this.#get(sessionId);
      for (const person of people) {
        const id = this.addPerson(sessionId, person.name, person.organisation);
        overview.cafe.guests.push({
          person_id: id,
          name: person.name,
          team: person.organisation,
          host_table: null,
          joined_round: Math.max(0, overview.rounds_started - 1),
          absent_from: null,
        });
      }
      this.#plan(overview);
      return this.#refresh(sessionId, overview);
    },
    'set-host': (sessionId, { person: personId, table }) => {
      const overview = this.#get(sessionId);
      const guest = overview.cafe.guests.find((g) => g.person_id === personId);
      if (guest) guest.host_table = table;
      return this.#refresh(sessionId, overview);
    },
    'keep-apart': (sessionId, { first, second, apart }) => {
      const overview = this.#get(sessionId);
      if (first === second) throw invalid('Choose two different people to keep apart.');
      const cafe = overview.cafe;
      cafe.keep_apart = cafe.keep_apart.filter((p) => !(p.first === first && p.second === second) && !(p.first === second && p.second === first));
      if (apart) cafe.keep_apart.push({ first, second });
      return this.#refresh(sessionId, overview);
    },
    'table-note': (sessionId, { round, table, text }) => {
      const overview = this.#get(sessionId);
      const cafe = overview.cafe;
      cafe.table_notes = cafe.table_notes.filter((n) => !(n.round === round && n.table === table));
      if (text.trim() !== '') cafe.table_notes.push({ round, table, text: text.trim() });
      return this.#refresh(sessionId, overview);
    },
  };
}
