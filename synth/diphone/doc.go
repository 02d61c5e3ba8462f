// Package diphone is Chorus's concatenative diphone vocoder: residual-excited LPC with
// pitch-synchronous overlap-add over Festival's diphone databases, embedded in the binary.
//
// Two databases are embedded: kal (the default) and ked, converted by the Chorus project from
// Debian's festvox-kallpc16k 2.4-1 (Alan W Black and Kevin Lenzo, 1998) and festvox-kdlpc16k
// 1.4.0-6.1 (CSTR, University of Edinburgh, 1997) with internal/tools/kalconv; Params.Voice
// picks one, each is decoded on its first use, and Notice returns their licences. Each
// database names its diphones its own way (Festival's per-voice rules: ked's syllable-initial
// "$" stops, dark "ll", "aor", er left through r); the package keeps one naming per database.
//
// Synthesis follows the phrase's segment durations and F0 contour. Each phone is the right half
// of one diphone and the left half of the next; target pitchmarks come from the F0 contour in
// voiced phones and keep the recorded spacing in unvoiced ones; every target pitchmark takes the
// residual of the nearest source frame (by proportional time within the phone), windowed by an
// asymmetric Hann window two pitch periods wide, and a lattice filter whose reflection
// coefficients are interpolated between pitchmarks turns the excitation into speech. At
// diphone joins the reflection coefficients (and, inside sonorants, the level) are blended over
// a few frames on each side.
package diphone
