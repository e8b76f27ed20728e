# Checks a dossier through libsubvention_c from Python (ctypes, standard library only).
# Usage: python3 check_dossier.py /usr/lib/libsubvention_c.so.0 [dossier.json]
import ctypes, json, sys

lib = ctypes.CDLL(sys.argv[1])
for f in (lib.subvention_check, lib.subvention_example):
    f.restype = ctypes.c_void_p  # a char* to release with subvention_free


def answer(pointer):
    try:
        return json.loads(ctypes.string_at(pointer))
    finally:
        lib.subvention_free(ctypes.c_void_p(pointer))


if len(sys.argv) > 2:
    dossier = open(sys.argv[2], "rb").read()
else:
    dossier = json.dumps(answer(lib.subvention_example(b"apes-2023"))).encode()
report = answer(lib.subvention_check(dossier, b'{"stage": "draft", "lang": "fr"}'))
if "error" in report:
    sys.exit(f"dossier refusé : {report['error']['field']} : {report['error']['message']}")
for d in report["diagnostics"]:
    if d["severity"] != "info":
        print(d["severity"], d["rule"], "—", d["message"])
print(report["summary"])
