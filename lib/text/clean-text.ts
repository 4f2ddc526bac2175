const controlsButLineBreaks = /(?![\t\n\r])\p{Cc}/gu;
const allControls = /\p{Cc}+/gu;
const directionOverrides = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as people type it, without what no one types: control characters (PostgreSQL refuses
 * NUL outright) and, on one-line fields such as names and subjects, the direction overrides
 * that make `invoice\u202Etxt.exe` read as `invoiceexe.txt`. A line break is kept as one `\n`:
 * browsers send a textarea's breaks as `\r\n` but count them as one character against its
 * `maxlength`, so the server's limit must count them the same.
 */
export function cleanText(text: string, shape: "line" | "lines"): string {
  if (shape === "lines") return text.replace(/\r\n?/g, "\n").replace(controlsButLineBreaks, "");
  return text.replace(allControls, " ").replace(directionOverrides, "");
}
