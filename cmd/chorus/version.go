package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// readBuildInfo returns the binary's build information, or nil when it has none.
func readBuildInfo() *debug.BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return bi
}

// versionString describes the build for --version: the module version ("(devel)" for a build
// from a checkout), the VCS revision and commit time with "modified" for uncommitted changes
// (present when the build stamped them: go build does in a git checkout unless -buildvcs=false),
// the Go version and the platform.
func versionString(bi *debug.BuildInfo) string {
	version, goVersion := "(unknown)", runtime.Version()
	settings := map[string]string{}
	if bi != nil {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
		for _, s := range bi.Settings {
			settings[s.Key] = s.Value
		}
	}
	platform := runtime.GOOS + "/" + runtime.GOARCH
	if os, arch := settings["GOOS"], settings["GOARCH"]; os != "" && arch != "" {
		platform = os + "/" + arch
	}
	var vcs []string
	if rev := settings["vcs.revision"]; rev != "" {
		vcs = append(vcs, "revision "+rev)
		if t := settings["vcs.time"]; t != "" {
			vcs = append(vcs, "committed "+t)
		}
		if settings["vcs.modified"] == "true" {
			vcs = append(vcs, "modified")
		}
	} else {
		vcs = append(vcs, "revision unknown (built without VCS stamping)")
	}
	return fmt.Sprintf("%s %s; %s %s", version, strings.Join(vcs, ", "), goVersion, platform)
}
