//go:build !race

package hts

const raceBuild = false
