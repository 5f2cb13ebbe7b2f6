#include <array>
#include <iostream>

std::array<long long, 3> fizzBuzzCounts(long long n) {
    long long both = n / 15;
    return {n / 3 - both, n / 5 - both, both};
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    for (int i = 0; i < q; i++) {
        long long n;
        std::cin >> n;
        auto [fizz, buzz, both] = fizzBuzzCounts(n);
        std::cout << fizz << ' ' << buzz << ' ' << both << '\n';
    }
}
