# SPDX-License-Identifier: Apache-2.0
"""The C interface from Python (ctypes, standard library only): the APES dossier gets the
command line's report, malformed JSON an error object.
Usage: python3 c_api_test.py PATH-OF-libsubvention_c.so PATH-OF-THE-subvention-PROGRAM"""
import ctypes
import json
import subprocess
import sys

lib_path, cli = sys.argv[1], sys.argv[2]
lib = ctypes.CDLL(lib_path)
# Answers are char* to be released by subvention_free: c_void_p keeps the pointer.
for name in ("subvention_check", "subvention_example", "subvention_validate_ids"):
    getattr(lib, name).restype = ctypes.c_void_p
lib.subvention_check.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
lib.subvention_example.argtypes = [ctypes.c_char_p]
lib.subvention_validate_ids.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
lib.subvention_free.argtypes = [ctypes.c_void_p]
lib.subvention_last_outcome.restype = ctypes.c_int
lib.subvention_version.restype = ctypes.c_char_p


def call(function, *args):
    pointer = function(*[a.encode() if isinstance(a, str) else a for a in args])
    try:
        return json.loads(ctypes.string_at(pointer).decode()), lib.subvention_last_outcome()
    finally:
        lib.subvention_free(pointer)


failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


expect(lib.subvention_version().decode() == "0.1.0", "version")
dossier, outcome = call(lib.subvention_example, "apes-2023")
expect(outcome == 0 and dossier["deliberation"]["number"]["value"] == "2023-122", "example")
report, outcome = call(lib.subvention_check, json.dumps(dossier),
                       '{"name": "apes-2023", "stage": "signed"}')
expected = json.loads(subprocess.run([cli, "check", "--example", "apes-2023", "--format", "json",
                                      "--stage", "signed"], capture_output=True,
                                     check=False).stdout)
expect(report == expected, "same report as the command line")
expect(outcome == 1 and report["summary"]["error"] > 0, "a non-compliant dossier")
error, outcome = call(lib.subvention_check, '{"deliberation": ', None)
expect(outcome == 2 and error["error"]["kind"] == "malformed", "malformed JSON")
ids, outcome = call(lib.subvention_validate_ids, "siren", '["440672020", "440672021"]')
expect([i["valid"] for i in ids] == [True, False] and outcome == 1, "identifiers")

if failures:
    print("c_api_test.py : échecs :", ", ".join(failures), file=sys.stderr)
    sys.exit(1)
print("c_api_test.py : tout est conforme")
