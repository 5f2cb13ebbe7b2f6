import sys
from collections import deque


def count_islands(grid, rows, cols):
    seen = bytearray(rows * cols)
    islands = 0
    for start in range(rows * cols):
        if grid[start] != 35 or seen[start]:  # 35 is '#'
            continue
        islands += 1
        seen[start] = 1
        queue = deque([start])
        while queue:
            cell = queue.popleft()
            r, c = divmod(cell, cols)
            for neighbor, inside in ((cell - cols, r > 0), (cell + cols, r < rows - 1), (cell - 1, c > 0), (cell + 1, c < cols - 1)):
                if inside and grid[neighbor] == 35 and not seen[neighbor]:
                    seen[neighbor] = 1
                    queue.append(neighbor)
    return islands


def main():
    lines = sys.stdin.buffer.read().split()
    rows, cols = int(lines[0]), int(lines[1])
    grid = b"".join(lines[2 : 2 + rows])
    print(count_islands(grid, rows, cols))


main()
