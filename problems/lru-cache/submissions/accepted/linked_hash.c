#include <stdio.h>
#include <string.h>

#define MAX_NODES 100005
#define SLOTS (1 << 18)

/* A doubly linked list in recency order (head = most recent) plus an open-addressing index. */
typedef struct {
    long long key, value;
    int prev, next;
} Node;

static Node nodes[MAX_NODES];
static int slot_node[SLOTS]; /* node index + 1, 0 = empty, -1 = deleted */
static int head = -1, tail = -1, size, capacity;

static unsigned slot_of(long long key) { return (unsigned)(((unsigned long long)key * 0x9E3779B97F4A7C15ULL) >> 46); }

static int find_slot(long long key) {
    for (unsigned s = slot_of(key);; s = (s + 1) & (SLOTS - 1)) {
        if (slot_node[s] == 0) return -1;
        if (slot_node[s] > 0 && nodes[slot_node[s] - 1].key == key) return (int)s;
    }
}

static void add_slot(long long key, int node) {
    unsigned s = slot_of(key);
    while (slot_node[s] > 0) s = (s + 1) & (SLOTS - 1);
    slot_node[s] = node + 1;
}

static void unlink_node(int i) {
    if (nodes[i].prev >= 0) nodes[nodes[i].prev].next = nodes[i].next;
    else head = nodes[i].next;
    if (nodes[i].next >= 0) nodes[nodes[i].next].prev = nodes[i].prev;
    else tail = nodes[i].prev;
}

static void push_front(int i) {
    nodes[i].prev = -1;
    nodes[i].next = head;
    if (head >= 0) nodes[head].prev = i;
    head = i;
    if (tail < 0) tail = i;
}

static long long get(long long key) {
    int s = find_slot(key);
    if (s < 0) return -1;
    int i = slot_node[s] - 1;
    unlink_node(i);
    push_front(i);
    return nodes[i].value;
}

static void put(long long key, long long value) {
    int s = find_slot(key), i;
    if (s >= 0) {
        i = slot_node[s] - 1;
        unlink_node(i);
    } else if (size < capacity) {
        i = size++;
        add_slot(key, i);
    } else {
        i = tail;
        unlink_node(i);
        slot_node[find_slot(nodes[i].key)] = -1;
        add_slot(key, i);
    }
    nodes[i].key = key;
    nodes[i].value = value;
    push_front(i);
}

int main(void) {
    int q;
    char op[8];
    if (scanf("%d %d", &capacity, &q) != 2) return 1;
    for (int i = 0; i < q; i++) {
        long long key, value;
        if (scanf("%7s %lld", op, &key) != 2) return 1;
        if (strcmp(op, "get") == 0) {
            printf("%lld\n", get(key));
        } else if (scanf("%lld", &value) == 1) {
            put(key, value);
        }
    }
    return 0;
}
