#include <stdio.h>
#include <string.h>

#define MAX_LENGTH 2000

static char a[MAX_LENGTH + 2], b[MAX_LENGTH + 2];
static int rows[2][MAX_LENGTH + 1];

static int min3(int x, int y, int z) {
    int m = x < y ? x : y;
    return m < z ? m : z;
}

static int edit_distance(const char *source, const char *target) {
    int n = (int)strlen(source), m = (int)strlen(target);
    int *previous = rows[0], *current = rows[1];
    for (int j = 0; j <= m; j++) previous[j] = j;
    for (int i = 1; i <= n; i++) {
        current[0] = i;
        for (int j = 1; j <= m; j++) {
            if (source[i - 1] == target[j - 1]) current[j] = previous[j - 1];
            else current[j] = 1 + min3(previous[j - 1], previous[j], current[j - 1]);
        }
        int *swap = previous;
        previous = current;
        current = swap;
    }
    return previous[m];
}

int main(void) {
    if (scanf("%2000s %2000s", a, b) != 2) return 1;
    printf("%d\n", edit_distance(a, b));
    return 0;
}
