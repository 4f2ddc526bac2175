/**
 * A file input left empty adds a nameless empty file to the form's data; it is not an
 * attachment, and sent along it can arrive as a file named "undefined". Drop it.
 */
export function withoutEmptyFiles(formData: FormData, field = "attachments"): FormData {
  const files = formData.getAll(field);
  formData.delete(field);
  for (const file of files) {
    if (typeof file === "string" || file.size > 0 || file.name !== "") formData.append(field, file);
  }
  return formData;
}
