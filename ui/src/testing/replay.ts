// Answers commands from a scenario the app crate's tests recorded
// (ui/src/testing/transcripts/*.json): the reply Rust gave to the same call, so a
// component test draws what Rust decides and the fake holds no rule of its own.
//
// Writes are played once each, in the recorded order: a write that is not the next one
// recorded fails the test, saying what was expected. Reads may come at any point between
// and be asked again; they get the latest recorded answer at that point.
import type { CommandName } from '../lib/api';
import type { IpcError } from '../lib/bindings/IpcError';
import type { LiveView } from '../lib/bindings/LiveView';

export interface Exchange {
  command: CommandName;
  args: unknown;
  read: boolean;
  label?: string;
  reply: { ok: unknown } | { error: IpcError };
  /** The running session's view the app told every window after this write. */
  emitted?: LiveView;
  /** Another window's call: never played; a test tells the screen its view by label. */
  elsewhere?: boolean;
}

/** A recording file: its scenarios by name. */
export type Transcript = Record<string, Exchange[]>;

/** The JSON of a value with its object keys sorted, so equal arguments compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const same = (exchange: Exchange, command: string, args: unknown) =>
  exchange.command === command && canonical(exchange.args) === canonical(args ?? {});

export class Replay {
  readonly #name: string;
  /** The screen's own calls, in the order recorded. */
  readonly #exchanges: Exchange[];
  /** Every exchange, other windows' calls too, for a reply taken by label. */
  readonly #all: Exchange[];
  readonly #announce: (view: LiveView) => void;
  /** Everything before this index has been played or passed. */
  #cursor = 0;

  /** `announce` tells the windows a view the app sent after a write, as the shell does. */
  constructor(transcript: Transcript, scenario: string, announce: (view: LiveView) => void = () => undefined) {
    const exchanges = transcript[scenario];
    if (!exchanges) throw new Error(`No recorded scenario "${scenario}"; the app crate's transcripts record ${Object.keys(transcript).join(', ')}`);
    this.#name = scenario;
    this.#all = exchanges;
    this.#exchanges = exchanges.filter((exchange) => !exchange.elsewhere);
    this.#announce = announce;
  }

  /** Whether this scenario answers `command` (then nothing else may). */
  answers(command: string): boolean {
    return this.#exchanges.some((exchange) => exchange.command === command);
  }

  /** The recorded reply to this call: its value, or the recorded error thrown. */
  answer(command: string, args: unknown): unknown {
    const exchange = this.#find(command, args);
    if (exchange.emitted) this.#announce(structuredClone(exchange.emitted));
    if ('error' in exchange.reply) throw structuredClone(exchange.reply.error);
    return structuredClone(exchange.reply.ok);
  }

  /** The reply recorded under `label`, for a test that draws it directly. */
  reply<T>(label: string): T {
    const exchange = this.#all.find((e) => e.label === label);
    if (!exchange || !('ok' in exchange.reply)) throw new Error(`Scenario "${this.#name}" has no successful reply labelled "${label}"`);
    return structuredClone(exchange.reply.ok) as T;
  }

  /** The first reply recorded for `command`, as a test's starting fixture. */
  first<T>(command: CommandName): T {
    const exchange = this.#exchanges.find((e) => e.command === command);
    if (!exchange || !('ok' in exchange.reply)) throw new Error(`Scenario "${this.#name}" has no successful ${command}`);
    return structuredClone(exchange.reply.ok) as T;
  }

  /** The first successful reply recorded for `command`, or null when it only failed. */
  firstFound<T>(command: CommandName): T | null {
    const exchange = this.#exchanges.find((e) => e.command === command && 'ok' in e.reply);
    return exchange && 'ok' in exchange.reply ? (structuredClone(exchange.reply.ok) as T) : null;
  }

  /** Recorded writes the test has not made yet, as "command args". */
  unplayed(): string[] {
    return this.#exchanges
      .slice(this.#cursor)
      .filter((e) => !e.read)
      .map((e) => `${e.command} ${canonical(e.args)}`);
  }

  #find(command: string, args: unknown): Exchange {
    const nextWrite = this.#exchanges.findIndex((e, i) => i >= this.#cursor && !e.read);
    const end = nextWrite < 0 ? this.#exchanges.length : nextWrite;
    // A read recorded between here and the next write.
    for (let i = this.#cursor; i < end; i++) {
      const exchange = this.#exchanges[i]!;
      if (same(exchange, command, args)) {
        this.#cursor = i + 1;
        return exchange;
      }
    }
    // The next write.
    const write = nextWrite < 0 ? undefined : this.#exchanges[nextWrite];
    if (write && same(write, command, args)) {
      this.#cursor = nextWrite + 1;
      return write;
    }
    // A read asked again: its latest answer so far.
    for (let i = this.#cursor - 1; i >= 0; i--) {
      const exchange = this.#exchanges[i]!;
      if (exchange.read && same(exchange, command, args)) return exchange;
    }
    const expected = write ? `${write.command} ${canonical(write.args)}` : 'nothing more';
    throw new Error(`Scenario "${this.#name}" recorded no reply for ${command} ${canonical(args ?? {})}; the next recorded write is ${expected}`);
  }
}

/** A recording file read as JSON, typed: the app crate's tests write these files. */
export function transcriptOf(json: unknown): Transcript {
  return json as Transcript;
}
