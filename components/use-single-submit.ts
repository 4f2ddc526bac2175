"use client";

import { type FormEvent, startTransition, useEffect, useRef } from "react";

/**
 * Submits a form through its action once per click: a second click while the first is on its
 * way does nothing. Submitting in a transition keeps what was typed if the server finds a
 * problem (a plain form action would reset the form). Without JavaScript the form posts as is.
 */
export function useSingleSubmit(formAction: (formData: FormData) => void, pending: boolean) {
  const sending = useRef(false);
  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}
