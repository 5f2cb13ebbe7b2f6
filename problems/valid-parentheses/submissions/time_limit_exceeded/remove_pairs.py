import sys

# Deletes matched pairs until nothing changes: one pass per nesting level, O(n^2).
lines = sys.stdin.read().split()
for s in lines[1:]:
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            break
        s = shorter
    print("YES" if not s else "NO")
