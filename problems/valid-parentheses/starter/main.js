const lines = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

function isValid(text) {
  // TODO: true when every bracket in text is closed by its kind, in order
  return true;
}

const t = Number(lines[0]);
console.log(
  lines
    .slice(1, 1 + t)
    .map((s) => (isValid(s) ? "YES" : "NO"))
    .join("\n"),
);
