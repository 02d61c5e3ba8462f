// Drives chorusd's HTTP API with the official openai package, as a user would: the package is
// loaded from OPENAI_MODULE, the server from OPENAI_BASE_URL, the key from OPENAI_API_KEY.
// Prints one JSON object with what each call gave; the Go test checks it.
'use strict';
const fs = require('fs');
const path = require('path');
const { OpenAI } = require(process.env.OPENAI_MODULE);

async function main() {
  const out = {};
  const client = new OpenAI({ maxRetries: 0, timeout: 60000 }); // base URL and key from the environment
  const dir = process.env.OUT_DIR;

  // Audio as a whole file, in two formats.
  for (const fmt of ['wav', 'pcm']) {
    const res = await client.audio.speech.create({
      model: 'tts-1', voice: 'ava', input: process.env.INPUT, response_format: fmt, speed: 1.25,
      instructions: 'Speak in a cheerful tone.',
    });
    fs.writeFileSync(path.join(dir, 'speech.' + fmt), Buffer.from(await res.arrayBuffer()));
    out[fmt] = { contentType: res.headers.get('content-type') };
  }

  // One of OpenAI's voice names, given to a Chorus voice by the server's operator (--voice-alias).
  const aliased = await client.audio.speech.create({ model: 'tts-1', voice: 'shimmer', input: 'Hello.', response_format: 'wav' });
  fs.writeFileSync(path.join(dir, 'alias.wav'), Buffer.from(await aliased.arrayBuffer()));
  // The package's custom-voice object, naming a Chorus voice.
  const custom = await client.audio.speech.create({ model: 'gpt-4o-mini-tts', voice: { id: 'kit' }, input: 'Hello.', response_format: 'pcm' });
  fs.writeFileSync(path.join(dir, 'custom.pcm'), Buffer.from(await custom.arrayBuffer()));

  // Streaming: the body read piece by piece as it arrives.
  const res = await client.audio.speech.create({ model: 'tts-1', voice: 'joe', input: process.env.LONG, response_format: 'pcm' });
  let pieces = 0, bytes = 0;
  for await (const piece of res.body) { pieces++; bytes += piece.length; }
  out.stream = { pieces, bytes };

  // Errors surface as the package's typed errors.
  const failures = {
    unknownVoice: { model: 'tts-1', voice: 'alloy', input: 'Hello.', response_format: 'wav' },
    badSpeed: { model: 'tts-1', voice: 'ava', input: 'Hello.', speed: 5 },
    emptyInput: { model: 'tts-1', voice: 'ava', input: '', response_format: 'wav' },
  };
  for (const [name, params] of Object.entries(failures)) {
    try {
      await client.audio.speech.create(params);
      out[name] = { error: null };
    } catch (e) {
      out[name] = { class: e.constructor.name, status: e.status, param: e.param ?? null, type: e.type ?? null, message: e.message };
    }
  }
  const wrongKey = new OpenAI({ apiKey: 'wrong', maxRetries: 0 });
  try {
    await wrongKey.audio.speech.create({ model: 'tts-1', voice: 'ava', input: 'Hello.', response_format: 'wav' });
    out.wrongKey = { error: null };
  } catch (e) {
    out.wrongKey = { class: e.constructor.name, status: e.status };
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => { console.error(e); process.exit(1); });
