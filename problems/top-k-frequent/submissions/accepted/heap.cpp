#include <iostream>
#include <queue>
#include <unordered_map>
#include <utility>
#include <vector>

// Keeps the best k in a min-heap ordered by (count, -value): O(n + d log k).
std::vector<int> topKFrequent(const std::vector<int>& values, int k) {
    std::unordered_map<int, int> counts;
    for (int value : values) counts[value]++;
    auto worse = [](const std::pair<int, int>& a, const std::pair<int, int>& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, decltype(worse)> best(worse);
    for (const auto& [value, count] : counts) {
        best.emplace(count, value);
        if ((int)best.size() > k) best.pop();
    }
    std::vector<int> result(best.size());
    for (int i = (int)best.size() - 1; i >= 0; i--) {
        result[i] = best.top().second;
        best.pop();
    }
    return result;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, k;
    std::cin >> n >> k;
    std::vector<int> values(n);
    for (auto& value : values) std::cin >> value;
    auto result = topKFrequent(values, k);
    for (size_t i = 0; i < result.size(); i++) std::cout << result[i] << (i + 1 < result.size() ? ' ' : '\n');
}
