#include <iostream>
#include <utility>
#include <vector>

using Interval = std::pair<long long, long long>;

std::vector<Interval> mergeIntervals(std::vector<Interval> intervals) {
    // TODO: merge overlapping or touching intervals; return them sorted by start
    return intervals;
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
