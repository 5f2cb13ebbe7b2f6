#include <iostream>
#include <limits>
#include <utility>
#include <vector>

using Edge = std::pair<int, double>;

std::vector<double> shortestDistances(int n, const std::vector<std::vector<Edge>>& graph) {
    // TODO: the distance from 1 to each node (index 1..n); infinity if unreachable
    return std::vector<double>(n + 1, std::numeric_limits<double>::infinity());
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
