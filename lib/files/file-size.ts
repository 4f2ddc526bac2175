const units = ["KB", "MB", "GB"] as const;

/**
 * A file's size as people read it: "17 bytes", "1.5 KB", "120 KB", "2.3 MB". One decimal below
 * 10 of a unit, where it tells sizes apart; none above, where it would only be noise.
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? "1 byte" : `${bytes.toLocaleString("en")} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  // Move up a unit before the rounded number would read 1,024.
  while (value >= 1023.5 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const decimals = value < 9.95 ? 1 : 0;
  return `${value.toLocaleString("en", { maximumFractionDigits: decimals })} ${units[unit]}`;
}
