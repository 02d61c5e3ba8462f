package server

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"google.golang.org/grpc/codes"
)

// admission bounds the work running at once. Work takes one of a fixed number of slots; while
// none is free, up to maxQueue requests wait for one, each at most maxWait, in arrival order;
// beyond that a request is refused at once with retry advice. Each client (a token's name, or a
// peer address without tokens) may have at most perClient requests running or waiting, and may
// start at most rate requests a second (burst at once).
type admission struct {
	slots     int
	maxQueue  int
	maxWait   time.Duration
	perClient int     // 0: no limit beyond the slots
	rate      float64 // requests per second per client; 0: no limit
	burst     float64
	metrics   *Metrics
	// onSaturated is told when the server starts or stops refusing new work (see saturated).
	onSaturated func(saturated bool)

	mu        sync.Mutex
	running   int
	queue     []*waiter
	clients   map[string]*client
	stuck     bool // a request timed out in the queue and no slot has been released since
	saturated bool
	hold      float64 // moving average of how long a slot is held, in seconds
}

type waiter struct {
	ready   chan struct{} // closed when the slot is handed over
	granted bool
}

type client struct {
	active int // running or queued
	tokens float64
	last   time.Time
}

func newAdmission(o *Options, m *Metrics, onSaturated func(bool)) *admission {
	a := &admission{
		slots: o.MaxConcurrent, maxQueue: max(o.MaxQueue, 0), maxWait: o.QueueWait,
		perClient: o.TokenConcurrency, rate: o.TokenRate, burst: float64(o.TokenBurst),
		metrics: m, onSaturated: onSaturated, clients: map[string]*client{},
		hold: 1,
	}
	if a.rate > 0 && a.burst < 1 {
		a.burst = math.Max(1, math.Ceil(a.rate))
	}
	return a
}

// allow charges one request to key's rate quota.
func (a *admission) allow(key, who string, now time.Time) error {
	if a.rate <= 0 {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.clients) > maxClients {
		a.sweepLocked(now)
	}
	c := a.client(key, now)
	c.refill(a.rate, a.burst, now)
	if c.tokens >= 1 {
		c.tokens--
		return nil
	}
	wait := time.Duration((1 - c.tokens) / a.rate * float64(time.Second))
	return &refusal{code: codes.ResourceExhausted, reason: reasonRateLimited, retry: wait,
		msg: fmt.Sprintf("rate limit: %s may start %g requests a second (bursts of %g; the server's --token-rate and --token-burst); retry in %v",
			who, a.rate, a.burst, wait.Round(time.Millisecond))}
}

func (c *client) refill(rate, burst float64, now time.Time) {
	if !c.last.IsZero() {
		c.tokens = math.Min(burst, c.tokens+now.Sub(c.last).Seconds()*rate)
	}
	c.last = now
}

// client returns key's state, making it (with a full bucket) if new.
func (a *admission) client(key string, now time.Time) *client {
	c, ok := a.clients[key]
	if !ok {
		c = &client{tokens: a.burst, last: now}
		a.clients[key] = c
	}
	return c
}

// maxClients is how many clients' states admission keeps before it drops those that hold
// nothing.
const maxClients = 4096

func (a *admission) sweepLocked(now time.Time) {
	for k, c := range a.clients {
		a.forget(k, c, now)
	}
}

// forget drops key's state once it holds nothing: no request and a full bucket.
func (a *admission) forget(key string, c *client, now time.Time) {
	if c.active > 0 {
		return
	}
	if a.rate > 0 {
		c.refill(a.rate, a.burst, now)
		if c.tokens < a.burst {
			return
		}
	}
	delete(a.clients, key)
}

