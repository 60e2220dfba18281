// Short messages that confirm what just happened ("Session moved to the bin"), some with
// one action such as Undo. They leave by themselves, but never while someone is using them.

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
  testid?: string;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'success' | 'info' | 'error';
  action: ToastAction | null;
}

interface Timer {
  handle: ReturnType<typeof setTimeout> | null;
  remaining: number;
  startedAt: number;
}

/** Long enough to read the message and reach Undo from the keyboard. */
export const TOAST_MS = 10_000;
/** The most shown at once: a busy console must not bury its own controls under them. */
export const MAX_TOASTS = 3;

class Toasts {
  items = $state<Toast[]>([]);
  #timers = new Map<number, Timer>();
  #next = 1;

  show(message: string, options: { tone?: Toast['tone']; action?: ToastAction; ms?: number } = {}): number {
    const id = this.#next++;
    // The oldest make way, unless someone is using one (its clock is paused).
    const idle = this.items.filter((toast) => this.#timers.get(toast.id)?.handle);
    for (const toast of idle.slice(0, Math.max(0, this.items.length - (MAX_TOASTS - 1)))) this.dismiss(toast.id);
    this.items = [...this.items, { id, message, tone: options.tone ?? 'success', action: options.action ?? null }];
    this.#start(id, options.ms ?? TOAST_MS);
    return id;
  }

  dismiss(id: number): void {
    const timer = this.#timers.get(id);
    if (timer?.handle) clearTimeout(timer.handle);
    this.#timers.delete(id);
    this.items = this.items.filter((toast) => toast.id !== id);
  }

  /** Stops the clock while the pointer or focus is on the toast (WCAG 2.2.1). */
  pause(id: number): void {
    const timer = this.#timers.get(id);
    if (!timer?.handle) return;
    clearTimeout(timer.handle);
    timer.handle = null;
    timer.remaining = Math.max(2_000, timer.remaining - (Date.now() - timer.startedAt));
  }

  resume(id: number): void {
    const timer = this.#timers.get(id);
    if (!timer || timer.handle) return;
    this.#start(id, timer.remaining);
  }

  async act(toast: Toast): Promise<void> {
    this.dismiss(toast.id);
    await toast.action?.run();
  }

  clear(): void {
    for (const toast of this.items) this.dismiss(toast.id);
  }

  #start(id: number, ms: number): void {
    const handle = setTimeout(() => this.dismiss(id), ms);
    this.#timers.set(id, { handle, remaining: ms, startedAt: Date.now() });
  }
}

export const toasts = new Toasts();
