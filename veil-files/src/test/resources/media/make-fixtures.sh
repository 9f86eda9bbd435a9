#!/bin/sh
# Regenerates the media fixtures (not run by the tests; the outputs are committed).
# Every file carries planted values the tests look for after cleaning.
set -e
cd "$(dirname "$0")"
T=$(mktemp -d)
sox -n -r 8000 -c 1 -b 16 "$T/tone.wav" synth 0.3 sine 440
M="-metadata title=Planted-Title -metadata artist=Ivan-Petrov-Secret -metadata comment=planted-comment -metadata date=2021-03-04"

# MP3: ID3v2.4 with picture-free text frames, then ID3v1, APEv2 and Lyrics3 trailers added below.
lame --quiet -b 32 --tt "Planted-Title" --ta "Ivan Petrov-Secret" --tc "planted comment" --ty 2021 \
     --tv TSSE=SN-VEIL-123456 --id3v2-only "$T/tone.wav" "$T/a.mp3"
lame --quiet -b 32 --tt "Planted-Title" --ta "Ivan Petrov-Secret" --tc "planted comment" --ty 2021 \
     --add-id3v2 "$T/tone.wav" tagged.mp3
python3 - "$T/a.mp3" tagged-trailers.mp3 <<'PY'
import sys, struct
data = open(sys.argv[1], 'rb').read()
items = [(b'Artist', b'Ivan Petrov-Secret'), (b'Comment', b'planted comment')]
body = b''.join(struct.pack('<II', len(v), 0) + k + b'\0' + v for k, v in items)
def ape(flags):
    return b'APETAGEX' + struct.pack('<IIII', 2000, len(body) + 32, len(items), flags) + b'\0' * 8
apetag = ape(0xA0000000) + body + ape(0x80000000)
lyr = b'LYRICSBEGIN' + b'IND00003110' + b'LYR00027Ivan Petrov-Secret lyrics'
lyr3 = lyr + b'%06d' % len(lyr) + b'LYRICS200'
v1 = b'TAG' + b'Planted-Title'.ljust(30, b'\0') + b'Ivan Petrov-Secret'.ljust(30, b'\0') + b'album'.ljust(30, b'\0') + b'2021' + b'planted comment'.ljust(30, b'\0') + b'\xff'
# An appended ID3v2.4 tag with a footer ("3DI") at the very end, after the other trailers.
frame = b'TPE1' + struct.pack('>I', 20)[0:0] + bytes([0,0,0,20]) + b'\0\0' + b'\x03Ivan Petrov-Secret\0'
def syncsafe(n): return bytes([(n >> 21) & 127, (n >> 14) & 127, (n >> 7) & 127, n & 127])
app = b'ID3\x04\x00\x10' + syncsafe(len(frame)) + frame + b'3DI\x04\x00\x10' + syncsafe(len(frame))
open(sys.argv[2], 'wb').write(data + apetag + lyr3 + v1 + app)
PY

# FLAC with Vorbis comments, a picture and padding, behind an ID3v2 tag.
flac --silent -f -T "ARTIST=Ivan Petrov-Secret" -T "COMMENT=planted comment" -T "DATE=2021-03-04" \
     -T "LOCATION=55.7558 N 37.6173 E" -T "ENCODER=SN-VEIL-123456" -S 1s --padding=512 -o "$T/a.flac" "$T/tone.wav"
printf 'GIF89a\001\000\001\000\000\000\000;Ivan Petrov-Secret' > "$T/pic.gif"
metaflac --import-picture-from="3|image/gif|Ivan Petrov-Secret|1x1x8|$T/pic.gif" "$T/a.flac" 2>/dev/null || true
cp "$T/a.flac" tagged.flac
python3 - tagged.flac id3-tagged.flac <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
frame = b'TPE1' + bytes([0,0,0,20]) + b'\0\0' + b'\x03Ivan Petrov-Secret\0'
n = len(frame)
open(sys.argv[2], 'wb').write(b'ID3\x04\x00\x00' + bytes([0,0,(n>>7)&127,n&127]) + frame + data)
PY

# Ogg Vorbis and Ogg Opus with comments.
oggenc --quiet -q 0 -a "Ivan Petrov-Secret" -t "Planted-Title" -c "COMMENT=planted comment" \
       -c "LOCATION=55.7558 N 37.6173 E" -d 2021-03-04 -o tagged.ogg "$T/tone.wav"
ffmpeg -loglevel error -y -i "$T/tone.wav" -c:a libopus -b:a 8k $M -metadata location=55.7558N37.6173E tagged.opus

