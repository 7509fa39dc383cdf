# wait_for returns the predicate's value; with a timeout it may return a false value.
import threading

cond = threading.Condition()
state = {"n": 0}


def bump():
    for _ in range(5):
        with cond:
            state["n"] += 1
            cond.notify_all()


with cond:
    print(cond.wait_for(lambda: state["n"] == 0))
    print(repr(cond.wait_for(lambda: state["n"] and "reached", timeout=0.02)))

t = threading.Thread(target=bump)
t.start()
with cond:
    result = cond.wait_for(lambda: state["n"] >= 5 and state["n"], timeout=10)
print("result:", result)
t.join()
with cond:
    print(cond.wait_for(lambda: [], timeout=0))
    print(cond.wait_for(lambda: state["n"] * 2, 0))
