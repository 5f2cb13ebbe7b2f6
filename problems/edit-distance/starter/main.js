const [a, b] = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

function editDistance(source, target) {
  // TODO: fewest insertions, deletions and replacements turning source into target
  return 0;
}

console.log(editDistance(a, b));
