#include <stdio.h>

#define MAX_CELLS 640000

static char grid[MAX_CELLS + 1001];
static int label[MAX_CELLS];

/* Gives each land cell its own label, then spreads the smallest label to neighbours until nothing
 * changes: one pass per step along the longest island, O(cells * island length). */
int main(void) {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 1;
    for (int r = 0; r < rows; r++) scanf("%1000s", grid + r * cols);
    int cells = rows * cols;
    for (int i = 0; i < cells; i++) label[i] = grid[i] == '#' ? i + 1 : 0;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int i = 0; i < cells; i++) {
            if (!label[i]) continue;
            int r = i / cols, c = i % cols, best = label[i];
            if (r > 0 && label[i - cols] && label[i - cols] < best) best = label[i - cols];
            if (r < rows - 1 && label[i + cols] && label[i + cols] < best) best = label[i + cols];
            if (c > 0 && label[i - 1] && label[i - 1] < best) best = label[i - 1];
            if (c < cols - 1 && label[i + 1] && label[i + 1] < best) best = label[i + 1];
            if (best < label[i]) label[i] = best, changed = 1;
        }
    }
    int islands = 0;
    for (int i = 0; i < cells; i++) islands += label[i] == i + 1;
    printf("%d\n", islands);
    return 0;
}
