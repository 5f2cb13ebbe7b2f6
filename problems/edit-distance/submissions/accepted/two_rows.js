const [a, b] = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

function editDistance(source, target) {
  let previous = Int32Array.from({ length: target.length + 1 }, (_, j) => j);
  let current = new Int32Array(target.length + 1);
  for (let i = 1; i <= source.length; i++) {
    current[0] = i;
    for (let j = 1; j <= target.length; j++) {
      if (source[i - 1] === target[j - 1]) current[j] = previous[j - 1];
      else current[j] = 1 + Math.min(previous[j - 1], previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[target.length];
}

console.log(editDistance(a, b));
