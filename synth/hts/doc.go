// Package hts is Chorus's statistical parametric vocoder: it speaks with an HTS
// (HMM-based speech synthesis system) voice, read directly from the single-file .htsvoice
// format. The embedded voice is slt, the CMU ARCTIC US English female speaker, from Debian's
// festvox-us-slt-hts (data/slt.htsv: the unmodified voice file behind a header with its
// provenance and licence notice, written by internal/tools/htsconv; Notice returns the notice).
//
// A phrase is rendered in four steps:
//
//  1. Labels. Each phone (and each pause) of the prosody.Phrase gets a full-context label in
//     the HTS English format, written as Festival 2.5 writes it for this voice (label.go lists
//     which features come from our front end and which are approximated). The models'
//     decision trees ask questions of the label, each a list of glob patterns; nearly all are
//     one value between two delimiters ("*-aw+*"), and a label split once into its values
//     answers those by comparing a value, or a question of such patterns by a set of values
//     (answer.go; exactly the globs' answers).
//  2. Durations. The phrase fixes the time line: a vocoder must render exactly
//     Phrase.Samples() samples and word timings come from Phrase.Words. A voice whose prosody
//     says durations "vocoder" (slt, val) was planned on this voice's own duration trees
//     (Voice.PhoneSeconds, a prosody.Timer: each state its rounded mean, hts_engine's and
//     Festival's timing at rate 1), then scaled by the speaking rate. Within each word the
//     phones share the word's samples as the voice's duration model predicts them relative to
//     one another (Params.PhraseDurations keeps the planner's phone durations instead), and
//     each phone's frames (5 ms) are split over its five states by the duration model
//     (d = μ + ρσ², fitted to the phone's length, as hts_engine does for a given total).
//  3. Parameters. Mel-cepstra (order 44) and log F0 come from the state PDFs by maximum
//     likelihood parameter generation with dynamic features (MLPG), then global variance (GV),
//     as hts_engine 1.07 does it. Voicing is decided per state (MSD weight > 0.5). The
//     phrase's pitch controls apply on top of the model's F0: the ratio of the phrase's key
//     (Phrase.KeyHz, or else its contour's starting pitch) to Params.ReferenceHz (the voice's
//     neutral key) shifts log F0,
//     so a request's pitch and a style's pitch offset move the voice while its intonation
//     stays the model's; speaking rate acts through the phrase's durations.
//  4. Waveform. A pulse train (voiced frames) or Gaussian noise (unvoiced) excites the filter
//     exp(Σ c_m z̃^−m) of each frame's mel-cepstrum (α = 0.45), the source-filter model of the
//     MLSA vocoder, computed by overlap-add instead of an MLSA filter: each frame's minimum-phase
//     impulse response comes from its warped cepstrum by FFT (frames on a straight stretch of
//     the trajectory, within 0.25 dB, are interpolated instead), each pulse adds the response
//     interpolated between two frames, and each frame of noise is filtered as a block
//     (wave.go). The exact MLSA filter stays in the tests as the reference the stage is
//     measured against. The voice has no aperiodicity stream, so excitation is pulse or noise,
//     not mixed. Pauses are rendered as the model gives them, as hts_engine does: noise through
//     the pause's envelope, the voice's recorded noise floor about 50 dB under its speech.
//
// Cost: on one core a paragraph renders at about 330–390 times real time on a loaded 2-core
// machine (BenchmarkSynthesizeParagraph's cpu-xRT, `make bench-xrt`); the envelopes' transforms
// and exponentials take over half of it, MLPG and GV a sixth. The voice is parsed on first use
// (2.6 MiB of heap, BenchmarkLoadVoice; a server's resident memory grows by about 7 MB then).
// docs/eval/README.md records the measurements.
//
// The overlap-add and excitation state carries from one phrase to the next, so a Vocoder streams
// phrase by phrase without clicks. Params.Warp (all-pass constant offset) and
// Params.PitchSemitones give speaker variants from the same data.
package hts
