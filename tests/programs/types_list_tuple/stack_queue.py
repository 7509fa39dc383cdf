# Lists as stacks and queues; bracket matching and BFS
stack = []
for x in "abc":
    stack.append(x)
print(stack, stack[-1])
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "a(b[c]d)e", "}"]:
    print(repr(s), balanced(s))
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen, order, q = {start}, [], [start]
    while q:
        node = q.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
def dfs(start):
    seen, order, st = set(), [], [start]
    while st:
        node = st.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        st.extend(reversed(graph[node]))
    return order
print(bfs("A"), dfs("A"))
def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            st.append(float(t))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__ + ":", e)
