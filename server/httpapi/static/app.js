// The Chorus playground: POST /v1/audio/speech with stream_format "sse" and word_timings, the
// 16-bit PCM deltas played through Web Audio as they arrive, words highlighted by the audio
// clock, the same samples offered as a WAV download. No dependencies, no network beyond this
// server.
'use strict';

const RATE = 24000; // the API's default sample rate, which the page asks for
const $ = (id) => document.getElementById(id);

// window.chorus is the page's state, for tests and the curious: words as they arrived, the
// order they were highlighted in, the samples received, and what the page is doing.
const state = window.chorus = { status: 'idle', words: [], highlighted: [], samples: 0, error: null, firstAudioMs: null };

let audioCtx = null;
let run = null; // the current rendering: {abort, sources, t0, chunks, words, spans}

function setStatus(s, text) {
  state.status = s;
  $('status').textContent = text || '';
  $('speak').disabled = s === 'loading' || s === 'playing';
  $('stop').disabled = !(s === 'loading' || s === 'playing');
}

function showError(msg) {
  state.error = msg;
  const e = $('error');
  e.textContent = msg;
  e.hidden = !msg;
}

function headers() {
  const h = { 'Content-Type': 'application/json' };
  const key = $('key').value.trim();
  if (key) h.Authorization = 'Bearer ' + key;
  return h;
}

// apiError reads an error response: OpenAI's {"error": {"message": ...}} or plain text.
async function apiError(res) {
  const text = await res.text();
  try {
    const body = JSON.parse(text);
    if (body && body.error && body.error.message) return body.error.message;
  } catch (_) { /* not JSON */ }
  return `HTTP ${res.status}${text ? ': ' + text.slice(0, 300) : ''}`;
}

async function loadVoices() {
  try {
    const res = await fetch('/v1/voices', { headers: headers() });
    if (!res.ok) {
      showError('Could not list the voices: ' + await apiError(res));
      return;
    }
    const cat = await res.json();
    const voice = $('voice'), style = $('style');
    voice.replaceChildren();
    for (const v of cat.voices) {
      const o = new Option(`${v.name} — ${v.description || v.language}`, v.name);
      o.selected = v.name === cat.default_voice;
      voice.add(o);
    }
    style.replaceChildren(new Option('neutral', ''));
    for (const s of cat.styles) if (s.name !== 'neutral') style.add(new Option(s.name, s.name));
    showError('');
    state.voicesLoaded = true;
  } catch (e) {
    showError('Could not reach the server: ' + e.message);
  }
}

function mode() { return document.querySelector('input[name=mode]:checked').value; }

function request() {
  const body = {
    model: 'chorus', input: $('input').value, response_format: 'pcm', stream_format: 'sse',
    word_timings: true, speed: Number($('rate').value), pitch: Number($('pitch').value),
  };
  if ($('style').value) body.instructions = $('style').value;
  if (mode() === 'script') body.input_format = 'script';
  else body.voice = $('voice').value;
  if (mode() === 'ssml') body.input_format = 'ssml';
  return body;
}

// pcmToFloat converts little-endian 16-bit samples to [-1, 1].
function pcmToFloat(bytes) {
  const n = bytes.length >> 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, n * 2);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getInt16(2 * i, true) / 32767;
  return out;
}

function base64Bytes(s) {
  const bin = atob(s);
  const b = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) b[i] = bin.charCodeAt(i);
  return b;
}

function addWord(r, ev) {
  const t = $('transcript');
  const speaker = ev.speaker || '';
  if (mode() === 'script' && speaker !== r.lastSpeaker) {
    const s = document.createElement('span');
    s.className = 'speaker';
    s.textContent = speaker;
    t.append(s);
    r.lastSpeaker = speaker;
  } else if (r.spans.length) {
    t.append(' ');
  }
  const span = document.createElement('span');
  span.className = 'w';
  span.textContent = ev.text || ev.word;
  span.dataset.index = String(r.words.length);
  t.append(span);
  r.words.push({ start: ev.start, end: ev.end, text: ev.text || ev.word, speaker });
  r.spans.push(span);
  state.words.push({ text: ev.text || ev.word, start: ev.start, end: ev.end, speaker });
}

// schedule plays a block of samples right after the previous one.
function schedule(r, samples) {
  if (!samples.length) return;
  const buf = audioCtx.createBuffer(1, samples.length, RATE);
  buf.copyToChannel(samples, 0);
  const src = audioCtx.createBufferSource();
  src.buffer = buf;
  src.connect(audioCtx.destination);
  if (r.t0 === null) {
    r.t0 = audioCtx.currentTime + 0.05;
    r.next = r.t0;
    state.firstAudioMs = Math.round(performance.now() - r.began);
    setStatus('playing', 'Playing while the rest renders…');
    requestAnimationFrame(() => highlight(r));
  }
  src.start(r.next);
  r.next += buf.duration;
  r.sources.push(src);
  r.ends = r.next;
}

// highlight marks every word whose start the audio clock has passed, in order, and the latest
// as the current one.
function highlight(r) {
  if (run !== r) return;
  const t = audioCtx.currentTime - r.t0;
  while (r.lit < r.words.length && r.words[r.lit].start <= t) {
    if (r.lit > 0) r.spans[r.lit - 1].classList.remove('current');
    r.spans[r.lit].classList.add('spoken', 'current');
    state.highlighted.push({ index: r.lit, at: t });
    r.lit++;
  }
  const current = r.lit > 0 ? r.words[r.lit - 1] : null;
  if (current && t > current.end && r.lit > 0 && (r.lit === r.words.length)) {
    r.spans[r.lit - 1].classList.remove('current');
  }
  if (r.done && audioCtx.currentTime >= r.ends) {
    finish(r);
    return;
  }
  requestAnimationFrame(() => highlight(r));
}

