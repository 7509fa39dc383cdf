using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using PublicApiGenerator;
using Vm.Hosting;
using Xunit;

namespace Vm.Tests.Hosting;

/// <summary>
/// The embedding API may change only on purpose: its public surface is compared with the
/// approved text committed beside this file. After a deliberate change, copy the
/// PublicApi.received.txt this test writes over PublicApi.approved.txt.
/// </summary>
public class PublicApiTests
{
    /// <summary>The embedding API: every public type of Vm.Hosting except the tools the CLI and
    /// the corpus tests use to run files (ScriptRunner, CapturedRun).</summary>
    public static Type[] EmbeddingTypes() => typeof(PythonEngine).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "Vm.Hosting" && t != typeof(ScriptRunner) && t != typeof(CapturedRun) && t.DeclaringType != typeof(CapturedRun))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void TheEmbeddingApiMatchesTheApprovedFile()
    {
        var api = typeof(PythonEngine).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeTypes = EmbeddingTypes(),
            IncludeAssemblyAttributes = false,
        }).Replace("\r\n", "\n");
        var dir = SourceDirectory();
        var approvedPath = Path.Combine(dir, "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : "";
        if (api != approved)
        {
            File.WriteAllText(Path.Combine(dir, "PublicApi.received.txt"), api);
            Assert.Fail($"The public embedding API changed. If that is deliberate, copy {Path.Combine(dir, "PublicApi.received.txt")} over {approvedPath}.");
        }
    }

    [Fact]
    public void EveryPublicMemberOfTheEmbeddingApiIsDocumented()
    {
        var asm = typeof(PythonEngine).Assembly;
        var xmlPath = Path.ChangeExtension(asm.Location, ".xml");
        Assert.True(File.Exists(xmlPath), "the XML documentation file is missing: " + xmlPath);
        var documented = XDocument.Load(xmlPath).Descendants("member")
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var t in EmbeddingTypes())
        {
            if (!documented.Contains("T:" + TypeId(t))) missing.Add("T:" + TypeId(t));
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var m in t.GetMembers(flags))
            {
                string? id = m switch
                {
                    ConstructorInfo c when !(t.IsValueType && c.GetParameters().Length == 0) => "M:" + TypeId(t) + ".#ctor" + Params(c.GetParameters()),
                    MethodInfo mi when !mi.IsSpecialName || mi.Name.StartsWith("op_", StringComparison.Ordinal) =>
                        "M:" + TypeId(t) + "." + mi.Name + (mi.IsGenericMethod ? "``" + mi.GetGenericArguments().Length : "") + Params(mi.GetParameters()),
                    PropertyInfo p => "P:" + TypeId(t) + "." + p.Name + Params(p.GetIndexParameters()),
                    FieldInfo f => "F:" + TypeId(t) + "." + f.Name,
                    EventInfo e => "E:" + TypeId(t) + "." + e.Name,
                    _ => null,
                };
                if (m is MethodInfo { Name: "Equals" or "GetHashCode" or "ToString" } && m.IsDefined(typeof(CompilerGeneratedAttribute))) id = null;
                if (id != null && !documented.Contains(id)) missing.Add(id);
            }
        }
        Assert.True(missing.Count == 0, "undocumented: " + string.Join(", ", missing));
    }

    private static string TypeId(Type t) => t.FullName!.Replace('+', '.');

    private static string Params(ParameterInfo[] ps) =>
        ps.Length == 0 ? "" : "(" + string.Join(",", ps.Select(p => ParamType(p.ParameterType))) + ")";

    private static string ParamType(Type t)
    {
        if (t.IsByRef) return ParamType(t.GetElementType()!) + "@";
        if (t.IsArray) return ParamType(t.GetElementType()!) + "[]";
        if (t.IsGenericMethodParameter) return "``" + t.GenericParameterPosition;
        if (t.IsGenericParameter) return "`" + t.GenericParameterPosition;
        if (t.IsGenericType)
        {
            var name = t.GetGenericTypeDefinition().FullName!;
            name = name.Substring(0, name.IndexOf('`'));
            return name + "{" + string.Join(",", t.GetGenericArguments().Select(ParamType)) + "}";
        }
        return t.FullName!.Replace('+', '.');
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
