// statx(2) for os.stat / os.lstat / os.fstat (and stat relative to a dir_fd): the real inode, device, link count, owner and nanosecond
// times, and lstat of a dangling symbolic link. statx's struct has one layout on every Linux
// architecture (struct stat differs between x86-64 and arm64), so it is read by fixed offsets.
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    internal readonly record struct StatInfo(long Mode, ulong Ino, ulong Dev, long Nlink, long Uid, long Gid, long Size,
        (long Sec, long Nsec) Atime, (long Sec, long Nsec) Mtime, (long Sec, long Nsec) Ctime);

    private const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000, StatxBasicStats = 0x7ff;

    [LibraryImport(Libc, EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatX(int dirfd, string path, int flags, uint mask, ref byte buf);

    /// <summary>stat (follow) or lstat of a path; null with errno set on failure, or when statx is unavailable (not Linux).</summary>
    public static StatInfo? Stat(string path, bool follow, out bool unsupported) =>
        StatAt(AtFdCwd, path, follow ? 0 : AtSymlinkNoFollow, out unsupported);

    /// <summary>fstat: the file open on descriptor <paramref name="fd"/>.</summary>
    public static StatInfo? FStat(int fd, out bool unsupported) => StatAt(fd, "", AtEmptyPath, out unsupported);

    /// <summary>stat of <paramref name="path"/> relative to directory descriptor <paramref name="dirFd"/>.</summary>
    public static StatInfo? StatRelative(int dirFd, string path, bool follow, out bool unsupported) =>
        StatAt(dirFd, path, follow ? 0 : AtSymlinkNoFollow, out unsupported);

    private static StatInfo? StatAt(int dirFd, string path, int flags, out bool unsupported)
    {
        unsupported = !OperatingSystem.IsLinux();
        if (unsupported) return null;
        var buf = new byte[256];
        int rc;
        try
        {
            rc = StatX(dirFd, path, flags, StatxBasicStats, ref buf[0]);
        }
        catch (EntryPointNotFoundException)
        {
            unsupported = true;
            return null;
        }
        if (rc != 0) return null;
        ReadOnlySpan<byte> s = buf;
        (long, long) Time(int at) => (BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(at)), BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(at + 8)));
        uint devMajor = BinaryPrimitives.ReadUInt32LittleEndian(s[136..]), devMinor = BinaryPrimitives.ReadUInt32LittleEndian(s[140..]);
        ulong dev = ((ulong)(devMajor & 0xfffff000) << 32) | ((ulong)(devMajor & 0xfff) << 8)
                    | ((ulong)(devMinor & 0xffffff00) << 12) | (devMinor & 0xff);
        return new StatInfo(
            Mode: BinaryPrimitives.ReadUInt16LittleEndian(s[28..]),
            Ino: BinaryPrimitives.ReadUInt64LittleEndian(s[32..]),
            Dev: dev,
            Nlink: BinaryPrimitives.ReadUInt32LittleEndian(s[16..]),
            Uid: BinaryPrimitives.ReadUInt32LittleEndian(s[20..]),
            Gid: BinaryPrimitives.ReadUInt32LittleEndian(s[24..]),
            Size: (long)BinaryPrimitives.ReadUInt64LittleEndian(s[40..]),
            Atime: Time(64), Mtime: Time(112), Ctime: Time(96));
    }
}
