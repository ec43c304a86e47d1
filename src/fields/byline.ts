// Bylines and credits → authors with roles: （记者 邹辉 通讯员 朱真） · ■ 孙文辉 · 本报记者 张三 摄.
import type { Author, AuthorRole } from "../model/index.js";
import { BYLINE_ROLES, PERSON_NAME } from "./patterns.js";

const SEPARATORS = /[\s\u3000\u00a0、，,；;]+/u;

/**
 * Names inside a byline, each under the last role word before it. A name run together with its role
 * (记者钱一凡) is split off the role word. Printers pad two-character names to three cells (汪　平):
 * a lone Han character followed by another lone one is joined back.
 */
export function parseByline(inner: string, defaultRole: AuthorRole): Author[] {
  const authors: Author[] = [];
  let role: AuthorRole = defaultRole;
  const tokens = inner.split(SEPARATORS).filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as string;
    const roleWord = BYLINE_ROLES.find((r) => token.startsWith(r.word));
    if (roleWord) {
      role = defaultRole === "photographer" ? "photographer" : roleWord.role;
      token = token.slice(roleWord.word.length);
      if (token.length === 0) continue;
    }
    if (token.length === 1 && /^\p{Script=Han}$/u.test(token)) {
      const next = tokens[i + 1];
      if (next !== undefined && next.length === 1) {
        token += next;
        i++;
      }
    }
    if (PERSON_NAME.test(token)) authors.push({ name: token, role });
  }
  return authors;
}
