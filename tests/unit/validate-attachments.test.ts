import { describe, expect, it } from "vitest";
import { validateAttachments } from "@/lib/files/validate-attachments";

const file = (name: string, size: number, type = "application/octet-stream") =>
  new File([new Uint8Array(size).fill(65)], name, { type });

describe("attachments", () => {
  it("skip the empty entry a file input sends when nothing was chosen", async () => {
    expect(await validateAttachments([file("", 0)])).toEqual({ ok: true, files: [] });
  });

  it("take the content type from the extension, not from the browser's claim", async () => {
    const result = await validateAttachments([file("screenshot.PNG", 10, "text/html")]);
    expect(result.ok && result.files[0]?.contentType).toBe("image/png");
  });

  it("keep unusual names for display only", async () => {
    const result = await validateAttachments([
      file('../../etc/"passwd".txt', 3),
      file("отчёт.pdf", 5),
    ]);
    expect(result.ok && result.files.map((f) => f.name)).toEqual([
      '../../etc/"passwd".txt',
      "отчёт.pdf",
    ]);
  });

  it.each([
    [[file("passwd", 3)], "“passwd” is not a type we accept."],
    [[file("page.html", 3)], "“page.html” is not a type we accept."],
    [[file("empty.txt", 0)], "“empty.txt” is empty."],
    [[file("huge.zip", 10 * 1024 * 1024 + 1)], "“huge.zip” is larger than 10 MB."],
    [Array.from({ length: 6 }, (_, i) => file(`f${i}.txt`, 1)), "Attach at most 5 files."],
    [
      [
        file("a.zip", 9 * 1024 * 1024),
        file("b.zip", 9 * 1024 * 1024),
        file("c.zip", 9 * 1024 * 1024),
      ],
      "Together the files are larger than 25 MB.",
    ],
  ])("refuse %#", async (files, error) => {
    expect(await validateAttachments(files)).toEqual({ ok: false, error });
  });

  it("strip control and direction-override characters from names", async () => {
    const result = await validateAttachments([file("invoice\u202Efdp.txt\u0000", 3)]);
    expect(result.ok && result.files[0]?.name).toBe("invoicefdp.txt");
  });
});
