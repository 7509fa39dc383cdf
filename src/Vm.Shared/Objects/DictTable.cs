// A dict's storage: the entry array and its index (CPython's PyDictKeysObject), and one entry.
// The design notes on who writes what and how readers use a table are in PyDict.cs.
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Vm.Objects;

public struct DictEntry
{
    public long Hash;
    public PyObject? Key;   // null = deleted
    public PyObject? Value;
}

// The table's layout (48 bytes with the .NET header, as before the inline index): the two array
// references, Count, _bits (mask, slot width, plain-keys flag) and _inlineIndex. A table of at most
// 8 index slots (up to 5 entries: every dict display, kwargs dict and materialised instance dict of
// a few keys) keeps its slots in _inlineIndex and allocates no index array, which saves 32 bytes per
// small dict (a 16-byte array header, an 8-byte length and the 8 slots). Readers and writers reach
// both kinds of slot through Slot/SetSlot (volatile one-byte accesses, as on the array), so the
// lock-free read protocol above is unchanged: the inline slots belong to the table object a reader
// loaded, exactly as the index array did.
public class DictTable
{
    /// <summary>
    /// The index of a table of more than <see cref="InlineSlots"/> slots: <see cref="IndexSize"/> slots
    /// of 1, 2 or 4 bytes (CPython's int8/int16/int32 index, by the entry capacity: a slot must hold
    /// capacity + 1 and -1): 0 empty (so a new index needs no filling: the runtime hands it out zeroed,
    /// and Runtime/Pools/DictTablePool.cs zeroes a pooled one before it keeps it: keep them in step),
    /// -1 dummy (deleted), else entry index + 1. Null for a smaller table, whose one-byte slots are
    /// <see cref="_inlineIndex"/>. Read and written only through <see cref="Slot"/> and <see cref="SetSlot"/>.
    /// </summary>
    internal readonly byte[]? IndexBytes;
    public readonly DictEntry[] Entries;
    public int Count;                   // entries used (including deleted ones)
    /// <summary>
    /// Bits 0-4: log2 of the index size; bits 5-9: log2 of <see cref="LogicalSize"/>; bit 10:
    /// <see cref="GeneralKeysBit"/>; bit 11: <see cref="GeneralKindBit"/>; bits 30-31: log2 of the slot
    /// width in bytes (0, 1 or 2). Only the flags and the logical size ever change (see <see cref="GeneralKeys"/>,
    /// <see cref="SetLogicalSize"/>), by a writer holding the dict's critical section; readers use only
    /// the index size and width.
    /// </summary>
    private int _bits;
    /// <summary>The eight one-byte index slots of a table without <see cref="IndexBytes"/>.</summary>
    private long _inlineIndex;

    /// <summary>Index slot values (see <see cref="IndexBytes"/>).</summary>
    public const int EmptySlot = 0, DummySlot = -1;

    /// <summary>Tables of at most this many index slots keep them inline (one byte each: capacity 5).</summary>
    internal const int InlineSlots = 8;

    private const int Log2Bits = 31, LogicalPos = 5, GeneralKeysBit = 1 << 10, GeneralKindBit = 1 << 11, ShiftPos = 30;

    /// <summary>The largest index size (2^29 slots: 358 M entries, 8.6 GB of them).</summary>
    internal const int MaxIndexSize = 1 << 29;

    /// <summary>A table of <paramref name="indexSize"/> slots and <paramref name="entryCapacity"/> entries (at most
    /// <see cref="UsableFor"/> the index size) standing for CPython's table of <paramref name="logicalSize"/> slots
    /// (at most the index size; see <see cref="LogicalSize"/>).</summary>
    public DictTable(int indexSize, int entryCapacity, int logicalSize, bool generalKind = false)
    {
        if (indexSize > MaxIndexSize || indexSize <= 0) throw new OutOfMemoryException("dict too large");
        // The width fits every entry number the index size allows, so an extension (ExtendedCopy)
        // copies the index as it is.
        int shift = SlotShiftFor(UsableFor(indexSize));
        _bits = BitOperations.Log2((uint)indexSize) | (BitOperations.Log2((uint)logicalSize) << LogicalPos) | (shift << ShiftPos)
            | (generalKind ? GeneralKindBit : 0);
        if (indexSize > InlineSlots) IndexBytes = new byte[indexSize << shift];
        Entries = new DictEntry[entryCapacity];
    }

    /// <summary>
    /// A table over arrays from a thread's pool (Runtime/Pools/DictTablePool.cs): <paramref name="index"/>
    /// zeroed and <paramref name="entries"/> cleared, of the lengths the other constructor would allocate.
    /// </summary>
    internal DictTable(byte[] index, DictEntry[] entries, int indexSize, int logicalSize, bool generalKind)
    {
        _bits = BitOperations.Log2((uint)indexSize) | (BitOperations.Log2((uint)logicalSize) << LogicalPos)
            | (SlotShiftFor(UsableFor(indexSize)) << ShiftPos) | (generalKind ? GeneralKindBit : 0);
        IndexBytes = index;
        Entries = entries;
    }

