// The audience display never scrolls: a stage starts its type at the size its contents
// suggest, then shrinks it (through the --k custom property its styles multiply by) until
// everything fits its box, never below a size the back of the room can still read.

export interface FitOptions {
  /** The scale to start from, 1 for full size: what the amount of content suggests. */
  start: number;
  /** The smallest scale allowed. */
  min: number;
  /** Anything that changes the contents, so a change fits again. */
  key?: unknown;
}

/** How much smaller each try is. */
const STEP = 0.92;

export function fitToBox(node: HTMLElement, options: FitOptions) {
  let current = options;
  const fit = () => {
    let k = current.start;
    node.style.setProperty('--k', String(k));
    // Without layout (tests, a hidden window) both heights read 0 and the start stands.
    while (node.scrollHeight > node.clientHeight + 1 && k > current.min) {
      k = Math.max(current.min, k * STEP);
      node.style.setProperty('--k', String(k));
    }
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
  observer?.observe(node);
  fit();
  // The display's own font arrives after the first layout and sets the text wider.
  void document.fonts?.ready.then(fit);
  return {
    update(next: FitOptions) {
      current = next;
      fit();
    },
    destroy() {
      observer?.disconnect();
    },
  };
}
