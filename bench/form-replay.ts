/**
 * Replays a server-action form the way a browser without JavaScript sends it: a multipart POST
 * to the page with the hidden `$ACTION_…` fields React rendered into the form, plus our fields.
 */
export interface RenderedForm {
  hidden: [string, string][];
}

const entities: Record<string, string> = {
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
};

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w$:-]+)="([^"]*)"/g)) {
    if (name)
      found[name] = (value ?? "").replace(/&(quot|#x27|#39|lt|gt|amp);/g, (e) => entities[e] ?? e);
  }
  return found;
}

/** The hidden fields of the page's form that has an input called `fieldName`. */
export function readForm(html: string, fieldName: string): RenderedForm {
  for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    const inputs = [...form.matchAll(/<input\b[^>]*>/g)].map(([tag]) => attributes(tag));
    if (!inputs.some((input) => input.name === fieldName)) continue;
    const hidden = inputs
      .filter((input) => input.type === "hidden" && input.name)
      .map((input): [string, string] => [input.name ?? "", input.value ?? ""]);
    return { hidden };
  }
  throw new Error(`No form with a field called ${fieldName} on the page`);
}

/** A multipart/form-data body of text fields, as a browser encodes a form. */
export function multipart(fields: [string, string][]): { body: string; contentType: string } {
  const boundary = `----podporabench${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: `${parts.join("")}--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
