const line = require("node:fs").readFileSync(0, "utf8");

function reverseWords(text) {
  return text.split(/\s+/).filter(Boolean).reverse().join(" ");
}

console.log(reverseWords(line));
