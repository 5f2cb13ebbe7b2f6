const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function fizzBuzzCounts(n) {
  const both = Math.floor(n / 15);
  return [Math.floor(n / 3) - both, Math.floor(n / 5) - both, both];
}

const q = data[0];
const lines = data.slice(1, 1 + q).map((n) => fizzBuzzCounts(n).join(" "));
console.log(lines.join("\n"));
