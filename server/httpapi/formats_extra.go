package httpapi

// extraFormats are the formats beyond WAV and PCM. Until this build has their encoders, they
// are known names that answer 400.
func extraFormats() []*format {
	return []*format{
		{name: "mp3", contentType: "audio/mpeg"},
		{name: "opus", contentType: "audio/ogg"},
		{name: "aac", contentType: "audio/aac"},
		{name: "flac", contentType: "audio/flac"},
	}
}
