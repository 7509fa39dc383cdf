// Coroutine code objects in the baseline compiler (Runtime/Compiler/JitEmitter.Generators.cs,
// Interpreter.JitGenerators.cs): an `async def` compiles like a generator (await is GET_AWAITABLE
// and a YIELD_FROM), and gives what the interpreted one gives: await chains through coroutines,
// __await__ iterators and types.coroutine generators, values sent and exceptions thrown in, close(),
// cr_await/cr_frame/cr_running, "coroutine is being awaited already", "cannot reuse already awaited
// coroutine", PEP 479's RuntimeError, tracebacks, and asyncio.
using Xunit;

namespace Vm.Tests.Runtime;

public sealed class CompiledCoroutineTests
{
    public static TheoryData<string> Backends => new() { "gil", "free-threaded" };

    private const string Coroutines = """
        import asyncio, types, traceback

        class Ready:
            def __init__(self, v): self.v = v
            def __await__(self):
                got = yield ("ready", self.v)   # suspends the whole await chain, sent value comes back
                return (self.v, got)

        @types.coroutine
        def pause(tag):
            got = yield tag
            return got

        async def leaf(x):
            a = await Ready(x)
            b = await pause(("pause", x))
            return a, b

        async def middle(n):
            out = []
            for i in range(n):
                try:
                    out.append(await leaf(i))
                except KeyError as e:
                    out.append(("caught", str(e)))
                finally:
                    out.append("finally")
            return out

        async def raiser():
            await pause("r")
            raise ValueError("bad")

        async def stopper():
            await pause("s")
            raise StopIteration("inside")

        async def calls(c):
            return await c

        def tb(e):
            return [fs.name for fs in traceback.extract_tb(e.__traceback__)]

        def drive(coro, values, throw_at=None):
            log = []
            try:
                log.append(coro.send(None))
                for k, v in enumerate(values):
                    if k == throw_at:
                        log.append(coro.throw(KeyError("thrown")))
                    else:
                        log.append(coro.send(v))
            except StopIteration as e:
                log.append(("return", e.value))
            except Exception as e:
                log.append((type(e).__name__, str(e), tb(e)))
            return log

        async def gathered():
            async def one(i):
                await asyncio.sleep(0)
                return i * i
            return await asyncio.gather(*(one(i) for i in range(5)))

        def run():
            got = []
            got.append(drive(middle(2), ["s0", "s1", "s2", "s3"]))
            got.append(drive(middle(2), ["s0", "s1", "s2"], throw_at=1))
            got.append(drive(calls(raiser()), [1]))
            got.append(drive(calls(stopper()), [1]))
            c = middle(3)
            c.send(None)
            got.append((type(c.cr_await).__name__, c.cr_frame is not None, c.cr_running))
            got.append(c.close())
            got.append((c.cr_frame, c.cr_await))
            inner = leaf(7)
            inner.send(None)
            try:
                calls(inner).send(None)
            except RuntimeError as e:
                got.append(str(e))
            inner.close()
            done = calls(leaf(1))
            drive(done, [1, 2])
            try:
                done.send(None)
            except RuntimeError as e:
                got.append(str(e))
            got.append(asyncio.run(gathered()))
            return got

        results = [run() for _ in range(3)]
        """;

    [Theory, MemberData(nameof(Backends))]
    public void CompiledCoroutinesGiveTheInterpretersResults(string backend) =>
        CompiledGeneratorTests.AssertCompiledAsInterpreted(backend, Coroutines,
            "[[('ready', 0), ('pause', 0), ('ready', 1), ('pause', 1), ('return', [((0, 's0'), 's1'), 'finally', ((1, 's2'), 's3'), 'finally'])], [('ready', 0), ('pause', 0), ('ready', 1), ('pause', 1)], ['r', ('ValueError', 'bad', ['drive', 'calls', 'raiser'])], ['s', ('RuntimeError', 'coroutine raised StopIteration', ['drive', 'calls'])], ('coroutine', True, False), None, (None, None), 'coroutine is being awaited already', 'cannot reuse already awaited coroutine', [0, 1, 4, 9, 16]]",
            "leaf", "middle", "raiser", "stopper", "calls", "gathered");

