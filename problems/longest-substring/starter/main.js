const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function longestDistinct(codes) {
  // TODO: length of the longest run of codes with no code repeated
  return 0;
}

console.log(longestDistinct(data.slice(1, 1 + data[0])));
