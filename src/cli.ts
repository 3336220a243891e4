#!/usr/bin/env node
// Entry point of the `resnet18` command (npx tsx src/cli.ts … in development).
import { main } from './cli/main.js';
import { processOutput } from './cli/output.js';

process.exitCode = await main(process.argv.slice(2), processOutput());
