# atexit: callbacks run after the main module (and after non-daemon threads), last registered
# first, with their arguments; unregister removes every registration; a failing callback does not
# stop the others.
import atexit
import sys
import threading

def show(*args, **kwargs):
    print('exit', args, sorted(kwargs.items()))

def failing():
    print('failing runs')
    raise ValueError('boom')

def late_thread():
    print('thread finished before atexit')

atexit.register(show, 1, key='a')
atexit.register(failing)
@atexit.register
def decorated():
    print('decorated', sys.stdout is not None)
atexit.register(print, 'never printed')
atexit.register(show, 2)
atexit.unregister(print)
t = threading.Thread(target=lambda: (__import__('time').sleep(0.2), late_thread()))
t.start()
print(atexit._ncallbacks() >= 4)
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError', e)
print('main done')
