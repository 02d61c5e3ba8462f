package httpapi

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/chorus-tts/chorus/synth"
)

var screenshot = flag.String("screenshot", "", "write a screenshot of the playground while it speaks to this PNG file (docs/playground.png)")

// browser starts headless Chromium (Debian's chromium, which make test installs) for one test.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Fatal("no Chromium: run make test (or make deps-web), which installs Debian's chromium")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox, // tests may run as root, where Chromium's sandbox cannot start
		chromedp.Flag("autoplay-policy", "no-user-gesture-required"),
		chromedp.WindowSize(1100, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA() })
	// The first run starts the browser, which lives as long as ctx: it takes no deadline.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	ctx, cancelC := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancelC)
	return ctx
}

// poll waits for a JavaScript condition, for at most a minute.
func poll(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(time.Minute))
}

// eval evaluates a JavaScript expression in the page into a T.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

type pageWord struct {
	Text       string
	Start, End float64
}

type pageHighlight struct {
	Index int
	At    float64
}

// The playground loads, speaks while the audio renders, highlights the words in order as their
// time comes, and shows the server's errors.
func TestPlayground(t *testing.T) {
	st := start(t, stackOpts{http: Options{Playground: true}})
	ctx := browser(t)
	text := "The playground speaks this sentence. Then it says another one, with words lit as they are heard."
	if err := chromedp.Do(ctx,
		chromedp.Navigate(st.url+"/"),
		poll(`window.chorus && window.chorus.voicesLoaded === true`),
		chromedp.SetValue(chromedp.ID("voice"), "mia"),
		chromedp.SetValue(chromedp.ID("input"), text),
	); err != nil {
		t.Fatalf("loading the page: %v", err)
	}
	title := eval[string](t, ctx, `document.title`)
	voices := eval[int](t, ctx, `document.querySelectorAll('#voice option').length`)
	voice := eval[string](t, ctx, `document.getElementById('voice').value`)
	if title != "Chorus playground" || voice != "mia" || voices != len(testCatalogVoices(t)) {
		t.Fatalf("title %q, %d voices (want %d), selected %q", title, voices, len(testCatalogVoices(t)), voice)
	}
	// Every control stays inside the page's card, however long a voice's description is.
	if over := eval[string](t, ctx, `(() => { const card = document.querySelector('main').getBoundingClientRect();
		for (const el of document.querySelectorAll('main select, main input, main textarea, main button')) {
			const r = el.getBoundingClientRect();
			if (r.right > card.right + 1) return (el.id || el.tagName) + ' ends at ' + r.right + ', the card at ' + card.right;
		}
		return ''; })()`); over != "" {
		t.Errorf("a control overflows the card: %s", over)
	}

	// Speak: audio must start while rendering goes on, then every word lights in order.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("speak")),
		poll(`chorus.status === 'playing'`),
		poll(`chorus.highlighted.length > 0 && chorus.highlighted.length < chorus.words.length`),
	); err != nil {
		t.Fatalf("speaking: %v (page status %q, error %q)", err, eval[string](t, ctx, `chorus.status`), eval[string](t, ctx, `String(chorus.error)`))
	}
	midway := eval[struct{ Lit, Words int }](t, ctx, `({lit: chorus.highlighted.length, words: chorus.words.length})`)
	if *screenshot != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*screenshot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(ctx, poll(`chorus.status === 'done'`)); err != nil {
		t.Fatalf("waiting for the end: %v (page status %q, error %q)", err, eval[string](t, ctx, `chorus.status`), eval[string](t, ctx, `String(chorus.error)`))
	}
	samples := eval[int](t, ctx, `chorus.samples`)
	words := eval[[]pageWord](t, ctx, `chorus.words`)
	highlighted := eval[[]pageHighlight](t, ctx, `chorus.highlighted`)
	downloadOK := eval[bool](t, ctx, `!document.getElementById('download').hidden && document.getElementById('download').href.startsWith('blob:')`)
	spoken := eval[int](t, ctx, `document.querySelectorAll('#transcript .w.spoken').length`)

	want, _ := testkitRender(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "mia", Text: text}}})
	if samples != want {
		t.Errorf("the page received %d samples; the engine renders %d for the same request", samples, want)
	}
	if got := joinWords(words); got != text {
		t.Errorf("transcript %q, want %q", got, text)
	}
	if len(highlighted) != len(words) || spoken != len(words) {
		t.Fatalf("%d of %d words highlighted (%d marked spoken)", len(highlighted), len(words), spoken)
	}
	for i, h := range highlighted {
		if h.Index != i {
			t.Fatalf("highlight %d was word %d: not in order (%v)", i, h.Index, highlighted)
		}
		if h.At < words[i].Start {
			t.Errorf("word %d (%q) lit at %.3f s, before it is spoken at %.3f s", i, words[i].Text, h.At, words[i].Start)
		}
	}
	if midway.Lit == 0 || midway.Lit >= midway.Words {
		t.Errorf("midway %d of %d words lit: the highlight did not progress with the audio", midway.Lit, midway.Words)
	}
	if !downloadOK {
		t.Error("no download link after speaking")
	}

	// Errors show in the page: an empty input, then a script whose header names no voice.
	for _, tc := range []struct{ mode, input, want string }{
		{"text", "", "input is empty"},
		{"script", "---\nvoices: Host=nobody\n---\nHost: Hello.", "nobody"},
		{"ssml", "<speak>\n<blink>Hello.</blink></speak>", "line 2, column 1: unknown element <blink>"},
	} {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[name=mode][value=`+tc.mode+`]`))); err != nil {
			t.Fatal(err)
		}
		js, err := json.Marshal(tc.input)
		if err != nil {
			t.Fatal(err)
		}
		eval[bool](t, ctx, `(document.getElementById('input').value = `+string(js)+`, true)`)
		if err := chromedp.Do(ctx,
			chromedp.Click(chromedp.ID("speak")),
			poll(`chorus.status === 'error'`),
		); err != nil {
			t.Fatalf("%s %q: %v", tc.mode, tc.input, err)
		}
		shown, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("error"), chromedp.NodeVisible))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(shown, tc.want) {
			t.Errorf("%s %q: the page shows %q; want it to say %q", tc.mode, tc.input, shown, tc.want)
		}
	}

	// SSML mode sends the document as SSML: the page receives the engine's rendering of it.
	doc := `<speak>Hello <break time="300ms"/> <prosody rate="slow">there</prosody>.</speak>`
	js, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `(document.querySelector('input[name=mode][value=ssml]').click(), document.getElementById('input').value = `+string(js)+`, true)`)
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("voice"), "mia"), chromedp.Click(chromedp.ID("speak")), poll(`chorus.status === 'done'`)); err != nil {
		t.Fatalf("ssml: %v (page status %q, error %q)", err, eval[string](t, ctx, `chorus.status`), eval[string](t, ctx, `String(chorus.error)`))
	}
	want, _ = testkitRender(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "mia", SSML: true, Text: doc}}})
	if got := eval[int](t, ctx, `chorus.samples`); got != want {
		t.Errorf("ssml: the page received %d samples; the engine renders %d for the document", got, want)
	}
}

// The page and its files are embedded: nothing is fetched from elsewhere.
func TestPlaygroundIsSelfContained(t *testing.T) {
	for _, name := range []string{"static/index.html", "static/app.js", "static/style.css"} {
		b, err := staticFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"http://", "https://", "//cdn", "import("} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s refers to %q: the page must load nothing from outside the server", name, bad)
			}
		}
	}
}

func joinWords(ws []pageWord) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
	}
	return strings.Join(parts, " ")
}
