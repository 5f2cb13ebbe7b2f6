const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const [n, target] = data;
const nums = data.slice(2, 2 + n);

function twoSum(values, goal) {
  const indexOf = new Map();
  for (let j = 0; j < values.length; j++) {
    const i = indexOf.get(goal - values[j]);
    if (i !== undefined) return [i, j];
    if (!indexOf.has(values[j])) indexOf.set(values[j], j);
  }
  return [-1, -1];
}

console.log(twoSum(nums, target).join(" "));
