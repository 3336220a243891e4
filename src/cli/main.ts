// The `resnet18` command: dispatches to a subcommand and turns errors into one clear line on
// stderr and an exit code (2 for usage errors, 1 for failures), with the stack only under --verbose.

import { readFileSync } from 'node:fs';
import { CliError, UsageError } from './cliError.js';
import { StdoutClosed, type Output } from './output.js';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], out: Output): Promise<number>;
}

const commands = new Map<string, () => Promise<Command>>([
  ['classify', async () => (await import('./classifyCommand.js')).classifyCommand],
  ['convert', async () => (await import('./convertCommand.js')).convertCommand],
  ['fetch-weights', async () => (await import('./fetchWeightsCommand.js')).fetchWeightsCommand],
  ['preprocess', async () => (await import('./preprocessCommand.js')).preprocessCommand],
  ['explain', async () => (await import('./explainCommand.js')).explainCommand],
  ['bench', async () => (await import('./benchCommand.js')).benchCommand],
  ['serve', async () => (await import('./serveCommand.js')).serveCommand],
  ['verify', async () => (await import('./verifyCommand.js')).verifyCommand],
  ['kernels', async () => (await import('./kernelsCommand.js')).kernelsCommand],
  ['export-web', async () => (await import('./exportWebCommand.js')).exportWebCommand],
]);

function overview(): string {
  return [
    'resnet18: ResNet-18 image classification with a TypeScript engine that matches PyTorch',
    '',
    'usage: resnet18 <command> [options]        (resnet18 <command> --help for details)',
    '',
    'commands:',
    '  fetch-weights   download torchvision\'s ImageNet weights and convert them',
    '  convert         convert a PyTorch .pth checkpoint into the engine\'s weights file',
    '  classify        classify images (or preprocessed .npy tensors)',
    '  preprocess      write an image\'s preprocessed tensor as .npy',
    '  explain         show every layer\'s output for one image',
    '  bench           time the forward pass',
    '  serve           serve the web page and JSON API on localhost',
    '  verify          check this engine against reference logits recorded with PyTorch',
    '  kernels         print the WebAssembly kernels the engine writes for itself',
    '  export-web      write a static site that classifies in the browser',
    '',
    'options of every command:',
    '  --help, -h      the command\'s usage',
    '  --verbose       on an error, also print its stack trace',
    '',
    'resnet18 --version prints the version. Errors are one line on stderr; the exit code is 0 on',
    'success, 1 on a failure, 2 on a usage error.',
  ].join('\n');
}

/** The version in package.json (two folders up from src/cli/ or dist/cli/). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[], out: Output): Promise<number> {
  const verbose = argv.includes('--verbose');
  const args = argv.filter((a) => a !== '--verbose');
  const [name, ...rest] = args;
  try {
    if (name === '--version' || name === '-v' || name === 'version') {
      out.stdout(`resnet18-ts ${packageVersion()}\n`);
      return 0;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      out.stdout(`${overview()}\n`);
      return name === undefined ? 2 : 0;
    }
    const load = commands.get(name);
    if (!load) throw new UsageError(`unknown command '${name}' (commands: ${[...commands.keys()].join(', ')})`);
    const command = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      out.stdout(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof StdoutClosed) return 0; // the reader has what it wanted (see output.ts)
    const prefix = name && commands.has(name) ? `resnet18 ${name}` : 'resnet18';
    const message = error instanceof Error ? error.message : String(error);
    out.stderr(`${prefix}: ${message}\n`);
    if (verbose && error instanceof Error && error.stack) out.stderr(`${error.stack}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
