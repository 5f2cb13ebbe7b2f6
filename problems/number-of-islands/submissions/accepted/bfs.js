const lines = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

function countIslands(grid, rows, cols) {
  const seen = new Uint8Array(rows * cols);
  const queue = new Int32Array(rows * cols);
  let islands = 0;
  for (let start = 0; start < rows * cols; start++) {
    if (grid[start] !== "#" || seen[start]) continue;
    islands++;
    seen[start] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const cell = queue[head++];
      const r = Math.floor(cell / cols);
      const c = cell % cols;
      const neighbors = [
        r > 0 ? cell - cols : -1,
        r < rows - 1 ? cell + cols : -1,
        c > 0 ? cell - 1 : -1,
        c < cols - 1 ? cell + 1 : -1,
      ];
      for (const next of neighbors) {
        if (next >= 0 && grid[next] === "#" && !seen[next]) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
  }
  return islands;
}

const [rows, cols] = [Number(lines[0]), Number(lines[1])];
console.log(countIslands(lines.slice(2, 2 + rows).join(""), rows, cols));
