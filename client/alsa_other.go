//go:build !linux || android || !cgo

package client

func quietALSA() {}
