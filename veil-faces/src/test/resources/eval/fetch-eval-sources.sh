#!/bin/sh
# Fetches the openly licensed source photos of the shipped face evaluation set from Debian (bookworm) packages
# into one flat folder, for EvalSetGenerator. Needs apt-get (download only, nothing is installed) and dpkg-deb.
#   python3-skimage 0.19.3-8        skimage/data/*.png, rocket.jpg   (licences in skimage/data/_fetchers.py)
#   python-matplotlib-data 3.6.3-1  mpl-data/sample_data/grace_hopper.jpg
set -eu
out=${1:-/tmp/veil-eval-sources}
work=$(mktemp -d)
mkdir -p "$out"
cd "$work"
apt-get download python3-skimage python-matplotlib-data
dpkg-deb -x python3-skimage_*.deb sk
dpkg-deb -x python-matplotlib-data_*.deb mpl
data=sk/usr/lib/python3/dist-packages/skimage/data
for f in astronaut.png camera.png coffee.png chelsea.png rocket.jpg brick.png grass.png gravel.png; do
    cp "$data/$f" "$out/"
done
cp mpl/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg "$out/"
rm -rf "$work"
echo "sources in $out"
