#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Makes Word, OpenDocument and PDF files from three of the real texts of this directory, as a
# collectivité's staff would have them: one paragraph per block of lines of the text (blocks are
# separated by blank lines), its lines kept by line breaks. Needs Debian's pandoc (DOCX, ODT)
# and LibreOffice Writer (PDF, from the ODT) — generators only, not needed to build or test:
#   apt-get install --no-install-recommends pandoc libreoffice-writer-nogui
# The generated files are committed; the corpus test checks that each gives the facts of its
# text. Run from anywhere: the files are written next to this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
to_pandoc() { python3 "$here/../documents/text_to_pandoc.py" "$1"; }
to_pandoc "$here/pornic-cm-2021-03-26.txt" >"$work/pornic.json"
pandoc -f json "$work/pornic.json" -o "$here/pornic-cm-2021-03-26.docx"
to_pandoc "$here/saint-julien-les-rosiers-cm-2013-04-04.txt" >"$work/sjr.json"
pandoc -f json "$work/sjr.json" -o "$here/saint-julien-les-rosiers-cm-2013-04-04.odt"
to_pandoc "$here/cantal-cd-2022-03-25-cr.txt" >"$work/cantal.json"
pandoc -f json "$work/cantal.json" -o "$work/cantal-cd-2022-03-25-cr.odt"
HOME="$work" soffice --headless --convert-to pdf --outdir "$work" \
    "$work/cantal-cd-2022-03-25-cr.odt" >/dev/null
cp "$work/cantal-cd-2022-03-25-cr.pdf" "$here/"
