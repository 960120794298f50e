// The built package (../pkg), initialised for Node: the browser fetches the
// .wasm beside the module, Node hands its bytes over.
import { readFileSync } from "node:fs";
import { initSync } from "../pkg/cvm_password.js";

initSync({ module: readFileSync(new URL("../pkg/cvm_password_bg.wasm", import.meta.url)) });

export * from "../pkg/cvm_password.js";

/** A corpus string: text, or an array of UTF-16 code units (lone surrogates). */
export const text = (value) => (typeof value === "string" ? value : String.fromCharCode(...value));

export const corpus = JSON.parse(readFileSync(new URL("../tests/corpus.json", import.meta.url), "utf8")).cases;
