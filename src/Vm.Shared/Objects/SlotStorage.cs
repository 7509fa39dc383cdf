// __slots__ storage of objects whose layout is a builtin's (instances of user subclasses of list,
// dict, set, frozenset, str, bytearray, float, complex, exceptions and the native module types such
// as deque or BytesIO): the same PyObject?[] a PyInstance keeps in its field Slots, reached through
// IHasSlots so that PySlotDescriptor reads and writes it in every layout. Writes go through
// InstanceSlotOps (its design note holds for every owner: the owner's critical section guards the
// field and the array; readers take no lock).
namespace Vm.Objects;

/// <summary>An object that can hold the values of its class's __slots__ members.</summary>
public interface IHasSlots
{
    /// <summary>The object's slot array field (null until the first store).</summary>
    ref PyObject?[]? SlotStorage { get; }
}

public static class SlotStorageOps
{
    /// <summary>Adds the stored slot values (last first, as PyInstance releases them) to sink.</summary>
    public static void CollectSlots(PyObject?[]? slots, List<PyObject> sink)
    {
        if (slots == null) return;
        for (int i = slots.Length - 1; i >= 0; i--)
            if (slots[i] is { } s) sink.Add(s);
    }
}
