import { randomUUID } from "node:crypto";
import { UploadThingError } from "uploadthing/server";
import type { Actor } from "@/lib/auth/current-actor";
import { type UploadForm, uploaderFor } from "@/lib/files/upload-router";
import type { MatrixRow } from "./row";
import { callerKinds } from "./world";

/**
 * UploadThing's route asks the router's middleware who uploads, for which form; these rows run
 * that decision. Limits, the route over HTTP and attaching someone else's upload are in
 * tests/integration/uploadthing-attachments.test.ts.
 */
function uploadAllowed(caller: Actor, form: UploadForm): Promise<boolean> {
  try {
    uploaderFor(caller, { form, submissionKey: randomUUID() });
    return Promise.resolve(true);
  } catch (error) {
    if (error instanceof UploadThingError) return Promise.resolve(false);
    throw error;
  }
}

const uploadRoute = ["app/api/uploadthing/route.ts#GET", "app/api/uploadthing/route.ts#POST"];

export const uploadRows: MatrixRow[] = [
  {
    name: "upload files for Submit a Ticket",
    covers: uploadRoute,
    allowed: [...callerKinds],
    run: (caller) => uploadAllowed(caller, "ticket"),
  },
  {
    name: "upload files for a reply in My Tickets",
    covers: uploadRoute,
    allowed: ["guest", "userA", "managerA", "userB", "managerB", "removed"],
    run: (caller) => uploadAllowed(caller, "reply"),
  },
  {
    name: "upload files for a message from the staff console",
    covers: uploadRoute,
    allowed: ["agent"],
    run: (caller) => uploadAllowed(caller, "staff"),
  },
];
