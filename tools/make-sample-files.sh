#!/usr/bin/env bash
# Regenerates the dirty sample files shipped for `veil scrub` demos and `veil bench scrub`.
# Every file carries planted values (a person "Ivan Petrov-Secret", serial "SN-VEIL-123456", GPS 55.7558 N
# 37.6173 E, "planted comment", device "VeilCam X1-Secret", software "SecretTool 9.9") so that what survives
# cleaning can be counted. Needs: ffmpeg, exiftool, python3, heif-enc, avifenc, cjxl (Debian: ffmpeg
# libimage-exiftool-perl python3 libheif-examples libavif-bin libjxl-tools).
# Run from the repository root; the files are committed, so this is only needed to change them.
set -euo pipefail
out=veil-cli/src/main/resources/org/veil/cli/sample/files
rm -rf "$out" && mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
P="Ivan Petrov-Secret"; S="SN-VEIL-123456"; C="planted comment"; D="VeilCam X1-Secret"; W="SecretTool 9.9"
ff() { ffmpeg -v error -y "$@"; }
photo=(-Artist="$P" -Make=VeilCam -Model="$D" -SerialNumber="$S" -Software="$W" -DateTimeOriginal="2021:03:03 10:11:12"
       -GPSLatitude=55.7558 -GPSLatitudeRef=N -GPSLongitude=37.6173 -GPSLongitudeRef=E -XMP-dc:Creator="$P"
       -XMP-dc:Description="$C")
ex() { exiftool -q -m -overwrite_original "$@"; }

ff -f lavfi -i testsrc=s=96x64:d=1 -frames:v 1 -q:v 3 "$tmp/thumb.jpg"
ff -f lavfi -i testsrc=s=320x240:d=1 -frames:v 1 -q:v 3 "$out/photo.jpg"
ex "${photo[@]}" -Comment="$C" -IPTC:By-line="$P" -Orientation#=6 "-ThumbnailImage<=$tmp/thumb.jpg" "$out/photo.jpg"
ff -f lavfi -i testsrc=s=160x120:d=1 -frames:v 1 "$out/screenshot.png"
ex "${photo[@]}" -PNG:Comment="$C" -PNG:Author="$P" "$out/screenshot.png"
ff -f lavfi -i testsrc=s=160x120:d=1 -frames:v 1 -compression_algo deflate "$out/scan.tif"
ex "${photo[@]}" "$out/scan.tif"
ff -f lavfi -i testsrc=s=160x120:d=1 -frames:v 1 -c:v libwebp -lossless 1 "$out/picture.webp"
ex "${photo[@]}" "$out/picture.webp"
ff -f lavfi -i testsrc=s=80x60:d=1 -r 4 "$out/animation.gif"
ex -Comment="$C" -XMP-dc:Creator="$P" "$out/animation.gif"
ff -f lavfi -i testsrc=s=80x60:d=1 -frames:v 1 "$out/drawing.bmp"

ff -f lavfi -i sine=f=440:d=0.4 -ar 8000 -ac 1 -c:a libmp3lame -b:a 16k \
   -metadata artist="$P" -metadata comment="$C" -metadata encoded_by="$W" -metadata date=2021 "$out/voice-memo.mp3"
ff -f lavfi -i sine=f=440:d=0.4 -ar 8000 -ac 1 -metadata artist="$P" -metadata comment="$C" -metadata encoder="$W" "$out/interview.flac"
ff -f lavfi -i sine=f=440:d=0.4 -ar 8000 -ac 1 -c:a libvorbis -metadata artist="$P" -metadata comment="$C" "$out/interview.ogg"
ff -f lavfi -i sine=f=440:d=0.4 -ar 8000 -ac 1 -metadata artist="$P" -metadata comment="$C" -metadata encoded_by="$W" "$out/recording.wav"
ff -f lavfi -i sine=f=440:d=0.4 -ar 8000 -ac 1 -write_id3v2 1 -metadata artist="$P" -metadata comment="$C" "$out/recording.aiff"
ff -f lavfi -i sine=f=440:d=0.4 -ar 8000 -ac 1 -c:a aac -b:a 16k -metadata artist="$P" -metadata comment="$C" -metadata encoder="$W" "$out/voice.m4a"
for f in clip.mp4 clip.mov; do
  ff -f lavfi -i testsrc=s=64x48:d=1 -r 2 -c:v mjpeg -q:v 20 -metadata artist="$P" -metadata comment="$C" \
     -metadata location="+55.7558+037.6173/" -metadata make=VeilCam -metadata model="$D" -movflags use_metadata_tags "$out/$f"
  ex -Artist="$P" -Model="$D" -GPSCoordinates="55.7558, 37.6173" -XMP-dc:Creator="$P" "$out/$f"