function finish(r) {
  for (const s of r.spans) s.classList.remove('current');
  const wav = wavBlob(r.chunks, r.total);
  const a = $('download');
  if (a.href) URL.revokeObjectURL(a.href);
  a.href = URL.createObjectURL(wav);
  a.hidden = false;
  setStatus('done', `${(r.total / RATE).toFixed(2)} s of audio`);
  run = null;
}

// wavBlob wraps 16-bit mono PCM chunks in a WAV header.
function wavBlob(chunks, samples) {
  const h = new DataView(new ArrayBuffer(44));
  const str = (o, s) => { for (let i = 0; i < s.length; i++) h.setUint8(o + i, s.charCodeAt(i)); };
  str(0, 'RIFF'); h.setUint32(4, 36 + samples * 2, true); str(8, 'WAVEfmt ');
  h.setUint32(16, 16, true); h.setUint16(20, 1, true); h.setUint16(22, 1, true);
  h.setUint32(24, RATE, true); h.setUint32(28, RATE * 2, true); h.setUint16(32, 2, true); h.setUint16(34, 16, true);
  str(36, 'data'); h.setUint32(40, samples * 2, true);
  return new Blob([h, ...chunks], { type: 'audio/wav' });
}

async function speak() {
  stop();
  showError('');
  $('transcript').replaceChildren();
  $('download').hidden = true;
  Object.assign(state, { words: [], highlighted: [], samples: 0, error: null, firstAudioMs: null });
  audioCtx = audioCtx || new AudioContext({ sampleRate: RATE });
  if (audioCtx.state === 'suspended') await audioCtx.resume();
  const r = { abort: new AbortController(), sources: [], t0: null, next: 0, ends: 0, chunks: [], total: 0,
    words: [], spans: [], lit: 0, done: false, began: performance.now(), lastSpeaker: null };
  run = r;
  setStatus('loading', 'Rendering…');
  try {
    const res = await fetch('/v1/audio/speech', { method: 'POST', headers: headers(), body: JSON.stringify(request()), signal: r.abort.signal });
    if (!res.ok) throw new Error(await apiError(res));
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += value;
      let cut;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        if (block.startsWith('data: ')) handle(r, JSON.parse(block.slice(6)));
      }
    }
    if (run !== r) return;
    if (!r.sawDone) throw new Error('the stream ended early');
    r.done = true;
    if (r.t0 === null) finish(r); // no audio at all
  } catch (e) {
    if (r.abort.signal.aborted) return;
    stopAudio(r);
    run = null;
    showError(e.message);
    setStatus('error', '');
  }
}

function handle(r, ev) {
  switch (ev.type) {
    case 'speech.audio.delta': {
      const bytes = base64Bytes(ev.audio);
      r.chunks.push(bytes);
      const samples = pcmToFloat(bytes);
      r.total += samples.length;
      state.samples = r.total;
      schedule(r, samples);
      break;
    }
    case 'speech.word':
      addWord(r, ev);
      break;
    case 'speech.audio.done':
      r.sawDone = true;
      if (ev.dropped) showError('Not spoken: ' + ev.dropped);
      break;
    case 'error':
      throw new Error(ev.error && ev.error.message ? ev.error.message : 'the server failed while rendering');
  }
}

function stopAudio(r) {
  for (const s of r.sources) { try { s.stop(); } catch (_) { /* not started */ } }
}

function stop() {
  if (!run) return;
  const r = run;
  run = null;
  r.abort.abort();
  stopAudio(r);
  setStatus('idle', 'Stopped');
}

// What the input holds until the user types, for each mode.
const examples = {
  script: '---\nvoices: Host=ava, Guest=joe\n---\nHost: Welcome back to the show. Today we talk about speech.\nGuest: Thanks for having me! It is good to be here.',
  ssml: '<speak>\n  Your order ships on <say-as interpret-as="date" format="mdy">12/24/2026</say-as>.\n  <break time="500ms"/>\n  <prosody rate="slow">Thank you</prosody> <voice gender="female">for shopping with us.</voice>\n</speak>',
};

function init() {
  examples.text = $('input').value;
  const rate = $('rate'), pitch = $('pitch');
  rate.addEventListener('input', () => { $('rate-out').textContent = Number(rate.value).toFixed(2) + '×'; });
  pitch.addEventListener('input', () => { $('pitch-out').textContent = pitch.value + ' st'; });
  for (const m of document.querySelectorAll('input[name=mode]')) {
    m.addEventListener('change', () => {
      const script = mode() === 'script', ssml = mode() === 'ssml';
      $('voice-field').hidden = script;
      $('script-hint').hidden = !script;
      $('ssml-hint').hidden = !ssml;
      if (!$('input').dataset.touched) {
        $('input').value = script ? examples.script : ssml ? examples.ssml : examples.text;
      }
    });
  }
  $('input').addEventListener('input', () => { $('input').dataset.touched = '1'; });
  $('key').addEventListener('change', loadVoices);
  $('speak').addEventListener('click', speak);
  $('stop').addEventListener('click', stop);
  loadVoices();
}

init();
