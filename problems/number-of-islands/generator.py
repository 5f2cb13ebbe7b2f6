"""Writes data/sample and data/secret for Number of Islands. Deterministic: python3 generator.py"""
import random
from collections import deque
from pathlib import Path

HERE = Path(__file__).parent


def count_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "#" and not seen[ny][nx]:
                        seen[ny][nx] = True
                        queue.append((ny, nx))
    return islands


def write(group, name, grid):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(grid)} {len(grid[0])}\n" + "".join(row + "\n" for row in grid))
    (folder / f"{name}.ans").write_text(f"{count_islands(grid)}\n")


def random_grid(rng, rows, cols, land):
    return ["".join("#" if rng.random() < land else "." for _ in range(cols)) for _ in range(rows)]


def snake(rows, cols):
    """One island winding through every other row: its path is about rows * cols / 2 cells long."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append("#" * cols)
        elif r % 4 == 1:
            grid.append("." * (cols - 1) + "#")
        else:
            grid.append("#" + "." * (cols - 1))
    return grid


def main():
    rng = random.Random(9)
    write("sample", "1", ["####.", "##.#.", "##...", "....."])
    write("sample", "2", ["##...", "##...", "..#..", "...##"])
    write("secret", "01-one-cell", ["#"])
    write("secret", "02-water", ["....", "...."])
    write("secret", "03-checkerboard", ["".join("#" if (r + c) % 2 == 0 else "." for c in range(60)) for r in range(40)])
    write("secret", "04-random", random_grid(rng, 800, 800, 0.45))
    write("secret", "05-snake", snake(799, 800))


main()
