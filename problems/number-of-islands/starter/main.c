#include <stdio.h>

#define MAX_CELLS 640000

static char grid[MAX_CELLS + 1001];

/* TODO: number of groups of side-adjacent '#' cells; cell (r, c) is grid[r * cols + c]. */
static int count_islands(int rows, int cols) {
    (void)rows;
    (void)cols;
    return 0;
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
