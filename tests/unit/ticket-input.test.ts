import { describe, expect, it } from "vitest";
import { ticketInputSchema } from "@/lib/tickets/ticket-input";

const schema = ticketInputSchema(["Billing", "Technical problem"]);
const valid = {
  name: "Ana Novak",
  email: "ana@example.com",
  subject: "Invoice is missing",
  category: "Billing",
  description: "The November invoice never arrived.",
  submissionKey: "3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60",
};

function errorFor(input: Record<string, unknown>, field: string) {
  const result = schema.safeParse(input);
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("the Submit a Ticket fields", () => {
  it("accept a complete form and normalise the email address", () => {
    const result = schema.parse({ ...valid, email: "  Ana.Novak@Example.COM " });
    expect(result.email).toBe("ana.novak@example.com");
  });

  it.each([
    ["", "Enter your email address."],
    ["not-an-email", "Enter a valid email address, like name@example.com."],
    ["two@@example.com", "Enter a valid email address, like name@example.com."],
    ["ana＠example.com", "Enter a valid email address, like name@example.com."],
    ["a@example.com, b@example.com", "Enter a valid email address, like name@example.com."],
  ])("refuse the email address %j", (email, message) => {
    expect(errorFor({ ...valid, email }, "email")).toBe(message);
  });

  it("refuse a subject of 5,000 characters with a message that says the limit", () => {
    expect(errorFor({ ...valid, subject: "x".repeat(5000) }, "subject")).toBe(
      "Keep a subject under 200 characters.",
    );
  });

  it("count a description's line breaks as the form's maxlength does, one character each", () => {
    // The browser allows 20,000 characters and sends each line break as \r\n.
    const description = `${"a\r\n".repeat(9_999)}ab`;
    expect(description.length).toBe(29_999);
    expect(schema.parse({ ...valid, description }).description).toBe(`${"a\n".repeat(9_999)}ab`);
    expect(errorFor({ ...valid, description: "a".repeat(20_001) }, "description")).toBe(
      "Keep a description under 20,000 characters.",
    );
  });

  it("refuse blank text and an unknown category", () => {
    expect(errorFor({ ...valid, description: "   \n " }, "description")).toBe(
      "Enter a description.",
    );
    expect(errorFor({ ...valid, category: "Lottery" }, "category")).toBe(
      "Choose a category from the list.",
    );
  });

  it("keep emoji and right-to-left text as they were typed", () => {
    const description = "שלום 👋🏽 مرحبا — ✅";
    expect(schema.parse({ ...valid, description }).description).toBe(description);
  });
});

describe("text fields", () => {
  it("drop NUL and other control characters, and direction overrides in one-line fields", () => {
    const result = schema.parse({
      ...valid,
      name: "Ana\u0000 Novak",
      subject: "invoice\u202Etxt.exe",
      description: "line one\u0000\nline two\tindented \u202Bקצת\u202C",
    });
    expect(result.name).toBe("Ana  Novak");
    expect(result.subject).toBe("invoicetxt.exe");
    expect(result.description).toBe("line one\nline two\tindented \u202Bקצת\u202C");
  });

  it("refuse a field made only of control characters as empty", () => {
    expect(errorFor({ ...valid, subject: "\u0000\u0007" }, "subject")).toBe("Enter a subject.");
  });
});
