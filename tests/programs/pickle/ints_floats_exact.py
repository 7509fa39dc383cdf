# Exact bytes of ints and floats at every protocol (boundaries of each opcode), and round trips.
import pickle

ints = [0, 1, 255, 256, 65535, 65536, -1, -128, -129, -256, -257, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
        2**63 - 1, 2**63, -2**63, 2**64, 10**30, -10**30, 2**2100, -(2**2100) + 1, True, False]
floats = [0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, float('inf'), float('-inf'), 3.141592653589793]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in ints:
        data = pickle.dumps(x, proto)
        back = pickle.loads(data)
        assert back == x and type(back) is type(x), (proto, x)
        if abs(x) < 2**70:
            print(proto, x, data)
        else:
            print(proto, 'big', len(data), data[:12], data[-6:])
    for x in floats:
        data = pickle.dumps(x, proto)
        back = pickle.loads(data)
        print(proto, x, data, back == x, str(back))
nan = pickle.loads(pickle.dumps(float('nan')))
print(nan != nan)
print(pickle.dumps([2**100, -2**100, 2**31]))
