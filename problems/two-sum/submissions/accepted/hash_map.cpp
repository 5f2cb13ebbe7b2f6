#include <iostream>
#include <unordered_map>
#include <utility>
#include <vector>

std::pair<int, int> twoSum(const std::vector<long long>& nums, long long target) {
    std::unordered_map<long long, int> indexOf;
    indexOf.reserve(nums.size() * 2);
    for (int j = 0; j < (int)nums.size(); j++) {
        auto found = indexOf.find(target - nums[j]);
        if (found != indexOf.end()) return {found->second, j};
        indexOf.emplace(nums[j], j);
    }
    return {-1, -1};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long target;
    std::cin >> n >> target;
    std::vector<long long> nums(n);
    for (auto& value : nums) std::cin >> value;
    auto [i, j] = twoSum(nums, target);
    std::cout << i << ' ' << j << '\n';
}
