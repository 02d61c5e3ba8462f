package text

// The exact-match shares the held-out set 3 tests hold at least: the first measurement, before
// any reader was changed for it (a regression guard until the readers reach the aim).
const (
	held3DevFloor    = 0.90 // 109/121
	held3UnseenFloor = 0.93 // 112/120
)
