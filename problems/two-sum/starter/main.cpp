#include <iostream>
#include <utility>
#include <vector>

std::pair<int, int> twoSum(const std::vector<long long>& nums, long long target) {
    // TODO: return {i, j} with i < j and nums[i] + nums[j] == target
    return {0, 1};
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
