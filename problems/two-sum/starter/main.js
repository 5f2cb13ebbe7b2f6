const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const [n, target] = data;
const nums = data.slice(2, 2 + n);

function twoSum(values, goal) {
  // TODO: return [i, j] with i < j and values[i] + values[j] === goal
  return [0, 1];
}

console.log(twoSum(nums, target).join(" "));
