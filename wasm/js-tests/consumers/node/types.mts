// The installed package's types, as TypeScript resolves them for a Node ESM
// project (module nodenext, through the "types" condition of "exports").
import { check, type Violation, type ViolationCode } from "cvm-password";

const verdict = check("abc", { targets: ["linux"] });
const ok: boolean = verdict.ok;
const codes: ViolationCode[] = verdict.violations.map((v: Violation) => v.code);
// @ts-expect-error: not a target
check("abc", { targets: ["solaris"] });
// @ts-expect-error: not a language of the messages
check("abc", { lang: "fr" });
// Every option may be left out, as on every host.
check("abc", {});
check("abc");
export { codes, ok };
