package main

import (
	"net"
	"sync"
)

// limitListener keeps at most max connections open: one arriving beyond that is closed at once
// (refused is called), so that the others keep working and nothing queues in the kernel as it
// would if Accept stopped.
type limitListener struct {
	net.Listener
	max     int
	refused func()

	mu   sync.Mutex
	open int
}

func newLimitListener(l net.Listener, max int, refused func()) *limitListener {
	return &limitListener{Listener: l, max: max, refused: refused}
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		l.mu.Lock()
		if l.open >= l.max {
			l.mu.Unlock()
			c.Close()
			l.refused()
			continue
		}
		l.open++
		l.mu.Unlock()
		return &countedConn{Conn: c, l: l}, nil
	}
}

// countedConn gives its place back once, when closed.
type countedConn struct {
	net.Conn
	l    *limitListener
	once sync.Once
}

func (c *countedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.l.mu.Lock()
		c.l.open--
		c.l.mu.Unlock()
	})
	return err
}
