# Chorus — build, test and demo. `make demo` and `make test` install what they need.
SHELL := /bin/bash
GO    ?= go
BIN   := bin
# Debian packages the build needs: a C compiler and ALSA headers (oto playback uses cgo), and
# the codec libraries package encode uses through cgo (FLAC, Ogg Opus, MP3).
DEB_BUILD := gcc libc6-dev pkg-config libasound2-dev libflac-dev libopus-dev libopusenc-dev libmp3lame-dev
# What the tests need beyond the build: Festival's kal and ked diphone databases, which the
# diphone and kalconv tests read to check the embedded voices against their sources
# (KAL_GROUP, KED_GROUP).
DEB_TEST  := festvox-kallpc16k festvox-kdlpc16k
# FFmpeg decodes every format package encode writes, in its tests.
DEB_TEST  += ffmpeg
# cmd/chorusd's tests build and run the container image (podman, with runc) and check the
# systemd unit (systemd-analyze, in package systemd).
DEB_TEST  += podman runc systemd
# Praat measures sentence-final pitch on the audio of every voice (synth TestSentenceFinalPitch).
DEB_TEST  += praat
# festmodel's tests convert slt's duration model from festvox-us-slt-hts.
DEB_TEST  += festvox-us-slt-hts
KAL_GROUP ?= /usr/share/festival/voices/english/kal_diphone/group/kallpc16k.group
KED_GROUP ?= /usr/share/festival/voices/english/ked_diphone/group/kedlpc16k.group
# Only for regenerating data or protobuf code (not needed to build or test).
DEB_PROTO := protobuf-compiler
DEB_DATA  := festlex-cmu festvox-kallpc16k festvox-kdlpc16k
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_ADDR ?= 127.0.0.1:50057

.PHONY: all build test vet fmt-check deps deps-go deps-deb deps-test deps-web proto demo bench bench-xrt bench-episode bench-cli fuzz lexicon lts kal ked clean eval-dev data-deps

all: build

# deps-deb installs missing Debian packages (apt-get update only when something is missing).
DEB_WANT ?= $(DEB_BUILD)
deps-deb:
	@missing=""; for p in $(DEB_WANT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

deps-test:
	@$(MAKE) --no-print-directory deps-deb DEB_WANT="$(DEB_BUILD) $(DEB_TEST)"

# The HTTP API's tests drive chorusd with the official openai npm package (run by Debian's nodejs)
# and the web playground with headless Chromium (Debian's chromium, through chromedp): deps-web
# installs them, the package into .dev/node (the tests look there, or at CHORUS_OPENAI_MODULE).
OPENAI_NPM := 6.30.1
deps-web:
	@$(MAKE) --no-print-directory deps-deb DEB_WANT=chromium
	@command -v node >/dev/null && command -v npm >/dev/null || $(MAKE) --no-print-directory deps-deb DEB_WANT="nodejs npm"
	@v=$$(node -p 'require("./.dev/node/node_modules/openai/package.json").version' 2>/dev/null); \
	if [ "$$v" != "$(OPENAI_NPM)" ]; then \
	  mkdir -p .dev/node && npm install --prefix .dev/node --no-audit --no-fund --loglevel=error openai@$(OPENAI_NPM); \
	fi

deps-go:
	$(GO) mod download

deps: deps-deb deps-go

build: deps
	@mkdir -p $(BIN)
	$(GO) build -buildvcs=auto -o $(BIN)/chorusd ./cmd/chorusd
	$(GO) build -buildvcs=auto -o $(BIN)/chorus ./cmd/chorus

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet: deps
	$(GO) vet ./...

# The whole suite with the race detector. Every precondition is provided here, so noskip fails
# the run on any skipped test as well as on a failure.
test: deps deps-test deps-web fmt-check vet
	@set -o pipefail; KAL_GROUP=$(KAL_GROUP) KED_GROUP=$(KED_GROUP) $(GO) test -race -json -timeout 20m ./... | $(GO) run ./internal/tools/noskip

# Benchmarks: engine speed as a multiple of real time (xRT), front-end throughput, memory.
# bench-episode renders a 60-minute two-speaker script and reports xRT and peak RSS.
bench: deps
	$(GO) test -short -run '^$$' -bench . -benchmem -benchtime 2x ./synth/... ./client/...

# bench-xrt: the one-core speed targets (formant vocoder and whole engine, xRT; slt's paragraph,
# cpu-xRT, issue 16's 300×), and the engine on every core.
bench-xrt: deps
	$(GO) test -run '^$$' -bench 'BenchmarkRender$$' -benchtime 100x -cpu 1 ./synth/formant ./synth/diphone
	$(GO) test -run '^$$' -bench 'BenchmarkSynthesizeParagraph/slt$$' -benchtime 10x -cpu 1 ./synth
	$(GO) test -run '^$$' -bench 'BenchmarkSynthesize$$' -benchtime 40x -cpu 1,$$(nproc) ./synth

bench-episode: deps
	$(GO) test -run '^$$' -bench Render60Min -benchtime 1x -timeout 60m ./client/podcast

# bench-cli: the 60-minute three-speaker episode through the CLI, beside `chorus say` on the same
# words: wall time and peak RSS of each (GNU time, Debian's time package).
bench-cli: build
	@$(MAKE) --no-print-directory deps-deb DEB_WANT=time
	@d=$$(mktemp -d); trap 'rm -rf $$d' EXIT; \
	sed -n 's/^\(Host\|Guest\|Third\): //p' client/podcast/testdata/episode-60min.txt > $$d/words.txt; \
	/usr/bin/time -f 'say:    %e s wall, %U s user, %M KB peak RSS' $(BIN)/chorus say -o $$d/say.wav < $$d/words.txt; \
	/usr/bin/time -f 'render: %e s wall, %U s user, %M KB peak RSS' $(BIN)/chorus render client/podcast/testdata/episode-60min.txt -o $$d/ep.wav --captions $$d/ep.vtt

# A short fuzzing pass over every parser (FUZZTIME per target).
FUZZTIME ?= 10s
fuzz: deps
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

proto:
	@dpkg -s $(DEB_PROTO) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(DEB_PROTO); }
	protoc --plugin=protoc-gen-go=$$($(GO) tool -n protoc-gen-go) \
	  --plugin=protoc-gen-go-grpc=$$($(GO) tool -n protoc-gen-go-grpc) \
	  --go_out=. --go_opt=paths=source_relative \
	  --go-grpc_out=. --go-grpc_opt=paths=source_relative \
	  proto/chorus/v1/chorus.proto

