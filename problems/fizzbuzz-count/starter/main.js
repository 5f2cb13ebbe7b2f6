const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function fizzBuzzCounts(n) {
  // TODO: how many Fizz, Buzz and FizzBuzz are said counting from 1 to n
  return [0, 0, 0];
}

const q = data[0];
console.log(
  data
    .slice(1, 1 + q)
    .map((n) => fizzBuzzCounts(n).join(" "))
    .join("\n"),
);
