import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Log in" };

export default function LoginPage() {
  return (
    <ComingSoon title="Log in">
      Accounts are on their way: soon you can sign in here, or choose Register now to create one.
      You can already submit a ticket without an account.
    </ComingSoon>
  );
}
