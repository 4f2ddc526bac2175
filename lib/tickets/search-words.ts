/**
 * The words of a search box's text that a search uses: letters and digits only, so `%`, quotes
 * and `--` fall away, and at most eight words. A text left with no word is no search at all.
 */
export function searchWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((word) => word !== "")
    .slice(0, 8);
}
