"use server";

import { redirect } from "next/navigation";
import { endCurrentSession } from "@/lib/auth/sessions";

export async function signOut(): Promise<void> {
  await endCurrentSession();
  redirect("/");
}
