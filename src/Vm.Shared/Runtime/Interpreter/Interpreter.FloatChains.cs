// Float expressions without their intermediate objects (issue 9: nbody's
// `dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))`, `v1[0] -= dx * b2m`).
//
// When a BINARY_OP (or one of its superinstructions) computes a float from exact float / machine
// int operands and the instructions right after it consume that float as an operand of further
// float arithmetic, those instructions run here on the double: only the last result is boxed.
// Consumers: BINARY_OP (the float is its right operand, the left one is below it on the stack),
// LOAD_FAST_BINARY_OP and LOAD_CONST_BINARY_OP (the float is the left operand). A nested product
// (LOAD_FAST_LOAD_FAST/LOAD_CONST_BINARY_OP of floats: `dx * dx + dy * dy`) is a step too: its value
// goes on as the chain's, and the value it covers waits unboxed for the BINARY_OP that consumes both
// (one at a time; a chain that stops earlier boxes it into its own stack slot). After the chain, a
// LOAD_FAST/LOAD_CONST_COMPARE_JUMP against a float (or an int that converts exactly) compares and
// branches on the double, boxing nothing; a STORE_FAST stores the boxed result without a push
// (StoreFastImmortal: only over an empty or immortal local, as the fused BINARY_OP_STORE
// superinstructions do).
//
// Why this equals running the instructions one by one:
//  * Each step is a step TryBinaryNumeric takes for the same operands (+ - * / and ** of float
//    and float, or float and machine int, in either order: FloatBinary / FloatPow on the two
//    values, the int converted to double as float's dunders convert it). Steps that could raise
//    (division by zero, overflow, a negative base to a power) or give a non-float (the complex
//    result) are not taken: the chain stops there, boxes what it has, and the instruction runs
//    normally with that float on the stack, raising what it raises.
//  * The skipped intermediate float would be a fresh object that only the value stack holds, read
//    by the very next instruction and then dropped: exact floats are immortal (nothing counts or
//    frees them) and immutable, and nothing between the two instructions can see the stack, so no
//    code can observe whether the object existed. No step calls, checks the eval breaker or raises,
//    so f.LastIp and the stack pointer saved for errors are set again by the next instruction
//    before anything reads them. The compare-and-branch ending jumps exactly as the fused
//    COMPARE_JUMP instruction does (TryCompareNumeric's double comparison; no eval-breaker check
//    there either).
//  * A one-argument call of a math function (CALL 1 or CALL_METHOD 1 of `math.sqrt`: the callable on
//    the stack is a PyBuiltinFunction with FloatFn, MathModule's F1) whose argument is the chain's
//    float is a step too (float_math's `math.sqrt(x * x)`): F1's body, given one exact float and no
//    keywords, computes FloatFn(x) and boxes it unless it raises; the step takes the same value when
//    F1 would not raise and otherwise stops before the call, which then runs (and raises) as itself.
//    The test is on the object on the stack, so a rebound `math.sqrt` is called as what it is. The
//    call instruction would first check the eval breaker; the step does not: that only moves the
//    handling of an asynchronous request (a signal, a stop-the-world) to the next check, a backward
//    jump or call at most a few instructions later, as a longer chain of arithmetic does.
//  * The instructions read are the code object's own (executable copy), never rewritten after
//    publication: the free-threaded backend runs the same steps with no synchronisation.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// a OP b as a double when a and b are exact floats, or one is an exact float and the other a
    /// machine int, and OP is + - * / ** (plain or in-place) with a result that float's dunder would
    /// return as a float without raising. False (nothing computed) otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryFloatValue(PyRuntime rt, PyObject a, PyObject b, int op, out double r)
    {
        double x, y;
        if (ReferenceEquals(a.Type, rt.FloatType))
        {
            x = Unsafe.As<PyFloat>(a).Value;
            if (ReferenceEquals(b.Type, rt.FloatType)) y = Unsafe.As<PyFloat>(b).Value;
            else if (ReferenceEquals(b.Type, rt.IntType) && !Unsafe.As<PyInt>(b).IsBig) y = Unsafe.As<PyInt>(b).Small;
            else { r = 0; return false; }
        }
        else if (ReferenceEquals(b.Type, rt.FloatType) && ReferenceEquals(a.Type, rt.IntType) && !Unsafe.As<PyInt>(a).IsBig)
        {
            x = Unsafe.As<PyInt>(a).Small;
            y = Unsafe.As<PyFloat>(b).Value;
        }
        else { r = 0; return false; }
        return FloatStep(x, y, op, out r);
    }

    /// <summary>x OP y as FloatBinary computes it, when that is a float and raises nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FloatStep(double x, double y, int op, out double r)
    {
        switch (op)
        {
            case NumAdd: case NumAdd + 13: r = x + y; return true;
            case NumSub: case NumSub + 13: r = x - y; return true;
            case NumMul: case NumMul + 13: r = x * y; return true;
            case NumTrueDiv: case NumTrueDiv + 13:
                r = x / y;
                return y != 0;
            case NumPow: case NumPow + 13:
                // FloatPow for a positive finite base and a finite exponent is Math.Pow (its
                // special cases 0, 1, NaN, infinities and negative bases do not arise), and an
                // infinite result is its OverflowError.
                if (!(x > 0 && double.IsFinite(x) && double.IsFinite(y))) break;
                r = Math.Pow(x, y);
                return !double.IsInfinity(r);
        }
        r = 0;
        return false;
    }

    /// <summary>A float operand of a chain step: an exact float, or a machine int as float's dunders convert it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FloatOperand(PyRuntime rt, PyObject? o, out double v)
    {
        if (o != null)
        {
            if (ReferenceEquals(o.Type, rt.FloatType)) { v = Unsafe.As<PyFloat>(o).Value; return true; }
            if (ReferenceEquals(o.Type, rt.IntType) && !Unsafe.As<PyInt>(o).IsBig) { v = Unsafe.As<PyInt>(o).Small; return true; }
        }
        v = 0;
        return false;
    }

    /// <summary>
    /// r, the float result of the instruction before <paramref name="ip"/>, belongs (unboxed) in the
    /// stack slot below <paramref name="sp"/>. Runs the chain's further steps, then pushes the
    /// boxed result there, or stores it into the local that a following STORE_FAST names (ip and
    /// sp advanced past what ran).
    /// </summary>
    /// <remarks>ip and sp go in and come back by value: a `ref` to Eval's locals would make them
    /// address-exposed, kept in memory at every instruction of the whole loop (runtime-conventions).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Ip, int Sp) CompleteFloat(PyRuntime rt, int[] instrs, PyObject?[] slots, PyObject[] consts, int ip, int sp, double r)
    {
        if (MayChain(instrs[ip]) || IsCallOrNestedProduct(instrs[ip])) return CompleteFloatChain(rt, instrs, slots, consts, ip, sp, r);
        Put(slots, sp - 1, rt.NewFloat(r)); // the common case: nothing to chain
        return (ip, sp);
    }

    /// <summary>
    /// Whether an instruction may continue a float or int chain (BINARY_OP, LOAD_FAST/LOAD_CONST_BINARY_OP)
    /// or end one without a push (LOAD_FAST/LOAD_CONST_COMPARE_JUMP, STORE_FAST).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayChain(int word) => (Opcode)(word & 0xFF) is Opcode.BINARY_OP or Opcode.LOAD_FAST_BINARY_OP
        or Opcode.LOAD_CONST_BINARY_OP or Opcode.LOAD_FAST_COMPARE_JUMP or Opcode.LOAD_CONST_COMPARE_JUMP
        or Opcode.STORE_FAST or Opcode.STORE_FAST_LOAD_FAST or Opcode.STORE_FAST_STORE_FAST;

    /// <summary>
    /// CALL or CALL_METHOD (a float chain's step when it calls a math function of one float), or a
    /// LOAD_FAST_LOAD_FAST/LOAD_CONST_BINARY_OP (its step when it computes a nested float: ContinueFloat).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCallOrNestedProduct(int word) => (Opcode)(word & 0xFF) is Opcode.CALL or Opcode.CALL_METHOD
        or Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP or Opcode.LOAD_FAST_LOAD_CONST_BINARY_OP;

    /// <summary>A STORE_FAST, alone or as the first of a fused pair (whose second instruction then runs as itself).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsStoreFast(int word) =>
        (Opcode)(word & 0xFF) is Opcode.STORE_FAST or Opcode.STORE_FAST_LOAD_FAST or Opcode.STORE_FAST_STORE_FAST;

    /// <summary><see cref="CompleteFloat"/> when the next instruction may continue the chain.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Ip, int Sp) CompleteFloatChain(PyRuntime rt, int[] instrs, PyObject?[] slots, PyObject[] consts, int ip, int sp, double r)
    {
        FloatChainTail(rt, instrs, slots, consts, ref ip, ref sp, r);
        return (ip, sp);
    }

    /// <summary>The chain from its first float result on (ip, sp advanced past what ran).</summary>
    private static void FloatChainTail(PyRuntime rt, int[] instrs, PyObject?[] slots, PyObject[] consts, ref int ip, ref int sp, double r)
    {
        r = ContinueFloat(rt, instrs, slots, consts, ref ip, ref sp, r);
        int word = instrs[ip];
        var next = (Opcode)(word & 0xFF);
        if (next is Opcode.LOAD_FAST_COMPARE_JUMP or Opcode.LOAD_CONST_COMPARE_JUMP)
        {
            // LOAD_FAST_COMPARE_JUMP's numeric path (TryCompareNumeric: a float against a float,
            // or against a machine int within +-2**53) on the unboxed value: nothing is pushed.
            var b = next == Opcode.LOAD_FAST_COMPARE_JUMP ? slots[word >>> 8] : consts[word >>> 8];
            if (FloatOperand(rt, b, out double y) && (ReferenceEquals(b!.Type, rt.FloatType) || IsExactDouble(Unsafe.As<PyInt>(b).Small)))
            {
                BranchOnCompare(instrs, ref ip, ref sp, ((CompareOpArg)(instrs[ip + 1] >>> 8)).Holds(r, y));
                return;
            }
        }
        PushOrStore(instrs, slots, ref ip, ref sp, rt.NewFloat(r));
    }

    /// <summary>
    /// The fused COMPARE_JUMP at <paramref name="ip"/> answered by a chain (its result was
    /// <paramref name="holds"/>): the chain's value leaves the stack and the branch is taken as the
    /// fused instruction takes it.
    /// </summary>
    private static void BranchOnCompare(int[] instrs, ref int ip, ref int sp, bool holds)
    {
        int jump = instrs[ip + 2];
        bool onTrue = (Opcode)(jump & 0xFF) == Opcode.POP_JUMP_IF_TRUE;
        ip = holds == onTrue ? jump >>> 8 : ip + 3;
        sp--;
    }

    /// <summary>
    /// Ends a chain: its boxed result goes into the local a STORE_FAST at <paramref name="ip"/> names
    /// (when StoreFastImmortal may store it), else into its stack slot below <paramref name="sp"/>.
    /// </summary>
    private static void PushOrStore(int[] instrs, PyObject?[] slots, ref int ip, ref int sp, PyObject boxed)
    {
        int word = instrs[ip];
        if (IsStoreFast(word) && StoreFastImmortal(slots, word >>> 8, boxed))
        {
            sp--;
            ip++;
            return;
        }
        Put(slots, sp - 1, boxed);
    }

    /// <summary>
    /// The chain's steps from <paramref name="ip"/> on (see <see cref="CompleteFloat"/>); returns the
    /// last step's result. A nested product (`a * a + b * b`: LOAD_FAST_LOAD_FAST_BINARY_OP or
    /// LOAD_FAST_LOAD_CONST_BINARY_OP of floats while r waits below it) becomes r, and the r it
    /// covers is kept unboxed as <c>below</c> until the BINARY_OP that consumes both; a chain that
    /// stops before that boxes <c>below</c> into its stack slot, where the instructions run one by
    /// one would have left it.
    /// </summary>
    /// <remarks>Not inlined: as the JIT's root here it has an inlining budget of its own (inlined into the
    /// small CompleteFloatChain, the budget ran out and FloatStep, TryFloatValue and Put were calls).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ContinueFloat(PyRuntime rt, int[] instrs, PyObject?[] slots, PyObject[] consts, ref int ip, ref int sp, double r)
    {
        double below = 0;
        bool hasBelow = false;
        while (true)
        {
            int word = instrs[ip];
            double v;
            switch ((Opcode)(word & 0xFF))
            {
                case Opcode.BINARY_OP:
                    if (hasBelow) v = below;
                    else if (!FloatOperand(rt, slots[sp - 2], out v)) goto done;
                    if (!FloatStep(v, r, word >>> 8, out v)) goto done;
                    r = v;
                    hasBelow = false;
                    sp--;
                    ip++;
                    break;
                case Opcode.LOAD_FAST_BINARY_OP:
                case Opcode.LOAD_CONST_BINARY_OP:
                {
                    var b = (Opcode)(word & 0xFF) == Opcode.LOAD_FAST_BINARY_OP ? slots[word >>> 8] : consts[word >>> 8];
                    if (!FloatOperand(rt, b, out v) || !FloatStep(r, v, instrs[ip + 1] >>> 8, out v)) goto done;
                    r = v;
                    ip += 2;
                    break;
                }
                case Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP:
                case Opcode.LOAD_FAST_LOAD_CONST_BINARY_OP:
                {
                    // The superinstruction's own float step (Eval's TryFloatValue on the two operands);
                    // one value waits below at a time.
                    if (hasBelow) goto done;
                    var a = slots[word >>> 8];
                    var b = (Opcode)(word & 0xFF) == Opcode.LOAD_FAST_LOAD_FAST_BINARY_OP ? slots[instrs[ip + 1] >>> 8] : consts[instrs[ip + 1] >>> 8];
                    if (a == null || b == null || !TryFloatValue(rt, a, b, instrs[ip + 2] >>> 8, out v)) goto done;
                    below = r;
                    hasBelow = true;
                    r = v;
                    sp++;
                    ip += 3;
                    break;
                }
                case Opcode.CALL:
                case Opcode.CALL_METHOD:
                {
                    // f(r) for f = math.sqrt & co.: [f, r] (CALL 1) or [NULL, f, r] (CALL_METHOD 1 of a
                    // module attribute); the result takes the lowest of those slots.
                    bool method = (Opcode)(word & 0xFF) == Opcode.CALL_METHOD;
                    if (hasBelow || (word >>> 8) != 1 || (method && slots[sp - 3] is not NullMarker)) goto done;
                    if (slots[sp - 2] is not PyBuiltinFunction { FloatFn: { } fn }) goto done;
                    v = fn(r);
                    if (double.IsNaN(v) ? !double.IsNaN(r) : double.IsInfinity(v) && double.IsFinite(r)) goto done; // F1 raises
                    r = v;
                    slots[--sp - 1] = null;
                    if (method) slots[--sp - 1] = null;
                    ip++;
                    break;
                }
                default:
                    goto done;
            }
        }
    done:
        if (hasBelow) Put(slots, sp - 2, rt.NewFloat(below));
        return r;
    }
}
