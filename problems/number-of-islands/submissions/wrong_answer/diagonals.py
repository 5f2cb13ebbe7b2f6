import sys
from collections import deque

# Treats diagonal neighbours as connected (8 directions instead of 4).
lines = sys.stdin.read().split()
rows, cols = int(lines[0]), int(lines[1])
grid = lines[2 : 2 + rows]
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
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    ny, nx = y + dy, x + dx
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "#" and not seen[ny][nx]:
                        seen[ny][nx] = True
                        queue.append((ny, nx))
print(islands)
