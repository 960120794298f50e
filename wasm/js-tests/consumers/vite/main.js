import { check } from "cvm-password";

const weak = check("abc", { targets: ["linux"] }).violations.map((v) => v.code);
const strong = check("abc123ABC!@#", { targets: ["linux"] }).ok;
const pre = document.createElement("pre");
pre.id = "verdict";
pre.textContent = JSON.stringify([weak, strong]);
document.body.append(pre);
