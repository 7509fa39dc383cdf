# try/except/else/finally: which blocks run in which order
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "type":
            raise TypeError("tt")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (TypeError, KeyError) as e:
        log.append("except " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run("ok"))
print(run("raise"))
print(run("type"))
def uncaught():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer caught " + repr(e))
    return log
print(uncaught())
def else_raises():
    try:
        try:
            pass
        except Exception:
            print("not here")
        else:
            raise RuntimeError("from else")
    except RuntimeError as e:
        print("caught", e)
else_raises()
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__ + ":", e)
def bare():
    try:
        1 / 0
    except:
        return "bare except caught"
print(bare())
