package server

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the server's Prometheus metrics, named chorus_*. They are registered on the
// registry given to NewMetrics, never on a global one.
type Metrics struct {
	requests     *prometheus.CounterVec   // method, code
	duration     *prometheus.HistogramVec // method
	inFlight     *prometheus.GaugeVec     // method
	running      prometheus.Gauge
	queued       prometheus.Gauge
	queueWait    prometheus.Histogram
	audioSeconds prometheus.Counter
	speed        prometheus.Histogram
	firstChunk   prometheus.Histogram
	voices       *prometheus.CounterVec // voice
	rejections   *prometheus.CounterVec // reason
	connections  prometheus.Gauge
}

// NewMetrics makes the server's metrics and registers them on reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_requests_total", Help: "Requests finished, by method and status code.",
		}, []string{"method", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "chorus_request_duration_seconds", Help: "Time from a request's arrival to its last byte, by method.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 10), // 1 ms to about 4.4 min
		}, []string{"method"}),
		inFlight: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "chorus_requests_in_flight", Help: "Requests between arrival and their last byte, by method.",
		}, []string{"method"}),
		running: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "chorus_slots_in_use", Help: "Synthesis slots in use (Synthesize and AnalyzeText calls doing their work).",
		}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "chorus_requests_queued", Help: "Requests waiting for a synthesis slot.",
		}),
		queueWait: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "chorus_queue_wait_seconds", Help: "How long admitted requests waited for a slot.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 9),
		}),
		audioSeconds: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "chorus_audio_seconds_total", Help: "Seconds of audio produced.",
		}),
		speed: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "chorus_synthesis_speed_ratio", Help: "Seconds of audio produced per second of synthesis (× real time), per request.",
			Buckets: []float64{0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000},
		}),
		firstChunk: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "chorus_first_chunk_latency_seconds", Help: "Time from a Synthesize request's arrival to its first audio chunk.",
			Buckets: prometheus.ExponentialBuckets(0.002, 2, 14), // 2 ms to about 16 s
		}),
		voices: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_voice_requests_total", Help: "Synthesize requests admitted, by voice (a script counts once for each voice it uses).",
		}, []string{"voice"}),
		rejections: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "chorus_rejections_total", Help: "Requests refused or cut short, by reason.",
		}, []string{"reason"}),
		connections: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "chorus_connections_open", Help: "Client connections open (handshake done).",
		}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.inFlight, m.running, m.queued, m.queueWait,
		m.audioSeconds, m.speed, m.firstChunk, m.voices, m.rejections, m.connections} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Rejected counts a rejection for a reason the server package does not see itself (for
// example a connection over the limit, refused by the listener).
func (m *Metrics) Rejected(reason string) {
	if m != nil {
		m.rejections.WithLabelValues(reason).Inc()
	}
}
