// Converting values between .NET and Python (both ways) for one engine. Runs attached on the
// calling thread state. Containers are copied (a Python list becomes a new List<object?>), with
// identity kept inside one conversion so shared and cyclic structures convert without looping.
//   .NET -> Python: null -> None; bool; sbyte..ulong, BigInteger -> int; float, double, decimal
//     -> float; string, char -> str; byte[] -> bytes; IDictionary -> dict; ISet<T> -> set;
//     arrays (not byte[]) and ITuple (Tuple, ValueTuple) -> tuple; other IEnumerable -> list;
//     Delegate, HostFunction -> builtin function; PythonObject -> the object it holds.
//   Python -> .NET: None -> null; bool; int -> long (BigInteger when it does not fit); float ->
//     double; str -> string; bytes, bytearray -> byte[]; list -> List<object?>; tuple ->
//     object?[]; dict -> Dictionary<object, object?>; set, frozenset -> HashSet<object?>;
//     anything else -> PythonObject.
using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Hosting;

internal sealed class HostValues<TSync> where TSync : struct, ISyncPolicy
{
    private readonly EngineCore<TSync> _engine;

    public HostValues(EngineCore<TSync> engine) => _engine = engine;

    // ------------------------------------------------------------------ .NET -> Python

    // name: the Python name a delegate gets (a global's or module attribute's name).
    public PyObject ToPython(PyThreadState ts, object? value, string? name = null) => ToPython(ts, value, null, name);

