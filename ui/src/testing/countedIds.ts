// The ids the console makes for new items (a risk, a role, a story), counted instead of
// random so a component test sends exactly what the app crate's recorded scenario sent:
// 00000000-0000-0000-0000-000000000101, then …102 (Rust's `ui_id(1)`, `ui_id(2)`).
import { vi } from 'vitest';

export function countIds(): void {
  let next = 0x100;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
    next += 1;
    return `00000000-0000-0000-0000-${next.toString(16).padStart(12, '0')}`;
  });
}
