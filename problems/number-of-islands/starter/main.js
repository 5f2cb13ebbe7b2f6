const lines = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

function countIslands(grid) {
  // TODO: number of groups of side-adjacent '#' cells in grid (an array of strings)
  return 0;
}

const rows = Number(lines[0]);
console.log(countIslands(lines.slice(2, 2 + rows)));
