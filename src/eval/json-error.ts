// Where JSON text first goes wrong, as line and column. V8's JSON.parse messages give a position only for
// some errors ("Unexpected token ']', "[1,]" is not valid JSON" has none), so this rescans the text.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ["true", "false", "null"];

/** The offset of the first syntax error in `text`, or text.length when the scan finds none. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return true;
      }
      if (c === "\\") {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return false;
        i = ESCAPE.lastIndex;
      } else if (c < " ") return false;
      else i++;
    }
    return false;
  };
  // Objects and arrays share one loop: members until the closing bracket, separated by commas.
  const members = (close: string, member: () => boolean): boolean => {
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return true;
    }
    for (;;) {
      if (!member()) return false;
      space();
      const c = text.charAt(i);
      i++;
      if (c === close) return true;
      if (c !== ",") {
        i--;
        return false;
      }
    }
  };
  const value = (): boolean => {
    space();
    const c = text.charAt(i);
    if (c === "{") return members("}", property);
    if (c === "[") return members("]", value);
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    const word = LITERALS.find((w) => text.startsWith(w, i));
    if (word === undefined) return false;
    i += word.length;
    return true;
  };
  const property = (): boolean => {
    space();
    if (text.charAt(i) !== '"' || !string()) return false;
    space();
    if (text.charAt(i) !== ":") return false;
    i++;
    return value();
  };
  if (value()) space();
  return Math.min(i, text.length);
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
