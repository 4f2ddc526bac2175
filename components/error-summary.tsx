"use client";

import { useEffect, useRef } from "react";

interface ErrorSummaryProps {
  title: string;
  errors: { fieldId: string; message: string }[];
  formError?: string;
}

/** Lists a form's problems with links to the fields, and takes focus so it is read out. */
export function ErrorSummary({ title, errors, formError }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-2 focus:outline-red-700"
    >
      <h2 className="font-semibold">{title}</h2>
      {formError && <p className="mt-1">{formError}</p>}
      {errors.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${error.fieldId}`} className="underline">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
