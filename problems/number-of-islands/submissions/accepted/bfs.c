#include <stdio.h>
#include <stdlib.h>

#define MAX_CELLS 640000

static char grid[MAX_CELLS + 1001];
static unsigned char seen[MAX_CELLS];
static int queue[MAX_CELLS];

static int count_islands(int rows, int cols) {
    static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    int islands = 0;
    for (int start = 0; start < rows * cols; start++) {
        if (grid[start] != '#' || seen[start]) continue;
        islands++;
        seen[start] = 1;
        int head = 0, tail = 0;
        queue[tail++] = start;
        while (head < tail) {
            int cell = queue[head++];
            for (int d = 0; d < 4; d++) {
                int r = cell / cols + dr[d], c = cell % cols + dc[d];
                if (r < 0 || r >= rows || c < 0 || c >= cols) continue;
                int next = r * cols + c;
                if (grid[next] != '#' || seen[next]) continue;
                seen[next] = 1;
                queue[tail++] = next;
            }
        }
    }
    return islands;
}

int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 1;
    for (int r = 0; r < rows; r++) {
        if (scanf("%1000s", grid + r * cols) != 1) return 1;
    }
    printf("%d\n", count_islands(rows, cols));
    return 0;
}
