// The eval loop's rare instructions: those a program runs once per import, class body, `del`,
// `yield from`, except* clause or interactive statement, not once per loop iteration, and those
// whose own work (a set, dict or string built, a function made, a with-statement entered, a
// module-level name or a global stored, a unary operator's call) outweighs this second dispatch. Eval's switch sends every
// opcode it has no case for here (its default case), so their bodies take no room in Eval's
// machine code or register allocation. Each case is what Eval's case was: it takes the stack as
// Eval had it, saves f.Sp before anything that can raise (a native raise throws, and Run unwinds
// the frame), and returns the new stack pointer.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RareOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int word)
    {
        var code = f.Code;
        var names = code.Names;
        int arg = word >>> 8;
        switch ((Opcode)(word & 0xFF))
        {
            case Opcode.ROT_FOUR:
                RotateTop(slots, sp, 4); // ColdOps.cs
                break;
            case Opcode.UNARY_POSITIVE:
            case Opcode.UNARY_NEGATIVE:
            case Opcode.UNARY_INVERT:
                f.Sp = sp;
                Put(slots, sp - 1, UnaryOp(ts, (Opcode)(word & 0xFF), slots[sp - 1]!)); // ColdOps.cs
                break;
            // Cells, globals and names: a closure's creation and `nonlocal` stores, `global` stores, module and class bodies.
            case Opcode.STORE_DEREF:
            {
                var cell = (PyCell)slots[code.NLocals + arg]!;
                var v = slots[--sp]!;
                f.Sp = sp;
                Ops<TSync>.StoreShared(ts, ref cell.Contents, v);
                break;
            }
            case Opcode.LOAD_CLOSURE:
                Put(slots, sp++, slots[code.NLocals + arg]);
                break;
            case Opcode.STORE_GLOBAL:
            {
                var v = slots[--sp]!;
                f.Sp = sp;
                DictOps<TSync>.SetItem(ts, f.Globals, names[arg], v);
                break;
            }
            case Opcode.LOAD_NAME:
                f.Sp = sp;
                Put(slots, sp++, LoadName(ts, f, names[arg])); // NameOps.cs
                break;
            case Opcode.STORE_NAME:
                f.Sp = sp - 1;
                StoreName(ts, f, names[arg], slots[--sp]!);
                break;
            case Opcode.LOAD_SUPER_ATTR:
                f.Sp = sp;
                sp = LoadSuperAttr(ts, f, slots, sp, names[arg >> 2], arg); // SuperAttr.cs
                break;
            // Sets, dicts and strings built, comprehensions' set and dict adds, unpacking into displays (ColdOps.cs).
            case Opcode.BUILD_SET:
                sp = BuildSetOp(ts, f, slots, sp, arg);
                break;
            case Opcode.BUILD_MAP:
                sp = BuildMapOp(ts, f, slots, sp, arg);
                break;
            case Opcode.BUILD_CONST_KEY_MAP:
                sp = BuildConstKeyMapOp(ts, f, slots, sp, arg);
                break;
            case Opcode.BUILD_STRING:
                sp = BuildStringOp(ts, slots, sp, arg);
                break;
            case Opcode.FORMAT_VALUE:
                sp = FormatValueOp(ts, f, slots, sp, arg);
                break;
            case Opcode.SET_ADD:
            {
                var v = slots[--sp]!;
                f.Sp = sp;
                AddOrDrop(ts, (PySet)slots[sp - arg]!, v);
                break;
            }
            case Opcode.MAP_ADD:
            {
                var v = slots[--sp]!;
                var k = slots[--sp]!;
                f.Sp = sp;
                SetOrDropKey(ts, (PyDict)slots[sp - arg]!, k, v);
                break;
            }
            case Opcode.LIST_EXTEND:
            case Opcode.SET_UPDATE:
            case Opcode.DICT_UPDATE:
            case Opcode.DICT_MERGE:
                sp = ExtendOp(ts, f, slots, sp, (Opcode)(word & 0xFF), arg);
                break;
            case Opcode.MAKE_FUNCTION:
                sp = MakeFunctionOp(ts, f, slots, sp, arg);
                break;
            // The with statement's entry and exceptional exit, and an except clause's end.
            case Opcode.SETUP_WITH:
                sp = SetupWithOp(ts, f, slots, sp, arg);
                break;
            case Opcode.WITH_EXCEPT_START:
                sp = WithExceptStartOp(ts, f, slots, sp);
                break;
            case Opcode.POP_EXCEPT:
                sp = PopExceptOp(ts, f, slots, sp);
                break;
            case Opcode.DELETE_FAST:
                f.Sp = sp;
                DeleteFast(ts, f, arg); // ColdOps.cs
                break;
            case Opcode.LOAD_FAST_AND_CLEAR:
            {
                // An inlined comprehension saves a local it shadows: the count moves to the stack.
                var v = slots[arg];
                if (v != null)
                {
                    // A borrowed parameter gets its own count first, as it leaves its slot.
                    if (TSync.BorrowsArguments && f.BorrowedParams != 0 && ForgetBorrowed(f, arg) && !v.IsImmortal)
                        TSync.IncRef(ts, v);
                    Put(slots, arg, null);
                }
                Put(slots, sp++, v);
                break;
            }
            case Opcode.STORE_FAST_MAYBE_NULL:
            {
                // Restores what LOAD_FAST_AND_CLEAR saved, taking its count back; releases the
                // comprehension's last value of the variable.
                var v = slots[--sp];
                var old = slots[arg];
                Put(slots, arg, v);
                if (old != null && !old.IsImmortal)
                {
                    f.Sp = sp;
                    if (TSync.DecRef(ts, old)) ObjectLifecycle<TSync>.Deallocate(ts, old);
                    else Vm.Runtime.Gc.GcCandidates.Note(ts, old);
                }
                break;
            }
            case Opcode.DELETE_DEREF:
            {
                var cell = (PyCell)slots[code.NLocals + arg]!;
                f.Sp = sp;
                if (cell.Contents == null) throw UnboundDeref(ts, code, arg);
                Ops<TSync>.StoreShared(ts, ref cell.Contents, null);
                break;
            }
            case Opcode.LOAD_CLASSDEREF:
                f.Sp = sp;
                Put(slots, sp++, LoadClassDeref(ts, f, arg)); // NameOps.cs
                break;
            case Opcode.DELETE_GLOBAL:
                f.Sp = sp;
                DeleteGlobal(ts, f, names[arg]);
                break;
            case Opcode.DELETE_NAME:
                f.Sp = sp;
                DeleteName(ts, f, names[arg]);
                break;
            case Opcode.DELETE_ATTR:
                f.Sp = sp - 1;
                Ops<TSync>.DelAttr(ts, slots[--sp]!, names[arg]);
                break;
            case Opcode.DELETE_SUBSCR:
            {
                f.Sp = sp - 2;
                PyObject o = slots[sp - 2]!, k = slots[sp - 1]!;
                Ops<TSync>.DelItem(ts, o, k);
                sp -= 2;
                // A fresh container or key (`del l[I(0):I(1)]`: the slice and its bounds) dies here.
                if (!o.IsImmortal && TSync.IsFloating(ts, o)) ObjectLifecycle<TSync>.Deallocate(ts, o);
                if (!k.IsImmortal && !ReferenceEquals(k, o) && TSync.IsFloating(ts, k)) ObjectLifecycle<TSync>.Deallocate(ts, k);
                break;
            }
            case Opcode.LOAD_ASSERTION_ERROR:
                Put(slots, sp++, ts.Rt.ExceptionTypes["AssertionError"]);
                break;
            case Opcode.LOAD_BUILD_CLASS:
                f.Sp = sp;
                Put(slots, sp++, LoadBuildClass(ts, f));
                break;
            case Opcode.LIST_TO_TUPLE:
            {
                var l = (PyList)slots[sp - 1]!;
                Put(slots, sp - 1, Ops<TSync>.NewTuple(ts, l.ToArray<TSync>(ts)));
                ObjectLifecycle<TSync>.DropBorrowed(ts, l);
                break;
            }
            case Opcode.UNPACK_EX:
                sp = UnpackExOp(ts, f, slots, sp, arg); // ColdOps.cs
                break;
            case Opcode.IMPORT_NAME:
                sp = ImportNameOp(ts, f, slots, sp, names[arg]); // Imports.cs
                break;
            case Opcode.IMPORT_FROM:
                sp = ImportFromOp(ts, f, slots, sp, names[arg]);
                break;
            case Opcode.IMPORT_STAR:
                sp = ImportStarOp(ts, f, slots, sp);
                break;
            case Opcode.SETUP_ANNOTATIONS:
                f.Sp = sp;
                SetupAnnotations(ts, f);
                break;
            case Opcode.PRINT_EXPR:
                f.Sp = sp - 1;
                ts.Rt.DisplayHook(ts, slots[--sp]!);
                break;
            case Opcode.GET_YIELD_FROM_ITER:
                f.Sp = sp;
                if (slots[sp - 1] is not PyGenerator { Kind: GeneratorKind.Generator }) Put(slots, sp - 1, YieldFromIter(ts, f, slots[sp - 1]!)); // Async.cs
                break;
            // The match statement (Compiling/Compiler.Match.cs describes the stack; Runtime/PatternMatching.cs).
            case Opcode.MATCH_COPY:
            {
                // Stack copies are uncounted: a floating value copied here is also held (counted) by
                // the KEEP list, so consuming one copy cannot free it under the other.
                var v = slots[sp - 1]!;
                if (!v.IsImmortal && TSync.IsFloating(ts, v))
                {
                    f.Sp = sp;
                    PatternMatching<TSync>.Keep(ts, slots, sp - 1 - arg, v);
                }
                Put(slots, sp++, v);
                break;
            }
            case Opcode.MATCH_SEQUENCE:
            case Opcode.MATCH_MAPPING:
            {
                f.Sp = sp;
                var o = slots[sp - 1]!;
                bool yes = (Opcode)(word & 0xFF) == Opcode.MATCH_SEQUENCE
                    ? PatternMatching<TSync>.IsSequence(ts, o) : PatternMatching<TSync>.IsMapping(ts, o);
                Put(slots, sp++, ts.Rt.NewBool(yes));
                break;
            }
            case Opcode.GET_LEN:
                f.Sp = sp;
                Put(slots, sp, ts.Rt.NewInt(Ops<TSync>.Len(ts, slots[sp - 1]!)));
                sp++;
                break;
            case Opcode.MATCH_KEYS:
                f.Sp = sp;
                Put(slots, sp, (PyObject?)PatternMatching<TSync>.MatchKeys(ts, slots[sp - 2]!, (PyTuple)slots[sp - 1]!) ?? ts.Rt.None);
                sp++;
                break;
            case Opcode.MATCH_CLASS:
            {
                f.Sp = sp;
                var subject = slots[sp - 3]!;
                var cls = slots[sp - 2]!;
                var attrs = PatternMatching<TSync>.MatchClass(ts, subject, cls, arg, (PyTuple)slots[sp - 1]!);
                Put(slots, --sp, null);
                Put(slots, --sp, null);
                Put(slots, sp - 1, (PyObject?)attrs ?? ts.Rt.None);
                f.Sp = sp;
                ObjectLifecycle<TSync>.DropBorrowed(ts, cls);
                ObjectLifecycle<TSync>.DropBorrowed(ts, subject);
                break;
            }
            case Opcode.MATCH_DICT_REST:
            {
                f.Sp = sp;
                var subject = slots[sp - 2]!;
                var keys = slots[sp - 1]!;
                var rest = PatternMatching<TSync>.DictWithout(ts, subject, (PyTuple)keys);
                Put(slots, --sp, null);
                Put(slots, sp - 1, rest);
                f.Sp = sp;
                ObjectLifecycle<TSync>.DropBorrowed(ts, keys);
                ObjectLifecycle<TSync>.DropBorrowed(ts, subject);
                break;
            }
            default: // await, async for, async with (Interpreter.Async.cs)
                sp = AsyncOp(ts, f, slots, sp, word);
                break;
        }
        return sp;
    }
}
