//go:build !race

package hts_test

const raceBuild = false
