// The benchmark's page: esbuild bundles it, with the peers, for browser.mjs.
import { check } from "../pkg/cvm_password.js";
import { run } from "./suite.mjs";

globalThis.benchmark = async (options) => {
  return run(check, options);
};
