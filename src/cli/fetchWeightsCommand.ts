// `resnet18 fetch-weights`: downloads torchvision's ImageNet ResNet-18 checkpoint (or another URL),
// checks its SHA-256 the way torch.hub does, converts it and writes the weights file atomically.

import { asSentence, weightsAlternatives } from '../classifier/weightsAdvice.js';
import { convertVerified, torchHubCopy } from '../classifier/ensureWeights.js';
import { weightsPlaces, weightsTarget } from '../classifier/weightsLocation.js';
import { DEFAULT_WEIGHTS_URL, MIN_DIGEST_DIGITS, digestPrefixFromUrl, downloadWeights, type DownloadRate } from '../weights/download.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { integerOption, parseOptions, stringOption } from './parseOptions.js';
import { noteIfShadowed } from './openModel.js';
import { megabytes, progressBar } from './progressBar.js';

/** Where the weights go without -o (weightsLocation.ts), as the usage shows it. */
const DEFAULT_OUTPUT = `${weightsTarget(weightsPlaces())}
                     (in a checkout, its weights/; once installed, the per-user cache: $RESNET18_HOME,
                     else $XDG_CACHE_HOME/resnet18-ts, else ~/.cache/resnet18-ts)`;

const usage = `usage: resnet18 fetch-weights [--url URL] [--sha256 HEX] [--deadline SECONDS] [-o FILE]

Downloads a ResNet-18 checkpoint, verifies its SHA-256 and converts it into the engine's weights
file. Nothing is written unless the whole download arrives and verifies. Where PyTorch has
downloaded the same file before ($TORCH_HOME/hub/checkpoints/, default ~/.cache/torch), that copy
is converted instead. Without access to download.pytorch.org: --url a mirror's copy, or convert a
.pth obtained elsewhere (resnet18 convert).
  --url URL          default ${DEFAULT_WEIGHTS_URL}
  --sha256 HEX       expected digest or its first hex digits (default: the digits in the file name,
                     as torch.hub does: resnet18-f37072fd.pth → f37072fd…); 6 digits at least
  --deadline SECONDS give up when the download has not finished in this long (default 900); it also
                     gives up when less than 1 KiB arrives in 30 s
  -o, --output FILE  default ${DEFAULT_OUTPUT}`;

export const fetchWeightsCommand: Command = {
  name: 'fetch-weights',
  summary: 'download torchvision\'s ImageNet weights and convert them',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('fetch-weights', args, {
      url: { type: 'string' },
      sha256: { type: 'string' },
      output: { type: 'string', short: 'o' },
      deadline: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`fetch-weights takes no file arguments, got '${positionals[0]}' (use -o FILE)`);
    const sha256 = stringOption(values.sha256);
    if (sha256 !== undefined && !/^[0-9a-fA-F]{6,64}$/.test(sha256)) {
      throw new UsageError(`--sha256 must be 6 to 64 hex digits, got '${sha256}'`);
    }
    const url = stringOption(values.url) ?? DEFAULT_WEIGHTS_URL;
    if (!/^https?:\/\//i.test(url)) throw new UsageError(`--url must be an http or https URL, got '${url}'`);
    const named = digestPrefixFromUrl(url);
    if (sha256 === undefined && named === undefined) {
      throw new UsageError(`cannot verify ${url}: its file name has no SHA-256 prefix (like "resnet18-f37072fd.pth"); give the expected digest with --sha256 HEX`);
    }
    if (sha256 === undefined && named!.length < MIN_DIGEST_DIGITS) {
      throw new UsageError(`cannot verify ${url}: its file name carries only ${named!.length} hex digit${named!.length > 1 ? 's' : ''} of the SHA-256 ` +
        `("${named}"), too few to identify a file; give the expected digest (${MIN_DIGEST_DIGITS} to 64 hex digits) with --sha256 HEX`);
    }
    const deadlineSeconds = integerOption(stringOption(values.deadline), '--deadline', 900, 1, 86_400);
    const places = weightsPlaces(out.env);
    const outPath = stringOption(values.output) ?? weightsTarget(places);
    // PyTorch's own copy, where torchvision has downloaded this file before: no network needed.
    const hubCopy = sha256 === undefined ? torchHubCopy(url, out.env) : undefined;
    if (hubCopy) {
      convertVerified(hubCopy, digestPrefixFromUrl(url)!, outPath, undefined);
      out.stdout(`found PyTorch's copy ${hubCopy}, sha256 verified: nothing downloaded\nwrote ${outPath}\n`);
      if (values.output === undefined) noteIfShadowed(out, outPath);
      return 0;
    }
    const bar = progressBar(out, 'downloading');
    try {
      const result = await downloadWeights({
        url,
        sha256Prefix: sha256?.toLowerCase(),
        outPath,
        deadlineMs: deadlineSeconds * 1000,
        onProgress: (bytes, total, rate) => bar.update(bytes, total, `${total ? `${megabytes(bytes)} of ${megabytes(total)}` : megabytes(bytes)}, ${describeRate(rate)}`),
      });
      bar.finish();
      out.stdout(
        `downloaded ${megabytes(result.downloadedBytes)} from ${result.url}, sha256 ${result.sha256.slice(0, 16)}… verified\n` +
          `wrote ${result.outPath}: ResNet-18, ${result.config.numClasses} classes\n`,
      );
      if (values.output === undefined) noteIfShadowed(out, result.outPath);
      return 0;
    } catch (error) {
      bar.finish();
      throw new Error(`${asSentence((error as Error).message)} ${weightsAlternatives(places.command, outPath, values.output !== undefined)}`, { cause: error });
    }
  },
};

/** "2.1 MB/s", "35 kB/s", or once the bytes all but stop, "stalled: 3 B/s, 42 s in" (the server may be dripping). */
function describeRate({ bytesPerSecond, elapsedMs }: DownloadRate): string {
  const seconds = `${(elapsedMs / 1000).toFixed(0)} s in`;
  if (bytesPerSecond < 1024) return `stalled: ${bytesPerSecond.toFixed(0)} B/s, ${seconds}`;
  if (bytesPerSecond < 1e6) return `${(bytesPerSecond / 1e3).toFixed(0)} kB/s, ${seconds}`;
  return `${megabytes(bytesPerSecond)}/s, ${seconds}`;
}
