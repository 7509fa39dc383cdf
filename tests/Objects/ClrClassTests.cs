// ClrClass.Of (src/Vm.Shared/Objects/ClrClass.cs): the method-table word the site caches of
// BuiltinCalls.cs compare instead of GetType(). It must say "same class" exactly when GetType() does,
// for every kind of object a receiver can be (classes, arrays, strings), and survive a GC that moves them.
using Vm.Objects;
using Xunit;

namespace Vm.Tests.Objects;

public sealed class ClrClassTests
{
    [Fact]
    public void SameClassExactlyWhenGetTypeSaysSo()
    {
        object[] objects =
        [
            new PyList(null!), new PyList(null!), new PyDict(null!), new PyDict(null!), new PyInstance(null!),
            new object[3], new PyObject?[2], new PyStr?[1], "text", "other", new object(), 3, 4L,
        ];
        foreach (var a in objects)
            foreach (var b in objects)
                Assert.Equal(a.GetType() == b.GetType(), ClrClass.Of(a) == ClrClass.Of(b));
        foreach (var a in objects)
        {
            Assert.NotEqual(0, ClrClass.Of(a));
            Assert.Equal(a.GetType().TypeHandle.Value, ClrClass.Of(a));
        }
    }

    [Fact]
    public void UnchangedWhenTheGcMovesTheObject()
    {
        var list = new PyList(null!);
        nint before = ClrClass.Of(list);
        for (int i = 0; i < 3; i++)
        {
            _ = new byte[100_000];
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        Assert.Equal(before, ClrClass.Of(list));
        Assert.Equal(typeof(PyList).TypeHandle.Value, ClrClass.Of(list));
    }
}
