// The query language, parsed into a tree that the SQLite compiler and the reference matcher both read.
// Total: every string parses (stray operators and parentheses are dropped, open ones close at the end), so
// no user input can reach SQL or FTS5 as syntax. The rules are in README.md. LIMITS bound the work.
import { fold } from "./fold.js";

export type QueryNode =
  | { kind: "term"; text: string }
  | { kind: "and"; items: QueryNode[] }
  | { kind: "or"; items: QueryNode[] }
  | { kind: "not"; item: QueryNode };

export const LIMITS = {
  /** Longer queries are cut to this many UTF-16 units before parsing. */
  queryChars: 1000,
  /** Terms after this many are ignored. */
  terms: 32,
  /** Parentheses nested deeper are ignored (their content still counts, one level up). */
  depth: 8,
  /** A longer term is matched as overlapping pieces of this many characters, all of which must occur. */
  termChars: 64,
} as const;

type Token =
  | { type: "word" | "phrase"; text: string }
  | { type: "(" | ")" | "-" | "OR" | "AND" }
  | { type: "NOT" };

/** White space and control characters (NUL included) separate terms, as fold() makes them spaces. */
export function isSeparator(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code < 0xa0) || /\s/u.test(c);
}
const OPERATORS = new Set(["OR", "AND", "NOT"]);

function lex(q: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let ignored = 0; // "(" dropped for depth; their ")" are dropped too
  let i = 0;
  while (i < q.length) {
    const c = q[i] as string;
    if (isSeparator(c)) {
      i++;
    } else if (c === '"') {
      let text = "";
      for (i++; i < q.length; i++) {
        if (q[i] !== '"') text += q[i];
        else if (q[i + 1] === '"') text += q[i++];
        else break;
      }
      i++;
      tokens.push({ type: "phrase", text });
    } else if (c === "(") {
      i++;
      if (depth < LIMITS.depth) {
        depth++;
        tokens.push({ type: "(" });
      } else ignored++;
    } else if (c === ")") {
      i++;
      if (ignored > 0) ignored--;
      else if (depth > 0) {
        depth--;
        tokens.push({ type: ")" });
      }
    } else if (c === "-" && i + 1 < q.length && !isSeparator(q[i + 1] as string)) {
      i++;
      tokens.push({ type: "-" });
    } else {
      const start = i;
      while (i < q.length && !isSeparator(q[i] as string) && !'"()'.includes(q[i] as string)) i++;
      const text = q.slice(start, i);
      if (OPERATORS.has(text)) tokens.push({ type: text as "OR" | "AND" | "NOT" });
      else if (text !== "-") tokens.push({ type: "word", text });
    }
  }
  return tokens;
}

/** Parses a user query; never throws. The result is always an "and" node (possibly empty). */
export function parseQuery(q: string): QueryNode {
  const tokens = lex(q.slice(0, LIMITS.queryChars));
  let at = 0;
  let terms = 0;
  const peek = () => tokens[at]?.type;

  function sequence(inGroup: boolean): QueryNode {
    const items: QueryNode[] = [];
    while (at < tokens.length) {
      if (peek() === ")" && inGroup) break;
      const before = at;
      const node = alternatives();
      if (node) items.push(node);
      if (at === before) at++; // a stray AND, OR or ")": skip it
    }
    return { kind: "and", items };
  }

  function alternatives(): QueryNode | null {
    const items: QueryNode[] = [];
    const first = unary();
    if (first) items.push(first);
    while (peek() === "OR") {
      at++;
      const next = unary();
      if (next) items.push(next);
    }
    if (items.length <= 1) return items[0] ?? null;
    return { kind: "or", items };
  }

  function unary(): QueryNode | null {
    const type = peek();
    if (type === "-" || type === "NOT") {
      at++;
      const item = unary();
      return item && { kind: "not", item };
    }
    return primary();
  }

  function primary(): QueryNode | null {
    const token = tokens[at];
    if (token === undefined) return null;
    if (token.type === "(") {
      at++;
      const group = sequence(true);
      if (peek() === ")") at++;
      return group;
    }
    if (token.type !== "word" && token.type !== "phrase") return null;
    at++;
    const text = fold(token.text);
    if (text === "" || terms >= LIMITS.terms) return null;
    terms++;
    return { kind: "term", text };
  }

  return sequence(false);
}

/** How many characters (code points) a folded term has: one-character terms search headlines only. */
export function termLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The pieces a term of two or more characters is matched as: itself, or overlapping LIMITS.termChars pieces. */
export function termPieces(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length <= LIMITS.termChars) return [text];
  const pieces: string[] = [];
  for (let i = 0; ; i += LIMITS.termChars - 1) {
    pieces.push(chars.slice(i, i + LIMITS.termChars).join(""));
    if (i + LIMITS.termChars >= chars.length) return pieces;
  }
}

/** The terms a result should show highlighted: every term not under an exclusion. */
export function positiveTerms(node: QueryNode): string[] {
  if (node.kind === "term") return [node.text];
  if (node.kind === "not") return [];
  return node.kind === "and" || node.kind === "or" ? node.items.flatMap(positiveTerms) : [];
}
