// Writes that wait a moment before going to Rust (a note being typed), and the one call
// that sends them all now: made when the page unloads and when the window is closed.

type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Registers a flush; the returned function removes it. */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Sends every waiting write; never rejects (each store reports its own failures). */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
