"""shutil's archive functions (written for the FreeThreaded VM from the Python 3.13 documentation):
make_archive / unpack_archive and the format registries, with the built-in formats zip, tar,
gztar, bztar and xztar. zipfile and tarfile are imported when used (zipfile imports shutil)."""

import os

__all__ = ["make_archive", "get_archive_formats", "register_archive_format",
           "unregister_archive_format", "unpack_archive", "get_unpack_formats",
           "register_unpack_format", "unregister_unpack_format"]

# tar compression name for tarfile's mode, file name suffix
_TAR_KINDS = {"tar": ("", ""), "gztar": ("gz", ".gz"), "bztar": ("bz2", ".bz2"), "xztar": ("xz", ".xz")}


def _errors():
    import shutil
    return shutil


def _prepare(archive, dry_run, logger):
    """Creates the folder the archive goes in if missing; returns the archive's name."""
    folder = os.path.dirname(archive)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)
    return archive


def _make_tarball(base_name, base_dir, kind="gztar", verbose=0, dry_run=0, owner=None,
                  group=None, logger=None, root_dir=None):
    """base_name.tar[.gz|.bz2|.xz] holding base_dir (relative to root_dir if given)."""
    import tarfile
    compression, suffix = _TAR_KINDS[kind]
    archive = _prepare(os.fspath(base_name) + ".tar" + suffix, dry_run, logger)
    if logger is not None:
        logger.info("Creating tar archive")
    if dry_run:
        return archive

    def owned(info):
        if owner is not None:
            info.uname = owner
        if group is not None:
            info.gname = group
        return info

    source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
    with tarfile.open(archive, "w|" + compression if compression else "w") as tar:
        tar.add(source, os.path.normpath(base_dir), filter=owned)
    return archive


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None,
                  group=None, root_dir=None):
    """base_name.zip holding base_dir (relative to root_dir if given), deflated."""
    import zipfile
    archive = _prepare(os.fspath(base_name) + ".zip", dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", archive, base_dir)
    if dry_run:
        return archive
    top = os.path.normpath(base_dir)
    source = os.path.normpath(top if root_dir is None else os.path.join(root_dir, base_dir))
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        if top != os.curdir:
            zf.write(source, top)
        for folder_path, dirs, files in os.walk(source):
            inner = os.path.relpath(folder_path, source)
            arc_folder = top if inner == os.curdir else os.path.normpath(os.path.join(top, inner))
            for name in sorted(dirs):
                zf.write(os.path.join(folder_path, name), os.path.join(arc_folder, name))
            for name in files:
                path = os.path.normpath(os.path.join(folder_path, name))
                if os.path.isfile(path):
                    zf.write(path, os.path.join(arc_folder, name))
    return archive


def _tar_maker(kind):
    def make(base_name, base_dir, **kwargs):
        return _make_tarball(base_name, base_dir, kind, **kwargs)
    make.supports_root_dir = True
    return make


_make_zipfile.supports_root_dir = True

_ARCHIVE_FORMATS = {
    "zip": (_make_zipfile, [], "ZIP file"),
    "tar": (_tar_maker("tar"), [], "uncompressed tar file"),
    "gztar": (_tar_maker("gztar"), [], "gzip'ed tar-file"),
    "bztar": (_tar_maker("bztar"), [], "bzip2'ed tar-file"),
    "xztar": (_tar_maker("xztar"), [], "xz'ed tar-file"),
}


def get_archive_formats():
    """(name, description) of each archive format, sorted by name."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def _check_extra_args(extra_args):
    if extra_args is None:
        return []
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError("extra_args needs to be a sequence")
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError("extra_args elements are : (arg_name, value)")
    return list(extra_args)


def register_archive_format(name, function, extra_args=None, description=""):
    if not callable(function):
        raise TypeError("The %s object is not callable" % function)
    _ARCHIVE_FORMATS[name] = (function, _check_extra_args(extra_args), description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    """Create an archive of base_dir (default: the current directory, or root_dir's contents)
    named base_name plus the format's suffix; returns the archive's name."""
    try:
        function, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = dict(extra)
    kwargs.update(dry_run=dry_run, logger=logger)
    if format != "zip":
        kwargs.update(owner=owner, group=group)
    if base_dir is None:
        base_dir = os.curdir
    previous = None
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        if not os.path.isdir(root_dir):
            import errno
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory", root_dir)
        base_name = os.path.abspath(base_name)
        if getattr(function, "supports_root_dir", False):
            kwargs["root_dir"] = root_dir
        else:
            previous = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        if previous is not None:
            os.chdir(previous)


# --- unpacking -----------------------------------------------------------------------------------

def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise _errors().ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        for info in zf.infolist():
            name = info.filename
            # Names that would land outside extract_dir are skipped.
            if name.startswith("/") or ".." in name.split("/"):
                continue
            target = os.path.join(extract_dir, *name.split("/"))
            if not target:
                continue
            folder = os.path.dirname(target)
            if folder and not os.path.isdir(folder):
                os.makedirs(folder)
            if not name.endswith("/"):
                with zf.open(info) as src, open(target, "wb") as dst:
                    _errors().copyfileobj(src, dst)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        tar = tarfile.open(filename)
    except tarfile.TarError:
        raise _errors().ReadError("%s is not a compressed or uncompressed tar file" % filename) from None
    with tar:
        tar.extractall(extract_dir, filter=filter)


_UNPACK_FORMATS = {
    "zip": ([".zip"], _unpack_zipfile, [], "ZIP file"),
    "tar": ([".tar"], _unpack_tarfile, [], "uncompressed tar file"),
    "gztar": ([".tar.gz", ".tgz"], _unpack_tarfile, [], "gzip'ed tar-file"),
    "bztar": ([".tar.bz2", ".tbz2"], _unpack_tarfile, [], "bzip2'ed tar-file"),
    "xztar": ([".tar.xz", ".txz"], _unpack_tarfile, [], "xz'ed tar-file"),
}


def get_unpack_formats():
    """(name, extensions, description) of each unpack format, sorted by name."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=""):
    taken = {ext: other for other, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for ext in extensions:
        if ext in taken:
            raise _errors().RegistryError('%s is already registered for "%s"' % (ext, taken[ext]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _UNPACK_FORMATS[name] = (list(extensions), function, _check_extra_args(extra_args), description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_of(filename):
    for name, entry in _UNPACK_FORMATS.items():
        for ext in entry[0]:
            if filename.endswith(ext):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive into extract_dir (default: the current directory); the format is
    named or found from the file name's extension."""
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        format = _format_of(filename)
        if format is None:
            raise _errors().ReadError("Unknown archive format '{0}'".format(filename))
    try:
        _, function, extra, _ = _UNPACK_FORMATS[format]
    except KeyError:
        raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    kwargs = dict(extra)
    if filter is not None and function is _unpack_tarfile:
        kwargs["filter"] = filter
    function(filename, extract_dir, **kwargs)