    private PyObject ToPython(PyThreadState ts, object? value, Dictionary<object, PyObject>? seen, string? name = null)
    {
        var rt = ts.Rt;
        switch (value)
        {
            case null: return rt.None;
            case PyObject:
                throw new ArgumentException("Pass Python objects to the engine as PythonObject handles.");
            case PythonObject h: return _engine.Unwrap(h);
            case bool b: return rt.NewBool(b);
            case int i: return rt.NewInt(i);
            case long l: return rt.NewInt(l);
            case short s: return rt.NewInt(s);
            case sbyte sb: return rt.NewInt(sb);
            case byte by: return rt.NewInt(by);
            case ushort us: return rt.NewInt(us);
            case uint ui: return rt.NewInt(ui);
            case ulong ul: return rt.NewInt(new BigInteger(ul));
            case BigInteger bi: return rt.NewInt(bi);
            case double d: return rt.NewFloat(d);
            case float f: return rt.NewFloat(f);
            case decimal m: return rt.NewFloat((double)m);
            // Lone surrogates of .NET text become str's escapes, and back (Objects/LoneSurrogates.cs).
            case string str: return rt.NewStr(LoneSurrogates.Canonical(str));
            case char c: return char.IsSurrogate(c) ? rt.NewStr(LoneSurrogates.Escape(c)) : rt.NewStr(c);
            case byte[] bytes: return rt.NewBytes((byte[])bytes.Clone());
            case Enum e: return rt.NewInt(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
            case HostFunction hf: return MakeFunction(rt, hf);
            case Delegate del: return MakeFunction(rt, new HostFunction(name ?? del.Method.Name, del));
        }
        seen ??= new Dictionary<object, PyObject>(ReferenceEqualityComparer.Instance);
        if (seen.TryGetValue(value, out var done)) return done;
        switch (value)
        {
            case IDictionary dict:
            {
                var d = Ops<TSync>.NewDict(ts);
                seen[value] = d;
                foreach (DictionaryEntry kv in dict) DictOps<TSync>.SetItem(ts, d, ToPython(ts, kv.Key, seen), ToPython(ts, kv.Value, seen));
                return d;
            }
            case ITuple tuple when value is not Array:
            {
                var items = new PyObject[tuple.Length];
                for (int i = 0; i < items.Length; i++) items[i] = ToPython(ts, tuple[i], seen);
                return seen[value] = Ops<TSync>.NewTuple(ts, items);
            }
            case Array array:
            {
                var items = new PyObject[array.Length];
                int i = 0;
                foreach (var x in array) items[i++] = ToPython(ts, x, seen);
                return seen[value] = Ops<TSync>.NewTuple(ts, items);
            }
            case IEnumerable seq when IsSet(value):
            {
                var s = Ops<TSync>.NewSet(ts);
                seen[value] = s;
                foreach (var x in seq) SetOps<TSync>.Add(ts, s, ToPython(ts, x, seen));
                return s;
            }
            case IEnumerable seq:
            {
                var list = Ops<TSync>.NewList(ts);
                seen[value] = list;
                foreach (var x in seq) ListOps<TSync>.Append(ts, list, ToPython(ts, x, seen));
                return list;
            }
        }
        throw new ArgumentException($"A value of type {value.GetType()} cannot be passed to Python.");
    }

    // Trimming (a NativeAOT host): an ISet<> implementation nothing else in the app uses may be
    // trimmed from the type, and that set then crosses as a list (the IEnumerable case): a weaker
    // conversion, not a failure. The pyvm command passes no .NET collections to Python.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075",
        Justification = "A set whose ISet<> was trimmed converts as a list; see the comment above.")]
    private static bool IsSet(object value) =>
        value.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISet<>));

    // ------------------------------------------------------------------ Python -> .NET

    public object? ToClr(PyThreadState ts, PyObject o) => ToClr(ts, o, null);

    private object? ToClr(PyThreadState ts, PyObject o, Dictionary<PyObject, object>? seen)
    {
        var rt = ts.Rt;
        switch (o)
        {
            case PyBool b: return b.Value;
            case PyInt i: return i.IsBig ? i.Big : (object)i.Small;
            case PyFloat f: return f.Value;
            case PyStr s: return LoneSurrogates.Natural(s.Value);
            case PyBytes by: return (byte[])by.Value.Clone();
            case PyByteArray ba: return ba.ToArray();
        }
        if (ReferenceEquals(o, rt.None)) return null;
        if (o is not (PyList or PyTuple or PyDict or PySet)) return _engine.Wrap(ts, o);
        seen ??= new Dictionary<PyObject, object>(ReferenceEqualityComparer.Instance);
        if (seen.TryGetValue(o, out var done)) return done;
        switch (o)
        {
            case PyList l:
            {
                var items = l.ToArray<TSync>(ts);
                var list = new List<object?>(items.Length);
                seen[o] = list;
                foreach (var x in items) list.Add(ToClr(ts, x, seen));
                return list;
            }
            case PyTuple t:
            {
                var arr = new object?[t.Count];
                seen[o] = arr;
                for (int i = 0; i < arr.Length; i++) arr[i] = ToClr(ts, t.Items[i], seen);
                return arr;
            }
            case PyDict d:
            {
                var dict = new Dictionary<object, object?>();
                seen[o] = dict;
                foreach (var kv in d.Snapshot()) dict[ToClr(ts, kv.Key, seen) ?? _engine.Wrap(ts, kv.Key)] = ToClr(ts, kv.Value, seen);
                return dict;
            }
            default:
            {
                var set = new HashSet<object?>();
                seen[o] = set;
                foreach (var x in ((PySet)o).Snapshot()) set.Add(ToClr(ts, x, seen));
                return set;
            }
        }
    }

    /// <summary>Converts to a requested .NET type; a TypeError (PyException) when it cannot.</summary>
    public object? ToClr(PyThreadState ts, PyObject o, Type target, string what)
    {
        var rt = ts.Rt;
        if (target == typeof(object)) return ToClr(ts, o);
        var under = Nullable.GetUnderlyingType(target);
        if (ReferenceEquals(o, rt.None))
        {
            if (!target.IsValueType || under != null) return null;
            throw Mismatch(ts, o, target, what);
        }
        if (under != null) target = under;
        if (target == typeof(PythonObject)) return _engine.Wrap(ts, o);
        try
        {
            switch (Type.GetTypeCode(target))
            {
                case TypeCode.Boolean when o is PyInt bi: return bi is PyBool pb ? pb.Value : bi.Big != 0;
                case TypeCode.Int32 when o is PyInt i: return checked((int)i.Big);
                case TypeCode.Int64 when o is PyInt i: return checked((long)i.Big);
                case TypeCode.Int16 when o is PyInt i: return checked((short)i.Big);
                case TypeCode.SByte when o is PyInt i: return checked((sbyte)i.Big);
                case TypeCode.Byte when o is PyInt i: return checked((byte)i.Big);
                case TypeCode.UInt16 when o is PyInt i: return checked((ushort)i.Big);
                case TypeCode.UInt32 when o is PyInt i: return checked((uint)i.Big);
                case TypeCode.UInt64 when o is PyInt i: return checked((ulong)i.Big);
                case TypeCode.Double when o is PyFloat or PyInt: return o is PyFloat f ? f.Value : (double)((PyInt)o).Big;
                case TypeCode.Single when o is PyFloat or PyInt: return (float)(o is PyFloat f2 ? f2.Value : (double)((PyInt)o).Big);
                case TypeCode.Decimal when o is PyFloat or PyInt: return o is PyFloat f3 ? (decimal)f3.Value : (decimal)((PyInt)o).Big;
                case TypeCode.String when o is PyStr s: return LoneSurrogates.Natural(s.Value);
                case TypeCode.Char when o is PyStr s && LoneSurrogates.Natural(s.Value) is { Length: 1 } c: return c[0];
            }
        }
        catch (OverflowException)
        {
            throw rt.OverflowError($"Python int too large to convert to {target.Name} ({what})");
        }
        if (target == typeof(BigInteger) && o is PyInt big) return big.Big;
        if (target.IsEnum && o is PyInt ei) return Enum.ToObject(target, (long)ei.Big);
        var value = ToClr(ts, o);
        if (value != null && target.IsInstanceOfType(value)) return value;
        if (value != null && TryConvertCollection(value, target, out var converted)) return converted;
        throw Mismatch(ts, o, target, what);
    }

    private static PyException Mismatch(PyThreadState ts, PyObject o, Type target, string what) =>
        ts.Rt.TypeError($"{what} must be convertible to {target.Name}, not '{o.Type.Name}'");

    /// <summary>List/tuple to T[], List&lt;T&gt; and their interfaces; dict to Dictionary&lt;K, V&gt;.</summary>
    private static bool TryConvertCollection(object value, Type target, out object? result)
    {
        result = null;
        if (target.IsArray && value is IList srcArr)
        {
            var et = target.GetElementType()!;
            var arr = Array.CreateInstanceFromArrayType(target, srcArr.Count);
            for (int i = 0; i < srcArr.Count; i++)
            {
                if (!TryElement(srcArr[i], et, out var e)) return false;
                arr.SetValue(e, i);
            }
            result = arr;
            return true;
        }
        // List<T> and Dictionary<K, V> of a type known only at run time need dynamic code; a
        // NativeAOT host gets a TypeError for such parameters (arrays and object-typed ones work).
        if (!target.IsGenericType || !RuntimeFeature.IsDynamicCodeSupported) return false;
        var args = target.GetGenericArguments();
        var def = target.GetGenericTypeDefinition();
        if (args.Length == 1 && value is IList src &&
            (def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IReadOnlyList<>) || def == typeof(IEnumerable<>) || def == typeof(ICollection<>) || def == typeof(IReadOnlyCollection<>)))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(args[0]))!;
            foreach (var x in src)
            {
                if (!TryElement(x, args[0], out var e)) return false;
                list.Add(e);
            }
            result = list;
            return true;
        }
        if (args.Length == 2 && value is IDictionary srcDict &&
            (def == typeof(Dictionary<,>) || def == typeof(IDictionary<,>) || def == typeof(IReadOnlyDictionary<,>)))
        {
            var dict = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            foreach (DictionaryEntry kv in srcDict)
            {
                if (!TryElement(kv.Key, args[0], out var k) || k == null || !TryElement(kv.Value, args[1], out var v)) return false;
                dict[k] = v;
            }
            result = dict;
            return true;
        }
        return false;
    }

    private static bool TryElement(object? x, Type t, out object? result)
    {
        result = x;
        if (x == null) return !t.IsValueType || Nullable.GetUnderlyingType(t) != null;
        if (t.IsInstanceOfType(x)) return true;
        try
        {
            if (x is long or double or BigInteger && (t.IsPrimitive || t == typeof(decimal)))
            {
                result = Convert.ChangeType(x is BigInteger b ? (object)(double)b : x, t, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }
        }
        catch (OverflowException)
        {
            return false;
        }
        return TryConvertCollection(x, t, out result);
    }

    // ------------------------------------------------------------------ host functions

    private PyObject MakeFunction(PyRuntime rt, HostFunction hf)
    {
        var invoke = hf.Function.GetType().GetMethod("Invoke")!;
        var ps = invoke.GetParameters();
        // The target method has the real parameter names and defaults (Invoke has arg1, arg2...),
        // unless the delegate is closed over its first argument.
        var target = hf.Function.Method.GetParameters();
        if (target.Length == ps.Length) ps = target;
        bool isVoid = invoke.ReturnType == typeof(void);
        bool hasParams = ps.Length > 0 && ps[^1].IsDefined(typeof(ParamArrayAttribute), false);
        string name = hf.Name;
        NativeFn fn = (ts, args, kwnames) =>
        {
            var clrArgs = BindArguments(ts, name, ps, hasParams, args, kwnames);
            object? result;
            try
            {
                if (hf.ReleasesGil)
                {
                    TSync.Detach(ts);
                    try { result = _engine.InvokeHostCode(ts, hf.Function, clrArgs, detached: true); }
                    finally { TSync.Attach(ts); }
                }
                else
                {
                    // Attached, but other threads need not wait for this one's owner sections (FreeThreaded/HostCode.cs).
                    TSync.EnterHostCode(ts);
                    try { result = _engine.InvokeHostCode(ts, hf.Function, clrArgs, detached: false); }
                    finally { TSync.LeaveHostCode(ts); }
                }
            }
            catch (System.Reflection.TargetInvocationException tie) when (tie.InnerException != null)
            {
                throw _engine.HostErrorToPython(ts, tie.InnerException);
            }
            if (isVoid) return ts.Rt.None;
            try
            {
                return ToPython(ts, result);
            }
            catch (ArgumentException ex)
            {
                throw ts.Rt.TypeError($"{name}() returned a value Python cannot use: {ex.Message}");
            }
        };
        return new PyBuiltinFunction(rt.BuiltinFunctionType, name, fn) { ModuleName = "host" };
    }

    private object?[] BindArguments(PyThreadState ts, string name, System.Reflection.ParameterInfo[] ps, bool hasParams,
        ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int fixedCount = hasParams ? ps.Length - 1 : ps.Length;
        if (npos > fixedCount && !hasParams)
            throw ts.Rt.TypeError($"{name}() takes {fixedCount} positional argument{(fixedCount == 1 ? "" : "s")} but {npos} were given");
        var given = new PyObject?[ps.Length];
        for (int i = 0; i < Math.Min(npos, fixedCount); i++) given[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var kwName = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.FindIndex(ps, p => p.Name == kwName);
            if (idx < 0 || idx >= fixedCount) throw ts.Rt.TypeError($"{name}() got an unexpected keyword argument '{kwName}'");
            if (given[idx] != null) throw ts.Rt.TypeError($"{name}() got multiple values for argument '{kwName}'");
            given[idx] = args[npos + k];
        }
        var result = new object?[ps.Length];
        for (int i = 0; i < fixedCount; i++)
        {
            if (given[i] is PyObject v) result[i] = ToClr(ts, v, ps[i].ParameterType, $"{name}() argument '{ps[i].Name}'");
            else if (ps[i].HasDefaultValue) result[i] = ps[i].DefaultValue;
            else throw ts.Rt.TypeError($"{name}() missing required argument '{ps[i].Name}' (pos {i + 1})");
        }
        if (hasParams)
        {
            var et = ps[^1].ParameterType.GetElementType()!;
            int extra = Math.Max(0, npos - fixedCount);
            var rest = Array.CreateInstanceFromArrayType(ps[^1].ParameterType, extra);
            for (int i = 0; i < extra; i++) rest.SetValue(ToClr(ts, args[fixedCount + i], et, $"{name}() argument {fixedCount + i + 1}"), i);
            result[^1] = rest;
        }
        return result;
    }
}
