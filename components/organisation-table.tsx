import type { ReactNode } from "react";

/**
 * A table of the Users tab (members, pending invitations): named columns, then one of buttons.
 * On a narrow screen it scrolls sideways in its own box, not the page.
 */
export function OrganisationTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4">
                {column}
              </th>
            ))}
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
