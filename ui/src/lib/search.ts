// Matching what people type against names and text, ignoring case and accents, so that
// "creche" finds "Crèche" and "ap" finds a name with a word starting "Ap".

/** Lower case with accents removed: "Crèche" -> "creche". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Every word typed appears somewhere in one of the texts (any order). */
export function matchesWords(query: string, ...texts: string[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}