    private const string AsyncForWithAndGenerators = """
        import types

        @types.coroutine
        def pause(tag):
            got = yield tag
            return got

        class CM:
            def __init__(self, log, suppress): self.log, self.suppress = log, suppress
            async def __aenter__(self):
                self.log.append(("enter", await pause("aenter")))
                return self
            async def __aexit__(self, t, e, tb):
                self.log.append(("exit", t.__name__ if t else None, await pause("aexit")))
                return self.suppress

        class Countdown:
            def __init__(self, n): self.n = n
            def __aiter__(self): return self
            async def __anext__(self):
                if self.n == 0:
                    raise StopAsyncIteration
                self.n -= 1
                if self.n == 1:
                    await pause(("countdown", self.n))
                return self.n

        async def agen(log, n):
            try:
                for i in range(n):
                    got = yield i
                    if got is not None:
                        log.append(("sent", got))
                    if i == 1:
                        log.append(("awaited", await pause(("in agen", i))))
            except KeyError as e:
                log.append(("caught", str(e)))
                yield "after KeyError"
            finally:
                log.append("agen finally")

        async def uses_async_for(log):
            total = 0
            async for x in agen(log, 4):
                total += x
            async for x in Countdown(3):
                total += 10 * x
            async for x in agen(log, 5):
                if x == 2:
                    break
            else:
                log.append("not reached")
            squares = [x * x async for x in agen(log, 3)]
            nested = [(a, b) async for a in Countdown(2) async for b in agen(log, 2)]
            return total, squares, nested

        async def uses_async_with(log):
            async with CM(log, False) as cm:
                log.append("body")
            try:
                async with CM(log, False):
                    raise ValueError("out")
            except ValueError as e:
                log.append(("escaped", str(e)))
            async with CM(log, True):
                raise KeyError("suppressed")
            return "with done"

        async def drives_protocol(log):
            g = agen(log, 5)
            out = [await g.asend(None), await g.asend("s1")]
            out.append(await g.asend(None))
            out.append(await g.athrow(KeyError("k")))
            out.append(await g.aclose())
            return out

        def drive(coro):
            sent = []
            try:
                v = coro.send(None)
                while True:
                    sent.append(v)
                    v = coro.send(("echo", v))
            except StopIteration as e:
                return e.value, sent

        def run():
            log = []
            got = [drive(uses_async_for(log)), drive(uses_async_with(log)), drive(drives_protocol(log))]
            return got, log

        results = [run() for _ in range(3)]
        """;

    /// <summary>`async for`, `async with` and async generators compile (their StopAsyncIteration and
    /// __aexit__ handlers run in Eval, as any handler) and give the interpreter's results. (Countdown.__anext__
    /// is not among the compiled: its coroutines are resumed inline by Eval's YIELD_FROM, never through Run.)</summary>
    [Theory, MemberData(nameof(Backends))]
    public void CompiledAsyncForWithAndAsyncGeneratorsGiveTheInterpretersResults(string backend) =>
        CompiledGeneratorTests.AssertCompiledAsInterpreted(backend, AsyncForWithAndGenerators,
            """([((36, [0, 1, 4], [(1, 0), (1, 1), (0, 0), (0, 1)]), [('in agen', 1), ('countdown', 1), ('in agen', 1), ('in agen', 1), ('countdown', 1), ('in agen', 1), ('in agen', 1)]), ('with done', ['aenter', 'aexit', 'aenter', 'aexit', 'aenter', 'aexit']), ([0, 1, 2, 'after KeyError', None], [('in agen', 1)])], [('awaited', ('echo', ('in agen', 1))), 'agen finally', ('awaited', ('echo', ('in agen', 1))), 'agen finally', ('awaited', ('echo', ('in agen', 1))), 'agen finally', ('awaited', ('echo', ('in agen', 1))), 'agen finally', ('awaited', ('echo', ('in agen', 1))), 'agen finally', ('enter', ('echo', 'aenter')), 'body', ('exit', None, ('echo', 'aexit')), ('enter', ('echo', 'aenter')), ('exit', 'ValueError', ('echo', 'aexit')), ('escaped', 'out'), ('enter', ('echo', 'aenter')), ('exit', 'KeyError', ('echo', 'aexit')), ('sent', 's1'), ('awaited', ('echo', ('in agen', 1))), ('caught', "'k'"), 'agen finally'])""",
            "agen", "uses_async_for", "uses_async_with", "drives_protocol", "CM.__aenter__", "CM.__aexit__");
}
