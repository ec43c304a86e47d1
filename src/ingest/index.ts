// ingest: bytes from the outside world in, decoded text and messages out (one adapter per input shape).
export { type DecodeResult, decodeInput } from "./decode.js";
