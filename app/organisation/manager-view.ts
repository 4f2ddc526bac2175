import "server-only";
import { redirect } from "next/navigation";
import { requireCustomer } from "@/lib/auth/current-actor";
import { getOrganisation } from "@/lib/organisations/get-organisation";

/** The organisation for a Manager-only tab; anyone else goes back to the Users tab. */
export async function requireManagerView(path: string) {
  const customer = await requireCustomer(path);
  const view = await getOrganisation(customer);
  if (view?.role !== "manager") redirect("/organisation");
  return view;
}
