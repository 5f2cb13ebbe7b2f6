const lines = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const OPENING_OF = { ")": "(", "]": "[", "}": "{" };

function isValid(text) {
  const stack = [];
  for (const c of text) {
    const opening = OPENING_OF[c];
    if (opening === undefined) stack.push(c);
    else if (stack.pop() !== opening) return false;
  }
  return stack.length === 0;
}

const t = Number(lines[0]);
const answers = lines.slice(1, 1 + t).map((s) => (isValid(s) ? "YES" : "NO"));
console.log(answers.join("\n"));
