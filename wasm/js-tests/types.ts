// Compiled, never run, by types.test.mjs: the package's TypeScript types
// are exact enough to catch these mistakes. Each @ts-expect-error must find
// an error, or tsc fails: with `any` types, none would.
import init, { check, formAttributes, generate, rules } from "../pkg/cvm_password.js";
import type { CheckResult, FormAttributes, Rules, Target, Violation } from "../pkg/cvm_password.js";

export async function form(password: string): Promise<string[]> {
  await init();
  const targets: Target[] = ["linux", "windows"];
  const result: CheckResult = check(password, { targets, username: "Administrator", lang: "zh-CN" });
  const lines: string[] = [];
  for (const v of result.violations) {
    lines.push(`${v.code} ${v.apiErrorCode}: ${v.message}`);
    if (v.code === "too_short") {
      lines.push(`${v.length} < ${v.min}`);
    }
    if (v.code === "too_few_categories") {
      lines.push(v.present.join(", "));
    }
    // @ts-expect-error: `min` belongs to too_short only
    lines.push(String(v.min));
  }
  for (const { start, end } of result.disallowed) {
    lines.push(password.slice(start, end));
  }
  const ok: boolean = result.ok && result.categories.special;
  const attributes: FormAttributes = formAttributes(targets, { username: "ec2-user" });
  const limits: Rules = rules(targets);
  const suggestion: string = generate(targets, { length: limits.generatedLength });
  lines.push(String(ok), attributes.pattern, suggestion);

  // @ts-expect-error: not an OS the rules know
  check(password, { targets: ["mac"] });
  // @ts-expect-error: targets are required
  check(password, {});
  // @ts-expect-error: only en and zh-CN
  check(password, { targets, lang: "fr" });
  // @ts-expect-error: a length is a number
  generate(targets, { length: "20" });
  // @ts-expect-error: no such field
  lines.push(result.score);
  const code: Violation["code"] = "leading_slash";
  // @ts-expect-error: no such code
  const wrong: Violation["code"] = "too_weak";
  lines.push(code, wrong);
  return lines;
}
