// The match statement's instructions (PEP 634; Compiling/Compiler.Match.cs describes the stack they
// work on). Rare: RareOp sends them here. Like RareOp's cases, each takes the stack as Eval had it,
// saves f.Sp before anything that can raise and returns the new stack pointer.
//
// Counting: stack values are uncounted. MATCH_COPY keeps a floating value alive in the KEEP list
// (a counted store), so that the consumer of one of its two stack copies does not free it under the
// other; KEEP's POP_TOP after the match releases them. Values these instructions create (values and
// attribute tuples, the rest dict) float on the stack as other results do; an instruction that
// consumes a floating operand drops it after use.
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MatchOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int word)
    {
        var rt = ts.Rt;
        int arg = word >>> 8;
        f.Sp = sp;
        switch ((Opcode)(word & 0xFF))
        {
            case Opcode.MATCH_COPY:
            {
                var v = slots[sp - 1]!;
                if (!v.IsImmortal && TSync.IsFloating(ts, v))
                {
                    int keepAt = sp - 1 - arg;
                    if (slots[keepAt] is not PyList keep)
                    {
                        keep = Ops<TSync>.NewList(ts);
                        Put(slots, keepAt, keep);
                    }
                    ListOps<TSync>.Append(ts, keep, v);
                }
                Put(slots, sp++, v);
                break;
            }
            case Opcode.MATCH_SEQUENCE:
                Put(slots, sp, rt.NewBool(PatternMatching<TSync>.IsSequence(ts, slots[sp - 1]!)));
                sp++;
                break;
            case Opcode.MATCH_MAPPING:
                Put(slots, sp, rt.NewBool(PatternMatching<TSync>.IsMapping(ts, slots[sp - 1]!)));
                sp++;
                break;
            case Opcode.GET_LEN:
                Put(slots, sp, rt.NewInt(Ops<TSync>.Len(ts, slots[sp - 1]!)));
                sp++;
                break;
            case Opcode.MATCH_KEYS:
            {
                var values = PatternMatching<TSync>.MatchKeys(ts, slots[sp - 2]!, (PyTuple)slots[sp - 1]!);
                Put(slots, sp++, (PyObject?)values ?? rt.None);
                break;
            }
            case Opcode.MATCH_CLASS:
            {
                var subject = slots[sp - 3]!;
                var cls = slots[sp - 2]!;
                var names = (PyTuple)slots[sp - 1]!;
                var attrs = PatternMatching<TSync>.MatchClass(ts, subject, cls, arg, names);
                sp -= 2;
                Put(slots, sp + 1, null);
                Put(slots, sp, null);
                Put(slots, sp - 1, (PyObject?)attrs ?? rt.None);
                f.Sp = sp;
                ObjectLifecycle<TSync>.DropBorrowed(ts, cls);
                ObjectLifecycle<TSync>.DropBorrowed(ts, subject);
                break;
            }
            case Opcode.MATCH_DICT_REST:
            {
                var subject = slots[sp - 2]!;
                var keys = (PyTuple)slots[sp - 1]!;
                var rest = PatternMatching<TSync>.DictWithout(ts, subject, keys);
                Put(slots, --sp, null);
                Put(slots, sp - 1, rest);
                f.Sp = sp;
                ObjectLifecycle<TSync>.DropBorrowed(ts, keys);
                ObjectLifecycle<TSync>.DropBorrowed(ts, subject);
                break;
            }
            default:
                throw rt.Error("SystemError", $"unknown opcode {(Opcode)(word & 0xFF)}");
        }
        return sp;
    }
}
