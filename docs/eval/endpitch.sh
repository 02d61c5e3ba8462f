#!/bin/sh
# endpitch.sh CHORUS STATEMENTS QUESTIONS VOICE...: issue 15's pitch bound measured on the
# audio, for each voice: every line of STATEMENTS and of QUESTIONS is spoken by CHORUS (the
# chorus binary) and measured with synth/testdata/endpitch.praat (the median F0 of the last
# 100 ms of voicing over the utterance's median), and the lines on the wrong side of the bound
# (a statement above 0.92, a question below 1.08) are counted and listed. Needs praat.
set -eu
[ $# -ge 4 ] || { echo "usage: $0 CHORUS STATEMENTS QUESTIONS VOICE..." >&2; exit 2; }
chorus=$1 statements=$2 questions=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
script=$here/../../synth/testdata/endpitch.praat
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Read each list once (it may be a pipe), then speak it for every voice.
cat "$statements" >"$work/statements"
cat "$questions" >"$work/questions"
for voice in "$@"; do
	mkdir -p "$work/$voice"
	for kind in s q; do
		file=$work/statements
		[ $kind = q ] && file=$work/questions
		i=0
		while IFS= read -r line; do
			[ -n "$line" ] || continue
			i=$((i + 1))
			printf '%s\n' "$line" | "$chorus" say --voice "$voice" -o "$work/$voice/$kind$(printf %04d $i).wav" 2>/dev/null
			printf '%s\n' "$line" >"$work/$voice/$kind$(printf %04d $i).txt"
		done <"$file"
	done
	praat --run "$script" "$work/$voice" | sort | while read -r name ratio frames; do
		base=${name%.wav}
		case $base in
		s*) awk -v r="$ratio" 'BEGIN { exit !(r > 0.92) }' && echo "$voice statement $ratio: $(cat "$work/$voice/$base.txt")" ;;
		q*) awk -v r="$ratio" 'BEGIN { exit !(r < 1.08) }' && echo "$voice question $ratio: $(cat "$work/$voice/$base.txt")" ;;
		esac
		echo "$base" >>"$work/$voice.done"
	done
	ns=$(grep -c '^s' "$work/$voice.done" || true)
	nq=$(grep -c '^q' "$work/$voice.done" || true)
	echo "$voice: measured $ns statements and $nq questions"
done
