/**
 * /proc/sys of the simulated host: the sysctl keys of the engine's SysctlStore seen as a file
 * tree (net/ipv4/conf/DEV/KEY ...), and proc_dointvec's reading of written values. Used by
 * sysctl(8) and by shell redirections such as `echo 1 > /proc/sys/net/ipv4/ip_forward`.
 */
import type { Session } from '../iproute2/context';
import { strtoul } from '../iproute2/strtoul';

/** A sysctl file: its path components under /proc/sys and its engine key. */
export interface ProcSysEntry {
  comps: string[];
  key: string;
}

/** What a path under /proc/sys is: a value file, a directory (with the files below it), or nothing. */
export type ProcSysNode = { kind: 'file'; key: string } | { kind: 'dir'; files: ProcSysEntry[] } | null;

/** Path components under /proc/sys of every sysctl the host has. */
export function procSysTree(session: Session): ProcSysEntry[] {
  return session.host.sysctl.keys().map((key) => {
    const m = /^(net\.ipv[46]\.conf)\.(.+)\.([^.]+)$/.exec(key);
    const comps = m ? [...m[1].split('.'), m[2], m[3]] : key.split('.');
    return { comps, key };
  });
}

/** Orders entries as /proc/sys lists them (by name at each level). */
export function cmpComps(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** stat() of /proc/sys/PATH (PATH relative, '/'-separated) in the simulated tree. */
export function procSysLookup(session: Session, path: string): ProcSysNode {
  const want = path.split('/').filter((c, i, all) => c !== '' || i < all.length - 1);
  if (want.length === 0 || want.some((c) => c === '')) return null;
  const entries = procSysTree(session);
  const exact = entries.find((e) => e.comps.length === want.length && e.comps.every((c, i) => c === want[i]));
  if (exact) return { kind: 'file', key: exact.key };
  const under = entries.filter((e) => e.comps.length > want.length && want.every((c, i) => e.comps[i] === c));
  if (under.length === 0) return null;
  under.sort((x, y) => cmpComps(x.comps, y.comps));
  return { kind: 'dir', files: under };
}

/** proc_dointvec's parse of a written value: blanks, optional '-', strtoul base 0, then end/space. */
export function parseProcInt(text: string): number | null {
  const s = text.replace(/^[ \t\n]+/, '');
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  if (!/^[0-9]/.test(body)) return null;
  const r = strtoul(body, 0);
  const next = body[r.end];
  if (next !== undefined && !/[ \t\n]/.test(next)) return null;
  const v = neg ? -r.value : r.value;
  if (v > 2147483647n || v < -2147483648n) return null;
  return Number(v);
}

/** write(2) of `text` to the sysctl `key`: true when the kernel accepted it. */
export function writeProcSys(session: Session, key: string, text: string): boolean {
  const v = parseProcInt(text);
  return v !== null && session.host.sysctl.set(key, v).ok;
}
