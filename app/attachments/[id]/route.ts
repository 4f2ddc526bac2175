import { getActor } from "@/lib/auth/current-actor";
import { contentDisposition } from "@/lib/files/content-disposition";
import { openAttachment } from "@/lib/files/open-attachment";

/**
 * Downloads an attachment for someone who may see its ticket. Always as a download, never
 * rendered on the portal's origin: a customer's HTML or SVG must not run here. A file on
 * UploadThing is fetched from there through a short-lived signed link, after the same check.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await openAttachment(await getActor(), id);
  if (!file) return new Response("Not found", { status: 404 });
  if (file.signedUrl !== null) {
    return new Response(null, {
      status: 303,
      headers: { Location: file.signedUrl, "Cache-Control": "private, no-store" },
    });
  }

  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(file.name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
}
