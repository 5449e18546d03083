/**
 * `rpdb classify [--json] SCRIPT CAPTURE [--output IF ...] [--iif IF ...] [--map CAPIF=LINK ...]`:
 * every packet of a pcap/pcapng capture through the scenario's marking stage and routing rules,
 * as the `ip route get` the kernel would answer for it. The capture is read as a stream.
 */
import { createReadStream } from 'node:fs';
import { readCapture } from '../capture/read-capture';
import { formatCaptureError, type PacketRecord } from '../capture/types';
import {
  checkLinkOptions,
  ClassifySummary,
  createClassifier,
  formatRow,
  TABLE_HEADER,
} from '../classify/index';
import type { ClassifiedPacket, ClassifyOptions } from '../classify/types';
import { createSession, runScriptEach } from '../scenario/run-script';
import type { CliIo } from './main';
import { errnoText, readScriptOrReport, usageError } from './cli-errors';

/** The parsed command line. */
interface ClassifyArgs {
  json: boolean;
  script: string;
  capture: string;
  options: { map: Record<string, string>; output: string[]; iif: string[] };
}

/** Parses the arguments; a number is the exit status of a usage error (already printed). */
export function parseClassifyArgs(io: CliIo, args: string[]): ClassifyArgs | number {
  const files: string[] = [];
  const options = { map: {} as Record<string, string>, output: [] as string[], iif: [] as string[] };
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (flag === '--json' && eq < 0) {
      json = true;
      continue;
    }
    if (flag === '--output' || flag === '--iif' || flag === '--map') {
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') return usageError(io, `option "${flag}" needs a value`);
      if (flag === '--map') {
        const at = value.indexOf('=');
        if (at <= 0 || at === value.length - 1)
          return usageError(io, `--map takes CAPIF=LINK, not "${value}"`);
        options.map[value.slice(0, at)] = value.slice(at + 1);
      } else options[flag === '--output' ? 'output' : 'iif'].push(value);
      continue;
    }
    if (a.startsWith('-') && a !== '-') return usageError(io, `unknown option "${a}"`);
    files.push(a);
  }
  if (files.length !== 2)
    return usageError(
      io,
      files.length < 2
        ? 'classify needs a SCRIPT and a CAPTURE file'
        : 'classify takes one SCRIPT and one CAPTURE file',
    );
  return { json, script: files[0], capture: files[1], options };
}

/** Characters of output gathered before one write. */
const CHUNK = 1 << 16;

/** `rpdb classify`: prints a record per packet; non-zero on a bad capture or bad options. */
export async function cmdClassify(io: CliIo, args: string[]): Promise<number> {
  const parsed = parseClassifyArgs(io, args);
  if (typeof parsed === 'number') return parsed;
  const text = readScriptOrReport(io, parsed.script);
  if (text === null) return 2;
  const session = createSession();
  runScriptEach(text, session, {}, (r) => {
    if (r.status !== 0)
      io.stderr(
        `rpdb: warning: ${parsed.script} line ${r.line} failed (exit ${r.status}): ${r.stderr.split('\n')[0]}\n`,
      );
  });
  const options: ClassifyOptions = parsed.options;
  const bad = checkLinkOptions(session.host, options);
  if (bad.length) {
    for (const m of bad) io.stderr(`rpdb: ${m}\n`);
    return 2;
  }
  const classifier = createClassifier(session, options);
  const summary = new ClassifySummary();
  let pending = parsed.json ? '' : TABLE_HEADER;
  const emit = (p: PacketRecord, c: ClassifiedPacket): void => {
    if (parsed.json) pending += jsonLine(c);
    else {
      pending += formatRow(p, c);
      summary.add(c);
    }
    if (pending.length >= CHUNK) {
      io.stdout(pending);
      pending = '';
    }
  };
  let openError: unknown;
  const stream = createReadStream(parsed.capture, { highWaterMark: 1 << 20 });
  stream.on('error', (e) => (openError = e));
  const result = await readCapture(
    chunks(stream, () => openError),
    {
      onRecords: (recs) => {
        for (const p of recs) emit(p, classifier.classify(p));
      },
    },
  ).catch((e: unknown) => ({ thrown: e }));
  if (!parsed.json && summary.packets) pending += summary.format();
  if (pending) io.stdout(pending);
  if ('thrown' in result) {
    io.stderr(`rpdb: cannot read ${parsed.capture}: ${errnoText(result.thrown)}\n`);
    return 2;
  }
  if (!result.ok) {
    io.stderr(`rpdb: ${parsed.capture}: ${formatCaptureError(result.error)}\n`);
    return 1;
  }
  return 0;
}

/** The --json record of one packet: exactly the keys, in its order. */
function jsonLine(c: ClassifiedPacket): string {
  if (c.skipped !== undefined) return `{"index":${c.index},"skipped":${JSON.stringify(c.skipped)}}\n`;
  return `{"index":${c.index},"query":${JSON.stringify(c.query)},"status":${c.status},"stdout":${JSON.stringify(c.stdout)},"stderr":${JSON.stringify(c.stderr)}}\n`;
}

/** The stream's chunks as Uint8Arrays; an open error (no such file) is thrown from the loop. */
async function* chunks(
  stream: AsyncIterable<Buffer | string>,
  error: () => unknown,
): AsyncGenerator<Uint8Array> {
  for await (const c of stream) yield typeof c === 'string' ? new TextEncoder().encode(c) : c;
  if (error()) throw error();
}
