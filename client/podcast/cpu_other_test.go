//go:build !unix

package podcast

import "time"

// cpuTime is unavailable here; the benchmark reports wall-clock speed only.
func cpuTime() time.Duration { return 0 }
