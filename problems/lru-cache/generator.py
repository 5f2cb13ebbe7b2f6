"""Writes data/sample and data/secret for LRU Cache. Deterministic: python3 generator.py"""
import random
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).parent


def simulate(capacity, ops):
    cache, out = OrderedDict(), []
    for op in ops:
        if op[0] == "get":
            if op[1] in cache:
                cache.move_to_end(op[1])
                out.append(str(cache[op[1]]))
            else:
                out.append("-1")
        else:
            _, k, v = op
            if k not in cache and len(cache) >= capacity:
                cache.popitem(last=False)
            cache[k] = v
            cache.move_to_end(k)
    return out


def write(group, name, capacity, ops):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    lines = [" ".join(map(str, op)) for op in ops]
    (folder / f"{name}.in").write_text(f"{capacity} {len(ops)}\n" + "".join(line + "\n" for line in lines))
    (folder / f"{name}.ans").write_text("".join(line + "\n" for line in simulate(capacity, ops)))


def random_ops(rng, q, keys, get_share):
    ops = []
    for _ in range(q):
        k = rng.randrange(keys)
        ops.append(("get", k) if rng.random() < get_share else ("put", k, rng.randrange(10**9)))
    return ops


def main():
    rng = random.Random(8)
    write("sample", "1", 2, [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("put", 4, 4), ("get", 1), ("get", 3), ("get", 4)])
    write("secret", "01-capacity-one", 1, [("put", 5, 1), ("get", 5), ("put", 6, 2), ("get", 5), ("get", 6), ("put", 6, 3), ("get", 6)])
    write("secret", "02-overwrite", 2, [("put", 1, 1), ("put", 2, 2), ("put", 1, 10), ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)])
    write("secret", "03-small", 10, random_ops(rng, 2_000, 25, 0.5))
    big = [("put", k, k * 7 % 1_000_003) for k in range(50_000)]
    big += random_ops(rng, 50_000, 80_000, 0.6)
    write("secret", "04-large", 50_000, big)


main()
