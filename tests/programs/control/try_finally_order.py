# Order of execution across nested try/finally, including loops and returns
trace = []
def t(msg):
    trace.append(msg)
def nested(n):
    try:
        t("outer try")
        for i in range(n):
            try:
                t(f"loop {i} try")
                if i == 1:
                    continue
                if i == 2:
                    return "returned at 2"
            finally:
                t(f"loop {i} finally")
        t("loop done")
    finally:
        t("outer finally")
    return "fell through"
print(nested(2))
print(trace)
trace.clear()
print(nested(5))
print(trace)
trace.clear()
def deep():
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                t("f1")
        finally:
            t("f2")
    except ValueError as e:
        t("caught " + str(e))
    finally:
        t("f3")
deep()
print(trace)
def with_else(flag):
    out = []
    try:
        out.append("try")
        if flag:
            raise KeyError
    except KeyError:
        out.append("except")
    else:
        out.append("else")
        return out + ["return-in-else"]
    finally:
        out.append("finally")
    return out
print(with_else(False))
print(with_else(True))
