// The one door to the Rust side: the client generated from the Rust commands, over one
// call that normalises every failure into IpcError.
import { invoke } from '@tauri-apps/api/core';
import { commandsOver, type CommandArgs, type CommandName, type CommandResult } from './bindings/commands';
import type { ErrorKind } from './bindings/ErrorKind';
import type { IpcError } from './bindings/IpcError';

export type { CommandArgs, CommandName, CommandResult };

const ERROR_KINDS: readonly ErrorKind[] = [
  'NotFound',
  'NewerSchema',
  'NotADatabase',
  'Invalid',
  'DiskFull',
  'ReadOnly',
  'Io',
  'NoDatabase',
  'Internal',
];

export function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, message } = value as Record<string, unknown>;
  return (
    typeof kind === 'string' &&
    (ERROR_KINDS as readonly string[]).includes(kind) &&
    typeof message === 'string'
  );
}

// Anything that is not our own error shape (a Tauri deserialisation failure, a missing
// command) carries debug text nobody should read: it is logged and replaced.
export function asIpcError(value: unknown): IpcError {
  if (isIpcError(value)) return { kind: value.kind, message: value.message, field: value.field ?? null };
  console.error('Unexpected failure from the app', value);
  return {
    kind: 'Internal',
    message: 'Something went wrong inside Mobilise. Try again, and restart the app if it keeps happening.',
    field: null,
  };
}

let noDatabaseHandler: (() => void) | null = null;

/** Called when any command says no database is open, so the app can show why. */
export function onNoDatabase(handler: (() => void) | null): void {
  noDatabaseHandler = handler;
}

async function call<K extends CommandName>(command: K, args: CommandArgs<K>): Promise<CommandResult<K>> {
  try {
    return await invoke<CommandResult<K>>(command, args);
  } catch (failure) {
    const error = asIpcError(failure);
    if (error.kind === 'NoDatabase') noDatabaseHandler?.();
    throw error;
  }
}

/** Every command, typed from its Rust signature. */
export const api = commandsOver(call);

export type { IpcError };
