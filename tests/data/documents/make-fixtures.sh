#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the document fixtures of this directory (see README.md here). Needs pandoc,
# LibreOffice Writer (soffice), qpdf and python3 — generators only, not needed to build or test:
#   apt-get install --no-install-recommends pandoc libreoffice-writer-nogui qpdf python3
# The generated files are committed; run from anywhere: scripts write next to this file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seed="$here/../text/apes_2023.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# --- The seed dossier: one paragraph per block of lines of the text (blocks are separated by
# blank lines), its lines separated by line breaks (w:br, text:line-break).
python3 "$here/text_to_pandoc.py" "$seed" >apes.json
pandoc -f json apes.json -o "$here/apes_2023.docx"
pandoc -f json apes.json -o apes.odt
cp apes.odt "$here/apes_2023.odt"
# The PDF: the ODT in 7 pt, so that no line of the text wraps (its line breaks are those of the
# printed documents), converted by LibreOffice; the space between paragraphs makes pdftotext
# print a blank line there, as in the seed text.
python3 - apes.odt apes_2023.odt <<'PY'
import sys, zipfile
src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w")
for info in src.infolist():
    data = src.read(info.filename)
    if info.filename in ("styles.xml", "content.xml"):
        s = data.decode("utf-8").replace('fo:font-size="12pt"', 'fo:font-size="7pt"')
        data = s.encode("utf-8")
    dst.writestr(info, data)
dst.close()
PY
soffice --headless --convert-to pdf apes_2023.odt >/dev/null
cp apes_2023.pdf "$here/apes_2023.pdf"

# --- Small fixtures.
cat >changes.md <<'MD'
DELIBERATION DE LA COMMISSION PERMANENTE

Le montant de la subvention est de [57 000 €]{.insertion author="Relecteur" date="2023-03-01T10:00:00Z"}[50 000 €]{.deletion author="Relecteur" date="2023-03-01T10:00:00Z"}.

[Montant à confirmer]{.comment-start id="0" author="Relecteur" date="2023-03-01T10:00:00Z"}Imputation 6568/9365.[]{.comment-end id="0"}
MD
pandoc changes.md -o "$here/tracked_changes.docx"

cat >table.md <<'MD'
Tableau d'imputation

| Code | Nature | Montant |
|------|--------|---------|
| 6568 | Participations | 57 000,00 € |
| 65748 | Autres personnes de droit privé | 1 000,00 € |

Fin du tableau.
MD
pandoc table.md -o "$here/table.docx"

cat >list.md <<'MD'
Obligations du bénéficiaire :

1. transmettre le bilan final ;
2. rencontrer le Département ;
    - en comité de suivi,
    - en réunion de pilotage.
3. promouvoir l'image du Département.
MD
pandoc list.md -o list.odt
cp list.odt "$here/list.odt"

# A PDF without text layer (a scanned page): one page holding a grey image only.
python3 - >"$here/scanned.pdf" <<'PY'
import sys, zlib
img = zlib.compress(bytes([128]) * (64 * 64))
content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
    b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(img) + img
    + b"\nendstream",
]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
sys.stdout.buffer.write(out)
PY

# An encrypted PDF (a user password: pdftotext cannot open it) and a truncated one.
soffice --headless --convert-to pdf list.odt >/dev/null
qpdf --encrypt secret secret 256 -- list.pdf "$here/encrypted.pdf"
head -c 400 list.pdf >"$here/truncated.pdf"

# Broken archives: a cut ZIP, a Word file without word/document.xml, malformed XML, and an
# entry declaring 3 GiB once decompressed (a « zip bomb »'s header; its data is 20 bytes).
head -c 2000 "$here/table.docx" >"$here/corrupt.docx"
python3 - "$here" <<'PY'
import struct, sys, zipfile
here = sys.argv[1]
with zipfile.ZipFile(here + "/no_document.docx", "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    z.writestr("word/styles.xml", '<?xml version="1.0"?><w:styles/>')
with zipfile.ZipFile(here + "/malformed.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml",
               '<?xml version="1.0"?>\n<w:document xmlns:w="x"><w:body>\n<w:p><w:r>'
               '<w:t>DELIBERATION</w:t></w:r></w:body></w:document>')
body = b'<w:document xmlns:w="x"><w:body/></w:document>'
with zipfile.ZipFile(here + "/bomb.docx", "w", zipfile.ZIP_STORED) as z:
    z.writestr("word/document.xml", body)
data = bytearray(open(here + "/bomb.docx", "rb").read())
huge = struct.pack("<I", 3 << 30)
# Uncompressed size: local header at offset 22, central directory entry at offset 24.
data[22:26] = huge
cd = data.find(b"PK\x01\x02")
data[cd + 24:cd + 28] = huge
open(here + "/bomb.docx", "wb").write(bytes(data))
PY
echo "fixtures written to $here"
