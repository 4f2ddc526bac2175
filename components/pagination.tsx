import Link from "next/link";

interface PaginationProps {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}

/** Previous and next links with the position, for lists split into pages. */
export function Pagination({ page, pages, hrefFor }: PaginationProps) {
  if (pages <= 1 && page === 1) return null;
  const current = Math.min(page, pages);
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(current === page ? page - 1 : pages)} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
