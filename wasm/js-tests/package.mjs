// The built package (../pkg), as Node imports it: ready on import.
import { readFileSync } from "node:fs";

export * from "../pkg/cvm_password.js";

/** A corpus string: text, or an array of UTF-16 code units (lone surrogates). */
export const text = (value) => (typeof value === "string" ? value : String.fromCharCode(...value));

export const corpus = JSON.parse(readFileSync(new URL("../tests/corpus.json", import.meta.url), "utf8")).cases;
