// Reverses the characters instead of the words.
const line = require("node:fs").readFileSync(0, "utf8").trim();
console.log(line.split("").reverse().join(""));
