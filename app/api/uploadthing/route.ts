import type { NextRequest } from "next/server";
import { createRouteHandler } from "uploadthing/next";
import { uploadRouter } from "@/lib/files/upload-router";
import { uploadRouteConfig, usesUploadThing } from "@/lib/files/uploadthing-settings";

/**
 * UploadThing's route: the browser asks here for upload URLs (the router's middleware checks
 * who asks and what), and UploadThing reports finished uploads here, signed with the API key.
 * Without UPLOADTHING_TOKEN there is no such route.
 */
let handler: ReturnType<typeof createRouteHandler> | undefined;

function uploadHandler() {
  if (!usesUploadThing()) return null;
  handler ??= createRouteHandler({ router: uploadRouter, config: uploadRouteConfig() });
  return handler;
}

const notFound = () => new Response("Not found", { status: 404 });

export async function GET(request: NextRequest) {
  return uploadHandler()?.GET(request) ?? notFound();
}

export async function POST(request: NextRequest) {
  return uploadHandler()?.POST(request) ?? notFound();
}
