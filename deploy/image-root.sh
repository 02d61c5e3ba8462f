#!/bin/sh
# image-root.sh DIR: makes DIR, which holds the chorusd binary (built with cgo for its codecs),
# the root file system of the container image. Every shared library chorusd loads, and the
# dynamic loader, are copied from this machine under the paths chorusd looks for them, so the
# image needs no base image and no package manager; the libraries are the ones the binary was
# linked against. On Debian and its derivatives the copyright file of each library's package
# goes in too (usr/share/doc/PACKAGE/copyright), since the image redistributes them.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1
bin=$dir/chorusd
[ -x "$bin" ] || { echo "$0: no executable $bin" >&2; exit 1; }
deps=$(ldd "$bin")
if printf '%s\n' "$deps" | grep -q 'not found'; then
	printf '%s\n' "$deps" >&2
	echo "$0: chorusd needs libraries this machine lacks" >&2
	exit 1
fi
# ldd prints "name => /path (address)" for a library and "/path (address)" for the loader.
printf '%s\n' "$deps" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | sort -u |
	while read -r lib; do
		mkdir -p "$dir$(dirname "$lib")"
		cp -L "$lib" "$dir$lib"
		command -v dpkg >/dev/null 2>&1 || continue
		# dpkg may know the file under /usr (merged /usr) or under its resolved name.
		pkg=$( (dpkg -S "$lib" || dpkg -S "/usr$lib" || dpkg -S "$(readlink -f "$lib")") 2>/dev/null | head -n 1 | cut -d: -f1)
		if [ -n "$pkg" ] && [ -f "/usr/share/doc/$pkg/copyright" ]; then
			mkdir -p "$dir/usr/share/doc/$pkg"
			cp "/usr/share/doc/$pkg/copyright" "$dir/usr/share/doc/$pkg/copyright"
		else
			echo "$0: warning: no copyright file found for $lib" >&2
		fi
	done
