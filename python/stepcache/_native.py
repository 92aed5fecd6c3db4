"""Loading libstepcache and calling its C API (stepcache/c.h) through ctypes.

Every C function takes NUL-terminated UTF-8 and hands back strings the caller
owns; this module is the only place that knows it: it encodes arguments,
copies every returned string into Python and frees the original with
stepcache_string_free, whatever happens.
"""

import ctypes
import ctypes.util
import os

SONAME = "libstepcache.so.0"


class Error(ValueError):
    """Bad input: the message names the argument and the byte offset or JSON
    Pointer at fault, exactly as the C API reports it."""


def _load():
    """The library named by $STEPCACHE_LIBRARY, else the one the dynamic
    loader finds (LD_LIBRARY_PATH, the ld.so cache, the system paths)."""
    path = os.environ.get("STEPCACHE_LIBRARY")
    if path:
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            raise ImportError(f"stepcache: STEPCACHE_LIBRARY={path}: cannot load: {e}") from e
    tried = []
    for name in (SONAME, ctypes.util.find_library("stepcache")):
        if not name:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError as e:
            tried.append(f"{name}: {e}")
    raise ImportError(
        "stepcache: cannot find libstepcache (" + "; ".join(tried or ["not on the loader path"]) +
        "). Install StepCache (cmake --install), or set STEPCACHE_LIBRARY to the path of "
        "libstepcache.so.0, or add its directory to LD_LIBRARY_PATH.")


lib = _load()
_c_char_pp = ctypes.POINTER(ctypes.c_char_p)
# Returned strings are declared c_void_p, not c_char_p: ctypes would copy a
# c_char_p result and drop the pointer, leaking it.
_OWNED = ctypes.c_void_p

_SIGNATURES = {
    "stepcache_version": (ctypes.c_char_p, []),
    "stepcache_string_free": (None, [ctypes.c_void_p]),
    "stepcache_validate": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(_OWNED)]),
    "stepcache_schema_compile_with_options":
        (ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(_OWNED)]),
    "stepcache_schema_validate":
        (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(_OWNED)]),
    "stepcache_schema_free": (None, [ctypes.c_void_p]),
    "stepcache_repair": (_OWNED, [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(_OWNED)]),
    "stepcache_check": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p,
                                       ctypes.c_char_p, ctypes.POINTER(_OWNED)]),
    "stepcache_engine_new": (ctypes.c_void_p, [ctypes.c_char_p, ctypes.POINTER(_OWNED)]),
    "stepcache_serve": (_OWNED, [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(_OWNED)]),
    "stepcache_engine_stats": (_OWNED, [ctypes.c_void_p, ctypes.POINTER(_OWNED)]),
    "stepcache_engine_free": (None, [ctypes.c_void_p]),
}
for _name, (_restype, _argtypes) in _SIGNATURES.items():
    _fn = getattr(lib, _name)
    _fn.restype = _restype
    _fn.argtypes = _argtypes


def take(pointer):
    """Copies the C string at `pointer` (an int or None) into a str and frees it."""
    if not pointer:
        return None
    try:
        return ctypes.string_at(pointer).decode("utf-8", errors="replace")
    finally:
        lib.stepcache_string_free(pointer)


def encode(value, name, optional=False):
    """A Python str (or bytes) as the NUL-terminated UTF-8 the C API reads."""
    if value is None:
        if optional:
            return None
        raise Error(f"{name} is None")
    if isinstance(value, str):
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise Error(f"{name}: not encodable as UTF-8 at character {e.start}") from None
    elif isinstance(value, (bytes, bytearray)):
        data = bytes(value)
    else:
        raise Error(f"{name}: expected str, got {type(value).__name__}")
    nul = data.find(b"\0")
    if nul >= 0:
        raise Error(f"{name}: contains a NUL character at byte {nul}")
    return data


def call(fn, *args):
    """Calls a C function whose last argument is a `char**` message out-
    parameter; returns (result, message) with the message taken."""
    out = _OWNED()
    result = fn(*args, ctypes.byref(out))
    return result, take(out.value)

