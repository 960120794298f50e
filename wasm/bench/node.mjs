// The benchmark in Node: `node bench/node.mjs [--smoke]` from wasm/, after
// ./scripts/build-wasm.sh. --smoke runs 5 rounds of 20,000 calls, each contender warmed up first (a figure to
// look at, never a pass or fail); without it, 7 rounds of 50,000 calls.
import { check } from "../pkg/cvm_password.js";
import { run, table } from "./suite.mjs";

const smoke = process.argv.includes("--smoke");
const results = run(check, smoke ? { rounds: 5, calls: 20_000, zxcvbnCalls: 20 } : { zxcvbnCalls: 200 });
console.log(table(`Node ${process.version}${smoke ? ", smoke run" : ""}`, results));
if (process.argv.includes("--json")) console.log(JSON.stringify(results));