done

# Formats added for issue 14: HEIC, AVIF, JPEG XL, AVI, WMV, a torrent and an ODF formula.
ff -f lavfi -i testsrc=s=160x120:d=1 -frames:v 1 "$tmp/still.png"
heif-enc -q 50 -t 32 "$tmp/still.png" -o "$out/photo.heic" >/dev/null
avifenc -s 10 "$tmp/still.png" "$out/photo.avif" >/dev/null
cjxl "$tmp/still.png" "$out/photo.jxl" 2>/dev/null
for f in photo.heic photo.avif photo.jxl; do ex "${photo[@]}" "$out/$f"; done
ff -f lavfi -i testsrc=s=64x48:d=1 -r 2 -f lavfi -i sine=f=440:d=1 -ar 8000 -c:v mpeg4 -c:a pcm_u8 -metadata artist="$P" \
   -metadata comment="$C" -metadata copyright="$P" -metadata date=2021 "$out/clip.avi"
ff -f lavfi -i testsrc=s=64x48:d=1 -r 2 -f lavfi -i sine=f=440:d=1 -ar 8000 -c:v wmv2 -c:a wmav2 -metadata artist="$P" \
   -metadata comment="$C" -metadata copyright="$P" -metadata date=2021 "$out/clip.wmv"
python3 - "$out" "$P" "$S" "$C" "$W" <<'PY'
import sys, zipfile
out, P, S, C, W = sys.argv[1:6]
def b(v):
    if isinstance(v, int): return b"i%de" % v
    if isinstance(v, str): v = v.encode()
    if isinstance(v, bytes): return b"%d:" % len(v) + v
    if isinstance(v, list): return b"l" + b"".join(map(b, v)) + b"e"
    return b"d" + b"".join(b(k) + b(v[k]) for k in sorted(v)) + b"e"
info = {"length": 70000, "name": "report-final.pdf", "piece length": 32768, "pieces": bytes(range(60))}
open(f"{out}/share.torrent", "wb").write(b({"announce": "http://tracker.example.org:6969/announce",
    "comment": f"{C} by {P}", "created by": W, "creation date": 1614766272, "publisher": P,
    "url-list": [f"http://{S.lower()}.example.com/f"], "info": info}))
meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
        f'<office:meta><meta:generator>{W}</meta:generator><meta:initial-creator>{P}</meta:initial-creator><dc:creator>{P}</dc:creator>'
        f'<meta:creation-date>2021-03-03T10:11:12</meta:creation-date><dc:description>{C}</dc:description></office:meta></office:document-meta>')
mime = "application/vnd.oasis.opendocument.formula"
with zipfile.ZipFile(f"{out}/equation.odf", "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("mimetype", (2021, 3, 3, 10, 11, 12)), mime, zipfile.ZIP_STORED)
    zf.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?><math:math xmlns:math="http://www.w3.org/1998/Math/MathML">'
                '<math:semantics><math:mrow><math:mi>E</math:mi><math:mo>=</math:mo><math:mi>m</math:mi></math:mrow>'
                '<math:annotation encoding="StarMath 5.0">E = m</math:annotation></math:semantics></math:math>')
    zf.writestr("meta.xml", meta)
    zf.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
PY