    /// <summary>A table whose size is CPython's: <paramref name="indexSize"/> slots, two thirds of them usable entries.</summary>
    public DictTable(int indexSize) : this(indexSize, UsableFor(indexSize), indexSize) { }

    /// <summary>An empty table of one (inline) slot over <paramref name="noEntries"/> (for <see cref="Empty"/> and cleared tables).</summary>
    private protected DictTable(DictEntry[] noEntries) => Entries = noEntries;

    /// <summary>The narrowest slot (as a shift) that holds entry numbers up to <paramref name="entryCapacity"/> and -1.</summary>
    internal static int SlotShiftFor(int entryCapacity) => entryCapacity <= sbyte.MaxValue ? 0 : entryCapacity <= short.MaxValue ? 1 : 2;

    public int Mask => (1 << (_bits & Log2Bits)) - 1;

    public int IndexSize => 1 << (_bits & Log2Bits);

    /// <summary>
    /// The index size of the table CPython 3.13 would have for the same history of insertions,
    /// deletions and presizes ("Logical size" in PyDict's design note): at most <see cref="IndexSize"/>.
    /// </summary>
    public int LogicalSize => 1 << ((_bits >> LogicalPos) & Log2Bits);

    /// <summary>The entries CPython's table holds before it resizes (<see cref="UsableFor"/> <see cref="LogicalSize"/>; 0 for <see cref="Empty"/>).</summary>
    public int Usable => UsableFor(LogicalSize);

    /// <summary>
    /// A resize that CPython would do and that moves no entry (the table has no deleted entries), done
    /// in place while this table's index and entries hold it: only the logical size (and kind) changes.
    /// Writers only; readers do not look at either.
    /// </summary>
    internal void SetLogicalSize(int size, bool generalKind) =>
        Volatile.Write(ref _bits, (_bits & ~(Log2Bits << LogicalPos)) | (BitOperations.Log2((uint)size) << LogicalPos) | (generalKind ? GeneralKindBit : 0));

    /// <summary>
    /// CPython's table kind (dk_kind): false while CPython's table would be DICT_KEYS_UNICODE (every key
    /// inserted since it was made an exact str), true once it is DICT_KEYS_GENERAL. A key other than
    /// an exact str arriving in a unicode table makes CPython resize first (insertdict): the moment
    /// its table drops deleted entries and takes the size for the live ones (PyDict.ToGeneralKindLockHeld).
    /// Meaningless for <see cref="Empty"/> (CPython's empty keys: the first key decides).
    /// </summary>
    internal bool GeneralKind => (_bits & GeneralKindBit) != 0;

    /// <summary>
    /// A copy of this table (the same index, entries at the same positions, deleted ones included)
    /// with the entries of its full <see cref="Usable"/> capacity: a presized table that filled
    /// the entries it was given, before CPython's table of the same size would be full.
    /// </summary>
    internal DictTable ExtendedCopy()
    {
        var nt = new DictTable(IndexSize, Usable, LogicalSize);
        nt._bits = _bits;
        if (IndexBytes != null) Buffer.BlockCopy(IndexBytes, 0, nt.IndexBytes!, 0, IndexBytes.Length);
        else nt._inlineIndex = _inlineIndex;
        Array.Copy(Entries, nt.Entries, Count);
        nt.Count = Count;
        return nt;
    }

    /// <summary>Bytes per index slot (1, 2 or 4).</summary>
    internal int SlotWidth => 1 << (_bits >>> ShiftPos);

    /// <summary>
    /// Set once a key other than an exact str or int was inserted into the dict (PyDict.cs, "Plain
    /// keys"), carried to the next table by a resize; a cleared dict's new table starts without it.
    /// Written only by a writer holding the dict's critical section, on a table with room for an
    /// entry (never <see cref="Empty"/> or a cleared table, which are never written).
    /// </summary>
    internal bool GeneralKeys
    {
        get => (Volatile.Read(ref _bits) & GeneralKeysBit) != 0;
        set => Volatile.Write(ref _bits, value ? _bits | GeneralKeysBit : _bits & ~GeneralKeysBit);
    }

    /// <summary>Index slot <paramref name="i"/> (a volatile read: lock-free readers probe with it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Slot(int i)
    {
        var b = IndexBytes;
        if (b == null) return Volatile.Read(ref Unsafe.Add(ref Unsafe.As<long, sbyte>(ref _inlineIndex), i & (InlineSlots - 1)));
        int shift = _bits >>> ShiftPos;
        if (shift == 0) return Volatile.Read(ref Unsafe.As<byte, sbyte>(ref b[i]));
        if (shift == 1) return Volatile.Read(ref Unsafe.As<byte, short>(ref b[i << 1]));
        return Volatile.Read(ref Unsafe.As<byte, int>(ref b[i << 2]));
    }

