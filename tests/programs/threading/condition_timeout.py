# Timed waits with nobody notifying return False; the lock is held again afterwards.
import threading
import time

cond = threading.Condition(threading.Lock())
with cond:
    t0 = time.monotonic()
    r = cond.wait(0.05)
    elapsed = time.monotonic() - t0
    print("wait returned", r)
    print("waited long enough:", elapsed >= 0.04)
    print("lock held again:", cond._is_owned())
    print("negative timeout:", cond.wait(-1))

rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print("nested wait:", rc.wait(0.01))
        print("still owned:", rc._is_owned())
print("released:", not rc._is_owned())
