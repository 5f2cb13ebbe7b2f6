#include <iostream>
#include <string>

class LRUCache {
public:
    explicit LRUCache(size_t capacity) : capacity_(capacity) {}

    long long get(long long key) {
        // TODO: the value of key, or -1; reading counts as a use
        return -1;
    }

    void put(long long key, long long value) {
        // TODO: store value; evict the least recently used key when full
    }

private:
    size_t capacity_;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    size_t capacity;
    int q;
    std::cin >> capacity >> q;
    LRUCache cache(capacity);
    std::string op;
    for (int i = 0; i < q; i++) {
        long long key, value;
        std::cin >> op >> key;
        if (op == "get") {
            std::cout << cache.get(key) << '\n';
        } else {
            std::cin >> value;
            cache.put(key, value);
        }
    }
}
