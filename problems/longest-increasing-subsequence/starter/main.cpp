#include <iostream>
#include <vector>

int longestIncreasing(const std::vector<int>& values) {
    // TODO: length of the longest strictly increasing subsequence
    return 0;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<int> values(n);
    for (auto& value : values) std::cin >> value;
    std::cout << longestIncreasing(values) << '\n';
}
