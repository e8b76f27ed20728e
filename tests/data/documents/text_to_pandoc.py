# SPDX-License-Identifier: Apache-2.0
# A text as a pandoc JSON document (written to standard output): one paragraph per block of
# lines (blocks are separated by blank lines), its lines separated by line breaks (w:br,
# text:line-break), so that the Word or OpenDocument file reads back as the text.
# Usage: python3 text_to_pandoc.py TEXT > doc.json
import json
import sys

blocks, lines = [], []
for l in open(sys.argv[1], encoding="utf-8").read().split("\n") + [""]:
    if l.strip():
        lines.append(l)
    elif lines:
        inlines = []
        for k, one in enumerate(lines):
            inlines += ([{"t": "LineBreak"}] if k else []) + [{"t": "Str", "c": one}]
        blocks.append({"t": "Para", "c": inlines})
        lines = []
json.dump({"pandoc-api-version": [1, 22, 1], "meta": {}, "blocks": blocks}, sys.stdout,
          ensure_ascii=False)
