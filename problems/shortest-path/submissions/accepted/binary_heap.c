#include <stdio.h>
#include <stdlib.h>

typedef struct {
    double dist;
    int node;
} Item;

static int *head, *next_edge, *edge_to;
static double *edge_length;
static Item *heap;
static int heap_size;

static void heap_push(Item item) {
    int i = heap_size++;
    while (i > 0 && heap[(i - 1) / 2].dist > item.dist) {
        heap[i] = heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    heap[i] = item;
}

static Item heap_pop(void) {
    Item top = heap[0], last = heap[--heap_size];
    int i = 0;
    for (;;) {
        int child = 2 * i + 1;
        if (child >= heap_size) break;
        if (child + 1 < heap_size && heap[child + 1].dist < heap[child].dist) child++;
        if (heap[child].dist >= last.dist) break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = last;
    return top;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    head = malloc(sizeof *head * (size_t)(n + 1));
    next_edge = malloc(sizeof *next_edge * (size_t)(m + 1));
    edge_to = malloc(sizeof *edge_to * (size_t)(m + 1));
    edge_length = malloc(sizeof *edge_length * (size_t)(m + 1));
    heap = malloc(sizeof *heap * (size_t)(m + 2));
    double *dist = malloc(sizeof *dist * (size_t)(n + 1));
    for (int i = 0; i <= n; i++) head[i] = -1, dist[i] = -1;
    for (int i = 0; i < m; i++) {
        int u;
        if (scanf("%d %d %lf", &u, &edge_to[i], &edge_length[i]) != 3) return 1;
        next_edge[i] = head[u];
        head[u] = i;
    }
    dist[1] = 0;
    heap_push((Item){0, 1});
    while (heap_size > 0) {
        Item top = heap_pop();
        if (top.dist > dist[top.node]) continue;
        for (int e = head[top.node]; e >= 0; e = next_edge[e]) {
            double candidate = top.dist + edge_length[e];
            if (dist[edge_to[e]] < 0 || candidate < dist[edge_to[e]]) {
                dist[edge_to[e]] = candidate;
                heap_push((Item){candidate, edge_to[e]});
            }
        }
    }
    for (int i = 1; i <= n; i++) {
        if (dist[i] < 0) puts("-1");
        else printf("%.6f\n", dist[i]);
    }
    return 0;
}