    /// <summary>Publishes <paramref name="v"/> in index slot <paramref name="i"/> (a volatile write).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetSlot(int i, int v)
    {
        var b = IndexBytes;
        int shift = _bits >>> ShiftPos;
        if (b == null) Volatile.Write(ref Unsafe.Add(ref Unsafe.As<long, sbyte>(ref _inlineIndex), i & (InlineSlots - 1)), (sbyte)v);
        else if (shift == 0) Volatile.Write(ref Unsafe.As<byte, sbyte>(ref b[i]), (sbyte)v);
        else if (shift == 1) Volatile.Write(ref Unsafe.As<byte, short>(ref b[i << 1]), (short)v);
        else Volatile.Write(ref Unsafe.As<byte, int>(ref b[i << 2]), v);
    }

    /// <summary>
    /// The index size CPython 3.13's insertion_resize gives a table holding <paramref name="used"/> live
    /// entries: <see cref="KeySizeFor"/> 3 x used (GROWTH_RATE); its entry capacity is
    /// <see cref="UsableFor"/>, two thirds of it (so a dict that only grows doubles at each resize, and
    /// the index is never more than two thirds full). 16, not 8, for 1 or 2 live entries.
    /// </summary>
    public static int IndexSizeFor(int used) => KeySizeFor(used * 3L);

    /// <summary>
    /// CPython 3.13's calculate_log2_keysize as a size: the bit length of ((minSize | 8) - 1) | 7. That
    /// is the smallest power of two of at least minSize (and 8) except for 1-7, which give 16, and
    /// for a power of two from 16 on, which gives twice it. Sizes past <see cref="MaxIndexSize"/> are
    /// returned as they are (the table's constructor refuses them).
    /// </summary>
    public static int KeySizeFor(long minSize)
    {
        long m = ((minSize | 8) - 1) | 7;
        int bits = 64 - BitOperations.LeadingZeroCount((ulong)m);
        return bits > 30 ? int.MaxValue : 1 << bits;
    }

    /// <summary>CPython 3.13's estimate_log2_keysize as a size: the table dict_merge makes for <paramref name="n"/> items.</summary>
    public static int EstimateSizeFor(int n) => KeySizeFor((n * 3L + 1) / 2);

    /// <summary>Entries a table with this index size holds (CPython's USABLE_FRACTION).</summary>
    public static int UsableFor(int indexSize) => (indexSize << 1) / 3;

    /// <summary>
    /// The table of every empty dict (CPython's Py_EMPTY_KEYS): one empty (inline) index slot and no
    /// entries, so a lookup finds nothing and the first insertion finds it full and resizes. It
    /// is never written: every write path either finds an existing entry (there is none) or
    /// resizes first. An empty dict then costs its object alone (an empty dict with its own table
    /// took about 380 bytes; an instance with an unused __dict__, the same).
    /// </summary>
    public static readonly DictTable Empty = new(Array.Empty<DictEntry>());

    /// <summary>
    /// For an empty table that clear() left (<see cref="AfterClear"/>): the index size and entry
    /// capacity of the table the first insertion allocates, the cleared table's, so a dict that is
    /// cleared and filled again (foreign_dict_build: 1000 keys per round) allocates its table once
    /// instead of growing through 9 sizes (118 KB per round instead of 59 KB). 0 for every other table.
    /// </summary>
    public int RefillIndexSize => this is ClearedDictTable c ? c.RefillSize : 0;

    /// <summary>The entry capacity that goes with <see cref="RefillIndexSize"/> (0 for every other table).</summary>
    public int RefillCapacity => this is ClearedDictTable c ? c.RefillEntries : 0;

    /// <summary>Cleared tables up to this many entries (48 KB, below the large-object heap) are remembered.</summary>
    internal const int MaxRefillCapacity = 2048;

    /// <summary>
    /// The table clear() leaves in a dict whose table was <paramref name="t"/>: empty like
    /// <see cref="Empty"/> (readers find nothing; an insertion finds it full and resizes), but its
    /// resize allocates t's size at once. Size is invisible to Python: iteration follows entry
    /// order, and sys.getsizeof(dict) does not look at the table.
    /// </summary>
    public static DictTable AfterClear(DictTable t)
    {
        if (t is ClearedDictTable) return t; // cleared twice: the same remembered size
        int capacity = t.Entries.Length;
        return capacity > 5 && capacity <= MaxRefillCapacity ? new ClearedDictTable(t.IndexSize, capacity) : Empty;
    }

    /// <summary>An empty table that remembers the size of the table clear() took out (see <see cref="AfterClear"/>).</summary>
    private sealed class ClearedDictTable(int refillSize, int refillEntries) : DictTable(Empty.Entries)
    {
        public readonly int RefillSize = refillSize, RefillEntries = refillEntries;
    }
}
