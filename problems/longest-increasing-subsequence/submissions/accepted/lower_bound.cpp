#include <algorithm>
#include <iostream>
#include <vector>

int longestIncreasing(const std::vector<int>& values) {
    std::vector<int> tails;  // tails[k] is the smallest last value of an increasing run of length k + 1
    for (int value : values) {
        auto slot = std::lower_bound(tails.begin(), tails.end(), value);
        if (slot == tails.end()) tails.push_back(value);
        else *slot = value;
    }
    return tails.size();
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
