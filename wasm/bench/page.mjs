// The benchmark's page: esbuild bundles it, with the peers, for browser.mjs.
import init, { check } from "../pkg/cvm_password.js";
import { run } from "./suite.mjs";

globalThis.benchmark = async (options) => {
  await init({ module_or_path: new URL("./cvm_password_bg.wasm", location.href) });
  return run(check, options);
};
