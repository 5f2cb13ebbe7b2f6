import sys

# Only checks that each kind opens as often as it closes, never the order.
lines = sys.stdin.read().split()
for s in lines[1:]:
    ok = all(s.count(o) == s.count(c) for o, c in ("()", "[]", "{}"))
    print("YES" if ok else "NO")
