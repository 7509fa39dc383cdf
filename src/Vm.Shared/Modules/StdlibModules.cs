using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Modules;

/// <summary>Registers the native stdlib modules of a runtime (imported lazily by name).</summary>
public static partial class StdlibModules<TSync> where TSync : struct, ISyncPolicy
{
    public static void Register(PyRuntime rt)
    {
        rt.NativeModules["time"] = TimeModule<TSync>.Create;
        rt.NativeModules["math"] = MathModule<TSync>.Create;
        rt.NativeModules["cmath"] = CmathModule<TSync>.Create;
        rt.NativeModules["_random"] = RandomModule<TSync>.Create;
        rt.NativeModules["_collections"] = CollectionsModule<TSync>.Create;
        rt.NativeModules["operator"] = OperatorModule<TSync>.Create;
        rt.NativeModules["_operator"] = OperatorModule<TSync>.CreatePrivate;
        rt.NativeModules["itertools"] = ItertoolsModule<TSync>.Create;
        rt.NativeModules["_functools"] = FunctoolsModule<TSync>.Create;
        rt.NativeModules["io"] = IoModule<TSync>.Create;
        rt.NativeModules["_io"] = IoModule<TSync>.CreatePrivate;
        rt.NativeModules["_re"] = ReModule<TSync>.Create;
        rt.NativeModules["struct"] = StructModule<TSync>.Create;
        rt.NativeModules["_struct"] = StructModule<TSync>.CreatePrivate;
        rt.NativeModules["array"] = ArrayModule<TSync>.Create;
        rt.NativeModules["posix"] = OsModule<TSync>.Create;
        rt.NativeModules["_weakref"] = WeakrefModule<TSync>.Create;
        rt.NativeModules["_codecs"] = CodecsModule<TSync>.Create;
        rt.NativeModules["binascii"] = BinasciiModule<TSync>.Create;
        rt.NativeModules["zlib"] = ZlibModule<TSync>.Create;
        rt.NativeModules["_bz2"] = Bz2Module<TSync>.Create;
        rt.NativeModules["_lzma"] = LzmaModule<TSync>.Create;
        rt.NativeModules["_signal"] = SignalModule<TSync>.Create;
        rt.NativeModules["_locale"] = LocaleModule<TSync>.Create;
        rt.NativeModules["_suggestions"] = SuggestionsModule<TSync>.Create;
        rt.NativeModules["_ast"] = AstModule<TSync>.Create;
        rt.NativeModules["_posixsubprocess"] = SubprocessModule<TSync>.Create;
        rt.NativeModules["_hashlib"] = HashlibModule<TSync>.Create;
        rt.NativeModules["unicodedata"] = UnicodedataModule<TSync>.Create;
        rt.NativeModules["gc"] = GcModule<TSync>.Create;
        rt.NativeModules["_socket"] = Socket.SocketModule<TSync>.Create;
        rt.NativeModules["select"] = Socket.SelectModule<TSync>.Create;
        rt.NativeModules["_multiprocessing"] = MultiprocessingModule<TSync>.Create;
        rt.NativeModules["_xmltok"] = Xml.XmlTokModule<TSync>.Create;
        rt.NativeModules["_sqlite3_capi"] = Sqlite.SqliteCapi<TSync>.Create;
        IoModule<TSync>.InstallOpen(rt);
        PickleSupport<TSync>.Install(rt);
    }
}
