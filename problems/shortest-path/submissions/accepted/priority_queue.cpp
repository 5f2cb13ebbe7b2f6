#include <cstdio>
#include <functional>
#include <iostream>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

using Edge = std::pair<int, double>;

std::vector<double> shortestDistances(int n, const std::vector<std::vector<Edge>>& graph) {
    const double unreached = std::numeric_limits<double>::infinity();
    std::vector<double> dist(n + 1, unreached);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    dist[1] = 0;
    queue.emplace(0.0, 1);
    while (!queue.empty()) {
        auto [d, u] = queue.top();
        queue.pop();
        if (d > dist[u]) continue;
        for (const auto& [v, w] : graph[u]) {
            if (d + w < dist[v]) {
                dist[v] = d + w;
                queue.emplace(d + w, v);
            }
        }
    }
    return dist;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<Edge>> graph(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        double w;
        std::cin >> u >> v >> w;
        graph[u].emplace_back(v, w);
    }
    auto dist = shortestDistances(n, graph);
    for (int i = 1; i <= n; i++) {
        if (dist[i] == std::numeric_limits<double>::infinity()) std::cout << "-1\n";
        else std::cout << std::fixed << dist[i] << '\n';
    }
}
