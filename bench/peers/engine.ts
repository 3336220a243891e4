// One engine, in its own process: loads ResNet-18 (bench/peers/models/, made by
// tools/peers/export_onnx.py), checks its logits against PyTorch's, times `iterations` forward
// passes of one 224×224 image after a warm-up, and prints one JSON line.
//
//   node --import tsx engine.ts <ours-wasm|ours-js|onnxruntime-node|onnxruntime-web|tfjs-cpu|tfjs-wasm> <threads> <iterations>

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [engine, threadsArg, iterationsArg] = process.argv.slice(2);
const threads = Number(threadsArg);
const iterations = Number(iterationsArg);
const models = fileURLToPath(new URL('./models/', import.meta.url));
const onnxPath = `${models}resnet18.onnx`;
const floats = (path: string): Float32Array => {
  const bytes = readFileSync(path);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
};
const input = floats(`${onnxPath}.input.bin`);
const expected = floats(`${onnxPath}.logits.bin`);

/** torchvision's state_dict, float32 tensors in order, as export_onnx.py wrote them. */
function stateDict(): Map<string, { shape: number[]; data: Float32Array }> {
  const all = floats(`${onnxPath}.weights.bin`);
  const result = new Map<string, { shape: number[]; data: Float32Array }>();
  let offset = 0;
  for (const line of readFileSync(`${onnxPath}.weights.txt`, 'utf8').trim().split('\n')) {
    const [name, ...dims] = line.split(' ');
    const shape = dims.map(Number);
    const size = shape.reduce((a, b) => a * b, 1);
    result.set(name, { shape, data: all.slice(offset, offset + size) });
    offset += size;
  }
  return result;
}

type Run = () => Promise<Float32Array>;

async function ours(backend: 'wasm' | 'js'): Promise<Run> {
  const { createResNet18 } = await import('../../src/model/model.js');
  const model = await createResNet18({ weights: stateDict(), workers: threads, backend });
  return async () => (await model.forward({ shape: [1, 3, 224, 224], data: input })).data;
}

async function onnxruntimeNode(): Promise<Run> {
  const ort = await import('onnxruntime-node');
  const session = await ort.InferenceSession.create(onnxPath, { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' });
  const feed = { input: new ort.Tensor('float32', input, [1, 3, 224, 224]) };
  return async () => (await session.run(feed)).logits.data as Float32Array;
}

async function onnxruntimeWeb(): Promise<Run> {
  const ort = await import('onnxruntime-web');
  ort.env.wasm.numThreads = threads;
  const session = await ort.InferenceSession.create(readFileSync(onnxPath), { executionProviders: ['wasm'] });
  const feed = { input: new ort.Tensor('float32', input, [1, 3, 224, 224]) };
  return async () => (await session.run(feed)).logits.data as Float32Array;
}

/** ResNet-18 from tfjs-core ops (NHWC), padding as PyTorch pads: explicit, then 'valid'. */
async function tfjs(backend: 'cpu' | 'wasm'): Promise<Run> {
  const tf = await import('@tensorflow/tfjs-core');
  if (backend === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  else {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (threads > 1) wasm.setThreadsCount(threads);
  }
  await tf.setBackend(backend);
  await tf.ready();
  const sd = stateDict();
  const w = new Map<string, import('@tensorflow/tfjs-core').Tensor>();
  for (const [name, t] of sd) {
    const tensor = tf.tensor(t.data, t.shape);
    // Convolutions OIHW → HWIO; the fc weight [out, in] → [in, out].
    w.set(name, t.shape.length === 4 ? tf.transpose(tensor, [2, 3, 1, 0]) : name === 'fc.weight' ? tf.transpose(tensor) : tensor);
  }
  type T = import('@tensorflow/tfjs-core').Tensor4D;
  const conv = (x: T, name: string, stride: number, pad: number): T => {
    const padded = pad > 0 ? tf.pad(x, [[0, 0], [pad, pad], [pad, pad], [0, 0]]) : x;
    return tf.conv2d(padded, w.get(`${name}.weight`) as import('@tensorflow/tfjs-core').Tensor4D, stride, 'valid');
  };
  const bn = (x: T, name: string): T => tf.batchNorm(x, w.get(`${name}.running_mean`)!, w.get(`${name}.running_var`)!,
    w.get(`${name}.bias`)!, w.get(`${name}.weight`)!, 1e-5) as T;
  const block = (x: T, name: string, stride: number): T => {
    let y = tf.relu(bn(conv(x, `${name}.conv1`, stride, 1), `${name}.bn1`));
    y = bn(conv(y, `${name}.conv2`, 1, 1), `${name}.bn2`);
    const shortcut = sd.has(`${name}.downsample.0.weight`) ? bn(conv(x, `${name}.downsample.0`, stride, 0), `${name}.downsample.1`) : x;
    return tf.relu(tf.add(y, shortcut));
  };
  const image = tf.transpose(tf.tensor(input, [1, 3, 224, 224]), [0, 2, 3, 1]) as T;
  const forward = (): import('@tensorflow/tfjs-core').Tensor => tf.tidy(() => {
    let x = tf.relu(bn(conv(image, 'conv1', 2, 3), 'bn1'));
    x = tf.maxPool(tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], -Infinity), 3, 2, 'valid');
    for (const [layer, stride] of [[1, 1], [2, 2], [3, 2], [4, 2]]) {
      x = block(x, `layer${layer}.0`, stride);
      x = block(x, `layer${layer}.1`, 1);
    }
    const pooled = tf.mean(x, [1, 2]);
    return tf.add(tf.matMul(pooled, w.get('fc.weight')! as import('@tensorflow/tfjs-core').Tensor2D), w.get('fc.bias')!);
  });
  return async () => {
    const out = forward();
    const data = await out.data() as Float32Array;
    out.dispose();
    return data;
  };
}

const runners: Record<string, () => Promise<Run>> = {
  'ours-wasm': () => ours('wasm'),
  'ours-js': () => ours('js'),
  'onnxruntime-node': onnxruntimeNode,
  'onnxruntime-web': onnxruntimeWeb,
  'tfjs-cpu': () => tfjs('cpu'),
  'tfjs-wasm': () => tfjs('wasm'),
};

try {
  const run = await runners[engine]();
  const logits = await run();
  let maxLogit = 0;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) {
    maxLogit = Math.max(maxLogit, Math.abs(expected[i]));
    difference = Math.max(difference, Math.abs(logits[i] - expected[i]));
  }
  const ms: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  const rss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;
  console.log(JSON.stringify({ engine, threads, ms, peak_rss_mb: rss, max_logit_difference: difference / maxLogit }));
  process.exit(0);
} catch (error) {
  console.log(JSON.stringify({ engine, threads, error: (error as Error).message.split('\n')[0] }));
  process.exit(0);
}
