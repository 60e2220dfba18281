// An Appreciative Inquiry's board as the console edits it: links kept in step when a dream
// or design goes (as Rust's InquiryBoard::without_dream and without_design do, so the
// record sent is one Rust accepts), who sits in which dream group, and the chain the board
// reads as: dream -> designs serving it -> the deliveries taking each forward.
import type { Delivery } from '../../lib/bindings/Delivery';
import type { Design } from '../../lib/bindings/Design';
import type { Dream } from '../../lib/bindings/Dream';
import type { DreamGroup } from '../../lib/bindings/DreamGroup';
import type { InquiryBoard } from '../../lib/bindings/InquiryBoard';
import type { IpcError } from '../../lib/bindings/IpcError';

/** Saves the whole board, saying what changed; gives back Rust's refusal, or null when kept. */
export type SaveBoard = (next: InquiryBoard, done: string) => Promise<IpcError | null>;

/** The name a group shows: Rust names a blank one "Group N" when it is saved. */
export function groupName(board: InquiryBoard, group: DreamGroup): string {
  const name = group.name.trim();
  return name === '' ? `Group ${board.groups.indexOf(group) + 1}` : name;
}

/** Every dream with the group it came from, in the groups' order. */
export function dreamsOf(board: InquiryBoard): { group: DreamGroup; dream: Dream }[] {
  return board.groups.flatMap((group) => group.dreams.map((dream) => ({ group, dream })));
}

export function withoutStory(board: InquiryBoard, id: string): InquiryBoard {
  return { ...board, stories: board.stories.filter((s) => s.id !== id) };
}

/** The board without this dream: designs stop linking to it. */
export function withoutDream(board: InquiryBoard, id: string): InquiryBoard {
  return {
    ...board,
    groups: board.groups.map((g) => ({ ...g, dreams: g.dreams.filter((d) => d.id !== id) })),
    designs: board.designs.map((d) => ({ ...d, dream_ids: d.dream_ids.filter((link) => link !== id) })),
  };
}

/** The board without this group and its dreams (and the links to them). */
export function withoutGroup(board: InquiryBoard, id: string): InquiryBoard {
  const group = board.groups.find((g) => g.id === id);
  const lessDreams = (group?.dreams ?? []).reduce((b, dream) => withoutDream(b, dream.id), board);
  return { ...lessDreams, groups: lessDreams.groups.filter((g) => g.id !== id) };
}

/** The board without this design: deliveries stop linking to it. */
export function withoutDesign(board: InquiryBoard, id: string): InquiryBoard {
  return {
    ...board,
    designs: board.designs.filter((d) => d.id !== id),
    deliveries: board.deliveries.map((d) => ({ ...d, design_ids: d.design_ids.filter((link) => link !== id) })),
  };
}

export function withoutDelivery(board: InquiryBoard, actionId: string): InquiryBoard {
  return { ...board, deliveries: board.deliveries.filter((d) => d.action_id !== actionId) };
}

/** The group someone is in, if any: each person joins one. */
export function groupOf(board: InquiryBoard, personId: string): DreamGroup | undefined {
  return board.groups.find((g) => g.members.includes(personId));
}

/** Puts someone in a group (taking them out of any other, as Rust refuses two) or takes them out. */
export function withMember(board: InquiryBoard, groupId: string, personId: string, member: boolean): InquiryBoard {
  return {
    ...board,
    groups: board.groups.map((g) => {
      const others = g.members.filter((m) => m !== personId);
      return { ...g, members: member && g.id === groupId ? [...others, personId] : others };
    }),
  };
}

/** Replaces one group, dream, design... by id, keeping its place. */
export function replaced<T extends { id: string }>(items: readonly T[], next: T): T[] {
  return items.map((item) => (item.id === next.id ? next : item));
}

/**
 * True when a story seems to run past one sentence: a full stop, question or exclamation
 * mark followed by more words. Only a nudge (the framework asks for a single sentence), so
 * "Dr. Patel" may trip it; nothing is refused.
 */
export function pastOneSentence(text: string): boolean {
  return /[.!?…]["'”’)]*\s+\S/u.test(text.trim());
}

export interface DesignLink {
  design: Design;
  deliveries: Delivery[];
}

export interface Chain {
  group: DreamGroup;
  dream: Dream;
  designs: DesignLink[];
}

/** The deliveries that take this design forward. */
export function deliveriesOf(board: InquiryBoard, designId: string): Delivery[] {
  return board.deliveries.filter((d) => d.design_ids.includes(designId));
}

/** One chain per dream, in the groups' order, with the designs serving it and their deliveries. */
export function chainsOf(board: InquiryBoard): Chain[] {
  return dreamsOf(board).map(({ group, dream }) => ({
    group,
    dream,
    designs: board.designs
      .filter((d) => d.dream_ids.includes(dream.id))
      .map((design) => ({ design, deliveries: deliveriesOf(board, design.id) })),
  }));
}

/** Designs serving no dream yet: the board lists them apart until linked. */
export function unlinkedDesigns(board: InquiryBoard): Design[] {
  return board.designs.filter((d) => d.dream_ids.length === 0);
}

/** Deliveries taking no design forward yet. */
export function unlinkedDeliveries(board: InquiryBoard): Delivery[] {
  return board.deliveries.filter((d) => d.design_ids.length === 0);
}

/** Adds or takes away one id from a list of links, keeping the order they were given. */
export function toggled(links: readonly string[], id: string, on: boolean): string[] {
  const rest = links.filter((link) => link !== id);
  return on ? [...rest, id] : rest;
}
