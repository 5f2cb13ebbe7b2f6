#include <iostream>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

class LRUCache {
public:
    explicit LRUCache(size_t capacity) : capacity_(capacity) { index_.reserve(capacity * 2); }

    long long get(long long key) {
        auto found = index_.find(key);
        if (found == index_.end()) return -1;
        order_.splice(order_.begin(), order_, found->second);
        return found->second->second;
    }

    void put(long long key, long long value) {
        auto found = index_.find(key);
        if (found != index_.end()) {
            found->second->second = value;
            order_.splice(order_.begin(), order_, found->second);
            return;
        }
        if (order_.size() >= capacity_) {
            index_.erase(order_.back().first);
            order_.pop_back();
        }
        order_.emplace_front(key, value);
        index_[key] = order_.begin();
    }

private:
    size_t capacity_;
    std::list<std::pair<long long, long long>> order_;
    std::unordered_map<long long, std::list<std::pair<long long, long long>>::iterator> index_;
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
