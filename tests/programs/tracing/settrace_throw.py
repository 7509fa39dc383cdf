# gen.throw()/close() and coroutine throw(): 'call', 'exception', the handler's lines, 'return';
# c_exception for a throw() that raises; a re-raise after a non-matching except reports no line.
import sys
log = []
def tracer(frame, event, arg):
    log.append(('T', frame.f_code.co_name, event, arg if event != 'exception' else arg[0].__name__))
    return tracer
def prof(frame, event, arg):
    log.append(('P', frame.f_code.co_name, event, getattr(arg, '__name__', arg)))
# generator throw / close
def gen():
    try:
        yield 1
        yield 2
    finally:
        pass
sys.settrace(tracer)
g = gen(); next(g)
try:
    g.throw(ValueError('v'))
except ValueError:
    pass
g2 = gen(); next(g2); g2.close()
sys.settrace(None)
print(log); log.clear()
sys.setprofile(prof)
g = gen(); next(g)
try:
    g.throw(ValueError('v'))
except ValueError:
    pass
g2 = gen(); next(g2); g2.close()
sys.setprofile(None)
print(log); log.clear()

async def co():
    try:
        await aw()
    except KeyError:
        return 'caught'
class aw:
    def __await__(self):
        yield 'x'
sys.settrace(tracer)
c = co(); c.send(None)
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('stop', e.value)
sys.settrace(None)
print(log); log.clear()
log.clear()
def tracer_h(frame, event, arg):
    if frame.f_code.co_name == 'h': log.append((event, frame.f_lineno))
    return tracer
def h():
    try:
        raise KeyError
    except ValueError:
        pass
sys.settrace(tracer_h)
try: h()
except KeyError: pass
sys.settrace(None)
print(log)
