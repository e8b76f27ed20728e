# SPDX-License-Identifier: Apache-2.0
# The baseline of scripts/bench-id: python-stdnum (Debian python3-stdnum; what Validata uses)
# doing what `subvention id --kind siret` does — one SIRET a line on standard input, one JSON
# object a line out with the same keys.
import json
import sys

from stdnum import exceptions
from stdnum.fr import siret

ERRORS = ((exceptions.InvalidChecksum, "checksum"), (exceptions.InvalidLength, "length"),
          (exceptions.InvalidComponent, "component"), (exceptions.InvalidFormat, "format"))

write = sys.stdout.write
for line in sys.stdin:
    value = line.rstrip("\r\n")
    if not value.strip():
        continue
    try:
        compact = siret.validate(value)
        out = {"input": value, "kind": "siret", "valid": True, "compact": compact,
               "formatted": siret.format(compact), "error": None}
    except exceptions.ValidationError as e:
        kind = next(name for cls, name in ERRORS if isinstance(e, cls))
        out = {"input": value, "kind": "siret", "valid": False, "compact": None,
               "formatted": None, "error": kind}
    write(json.dumps(out, ensure_ascii=False))
    write("\n")
