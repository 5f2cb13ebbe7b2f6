#include <stdio.h>
#include <stdlib.h>

/* TODO: find i < j with nums[i] + nums[j] == target. */
static void two_sum(const long long *nums, int n, long long target, int *i, int *j) {
    (void)nums;
    (void)n;
    (void)target;
    *i = 0;
    *j = 1;
}

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 1;
    long long *nums = malloc(sizeof *nums * n);
    for (int k = 0; k < n; k++) scanf("%lld", &nums[k]);
    int i, j;
    two_sum(nums, n, target, &i, &j);
    printf("%d %d\n", i, j);
    free(nums);
    return 0;
}
