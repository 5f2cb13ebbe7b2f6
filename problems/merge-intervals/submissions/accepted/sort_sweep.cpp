#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

using Interval = std::pair<long long, long long>;

std::vector<Interval> mergeIntervals(std::vector<Interval> intervals) {
    std::sort(intervals.begin(), intervals.end());
    std::vector<Interval> merged;
    for (const auto& [start, end] : intervals) {
        if (!merged.empty() && start <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, end);
        } else {
            merged.emplace_back(start, end);
        }
    }
    return merged;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<Interval> intervals(n);
    for (auto& [start, end] : intervals) std::cin >> start >> end;
    auto merged = mergeIntervals(intervals);
    std::cout << merged.size() << '\n';
    for (const auto& [start, end] : merged) std::cout << start << ' ' << end << '\n';
}
