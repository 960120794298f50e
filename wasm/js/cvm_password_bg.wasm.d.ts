// The WebAssembly module's exports (wasm/src/abi.rs): integers in and out,
// through buffers in its memory. Only cvm_password.js calls them.
export const memory: WebAssembly.Memory;
export const cvm_check: (api: number, targets: number, strict: number, passwordLength: number, usernameLength: number) => void;
export const cvm_rules: (api: number, targets: number, strict: number) => void;
export const cvm_form: (api: number, targets: number, strict: number, usernameLength: number) => void;
export const cvm_generate: (api: number, targets: number, length: number, usernameLength: number) => number;
export const cvm_random_filled: () => void;
export const cvm_api_count: () => number;
export const cvm_api: (index: number) => void;
export const cvm_units: () => number;
export const cvm_words: () => number;
export const cvm_bytes: () => number;
export const cvm_random: () => number;
