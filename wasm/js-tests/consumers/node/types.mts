// The installed package's types, as TypeScript resolves them for a Node ESM
// project (module nodenext, through the "types" condition of "exports").
import { check, type Violation, type ViolationCode } from "cvm-password";

const verdict = check("abc", { targets: ["linux"] });
const ok: boolean = verdict.ok;
const codes: ViolationCode[] = verdict.violations.map((v: Violation) => v.code);
// @ts-expect-error: not a target
check("abc", { targets: ["solaris"] });
// @ts-expect-error: targets are required
check("abc", {});
export { codes, ok };
