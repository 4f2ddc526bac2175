"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { submitTicket } from "@/app/tickets/new/actions";
import { emptyTicketValues, type SubmitTicketState } from "@/app/tickets/new/submit-ticket-state";
import { ticketLimits } from "@/lib/tickets/ticket-limits";
import { AttachmentsField } from "./attachments-field";
import { ErrorSummary } from "./error-summary";
import { FormField, inputClass } from "./form-field";
import { useAttachmentForm } from "./use-attachment-form";

interface TicketFormProps {
  submissionKey: string;
  categories: readonly string[];
  attachmentHint: string;
  /** Files go to UploadThing from the browser instead of with the form. */
  uploadsToUploadThing?: boolean;
  /** The signed-in customer: the name is filled in and the ticket is sent from their address. */
  requester?: { name: string; email: string };
}

const fieldOrder = ["name", "email", "subject", "category", "description", "attachments"] as const;

export function TicketForm({
  submissionKey,
  categories,
  attachmentHint,
  uploadsToUploadThing,
  requester,
}: TicketFormProps) {
  const initial: SubmitTicketState = {
    status: "editing",
    attempt: 0,
    submissionKey,
    values: { ...emptyTicketValues, ...requester },
    fieldErrors: {},
  };
  const [state, formAction, pending] = useActionState(submitTicket, initial);

  const { onSubmit, sizeProblem } = useAttachmentForm(formAction, pending, "attachments");

  if (state.status === "submitted" && state.reference) {
    return (
      <TicketSubmitted
        reference={state.reference}
        email={state.values.email}
        inMyTickets={state.inMyTickets ?? false}
      />
    );
  }

  const { values, fieldErrors: errors } = state;
  const summary = fieldOrder
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: field, message: errors[field] ?? "" }));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {state.status === "invalid" && (
        <ErrorSummary
          key={state.attempt}
          title="Your ticket was not sent yet"
          errors={summary}
          formError={state.formError}
        />
      )}
      <input type="hidden" name="submissionKey" value={state.submissionKey} />
      <FormField id="name" label="Your name" error={errors.name}>
        {(describedBy, invalid) => (
          <input
            id="name"
            name="name"
            autoComplete="name"
            defaultValue={values.name}
            maxLength={ticketLimits.name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </FormField>
      <FormField
        id="email"
        label="Email address"
        hint={
          requester
            ? "You are signed in, so the ticket is sent from this address."
            : "We send the confirmation and replies here."
        }
        error={errors.email}
      >
        {(describedBy, invalid) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            readOnly={Boolean(requester)}
            defaultValue={values.email}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </FormField>
      <FormField id="subject" label="Subject" error={errors.subject}>
        {(describedBy, invalid) => (
          <input
            id="subject"
            name="subject"
            defaultValue={values.subject}
            maxLength={ticketLimits.subject}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </FormField>
      <FormField id="category" label="Category" error={errors.category}>
        {(describedBy, invalid) => (
          <select
            id="category"
            name="category"
            defaultValue={values.category}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          >
            <option value="">Choose a category</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="description"
        label="Description"
        hint="What happened, what you expected, and anything you already tried."
        error={errors.description}
      >
        {(describedBy, invalid) => (
          <textarea
            id="description"
            name="description"
            rows={8}
            defaultValue={values.description}
            maxLength={ticketLimits.description}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </FormField>
      <AttachmentsField
        id="attachments"
        hint={attachmentHint}
        error={sizeProblem ?? errors.attachments}
        upload={
          uploadsToUploadThing ? { form: "ticket", submissionKey: state.submissionKey } : undefined
        }
      />
      <div>
        <button
          type="submit"
          aria-disabled={pending}
          className="rounded-md bg-indigo-700 px-5 py-2.5 font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 aria-disabled:opacity-70"
        >
          {pending ? "Sending…" : "Submit ticket"}
        </button>
      </div>
    </form>
  );
}

function TicketSubmitted({
  reference,
  email,
  inMyTickets,
}: {
  reference: string;
  email: string;
  /** A signed-in customer finds the ticket in My Tickets; a guest follows it with Track. */
  inMyTickets: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="submitted-heading" className="flex flex-col gap-4">
      <h2
        id="submitted-heading"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-indigo-700"
      >
        Thank you, your ticket has been sent
      </h2>
      <p>
        Your reference number is{" "}
        <strong data-testid="ticket-reference" className="font-mono text-lg">
          {reference}
        </strong>
        . Keep it handy when you contact us.
      </p>
      <p>
        We have sent a confirmation to {email}. Our support team will reply there and in My Tickets.
      </p>
      <p className="flex gap-4">
        {inMyTickets ? (
          <Link href={`/my-tickets/${reference}`} className="underline">
            Open it in My Tickets
          </Link>
        ) : (
          <Link href="/track" className="underline">
            Track my ticket
          </Link>
        )}
        <a href="/tickets/new" className="underline">
          Submit another ticket
        </a>
      </p>
    </section>
  );
}
