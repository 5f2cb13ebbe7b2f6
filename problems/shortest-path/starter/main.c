#include <stdio.h>
#include <stdlib.h>

/* Roads as adjacency lists: for node u, e = head[u], then e = next_edge[e] until -1. */
static int *head, *next_edge, *edge_to;
static double *edge_length;

/* TODO: fill dist[1..n] with the distance from node 1, or -1 when unreachable. */
static void shortest_distances(int n, double *dist) {
    for (int i = 1; i <= n; i++) dist[i] = -1;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    head = malloc(sizeof *head * (size_t)(n + 1));
    next_edge = malloc(sizeof *next_edge * (size_t)(m + 1));
    edge_to = malloc(sizeof *edge_to * (size_t)(m + 1));
    edge_length = malloc(sizeof *edge_length * (size_t)(m + 1));
    double *dist = malloc(sizeof *dist * (size_t)(n + 1));
    for (int i = 0; i <= n; i++) head[i] = -1;
    for (int i = 0; i < m; i++) {
        int u;
        if (scanf("%d %d %lf", &u, &edge_to[i], &edge_length[i]) != 3) return 1;
        next_edge[i] = head[u];
        head[u] = i;
    }
    shortest_distances(n, dist);
    for (int i = 1; i <= n; i++) {
        if (dist[i] < 0) puts("-1");
        else printf("%.6f\n", dist[i]);
    }
    return 0;
}