// acquire takes a slot for key, waiting in the queue if need be. It returns how long it waited
// and the function that gives the slot back (once).
func (a *admission) acquire(ctx context.Context, key, who string) (release func(), waited time.Duration, err error) {
	start := time.Now()
	a.mu.Lock()
	c := a.client(key, start)
	if a.perClient > 0 && c.active >= a.perClient {
		a.forget(key, c, start)
		a.mu.Unlock()
		return nil, 0, &refusal{code: codes.ResourceExhausted, reason: reasonTokenConcurrency, retry: a.retryLocked(),
			msg: fmt.Sprintf("concurrency limit: %s already has %d requests running or queued, the most the server allows (--token-concurrency); wait for one to finish", who, c.active)}
	}
	if a.running < a.slots && len(a.queue) == 0 {
		a.running++
		c.active++
		a.updateLocked()
		a.mu.Unlock()
		return a.releaser(key, c, start), 0, nil
	}
	if len(a.queue) >= a.maxQueue {
		retry := a.retryLocked()
		a.forget(key, c, start)
		a.mu.Unlock()
		return nil, 0, &refusal{code: codes.ResourceExhausted, reason: reasonQueueFull, retry: retry,
			msg: fmt.Sprintf("server busy: all %d synthesis slots are in use and %d requests are waiting, the most it queues (--max-queue); retry in %v",
				a.slots, a.maxQueue, retry)}
	}
	w := &waiter{ready: make(chan struct{})}
	a.queue = append(a.queue, w)
	c.active++
	a.updateLocked()
	a.mu.Unlock()

	timer := time.NewTimer(a.maxWait)
	defer timer.Stop()
	var timedOut bool
	select {
	case <-w.ready:
	case <-timer.C:
		timedOut = true
	case <-ctx.Done():
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if w.granted { // the slot came, possibly as the wait ended: take it
		return a.releaser(key, c, time.Now()), time.Since(start), nil
	}
	for i, q := range a.queue {
		if q == w {
			a.queue = append(a.queue[:i], a.queue[i+1:]...)
			break
		}
	}
	c.active--
	a.forget(key, c, time.Now())
	if !timedOut {
		a.updateLocked()
		return nil, time.Since(start), context.Cause(ctx)
	}
	a.stuck = true
	a.updateLocked()
	retry := a.retryLocked()
	return nil, time.Since(start), &refusal{code: codes.ResourceExhausted, reason: reasonQueueTimeout, retry: retry,
		msg: fmt.Sprintf("server busy: no synthesis slot came free within %v (--queue-wait; %d slots); retry in %v", a.maxWait, a.slots, retry)}
}

// releaser returns the function that gives back a slot taken at start.
func (a *admission) releaser(key string, c *client, start time.Time) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			now := time.Now()
			a.mu.Lock()
			defer a.mu.Unlock()
			// Exponential moving average over about the last 16 holds.
			a.hold += (now.Sub(start).Seconds() - a.hold) / 16
			c.active--
			a.forget(key, c, now)
			a.stuck = false
			if len(a.queue) > 0 {
				w := a.queue[0]
				a.queue = a.queue[1:]
				w.granted = true
				close(w.ready)
			} else {
				a.running--
			}
			a.updateLocked()
		})
	}
}

// retryLocked estimates when a slot may come free for one more request: the requests ahead of
// it times the average hold of a slot, over the slots; between 1 s and 1 min.
func (a *admission) retryLocked() time.Duration {
	est := time.Duration(a.hold * float64(len(a.queue)+1) / float64(a.slots) * float64(time.Second))
	return min(max(est, time.Second), time.Minute).Round(time.Second)
}

// updateLocked refreshes the gauges and the saturation state. The server is saturated when a
// new request would be refused at once (every slot busy and the queue full) or when requests
// have been timing out in the queue with no slot released since: then nothing new can be served.
func (a *admission) updateLocked() {
	if a.metrics != nil {
		a.metrics.running.Set(float64(a.running))
		a.metrics.queued.Set(float64(len(a.queue)))
	}
	sat := (a.running >= a.slots && len(a.queue) >= a.maxQueue) || a.stuck
	if sat != a.saturated {
		a.saturated = sat
		if a.onSaturated != nil {
			a.onSaturated(sat)
		}
	}
}
