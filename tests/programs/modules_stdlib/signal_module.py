# signal: handlers run in the main thread for kill/raise_signal/timers, sleeps and lock waits resume after a
# handler that returns (PEP 475), a raising handler ends them, SIG_IGN/SIG_DFL, errors, enums.
import signal, os, time, threading
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15), signal.SIGINT.name, int(signal.SIGUSR1))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', got)
signal.raise_signal(signal.SIGUSR1)
print('after raise', got)
class Timeout(Exception): pass
def on_alarm(signum, frame): raise Timeout('alarm %d' % signum)
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    time.sleep(5)
except Timeout as e:
    print('caught', e, time.monotonic() - t0 < 2)
# handler returning: the sleep goes on
count = []
signal.signal(signal.SIGALRM, lambda s, f: count.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
time.sleep(0.5)
print('slept on', count, time.monotonic() - t0 >= 0.49)
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.05)
print(signal.getsignal(signal.SIGUSR1), got[-1])
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), len(signal.valid_signals()), signal.NSIG)
for call in (lambda: signal.signal(999, handler), lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(signal.SIGUSR2, 5)):
    try: call()
    except (ValueError, OSError, TypeError) as e: print(type(e).__name__, e)
def in_thread():
    try: signal.signal(signal.SIGUSR2, handler)
    except ValueError as e: print(e)
t = threading.Thread(target=in_thread); t.start(); t.join()
lock = threading.Lock(); lock.acquire()
signal.signal(signal.SIGALRM, lambda s, f: count.append('lock'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(lock.acquire(timeout=1.0), count)
print(signal.alarm(0), signal.Handlers.SIG_IGN, signal.SIG_DFL)
