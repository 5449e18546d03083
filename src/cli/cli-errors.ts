/**
 * The error lines every rpdb subcommand prints the same way: a usage error (exit status 2) and a
 * file it cannot read, named with strerror()'s words.
 */
import type { CliIo } from './main';

/** Prints `rpdb: MESSAGE` and the --help hint; returns the usage exit status, 2. */
export function usageError(io: CliIo, message: string): number {
  io.stderr(`rpdb: ${message}\nTry 'rpdb --help' for more information.\n`);
  return 2;
}

/** strerror() texts for the errors opening a file can hit. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
};

/** Why reading a file failed: strerror()'s words for its errno, else the error's message. */
export function errnoText(e: unknown): string {
  const code = (e as { code?: string }).code;
  return (code && ERRNO_TEXT[code]) ?? (e instanceof Error ? e.message : String(e));
}

/** Prints `rpdb: cannot read FILE: WHY` ("-" is standard input). */
export function reportUnreadable(io: CliIo, path: string, e: unknown): void {
  io.stderr(`rpdb: cannot read ${path === '-' ? 'standard input' : path}: ${errnoText(e)}\n`);
}

/** Reads a script file ("-" = standard input); on failure reports it and returns null. */
export function readScriptOrReport(io: CliIo, path: string): string | null {
  try {
    return io.readScript(path);
  } catch (e) {
    reportUnreadable(io, path, e);
    return null;
  }
}
