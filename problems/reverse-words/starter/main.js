const line = require("node:fs").readFileSync(0, "utf8");

function reverseWords(text) {
  // TODO: the words of text in reverse order, joined by single spaces
  return text.trim();
}

console.log(reverseWords(line));
