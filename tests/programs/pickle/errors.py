# Errors: lambdas, local functions and classes, native objects, bad data, bad protocols.
import pickle
import threading

def outer():
    def local_fn():
        pass
    class LocalCls:
        pass
    return local_fn, LocalCls

def show(fn):
    try:
        fn()
        print('no error')
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg[:msg.index(' at 0x')] + msg[msg.index('>'):]
        print(type(e).__name__, '|', msg, '|', isinstance(e, pickle.PickleError))

f, C = outer()
show(lambda: pickle.dumps(lambda: 0))
show(lambda: pickle.dumps(f))
show(lambda: pickle.dumps(C))
show(lambda: pickle.dumps(C()))
show(lambda: pickle.dumps(threading.Lock()))
show(lambda: pickle.dumps(1, protocol=6))
show(lambda: pickle.loads(b''))
show(lambda: pickle.loads(b'\x80\x04\xff'))
show(lambda: pickle.loads(b'\x80\x09N.'))
show(lambda: pickle.loads('abc'))
show(lambda: pickle.loads(b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00'))
show(lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-3]))
show(lambda: pickle.loads(b'\x80\x04h\x05.'))
show(lambda: pickle.loads(b'\x80\x04\x8c\x04nope\x8c\x03abc\x93.'))
show(lambda: pickle.loads(b'\x80\x04\x8c\x08builtins\x8c\x07nothere\x93.'))

class BadReduce:
    def __reduce__(self):
        return 42
show(lambda: pickle.dumps(BadReduce()))

class ShortReduce:
    def __reduce__(self):
        return (ShortReduce,)
show(lambda: pickle.dumps(ShortReduce()))

class RaisingState:
    def __getstate__(self):
        raise ValueError('no state for you')
show(lambda: pickle.dumps(RaisingState()))

print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