# WAV with LIST INFO, bext, iXML, id3 chunks; AIFF with NAME/AUTH/ANNO/(c).
python3 - "$T/tone.wav" tagged.wav tagged.aiff <<'PY'
import sys, struct
data = open(sys.argv[1], 'rb').read()
assert data[:4] == b'RIFF' and data[8:12] == b'WAVE'
p, chunks = 12, []
while p < len(data):
    cid, size = data[p:p+4], struct.unpack('<I', data[p+4:p+8])[0]
    chunks.append((cid, data[p+8:p+8+size])); p += 8 + size + (size & 1)
def riff(cid, body): return cid + struct.pack('<I', len(body)) + body + (b'\0' if len(body) & 1 else b'')
info = b'INFO' + riff(b'IART', b'Ivan Petrov-Secret\0') + riff(b'ICMT', b'planted comment\0') + riff(b'ICRD', b'2021-03-04\0') + riff(b'ISFT', b'SN-VEIL-123456\0')
bext = b'planted comment'.ljust(256, b'\0') + b'Ivan Petrov-Secret'.ljust(32, b'\0') + b'SN-VEIL-123456'.ljust(32, b'\0') + b'2021-03-04' + b'12:34:56' + b'\0' * (602 - 256 - 64 - 18)
ixml = b'<?xml version="1.0"?><BWFXML><NOTE>Ivan Petrov-Secret</NOTE></BWFXML>'
id3 = b'ID3\x03\x00\x00' + bytes([0,0,0,30]) + b'TPE1' + bytes([0,0,0,20]) + b'\0\0' + b'\x00Ivan Petrov-Secret\0' + b'\0' * 0
id3 = id3[:10] + id3[10:].ljust(30, b'\0')
fmt = dict(chunks)[b'fmt ']; pcm = dict(chunks)[b'data']
body = b'WAVE' + riff(b'fmt ', fmt) + riff(b'bext', bext) + riff(b'LIST', info) + riff(b'data', pcm) + riff(b'iXML', ixml) + riff(b'id3 ', id3) + riff(b'_PMX', b'<x:xmpmeta>Ivan Petrov-Secret</x:xmpmeta>!')
open(sys.argv[2], 'wb').write(b'RIFF' + struct.pack('<I', len(body)) + body)
# AIFF from the same PCM (big-endian samples).
channels, rate, bits = struct.unpack('<HI', fmt[2:8])[0], struct.unpack('<I', fmt[4:8])[0], struct.unpack('<H', fmt[14:16])[0]
frames = len(pcm) // 2
be = b''.join(pcm[i+1:i+2] + pcm[i:i+1] for i in range(0, len(pcm), 2))
def ext80(v):
    import math
    e = int(math.floor(math.log2(v))); m = int(v / 2 ** e * 2 ** 63)
    return struct.pack('>HQ', 16383 + e, m)
def iff(cid, b): return cid + struct.pack('>I', len(b)) + b + (b'\0' if len(b) & 1 else b'')
comm = struct.pack('>hIh', 1, frames, 16) + ext80(8000)
anno = b'planted comment'
body = b'AIFF' + iff(b'COMM', comm) + iff(b'NAME', b'Planted-Title') + iff(b'AUTH', b'Ivan Petrov-Secret') + iff(b'(c) ', b'2021 Ivan Petrov-Secret') + iff(b'ANNO', anno) + iff(b'SSND', struct.pack('>II', 0, 0) + be) + iff(b'APPL', b'veilSN-VEIL-123456')
open(sys.argv[3], 'wb').write(b'FORM' + struct.pack('>I', len(body)) + body)
PY

# MP4, MOV and M4A with metadata, GPS and XMP-free udta.
L="-metadata location=+55.7558+037.6173/ -metadata creation_time=2021-03-04T12:34:56Z"
ffmpeg -loglevel error -y -f lavfi -i color=c=blue:s=64x64:r=1:d=1 -f lavfi -i sine=f=440:r=8000:d=1 \
       -c:v libx264 -preset ultrafast -c:a aac -b:a 16k -shortest $M $L -movflags use_metadata_tags tagged.mp4
ffmpeg -loglevel error -y -f lavfi -i color=c=blue:s=64x64:r=1:d=1 -f lavfi -i sine=f=440:r=8000:d=1 \
       -c:v libx264 -preset ultrafast -c:a aac -b:a 16k -shortest $M $L tagged.mov
ffmpeg -loglevel error -y -i "$T/tone.wav" -c:a aac -b:a 16k $M -metadata creation_time=2021-03-04T12:34:56Z tagged.m4a
# XMP in a top-level uuid box (as Adobe tools write it).
cp tagged.mp4 xmp.mp4
exiftool -q -overwrite_original -XMP-dc:Creator="Ivan Petrov-Secret" -XMP-exif:GPSLatitude=55.7558 xmp.mp4
# Fragmented MP4 (moof/traf), as streaming tools write it.
ffmpeg -loglevel error -y -i tagged.mp4 -c copy $M -movflags frag_keyframe+empty_moov+use_metadata_tags fragmented.mp4
rm -rf "$T"
