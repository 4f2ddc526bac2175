import "server-only";

/**
 * Origins the browser must reach to upload attachments, for the Content-Security-Policy's
 * connect-src. The local folder storage receives files through Podpora's own forms: none.
 */
export function uploadConnectSources(): string[] {
  return [];
}
