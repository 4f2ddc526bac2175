import "server-only";
import { getConfig } from "@/lib/config/config";

/**
 * Origins the browser must reach to upload attachments, for the Content-Security-Policy's
 * connect-src. The local folder storage receives files through Podpora's own forms: none.
 * UploadThing's browser client sends each file straight to the ingest server of the token's
 * regions (or the configured ingest URL); downloads are plain navigations to a signed link.
 */
export function uploadConnectSources(): string[] {
  const uploadThing = getConfig().uploadThing;
  if (!uploadThing) return [];
  if (uploadThing.ingestUrl) return [new URL(uploadThing.ingestUrl).origin];

  const token = JSON.parse(Buffer.from(uploadThing.token, "base64").toString("utf8")) as {
    regions: string[];
    ingestHost?: string;
  };
  const ingestHost = token.ingestHost ?? "ingest.uploadthing.com";
  return token.regions.map((region) => `https://${region}.${ingestHost}`);
}
