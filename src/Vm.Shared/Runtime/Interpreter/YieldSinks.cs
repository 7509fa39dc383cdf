// Builtins that consume a generator (list(g), tuple(g), sum(g), any(g), all(g), set(g), frozenset(g)) take its values
// inside the generator's own run instead of resuming it once per value.
//
// The consumer passes a YieldSink to Generators.NextOrNull. While that resume runs, the
// generator frame's YIELD_VALUE offers each value to the sink first (Frame.Sink). A sink that
// accepts does with the value exactly what the consumer's loop would have done with it, and the
// generator goes on as if resumed by next() (None pushed as the value of the yield expression)
// without leaving Eval. A sink that declines lets the generator suspend as usual: the value comes
// back from the resume and the consumer's ordinary loop handles it.
//
// Why this is the same program as one resume per value:
// - A sink accepts only values it can take without running Python code, raising, or freeing
//   anything (appending to a .NET list, adding two small ints, seeing an exact False): work
//   nobody can observe happening before or after the generator suspends: adding an exact int or str
//   to a set being built that holds only such keys is one, as their hash and equality are native
//   (no __hash__/__eq__ runs) and they are immortal (a duplicate needs no release). Anything else (a
//   user __add__ or __bool__, a big int) is declined and runs with the generator suspended,
//   as before.
// - The generator's state between its values is what next() would leave: the sent value None on
//   its stack, its handled exception still in ts.HandledException (a resume swaps it out and
//   back in), the same frame links and recursion depth. A value of a `yield from` sub-generator
//   resumed in the same Eval (InlineResume.cs) is offered when it reaches the drained frame's
//   YIELD_FROM (YieldInline); accepted, that frame goes on at its YIELD_FROM with None sent, as
//   a resume by next() does. A sub-generator YIELD_FROM resumes through Generators.SendTo
//   (compiled code's YIELD_FROM, or Eval's when it does not resume inline) is resumed with the
//   drained frame's sink: each value it yields is offered there, and one accepted is what the
//   drained frame would have yielded, the consumer taken and its next() sent on as None (the
//   drained frame stays at its YIELD_FROM meanwhile, as it would between those steps). Other
//   sub-iterators' values are not offered.
// - The generator stays claimed (PyGenerator.Running) across the accepted values; one resume
//   per value would release and retake the claim in between. With the GIL no other thread can
//   run in that gap (the consumer's native loop has no eval-breaker check), so nothing changes;
//   free-threaded, a second thread calling next() on the generator a consumer is draining gets
//   "generator already executing" more often: CPython gives no guarantee there either.
// - Resume sets Frame.Sink only after claiming the generator and clears it before releasing the
//   claim, so a sink is seen only by the resume that set it.
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>Takes a generator's yielded values inside its run (see the note above).</summary>
public abstract class YieldSink
{
    /// <summary>True when the value was consumed (the generator continues); false to let the
    /// generator yield it to the consumer as usual. Must not run Python code, throw or free anything.</summary>
    public abstract bool Accept(PyThreadState ts, PyObject value);
}

/// <summary>Collects every value (list(g), tuple(g), "".join(g): Ops.ToArray), counted: the generator
/// runs on after yielding a value and may drop its own reference to it (`yield d; del d`), so the
/// collection holds a count of each value until the consumer has stored them (Ops.ToArray uncounts
/// them at the end, as a list built by CPython's list(g) holds each value it appended).</summary>
internal sealed class CollectingSink<TSync>(List<PyObject> items) : YieldSink where TSync : struct, Vm.Concurrency.ISyncPolicy
{
    public override bool Accept(PyThreadState ts, PyObject value)
    {
        Holds<TSync>.Hold(ts, value);
        items.Add(value);
        return true;
    }
}

/// <summary>Appends every value to a list that Python code can see (list.extend(g), `l += g`):
/// Append runs no Python code and frees nothing, as a sink must not (ListOps.Extend).</summary>
internal sealed class ListAppendSink<TSync>(PyList list) : YieldSink where TSync : struct, Vm.Concurrency.ISyncPolicy
{
    public override bool Accept(PyThreadState ts, PyObject value)
    {
        ListOps<TSync>.Append(ts, list, value);
        return true;
    }
}

/// <summary>any(g) / all(g): consumes the values whose truth is the one that does not decide the
/// answer, for the immortal constants whose truth needs no __bool__ (False/None for any, True for
/// all); every other value is declined and tested by the consumer's loop.</summary>
internal sealed class TruthSink : YieldSink
{
    private readonly bool _skipTrue;
    private TruthSink(bool skipTrue) => _skipTrue = skipTrue;
    /// <summary>For any(): skips False and None.</summary>
    public static readonly TruthSink Any = new(false);
    /// <summary>For all(): skips True.</summary>
    public static readonly TruthSink All = new(true);

    public override bool Accept(PyThreadState ts, PyObject value)
    {
        var rt = ts.Rt;
        return _skipTrue ? ReferenceEquals(value, rt.True) : ReferenceEquals(value, rt.False) || ReferenceEquals(value, rt.None);
    }
}

/// <summary>set(g) / frozenset(g) of a set being built (not yet visible to other code): adds each value
/// that is an exact int or str while the set holds only such keys (native hash and equality, immortal
/// values); the first other value is declined, and so is every value after it (the consumer's Add of
/// that value may have put a key with a Python __eq__ into the table).</summary>
internal sealed class SetAddingSink<TSync>(PySet set) : YieldSink where TSync : struct, Vm.Concurrency.ISyncPolicy
{
    private bool _plain = true;

    public override bool Accept(PyThreadState ts, PyObject value)
    {
        if (!_plain) return false;
        var rt = ts.Rt;
        long h;
        if (value.GetType() == typeof(PyInt) && ReferenceEquals(value.Type, rt.IntType)) h = Numbers.HashInt(System.Runtime.CompilerServices.Unsafe.As<PyInt>(value));
        else if (value.GetType() == typeof(PyStr) && ReferenceEquals(value.Type, rt.StrType)) h = System.Runtime.CompilerServices.Unsafe.As<PyStr>(value).Hash;
        else
        {
            _plain = false;
            return false;
        }
        SetOps<TSync>.AddEntry(ts, set, value, h); // already there: nothing to release (immortal)
        return true;
    }
}
