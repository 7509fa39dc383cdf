# The event loop by hand: call_soon FIFO, timers, stop/run_forever, run_until_complete,
# exception handlers, debug flag, closing.
import asyncio
import contextvars
import threading

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)

# call_soon runs FIFO, one batch per turn; what a callback schedules runs next turn
def chain(name, depth):
    print('chain', name, depth)
    if depth:
        loop.call_soon(chain, name, depth - 1)

loop.call_soon(chain, 'a', 2)
loop.call_soon(chain, 'b', 1)
h = loop.call_soon(print, 'cancelled handle')
print(h.cancelled())
h.cancel()
print(h.cancelled())
loop.call_soon(chain, 'c', 0)
loop.call_later(0.05, loop.stop)
loop.run_forever()
print('stopped', loop.is_running())

# timers fire in due order, whatever order they were scheduled in
now = loop.time()
fired = []
loop.call_at(now + 0.3, fired.append, 'third')
loop.call_at(now + 0.1, fired.append, 'first')
t = loop.call_at(now + 0.2, fired.append, 'cancelled')
loop.call_at(now + 0.2, fired.append, 'second')
print(t.when() == now + 0.2, isinstance(t, asyncio.TimerHandle), isinstance(t, asyncio.Handle))
t.cancel()
loop.call_at(now + 0.4, loop.stop)
loop.run_forever()
print(fired)

# stop() lets the current turn finish
loop.call_soon(print, 'turn 1 first')
loop.call_soon(loop.stop)
loop.call_soon(print, 'turn 1 last')
loop.call_soon(lambda: loop.call_soon(print, 'next run, turn 1'))
loop.run_forever()
print('-- second run_forever')
loop.call_soon(loop.stop)
loop.run_forever()

# run_until_complete with a coroutine and with a future
async def answer():
    await asyncio.sleep(0.01)
    return 42

print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 'from timer')
print(loop.run_until_complete(fut))

# running-loop queries
async def inside():
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop, loop.is_running())
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError', e)
loop.run_until_complete(inside())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)

# callbacks run in the context they were scheduled with
var = contextvars.ContextVar('var', default='default')
ctx = contextvars.copy_context()
ctx.run(var.set, 'in ctx')
loop.call_soon(lambda: print('var =', var.get()), context=ctx)
loop.call_soon(lambda: print('var =', var.get()))
loop.call_soon(loop.stop)
loop.run_forever()

async def show_var(tag):
    print(tag, var.get())
    var.set('changed by ' + tag)
    print(tag, var.get())

task = loop.create_task(show_var('task'), context=ctx, name='ctx-task')
loop.run_until_complete(task)
print(ctx[var], var.get(), task.get_name())

# exception handler: a custom one gets the context dict
def bad_callback():
    raise ZeroDivisionError('in callback')

seen = []
def handler(lp, context):
    seen.append((lp is loop, context['message'], type(context.get('exception')).__name__,
                 sorted(context)))
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(bad_callback)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen[0][0], seen[0][1].startswith('Exception in callback bad_callback() at '), seen[0][2], seen[0][3])
loop.call_exception_handler({'message': 'custom message', 'extra': 1})
print(seen[-1])
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print('TypeError', e)
loop.set_exception_handler(None)

# an exception handler that itself fails is reported by the default handler (stderr)
def broken_handler(lp, context):
    raise ValueError('handler broke')
loop.set_exception_handler(broken_handler)
loop.call_exception_handler({'message': 'x'})
loop.set_exception_handler(None)

# argument checks
for bad in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# call_soon_threadsafe from another thread wakes a loop blocked with nothing to do
def from_thread():
    loop.call_soon_threadsafe(print, 'posted from a thread')
    loop.call_soon_threadsafe(loop.stop)
threading.Timer(0.05, from_thread).start()
loop.run_forever()

# closing
coro = answer()
try:
    async def close_while_running():
        loop.close()
    loop.run_until_complete(close_while_running())
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
loop.close()
print(loop.is_closed())
for call in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
             lambda: loop.call_later(1, print), lambda: loop.create_task(coro)):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
coro.close()

# set_event_loop / get_event_loop
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
asyncio.set_event_loop(None)
loop2.close()

# asyncio.run refuses a non-coroutine and nesting
try:
    asyncio.run(answer)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

async def nested():
    coro = answer()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
asyncio.run(nested())

# Runner keeps one loop across runs
with asyncio.Runner() as runner:
    first = runner.get_loop()
    print(runner.run(answer()), runner.run(asyncio.sleep(0, 'again')), runner.get_loop() is first)
print(first.is_closed())
coro = answer()
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()

# leftover tasks are cancelled when asyncio.run finishes
async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('leftover cancelled at shutdown')
        raise

async def leave_one():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return 'main returned'
print(asyncio.run(leave_one()))
print(asyncio.run(answer(), debug=True))