cat > "$tmp/report.py" <<'PY'
import sys, zipfile
out, P, S, C, D, W = sys.argv[1:7]
def z(name, parts, first_stored=None):
    with zipfile.ZipFile(f"{out}/{name}", "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts:
            zf.writestr(zipfile.ZipInfo(n, (2021, 3, 3, 10, 11, 12)), data,
                        zipfile.ZIP_STORED if n == first_stored else zipfile.ZIP_DEFLATED)
png = open(f"{out}/screenshot.png", "rb").read()
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
z("statement.docx", [
 ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
 ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'),
 ("docProps/core.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{P}</dc:creator><cp:lastModifiedBy>{P}</cp:lastModifiedBy><dc:description>{C}</dc:description><dcterms:created xsi:type="dcterms:W3CDTF">2021-03-03T10:11:12Z</dcterms:created></cp:coreProperties>'),
 ("docProps/app.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>{W}</Application><Company>{D}</Company><TotalTime>42</TotalTime></Properties>'),
 ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>'),
 ("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body><w:p w:rsidR="00A1B2C3"><w:r><w:t xml:space="preserve">The witness said the convoy left at dawn. </w:t></w:r><w:ins w:id="1" w:author="{P}" w:date="2021-03-03T10:11:12Z"><w:r><w:t>Inserted after review.</w:t></w:r></w:ins><w:del w:id="2" w:author="{P}" w:date="2021-03-03T10:11:12Z"><w:r><w:delText>He lives near {S}.</w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:t>Second sentence.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p></w:body></w:document>'),
 ("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W_NS}><w:comment w:id="0" w:author="{P}" w:initials="IP" w:date="2021-03-03T10:11:12Z"><w:p><w:r><w:t>{C}</w:t></w:r></w:p></w:comment></w:comments>'),
 ("word/media/image1.png", png),
])
ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"'
z("statement.odt", [
 ("mimetype", "application/vnd.oasis.opendocument.text"),
 ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/></manifest:manifest>'),
 ("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF}><office:meta><meta:initial-creator>{P}</meta:initial-creator><dc:creator>{P}</dc:creator><meta:generator>{W}</meta:generator><dc:date>2021-03-03T10:11:12</dc:date><meta:user-defined meta:name="Source">{D}</meta:user-defined></office:meta></office:document-meta>'),
 ("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF}><office:body><office:text><text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>{P}</dc:creator><dc:date>2021-03-03T10:11:12</dc:date></office:change-info><text:p>He lives near {S}.</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>The witness said the convoy left at dawn.<text:change text:change-id="c1"/><office:annotation><dc:creator>{P}</dc:creator><text:p>{C}</text:p></office:annotation></text:p></office:text></office:body></office:document-content>'),
 ("Thumbnails/thumbnail.png", png),
], first_stored="mimetype")
z("book.epub", [
 ("mimetype", "application/epub+zip"),
 ("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'),
 ("OEBPS/content.opf", f'<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier><dc:title>Notes</dc:title><dc:language>en</dc:language><dc:creator>{P}</dc:creator><dc:publisher>{D}</dc:publisher><dc:description>{C}</dc:description><meta property="dcterms:modified">2021-03-03T10:11:12Z</meta><meta name="generator" content="{W}"/></metadata><manifest><item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml"/><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest><spine><itemref idref="c1"/></spine></package>'),
 ("OEBPS/nav.xhtml", '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body><nav epub:type="toc"><ol><li><a href="chapter1.xhtml">One</a></li></ol></nav></body></html>'),
 ("OEBPS/chapter1.xhtml", f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One</title><meta name="author" content="{P}"/></head><body><!-- {C} --><p>The witness said the convoy left at dawn.</p></body></html>'),
], first_stored="mimetype")
z("bundle.zip", [("notes/readme.txt", "Field notes, no names.\n"), ("notes/photo.png", png)])
PY
python3 "$tmp/report.py" "$out" "$P" "$S" "$C" "$D" "$W"

python3 - "$out/report.pdf" <<'PY'
import sys
# A minimal one-page PDF written by hand, so no PDF library is needed to make the sample.
content = b"BT /F1 12 Tf 72 720 Td (Statement of the witness: the convoy left at dawn.) Tj ET"
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
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
open(sys.argv[1], "wb").write(out)
PY
ex -PDF:Author="$P" -PDF:Creator="$W" -PDF:Subject="$C" -XMP-dc:Creator="$P" -XMP-tiff:Model="$D" "$out/report.pdf"

cat > "$out/diagram.svg" <<SVG
<?xml version="1.0" encoding="UTF-8"?>
<!-- $C -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="100" height="60" sodipodi:docname="/home/ivan/$S.svg" inkscape:version="$W">
  <metadata><rdf:RDF><cc:Work><dc:creator><cc:Agent><dc:title>$P</dc:title></cc:Agent></dc:creator></cc:Work></rdf:RDF></metadata>
  <sodipodi:namedview inkscape:window-width="1920"/>
  <rect x="10" y="10" width="80" height="40" fill="#c33"/>
</svg>
SVG
cat > "$out/page.html" <<HTML
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="author" content="$P"><meta name="generator" content="$W">
<title>Report</title></head>
<body><!-- $C --><p>The witness said the convoy left at dawn.</p></body></html>
HTML
printf '/* Author: %s, %s */\nbody { color: #222; }\n' "$P" "$W" > "$out/style.css"
printf 'Field notes. Nothing but text: names inside text are for `veil text anonymize`.\n' > "$out/notes.txt"
(cd "$out" && ls | grep -v INDEX > INDEX)
ls -la "$out"
