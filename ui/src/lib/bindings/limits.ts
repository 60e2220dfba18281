// The limits on what people type, as Rust checks them. Generated from the Rust
// constants by the bindings test: do not edit.

/** A title or a name: at most this many characters. */
export const MAX_TITLE_CHARS = 200;

/** A one-line field: at most this many characters. */
export const MAX_LINE_CHARS = 300;

/** A purpose or a longer text: at most this many characters. */
export const MAX_PURPOSE_CHARS = 5000;

/** A message to the room: at most this many characters. */
export const MAX_MESSAGE_CHARS = 140;
