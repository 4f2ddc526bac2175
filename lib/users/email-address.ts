import { z } from "zod";

/** Every email address Podpora takes in is trimmed and lower-cased here, once. */
export const emailAddress = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));
