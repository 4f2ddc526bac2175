import type { ReactNode } from "react";

const looks = {
  primary: "bg-indigo-700 text-white hover:bg-indigo-800",
  secondary: "border border-indigo-700 bg-white text-indigo-800 hover:bg-indigo-50",
} as const;

interface SubmitButtonProps {
  pending: boolean;
  pendingLabel: string;
  look?: keyof typeof looks;
  children: ReactNode;
}

/** A form's submit button; while the form is on its way it says so and ignores clicks. */
export function SubmitButton({
  pending,
  pendingLabel,
  look = "primary",
  children,
}: SubmitButtonProps) {
  return (
    <button
      type="submit"
      aria-disabled={pending}
      className={`rounded-md px-5 py-2.5 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 aria-disabled:opacity-70 ${looks[look]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
