// Tiny HTML templates: the `html` tag escapes every interpolation unless it is already Html, so text from
// the archive can never become markup. Arrays are joined; null, undefined and false render as nothing.

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Child = Html | string | number | null | undefined | false | readonly Child[];

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  if (child instanceof Html) return child.text;
  if (Array.isArray(child)) return child.map(render).join("");
  return escapeHtml(String(child));
}

export function html(strings: TemplateStringsArray, ...values: readonly Child[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Markup written by this code (never archive text): the stylesheet, fixed fragments. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Items with a separator between them, each escaped unless Html. */
export function joinHtml(items: readonly Child[], separator: Child): Html {
  return new Html(items.map((item, i) => (i > 0 ? render(separator) : "") + render(item)).join(""));
}
