// `str`: construction, the data-model dunders and the method table. The methods live in the
// partial files StrType.*.cs by concern; formatting engines and codecs are in Builtins/Text.
using Vm.Builtins.Text;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins;

public static partial class StrType<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts)
    {
        var rt = ts.Rt;
        var t = rt.StrType;
        t.New = New;
        Def.StaticMethod(rt, t, "__new__", (ts2, a, kw) =>
        {
            if (a.Length == 0) throw ts2.Rt.TypeError("str.__new__(): not enough arguments");
            if (a[0] is not PyType cls) throw ts2.Rt.TypeError($"str.__new__(X): X is not a type object ({a[0].Type.Name})");
            if (!cls.IsSubtypeOf(ts2.Rt.StrType)) throw ts2.Rt.TypeError($"str.__new__({cls.Name}): {cls.Name} is not a subtype of str");
            return New(ts2, cls, a[1..], kw);
        });
        Def.Value(rt, t.Dict, "__doc__", rt.NewStr(
            "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n" +
            "Create a new string object from the given object. If encoding or\n" +
            "errors is specified, then the object must expose a data buffer\n" +
            "that will be decoded using the given encoding and error handler.\n" +
            "Otherwise, returns the result of object.__str__() (if defined)\n" +
            "or repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'."));
        InstallDunders(ts, t);
        InstallSearch(ts, t);
        InstallSplit(ts, t);
        InstallCase(ts, t);
        InstallMisc(ts, t);
        Codecs<TSync>.InstallErrorTypes(ts);
    }

    private static readonly string[] s_newNames = ["object", "encoding", "errors"];

    /// <summary>str(object='') / str(bytes_or_buffer, encoding='utf-8', errors='strict'), allocating an instance of cls.</summary>
    public static PyObject New(PyThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var rt = ts.Rt;
        // str(x) is x's str itself (PyObject_Str): x when it is an exact str, else what __str__
        // returned, a str subclass instance included.
        if (cls == rt.StrType && kwnames == null && args.Length == 1) return Ops<TSync>.Str(ts, args[0]);
        string value;
        if (kwnames == null && args.Length <= 1)
        {
            value = args.Length == 0 ? "" : ValueOf(ts, args[0]);
        }
        else
        {
            int npos = args.Length - (kwnames?.Count ?? 0);
            if (npos > 3) throw rt.TypeError($"str expected at most 3 arguments, got {npos}");
            var b = Args.Bind(ts, "str", args, kwnames, s_newNames, 0);
            var obj = b[0];
            if (b[1] == null && b[2] == null)
            {
                value = obj == null ? "" : ValueOf(ts, obj);
            }
            else
            {
                string encoding = b[1] == null ? "utf-8" : b[1] is PyStr es ? es.Value : throw rt.TypeError($"str() argument 'encoding' must be str, not {b[1]!.Type.Name}");
                string errors = b[2] == null ? "strict" : b[2] is PyStr rs ? rs.Value : throw rt.TypeError($"str() argument 'errors' must be str, not {b[2]!.Type.Name}");
                if (obj == null) value = "";
                else if (obj is PyStr) throw rt.TypeError("decoding str is not supported");
                else
                {
                    var mem = BytesTypes<TSync>.BufferOf(obj) ?? throw rt.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found");
                    value = Codecs<TSync>.Decode(ts, mem.Span, encoding, errors);
                }
            }
        }
        if (cls == rt.StrType) return rt.NewStr(value);
        return new PyStrSubclass(cls, value);
    }

    private static string ValueOf(PyThreadState ts, PyObject o) =>
        o is PyStr s && o.Type == ts.Rt.StrType ? s.Value : Ops<TSync>.StrValue(ts, o);

    // ------------------------------------------------------------------ argument helpers

    /// <summary>METH_NOARGS checking: "str.upper() takes no arguments (1 given)".</summary>
    private static void NoArgs(PyThreadState ts, string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw ts.Rt.TypeError($"str.{name}() takes no keyword arguments");
        if (a.Length != 1) throw ts.Rt.TypeError($"str.{name}() takes no arguments ({a.Length - 1} given)");
    }

    private static PyStr Self(ReadOnlySpan<PyObject> a) => (PyStr)a[0];

    /// <summary>A str result: the receiver itself when unchanged and exact (as CPython returns self).</summary>
    private static PyStr Result(PyThreadState ts, PyStr self, string value)
    {
        if (ReferenceEquals(value, self.Value) && self.Type == ts.Rt.StrType) return self;
        return ts.Rt.NewStr(value);
    }

    private static PyStr StrArg(PyThreadState ts, PyObject o, string fname, int argNo)
    {
        if (o is PyStr s) return s;
        throw ts.Rt.TypeError($"{fname}() argument {argNo} must be str, not {ArgNames.Of(ts, o)}");
    }
}
