import Link from "next/link";
import type { LinkPurpose } from "@/lib/auth/link-tokens";

type Problem = "expired" | "used" | "invalid";

const headings: Record<Problem, string> = {
  expired: "This link has expired",
  used: "This link has already been used",
  invalid: "This link is not valid",
};

const explanations: Record<Problem, string> = {
  expired: "Emailed links work only for a short time, so that an old email cannot be misused.",
  used: "Each emailed link works once. If it was you who used it, you are already done.",
  invalid: "It may have been cut short when it was copied from the email.",
};

const newLinks: Record<LinkPurpose | "any", { href: string; label: string }[]> = {
  sign_in: [
    { href: "/login", label: "Log in, or ask for a new sign-in link" },
    { href: "/track", label: "Track my ticket: get a new link to My Tickets" },
  ],
  verify_email: [
    { href: "/login", label: "Log in, if you have confirmed your address already" },
    { href: "/register", label: "Register again to get a new confirmation link" },
  ],
  reset_password: [
    { href: "/forgot-password", label: "Ask for a new link to reset your password" },
  ],
  any: [
    { href: "/login", label: "Log in, or ask for a new sign-in link" },
    { href: "/track", label: "Track my ticket: get a new link to My Tickets" },
    { href: "/forgot-password", label: "Forgot your password? Ask for a new link" },
  ],
};

/** What an emailed link's page says when the link no longer works, and where to get another. */
export function LinkProblem({ problem, purpose }: { problem: Problem; purpose?: LinkPurpose }) {
  const options = newLinks[problem === "invalid" || !purpose ? "any" : purpose];
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-3xl font-bold">{headings[problem]}</h1>
      <p className="text-slate-700">{explanations[problem]}</p>
      <h2 className="text-lg font-semibold">Get a new link</h2>
      <ul className="flex list-disc flex-col gap-2 pl-5">
        {options.map((option) => (
          <li key={option.href}>
            <Link href={option.href}>{option.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
