/**
 * The simulated machine's file system as the shell commands see it: the session's file map plus
 * the directories that hold those files (and a few standard ones), and /proc/sys backed by the
 * host's sysctls — enough for `echo ... >> /etc/iproute2/rt_tables`, `cat FILE`,
 * `echo 1 > /proc/sys/net/ipv4/ip_forward` and the shell's "cannot create" errors.
 */
import type { Session } from '../iproute2/context';
import { procSysLookup, writeProcSys } from './proc-sys';

/** Directories that exist on any machine even with no simulated file inside. */
const BASE_DIRS = new Set([
  '/',
  '/etc',
  '/etc/iproute2',
  '/tmp',
  '/dev',
  '/proc',
  '/proc/sys',
  '/root',
  '/var',
  '/usr',
]);

/** /dev/null and friends: writable sinks that never store anything. */
const SINKS = new Set(['/dev/null', '/dev/stdout', '/dev/stderr']);

const PROC_SYS = '/proc/sys/';

/** Normalises a path the way the kernel resolves it (`//` and `/./` collapse; relative → /root). */
export function resolvePath(path: string): string {
  const abs = path.startsWith('/') ? path : `/root/${path}`;
  const parts: string[] = [];
  for (const p of abs.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

/** The path below /proc/sys, or null for other paths. */
function procSysPath(p: string): string | null {
  return p.startsWith(PROC_SYS) ? p.slice(PROC_SYS.length) : null;
}

/** True when `path` is a directory: a base directory, a /proc/sys directory, or a parent of some file. */
export function isDirectory(session: Session, path: string): boolean {
  const p = resolvePath(path);
  if (BASE_DIRS.has(p)) return true;
  const proc = procSysPath(p);
  if (proc !== null) return procSysLookup(session, proc)?.kind === 'dir';
  const prefix = `${p}/`;
  for (const k of session.files.keys()) if (k.startsWith(prefix)) return true;
  return false;
}

/** Why a file cannot be opened for writing, as dash words it; null when it can. */
export function createError(session: Session, path: string): string | null {
  const p = resolvePath(path);
  if (SINKS.has(p)) return null;
  if (isDirectory(session, p)) return 'Is a directory';
  // procfs creates nothing: dash reports ENOENT on creation as "Directory nonexistent".
  const proc = procSysPath(p);
  if (proc !== null) return procSysLookup(session, proc) ? null : 'Directory nonexistent';
  const parent = p.slice(0, p.lastIndexOf('/')) || '/';
  if (!isDirectory(session, parent)) return 'Directory nonexistent';
  return null;
}

/** open(O_CREAT | (append ? O_APPEND : O_TRUNC)): creates or empties a regular file. */
export function openForWrite(session: Session, path: string, append: boolean): void {
  const p = resolvePath(path);
  if (SINKS.has(p) || procSysPath(p) !== null) return;
  if (!append || !session.files.has(p)) session.files.set(p, append ? (session.files.get(p) ?? '') : '');
}

/**
 * write(2) of `text` to an opened file: appended to a regular file, swallowed by a sink, parsed
 * by the kernel for a /proc/sys file. Returns false when the kernel rejected the value.
 */
export function writeFile(session: Session, path: string, text: string): boolean {
  const p = resolvePath(path);
  if (SINKS.has(p)) return true;
  const proc = procSysPath(p);
  if (proc !== null) {
    const node = procSysLookup(session, proc);
    return node?.kind === 'file' && writeProcSys(session, node.key, text);
  }
  session.files.set(p, (session.files.get(p) ?? '') + text);
  return true;
}

/** The contents of a regular file (a /proc/sys value reads as "N\n"), or undefined. */
export function readFile(session: Session, path: string): string | undefined {
  const p = resolvePath(path);
  if (p === '/dev/null') return '';
  const proc = procSysPath(p);
  if (proc !== null) {
    const node = procSysLookup(session, proc);
    return node?.kind === 'file' ? `${session.host.sysctl.get(node.key)}\n` : undefined;
  }
  return session.files.get(p);
}
