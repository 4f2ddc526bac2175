import { Fragment } from "react";

const webAddress = /\bhttps?:\/\/[^\s<>"]+/giu;
const trailingPunctuation = /[.,;:!?)\]'"]+$/u;

/**
 * Text a person wrote, shown as text: line breaks kept, web addresses made into links that
 * carry no referrer and no endorsement, and nothing else interpreted.
 */
export function UserText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(webAddress)) {
    const address = match[0].replace(trailingPunctuation, "");
    const start = match.index;
    parts.push(<Fragment key={`t${start}`}>{text.slice(last, start)}</Fragment>);
    parts.push(
      <a
        key={`a${start}`}
        href={address}
        rel="noopener noreferrer nofollow"
        className="break-all underline"
      >
        {address}
      </a>,
    );
    last = start + address.length;
  }
  parts.push(<Fragment key="end">{text.slice(last)}</Fragment>);
  return (
    <div dir="auto" className="whitespace-pre-wrap break-words">
      {parts}
    </div>
  );
}
