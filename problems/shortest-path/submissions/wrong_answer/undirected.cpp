#include <functional>
#include <iostream>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

// Treats one-way roads as two-way.
int main() {
    std::ios::sync_with_stdio(false);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<std::pair<int, double>>> graph(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        double w;
        std::cin >> u >> v >> w;
        graph[u].emplace_back(v, w);
        graph[v].emplace_back(u, w);
    }
    std::vector<double> dist(n + 1, std::numeric_limits<double>::infinity());
    std::priority_queue<std::pair<double, int>, std::vector<std::pair<double, int>>, std::greater<>> queue;
    dist[1] = 0;
    queue.emplace(0.0, 1);
    while (!queue.empty()) {
        auto [d, u] = queue.top();
        queue.pop();
        if (d > dist[u]) continue;
        for (auto [v, w] : graph[u])
            if (d + w < dist[v]) dist[v] = d + w, queue.emplace(d + w, v);
    }
    for (int i = 1; i <= n; i++) {
        if (dist[i] == std::numeric_limits<double>::infinity()) std::cout << "-1\n";
        else std::cout << std::fixed << dist[i] << '\n';
    }
}
