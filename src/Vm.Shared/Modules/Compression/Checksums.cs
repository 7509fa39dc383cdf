// CRC-32 (the zlib/gzip/PNG polynomial) and Adler-32 (RFC 1950), both continuing from a previous value.
namespace Vm.Modules.Compression;

public static class Checksums
{
    private static readonly uint[] s_crcTable = BuildCrcTable();

    private static uint[] BuildCrcTable()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    public static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        crc = ~crc;
        foreach (var b in data) crc = s_crcTable[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }

    public static uint Adler32(uint adler, ReadOnlySpan<byte> data)
    {
        const uint Mod = 65521;
        uint a = adler & 0xffff, b = adler >> 16;
        while (data.Length > 0)
        {
            // 5552 bytes is the most that can be summed before b can overflow 32 bits.
            int n = Math.Min(data.Length, 5552);
            foreach (var x in data[..n])
            {
                a += x;
                b += a;
            }
            a %= Mod;
            b %= Mod;
            data = data[n..];
        }
        return (b << 16) | a;
    }
}
