# sys.setswitchinterval changes how often threads switch; results stay correct either way.
import sys
import threading

old = sys.getswitchinterval()
print(type(old).__name__, old > 0)
for interval in (0.0001, 0.001, 0.01):
    sys.setswitchinterval(interval)
    print(abs(sys.getswitchinterval() - interval) < 1e-6)
    totals = [0] * 3

    def spin(i):
        s = 0
        for k in range(3000):
            s += k % (i + 2)
        totals[i] = s

    ts = [threading.Thread(target=spin, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(totals)
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.setswitchinterval(old)
print(sys.getswitchinterval() == old)
