// An image classification endpoint on node:http alone, no framework: POST an image, get the top
// classes as JSON. The handler is a plain (request, response) function, so it also mounts in any
// server that takes one.
//
//   node http-handler.mjs                       # PORT=8080 by default; PORT=0 picks a free port
//   curl --data-binary @photo.jpg http://127.0.0.1:8080/classify?top=3
//
// (`resnet18 serve` is the full service: batching, a cache, limits, a web page.)

import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadModel } from 'resnet18-ts';

const MAX_BYTES = 10 * 1024 * 1024;

/** A request handler classifying the image in the request body with `model`. */
export function classifyHandler(model) {
  return async (request, response) => {
    const reply = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/classify') return reply(404, { error: 'POST an image to /classify' });
    if (request.method !== 'POST') return reply(405, { error: 'use POST' });

    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
      size += chunk.length;
      if (size > MAX_BYTES) return reply(413, { error: `images up to ${MAX_BYTES} bytes` });
      chunks.push(chunk);
    }
    const topK = Number(url.searchParams.get('top') ?? 5);
    try {
      const top = await model.classify(Buffer.concat(chunks), { topK });
      reply(200, { top });
    } catch (error) {
      // Not an image, a broken one, or a bad option: the client's mistake, said in words.
      reply(400, { error: error.message });
    }
  };
}

// Run as a program (not imported): serve on 127.0.0.1:$PORT.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const model = await loadModel();
  const server = createServer(classifyHandler(model));
  server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}/classify`);
  });
  const stop = () => server.close(() => model.close());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
