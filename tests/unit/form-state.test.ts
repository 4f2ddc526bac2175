import { describe, expect, it } from "vitest";
import {
  accepted,
  fieldErrorsFrom,
  initialFormState,
  readTextFields,
  refused,
} from "@/components/form-state";

describe("an account form's state", () => {
  it("reads the named text fields, and anything else as empty", () => {
    const formData = new FormData();
    formData.set("email", " jana@example.com ");
    formData.set("password", new Blob(["not text"]));
    expect(readTextFields(formData, ["email", "password", "name"])).toEqual({
      email: " jana@example.com ",
      password: "",
      name: "",
    });
  });

  it("keeps the first message for each field", () => {
    const errors = fieldErrorsFrom<"email" | "password">([
      { path: ["password"], message: "Use at least 8 characters." },
      { path: ["password"], message: "This password is one of the most common ones." },
      { path: ["email"], message: "Enter a valid email address." },
    ]);
    expect(errors).toEqual({
      password: "Use at least 8 characters.",
      email: "Enter a valid email address.",
    });
  });

  it("counts every answer, so that each refusal is announced afresh", () => {
    const first = refused(initialFormState<"email">(), { email: "x" }, { formError: "No." });
    const second = refused(first, { email: "x" }, { formError: "No." });
    expect([first.attempt, second.attempt]).toEqual([1, 2]);
    expect(second).toMatchObject({ status: "invalid", values: { email: "x" }, fieldErrors: {} });
    expect(accepted(second, { email: "y" })).toEqual({
      status: "done",
      attempt: 3,
      values: { email: "y" },
      fieldErrors: {},
    });
  });
});
