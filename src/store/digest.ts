// The fingerprint of a raw input: the archive keeps every input's bytes under their sha256.
import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
