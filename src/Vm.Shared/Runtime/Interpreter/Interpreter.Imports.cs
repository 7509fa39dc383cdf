// The eval loop's import instructions (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR), out of line: they
// run once per import statement, the work is in Importer.
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>IMPORT_NAME: [level fromlist] -> [module]; returns the new stack pointer.</summary>
    private static int ImportNameOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, PyStr name)
    {
        var fromlist = slots[--sp]!;
        var level = slots[sp - 1]!;
        f.Sp = sp;
        Put(slots, sp - 1, Importer<TSync>.ImportName(ts, f, name, fromlist, (int)((PyInt)level).Small));
        return sp;
    }

    /// <summary>IMPORT_FROM: [module] -> [module attr].</summary>
    private static int ImportFromOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp, PyStr name)
    {
        f.Sp = sp;
        Put(slots, sp, Importer<TSync>.ImportFrom(ts, slots[sp - 1]!, name));
        return sp + 1;
    }

    /// <summary>IMPORT_STAR: [module] -> [].</summary>
    private static int ImportStarOp(PyThreadState ts, Frame f, PyObject?[] slots, int sp)
    {
        var m = slots[--sp]!;
        f.Sp = sp;
        Importer<TSync>.ImportStar(ts, f, m);
        return sp;
    }
}