# Data generation from Debian packages (the results are committed; run only to rebuild them).
data-deps:
	@missing=""; for p in $(DEB_DATA); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi

lexicon: data-deps
	$(GO) run ./internal/tools/lexgen -in /usr/share/festival/dicts/cmu/cmudict-0.4.out -out synth/g2p/data/cmudict.bin

lts: data-deps
	$(GO) run ./internal/tools/ltstrain -lexicon /usr/share/festival/dicts/cmu/cmudict-0.4.out -out synth/g2p/lts/data/model.bin

# The diphone voices: make kal, make ked (synth/diphone/data/VOICE.bin).
kal ked: data-deps
	$(GO) run ./internal/tools/kalconv -voice $@

# Festival's prosody models (synth/prosody/model/data/festival.bin, its notice and
# LICENSES/festival.txt), converted from the Scheme data of these Debian packages.
.PHONY: prosody-models
prosody-models:
	@$(MAKE) --no-print-directory data-deps DEB_DATA="festival festlex-poslex festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts"
	$(GO) run ./internal/tools/festmodel

# The HTS voice slt (synth/hts/data/slt.htsv): Debian's festvox-us-slt-hts voice file, checked
# and wrapped with its licence notice.
.PHONY: hts
hts:
	@$(MAKE) --no-print-directory data-deps DEB_DATA=festvox-us-slt-hts
	$(GO) run ./internal/tools/htsconv

# The two-command demo: build, start chorusd on loopback, render a two-speaker script over gRPC.
demo: build
	@mkdir -p out
	@set -e; \
	$(BIN)/chorusd --listen $(DEMO_ADDR) & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; wait $$pid 2>/dev/null' EXIT; \
	for i in $$(seq 1 50); do $(BIN)/chorus voices --server $(DEMO_ADDR) >/dev/null 2>&1 && break; sleep 0.1; done; \
	$(BIN)/chorus render --server $(DEMO_ADDR) examples/demo.txt -o out/demo.wav; \
	echo "wrote out/demo.wav"

# Intelligibility of the default voice on the dev sentences (needs ../shared/eval).
eval-dev: build
	../shared/eval/intelligibility --tts '$(CURDIR)/$(BIN)/chorus say -o "$$OUT"'

clean:
	rm -rf $(BIN) out

# The container image chorusd:latest: chorusd with its codecs (FLAC, Opus, MP3) and the shared
# libraries it loads, in an otherwise empty image (Containerfile, deploy/image-root.sh), built
# with podman or, without it, docker. Its size is printed.
CONTAINER ?= $(shell command -v podman >/dev/null 2>&1 && echo podman || echo docker)
.PHONY: image
image: deps
	@rm -rf $(BIN)/image && mkdir -p $(BIN)/image
	CGO_ENABLED=1 $(GO) build -trimpath -buildvcs=auto -tags netgo,osusergo -ldflags='-s -w' -o $(BIN)/image/chorusd ./cmd/chorusd
	sh deploy/image-root.sh $(BIN)/image
	$(CONTAINER) build $(if $(filter podman,$(CONTAINER)),--format docker) -t chorusd:latest .
	@$(CONTAINER) image inspect chorusd:latest --format 'chorusd:latest: {{.Size}} bytes'
