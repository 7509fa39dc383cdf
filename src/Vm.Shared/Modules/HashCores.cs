// The message digests behind hashlib: the runtime's incremental hashes (MD5, SHA-1, SHA-2, SHA-3),
// SHA-224 (which the runtime does not offer: SHA-256 with its own initial values, truncated), and
// the SHAKE extendable-output functions.
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vm.Modules;

/// <summary>One running digest. Not thread-safe: the hash object serialises calls.</summary>
internal interface IHashCore
{
    string Name { get; }
    int DigestSize { get; }
    int BlockSize { get; }
    void Append(ReadOnlySpan<byte> data);
    /// <summary>The digest of everything appended so far (the state continues). For SHAKE, `length` bytes.</summary>
    byte[] Current(int length);
    IHashCore Clone();
}

internal static class HashCores
{
    /// <summary>The algorithms this runtime can compute, by hashlib name (SHA-3/SHAKE only where the platform has them).</summary>
    public static IEnumerable<string> Names()
    {
        yield return "md5";
        yield return "sha1";
        yield return "sha224";
        yield return "sha256";
        yield return "sha384";
        yield return "sha512";
        if (SHA3_256.IsSupported)
        {
            yield return "sha3_256";
            yield return "sha3_384";
            yield return "sha3_512";
        }
        if (Shake128.IsSupported) yield return "shake_128";
        if (Shake256.IsSupported) yield return "shake_256";
    }

    /// <summary>A new digest for a hashlib name (case-insensitive, as OpenSSL's names are), or null.</summary>
    public static IHashCore? Create(string name) => name.ToLowerInvariant() switch
    {
        "md5" => new Incremental("md5", HashAlgorithmName.MD5, 16, 64),
        "sha1" => new Incremental("sha1", HashAlgorithmName.SHA1, 20, 64),
        "sha224" => new Sha224(),
        "sha256" => new Incremental("sha256", HashAlgorithmName.SHA256, 32, 64),
        "sha384" => new Incremental("sha384", HashAlgorithmName.SHA384, 48, 128),
        "sha512" => new Incremental("sha512", HashAlgorithmName.SHA512, 64, 128),
        "sha3_256" when SHA3_256.IsSupported => new Incremental("sha3_256", HashAlgorithmName.SHA3_256, 32, 136),
        "sha3_384" when SHA3_384.IsSupported => new Incremental("sha3_384", HashAlgorithmName.SHA3_384, 48, 104),
        "sha3_512" when SHA3_512.IsSupported => new Incremental("sha3_512", HashAlgorithmName.SHA3_512, 64, 72),
        "shake_128" when Shake128.IsSupported => new Shake("shake_128", new Shake128(), 168),
        "shake_256" when Shake256.IsSupported => new Shake("shake_256", new Shake256(), 136),
        _ => null,
    };

    /// <summary>The runtime's HMAC algorithm for PBKDF2, or null when it has none for this digest.</summary>
    public static HashAlgorithmName? Pbkdf2Algorithm(string name) => name.ToLowerInvariant() switch
    {
        "sha1" => HashAlgorithmName.SHA1,
        "sha256" => HashAlgorithmName.SHA256,
        "sha384" => HashAlgorithmName.SHA384,
        "sha512" => HashAlgorithmName.SHA512,
        _ => null,
    };

    private sealed class Incremental(string name, HashAlgorithmName alg, int size, int block) : IHashCore
    {
        private readonly IncrementalHash _h = IncrementalHash.CreateHash(alg);

        private Incremental(string name, HashAlgorithmName alg, int size, int block, IncrementalHash h) : this(name, alg, size, block) => _h = h;

        public string Name => name;
        public int DigestSize => size;
        public int BlockSize => block;
        public void Append(ReadOnlySpan<byte> data) => _h.AppendData(data);
        public byte[] Current(int length) => _h.GetCurrentHash();
        public IHashCore Clone() => new Incremental(name, alg, size, block, _h.Clone());
    }

    private sealed class Shake : IHashCore
    {
        private readonly string _name;
        private readonly Shake128? _s128;
        private readonly Shake256? _s256;
        private readonly int _block;

        public Shake(string name, Shake128 s, int block) { _name = name; _s128 = s; _block = block; }
        public Shake(string name, Shake256 s, int block) { _name = name; _s256 = s; _block = block; }

        public string Name => _name;
        public int DigestSize => 0;
        public int BlockSize => _block;
        public void Append(ReadOnlySpan<byte> data) { _s128?.AppendData(data); _s256?.AppendData(data); }
        public byte[] Current(int length) => _s128 != null ? _s128.GetCurrentHash(length) : _s256!.GetCurrentHash(length);
        public IHashCore Clone() => _s128 != null ? new Shake(_name, _s128.Clone(), _block) : new Shake(_name, _s256!.Clone(), _block);
    }

    /// <summary>SHA-224 (FIPS 180-4): the SHA-256 compression with SHA-224's initial values, 28 bytes out.</summary>
    private sealed class Sha224 : IHashCore
    {
        private static readonly uint[] K =
        [
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        ];

        private readonly uint[] _state = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];
        private readonly byte[] _buffer = new byte[64];
        private int _buffered;
        private ulong _length;

        public string Name => "sha224";
        public int DigestSize => 28;
        public int BlockSize => 64;

        public void Append(ReadOnlySpan<byte> data)
        {
            _length += (ulong)data.Length;
            if (_buffered > 0)
            {
                int take = Math.Min(64 - _buffered, data.Length);
                data[..take].CopyTo(_buffer.AsSpan(_buffered));
                _buffered += take;
                data = data[take..];
                if (_buffered < 64) return;
                Compress(_state, _buffer);
                _buffered = 0;
            }
            while (data.Length >= 64)
            {
                Compress(_state, data[..64]);
                data = data[64..];
            }
            data.CopyTo(_buffer);
            _buffered = data.Length;
        }

        public byte[] Current(int length)
        {
            var state = (uint[])_state.Clone();
            // Padding: 0x80, zeros, then the message length in bits (big-endian), to a multiple of 64 bytes.
            int padded = _buffered < 56 ? 64 : 128;
            var tail = new byte[padded];
            _buffer.AsSpan(0, _buffered).CopyTo(tail);
            tail[_buffered] = 0x80;
            BinaryPrimitives.WriteUInt64BigEndian(tail.AsSpan(padded - 8), _length * 8);
            for (int i = 0; i < padded; i += 64) Compress(state, tail.AsSpan(i, 64));
            var res = new byte[28];
            for (int i = 0; i < 7; i++) BinaryPrimitives.WriteUInt32BigEndian(res.AsSpan(4 * i), state[i]);
            return res;
        }

        public IHashCore Clone()
        {
            var c = new Sha224();
            _state.CopyTo(c._state, 0);
            _buffer.CopyTo(c._buffer, 0);
            c._buffered = _buffered;
            c._length = _length;
            return c;
        }

        private static void Compress(uint[] h, ReadOnlySpan<byte> block)
        {
            Span<uint> w = stackalloc uint[64];
            for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * i)..]);
            for (int i = 16; i < 64; i++)
            {
                uint s0 = uint.RotateRight(w[i - 15], 7) ^ uint.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
                uint s1 = uint.RotateRight(w[i - 2], 17) ^ uint.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (int i = 0; i < 64; i++)
            {
                uint t1 = hh + (uint.RotateRight(e, 6) ^ uint.RotateRight(e, 11) ^ uint.RotateRight(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
                uint t2 = (uint.RotateRight(a, 2) ^ uint.RotateRight(a, 13) ^ uint.RotateRight(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
                hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
            }
            h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
        }
    }
}
