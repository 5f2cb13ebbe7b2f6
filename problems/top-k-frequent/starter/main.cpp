#include <iostream>
#include <vector>

std::vector<int> topKFrequent(const std::vector<int>& values, int k) {
    // TODO: the k most frequent values, most frequent first, ties by smaller value
    return std::vector<int>(values.begin(), values.begin() + k);
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
