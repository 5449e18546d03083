/**
 * The scenario as a POSIX sh script that builds it inside a fresh network namespace, to try it on
 * a real machine without touching the machine's own routing: `ip netns add NAME`, the scenario's
 * /etc/iproute2 files under /etc/netns/NAME/iproute2 (which `ip -n NAME` and `ip netns exec NAME`
 * bind-mount over /etc/iproute2), then every command with `ip -n NAME` or `ip netns exec NAME`.
 * The first command that fails stops the script with a message naming it.
 */
import type { Session } from '../iproute2/context';
import { STOCK_ETC_IPROUTE2 } from '../iproute2/etc-files';
import { exportScript } from './export-script';

/** Why a namespace name cannot be used, or null when it can (ip netns add's own checks, stricter). */
export function netnsNameError(name: string): string | null {
  // netns_add refuses "", ".", ".." and names with '/'; the shell word must need no quoting.
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/.test(name) || name === '.' || name === '..')
    return `Invalid namespace name "${name}": use 1 to 64 letters, digits, '_', '.' or '-', not starting with '.' or '-'`;
  return null;
}

const EOF_MARK = 'RPDB_EOF';

/** The files under /etc/iproute2 the scenario changed, with their whole new contents. */
function changedFiles(session: Session): [string, string][] {
  return [...session.files]
    .filter(([path, text]) => path.startsWith('/etc/iproute2/') && STOCK_ETC_IPROUTE2[path] !== text)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** One exported command line rewritten to run in namespace `name`; null for lines to drop. */
function inNamespace(line: string, name: string): string | null {
  if (/^echo .* >> \/etc\/iproute2\//.test(line)) return null;
  if (line.startsWith('ip ')) return `run ip -n ${name} ${line.slice(3)}`;
  if (line.startsWith('sysctl ')) return `run ip netns exec ${name} ${line}`;
  return `run ip netns exec ${name} ${line}`;
}

/**
 * New veth devices get random MAC addresses from the kernel, and so other IPv6 link-local
 * addresses than the simulator's: pin the simulator's before the devices come up.
 */
function pinMacs(session: Session, line: string, name: string): string[] {
  const m = /^ip link add (\S+) type veth(?: peer name (\S+))?$/.exec(line);
  if (!m) return [];
  const out: string[] = [];
  for (const dev of [m[1], m[2]]) {
    const link = dev === undefined ? undefined : session.host.linkByName(dev);
    if (!link || link.mac.length !== 6) continue;
    const mac = link.mac.map((b) => b.toString(16).padStart(2, '0')).join(':');
    out.push(`run ip -n ${name} link set dev ${dev} address ${mac}`);
  }
  return out;
}

/**
 * The sh script that applies `session` inside a new namespace `name` (which must not exist yet).
 * Check the name with netnsNameError first.
 */
export function exportNetnsScript(session: Session, name: string): string {
  const etc = `/etc/netns/${name}/iproute2`;
  const out = [
    '#!/bin/sh',
    `# RPDB Lab scenario, applied inside the network namespace "${name}" (run as root).`,
    `# Remove it afterwards with: ip netns del ${name}; rm -rf /etc/netns/${name}`,
    'set -e',
    'run() {',
    '  "$@" || {',
    '    status=$?',
    '    echo "rpdb export: failed (status $status): $*" >&2',
    `    echo "rpdb export: remove what was built with: ip netns del ${name}; rm -rf /etc/netns/${name}" >&2`,
    '    exit 1',
    '  }',
    '}',
    // The simulator shows the settled state: wait (5 s at most) for IPv6 duplicate address
    // detection and for linkwatch to apply carrier changes before each route or rule command.
    'settle() {',
    '  i=0',
    `  while [ $i -lt 50 ] && { ip -n ${name} -6 addr show tentative | grep -q inet6 || ! ip -n ${name} -o link show | awk '`,
    '    { f = $0; sub(/^[^<]*</, "", f); sub(/>.*/, "", f); n = split(f, a, ","); up = 0; lower = 0; nc = 0',
    '      for (i = 1; i <= n; i++) { if (a[i] == "UP") up = 1; if (a[i] == "LOWER_UP") lower = 1; if (a[i] == "NO-CARRIER") nc = 1 }',
    "      if (up && lower == nc) bad = 1 } END { exit bad }'; }; do",
    '    sleep 0.1',
    '    i=$((i + 1))',
    '  done',
    '}',
    `ip netns add ${name} || { echo "rpdb export: cannot create the namespace ${name} (see ip netns list)" >&2; exit 1; }`,
  ];
  const files = changedFiles(session);
  if (files.length) {
    // ip netns exec bind-mounts the whole directory over /etc/iproute2: start from the machine's files.
    out.push(`run mkdir -p ${etc}`);
    out.push(`if [ -d /etc/iproute2 ]; then run cp -R /etc/iproute2/. ${etc}/; fi`);
    for (const [path, text] of files) {
      const target = `${etc}/${path.slice('/etc/iproute2/'.length)}`;
      const dir = target.slice(0, target.lastIndexOf('/'));
      if (dir !== etc) out.push(`run mkdir -p ${dir}`);
      const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
      const mark = body.split('\n').includes(EOF_MARK) ? `${EOF_MARK}_${body.length}` : EOF_MARK;
      out.push(`cat > ${target} <<'${mark}'`, ...body.split('\n').slice(0, -1), mark);
    }
  }
  for (const line of exportScript(session).split('\n')) {
    if (!line.trim()) continue;
    const cmd = inNamespace(line, name);
    if (!cmd) continue;
    if (/^ip (-6 )?(route|rule) /.test(line)) out.push('settle');
    out.push(cmd, ...pinMacs(session, line, name));
  }
  out.push(
    `echo "Namespace ${name} is ready. Try: ip -n ${name} rule show; ip -n ${name} route show table all"`,
    `echo "Remove it with: ip netns del ${name}; rm -rf /etc/netns/${name}"`,
  );
  return out.join('\n') + '\n';
}
