// The .NET class of an object as one pointer load (its method table, the header word every
// object starts with), for caches that remember the receiver's .NET class and check it at every
// use (Runtime/Interpreter/Interpreter.BuiltinCalls.cs). `o.GetType() == typeof(X)` already
// compiles to that load and a compare, but `o.GetType() == storedType` calls Object.GetType (it
// must produce the Type object), which a site check paid on every `lst.append`/`math.sqrt`.
// The pointer is read through a managed reference to the object's start (GC-safe: an interior
// reference is updated if the object moves), the way the runtime's own GetMethodTable reads it.
using System.Runtime.CompilerServices;

namespace Vm.Objects;

public static class ClrClass
{
    /// <summary>The first field of any object lies right after its method-table pointer.</summary>
    private sealed class RawData
    {
        public byte Data;
    }

    /// <summary>A value that equals Of(p) exactly when p's .NET class is o's (the method table; never 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Of(object o) =>
        Unsafe.As<byte, nint>(ref Unsafe.Subtract(ref Unsafe.As<RawData>(o).Data, IntPtr.Size));
}
