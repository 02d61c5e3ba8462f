//go:build cgo

package encode

// codecsBuilt: this build has the codec libraries (FLAC, Opus, MP3).
const codecsBuilt = true
