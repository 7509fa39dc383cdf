// Padding that keeps the written words of neighbouring lists, and of neighbouring dicts, off
// shared cache lines.
//
// FALSE SHARING. Every mutation of a list writes the object itself, not only its storage: the
// critical section's mutex (two bits of PyObject.FlagBits: locked and unlocked, two atomic writes),
// _size, _items when it grows, and RefShared when a thread that does not own the list counts a
// reference to it. Objects one thread allocates one after another lie next to each other (its
// .NET allocation context is a bump pointer), and the .NET GC keeps survivors in address order
// when it compacts them; an unpadded empty list is 56 bytes, so in `[[] for _ in range(64)]` every
// 64-byte cache line holds parts of two lists. Two threads that each append to their own list of
// such a run (bench/workloads/foreign_list_append.py) then pull the same lines back and forth on
// every append: the workload ran about as fast at two threads as at one (speedup ~0.99, session
// 9), and a copy of it that only spaced the lists apart scaled 1.71-1.82.
//
// THE LAYOUT. The .NET runtime lays out a class's own fields after its base class's (an int may
// fill the base's trailing gap), and a field of struct type after the primitive and reference
// fields of its class, so the padding sits at the end of the object. A list's written words run
// from PyObject.RefLocal to PyList._items: 24 bytes, from byte 12 of its fields. Objects are 8-byte
// aligned, so seen from an object a cache line starts at a multiple of 8: the last line a list
// writes starts at the latest at byte 32 of its fields, and with 32 bytes of padding (88-byte
// lists) the next list's first written word (byte 88 + 12) lies beyond that line's end (byte 96).
// ObjectLayoutTests checks this on the real field offsets and object size, so a field added to
// PyObject or PyList that brings the sharing back fails a test.
//
// Dicts are written the same way (mutex word, _used, Version, _table on a resize) and showed the
// same sharing: 64 dicts made by the main thread, each filled by one of two threads, scaled 1.03-1.68
// from one kernel to the next (each kernel makes new dicts, so whether dicts 0 and 1 share a line
// changes with their addresses). A dict's written words run from byte 12 to byte 48 of its fields
// (since the mutex moved into FlagBits); with the same 32 bytes of padding (96-byte dicts) the next
// dict's first written byte (96 + 12) lies beyond the line that starts at byte 40.
//
// The padding protects a list against the list made after it and a dict against the dict made after
// it (the case that occurs: runs of containers made together); an object of another kind whose
// written words start near its beginning can still share the line after a container's. It costs 32
// bytes per list (56 -> 88 bytes for an empty one) and per dict (64 -> 96).
using System.Runtime.InteropServices;

namespace Vm.Objects;

/// <summary>32 bytes no code reads or writes (see the file header).</summary>
[StructLayout(LayoutKind.Sequential, Size = 32)]
internal struct HotFieldPadding32
{
}
