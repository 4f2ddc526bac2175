"use client";

import {
  createContext,
  type FormEvent,
  type ReactNode,
  use,
  useActionState,
  useEffect,
  useRef,
  useState,
} from "react";
import { initialActionState } from "@/app/organisation/action-state";
import { removeMemberAction } from "@/app/organisation/actions";
import { SubmitButton } from "./submit-button";
import { useSingleSubmit } from "./use-single-submit";

interface Removal {
  formAction: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The member whose removal is on its way, if any. */
  removing: string | null;
}

const RemovalContext = createContext<Removal | null>(null);

/**
 * Remove member for a whole table. The answer is said above the table, not beside the button:
 * the removed member's row, button and all, is gone from the page that comes back.
 */
export function MemberRemoval({ children }: { children: ReactNode }) {
  const [state, formAction, pending] = useActionState(removeMemberAction, initialActionState);
  const submit = useSingleSubmit(formAction, pending);
  const [userId, setUserId] = useState<string | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setUserId(String(new FormData(event.currentTarget).get("userId")));
    submit(event);
  };
  return (
    <RemovalContext value={{ formAction, onSubmit, removing: pending ? userId : null }}>
      {state.error && (
        <p key={state.attempt} role="alert" className="font-medium text-red-700">
          {state.error}
        </p>
      )}
      {state.notice && !state.error && <RemovalNotice key={state.attempt} text={state.notice} />}
      {children}
    </RemovalContext>
  );
}

/** Takes the focus, which was on the removed member's button, so that it is not lost. */
function RemovalNotice({ text }: { text: string }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <p
      ref={notice}
      role="status"
      tabIndex={-1}
      className="text-green-800 focus:outline-2 focus:outline-offset-2 focus:outline-green-700"
    >
      {text}
    </p>
  );
}

/**
 * The Remove button of one member's row. It opens a question first, in a <details> element so
 * that it works without JavaScript too; only its Yes button removes.
 */
export function RemoveMemberButton({
  userId,
  name,
  email,
}: {
  userId: string;
  name: string;
  email: string;
}) {
  const removal = use(RemovalContext);
  if (!removal) throw new Error("RemoveMemberButton must be inside MemberRemoval");
  return (
    <details className="max-w-xs">
      <summary className="cursor-pointer list-none rounded-md border border-indigo-700 bg-white px-5 py-2.5 font-semibold text-indigo-800 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 [&::-webkit-details-marker]:hidden">
        Remove<span className="sr-only"> {email}</span>
      </summary>
      <form
        action={removal.formAction}
        onSubmit={removal.onSubmit}
        className="mt-2 flex flex-col items-start gap-2"
      >
        <input type="hidden" name="userId" value={userId} />
        <p className="text-sm">
          Remove <span className="break-words">{name}</span> from the organisation? They lose access
          to its tickets at once, and we email them.
        </p>
        <SubmitButton
          pending={removal.removing === userId}
          pendingLabel="Removing…"
          look="secondary"
        >
          Yes, remove<span className="sr-only"> {email}</span>
        </SubmitButton>
      </form>
    </details>
  );
}
