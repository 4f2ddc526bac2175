import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UserText } from "@/components/user-text";

const render = (text: string) => renderToStaticMarkup(<UserText text={text} />);

describe("text a person wrote", () => {
  it("makes web addresses links without referrer or endorsement, leaving punctuation out", () => {
    const html = render("See https://example.com/a?b=1&c=2. Thanks!");
    expect(html).toContain(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow"',
    );
    expect(html).toContain("</a>. Thanks!");
  });

  it("interprets nothing else: markup stays text, other schemes are not links", () => {
    const html = render('<img src=x onerror="alert(1)"> javascript:alert(1) [x](http://a)');
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toContain('href="javascript');
  });

  it("keeps line breaks and writing direction", () => {
    const html = render("שלום\nline two");
    expect(html).toContain('dir="auto"');
    expect(html).toContain("שלום\nline two");
  });
});
