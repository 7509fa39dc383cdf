// CRC-64 as .xz uses it (ECMA-182 polynomial, reflected, initial and final value all ones),
// continuing from a previous value like Checksums.Crc32.
namespace Vm.Modules.Compression;

internal static class XzCrc64
{
    private static readonly ulong[] s_table = BuildTable();

    private static ulong[] BuildTable()
    {
        var t = new ulong[256];
        for (ulong n = 0; n < 256; n++)
        {
            ulong c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xC96C5795D7870F42UL ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    public static ulong Update(ulong crc, ReadOnlySpan<byte> data)
    {
        crc = ~crc;
        foreach (var b in data) crc = s_table[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }
}
