/**
 * Name <-> number maps of iproute2 6.1 (lib/rt_names.c, ip/rtm_map.c) over the session's virtual
 * /etc/iproute2: tables (rt_tables + rt_tables.d/*.conf), protocols (rt_protos + rt_protos.d),
 * DS field (rt_dsfield), scopes, realms, device groups, and route types. Like ip(8), each command
 * reads the files lazily, once, the first time it needs a name.
 */
import { CONFDIR, NameHash, NameTab, confFilesIn, type Warn } from './name-files';
import { strtol, strtoulWhole } from './strtoul';
import { matches } from './utils';

/** RT_TABLE_MAX: table ids are u32. */
const RT_TABLE_MAX = 0xffffffffn;

const RTPROT_BUILTIN: Record<number, string> = {
  0: 'unspec',
  1: 'redirect',
  2: 'kernel',
  3: 'boot',
  4: 'static',
  8: 'gated',
  9: 'ra',
  10: 'mrt',
  11: 'zebra',
  12: 'bird',
  13: 'dnrouted',
  14: 'xorp',
  15: 'ntk',
  16: 'dhcp',
  18: 'keepalived',
  42: 'babel',
  186: 'bgp',
  187: 'isis',
  188: 'ospf',
  189: 'rip',
  192: 'eigrp',
};

/**
 * The name databases as one ip(8) process sees them. Create one per command: `warn` receives
 * "Database ... is corrupted" lines (stderr); `numeric` is `-N` (numbers instead of names).
 */
export class Names {
  private readonly files: ReadonlyMap<string, string>;
  private readonly warn: Warn;
  private readonly numeric: boolean;
  private tables?: NameHash;
  private groups?: NameHash;
  private protosTab?: NameTab;
  /** Built on first use: most commands never print a name. */
  private get protos(): NameTab {
    return (this.protosTab ??= new NameTab(RTPROT_BUILTIN));
  }
  private protosLoaded = false;
  private scopesTab?: NameTab;
  /** Built on first use: most commands never print a name. */
  private get scopes(): NameTab {
    return (this.scopesTab ??= new NameTab({
    0: 'global',
    200: 'site',
    253: 'link',
    254: 'host',
    255: 'nowhere',
  }));
  }
  private scopesLoaded = false;
  private realmsTab?: NameTab;
  /** Built on first use: most commands never print a name. */
  private get realms(): NameTab {
    return (this.realmsTab ??= new NameTab({ 0: 'unknown' }));
  }
  private realmsLoaded = false;
  private dsfieldTab?: NameTab;
  /** Built on first use: most commands never print a name. */
  private get dsfield(): NameTab {
    return (this.dsfieldTab ??= new NameTab({ 0: '0' }));
  }
  private dsfieldLoaded = false;

  constructor(files: ReadonlyMap<string, string>, warn: Warn = () => {}, numeric = false) {
    this.files = files;
    this.warn = warn;
    this.numeric = numeric;
  }

  private tableHash(): NameHash {
    if (!this.tables) {
      // rtnl_rttable_initialize: builtins, then rt_tables, then rt_tables.d/*.conf.
      this.tables = new NameHash({ 253: 'default', 254: 'main', 255: 'local' });
      this.tables.load(this.files, `${CONFDIR}/rt_tables`, this.warn);
      for (const f of confFilesIn(this.files, `${CONFDIR}/rt_tables.d`))
        this.tables.load(this.files, f, this.warn);
    }
    return this.tables;
  }

  /** rtnl_rttable_a2n(): table name or number (strtoul base 0, u32), or null. */
  rttableA2n(arg: string): number | null {
    const id = this.tableHash().idOf(arg);
    if (id !== undefined) return id;
    const v = strtoulWhole(arg, 0, RT_TABLE_MAX);
    return v === null ? null : Number(v);
  }

  /** rtnl_rttable_n2a(): table name, or the number. */
  rttableN2a(id: number): string {
    const name = this.tableHash().nameOf(id);
    return !this.numeric && name !== undefined ? name : String(id >>> 0);
  }

  private protoTab(): NameTab {
    if (!this.protosLoaded) {
      this.protosLoaded = true;
      this.protos.load(this.files, `${CONFDIR}/rt_protos`, this.warn);
      for (const f of confFilesIn(this.files, `${CONFDIR}/rt_protos.d`))
        this.protos.load(this.files, f, this.warn);
    }
    return this.protos;
  }

  /** rtnl_rtprot_a2n(): protocol name or number 0..255 (base 0), or null. */
  rtprotA2n(arg: string): number | null {
    return tabA2n(this.protoTab(), arg, 0);
  }

  /** rtnl_rtprot_n2a(): protocol name, or the number. */
  rtprotN2a(id: number): string {
    if (id < 0 || id >= 256 || this.numeric) return String(id >>> 0);
    // The file is read only when the builtin table has no name (as rt_names.c does).
    const tab = this.protos.tab[id] !== undefined ? this.protos : this.protoTab();
    return tab.tab[id] ?? String(id);
  }

  private scopeTab(): NameTab {
    if (!this.scopesLoaded) {
      this.scopesLoaded = true;
      this.scopes.load(this.files, `${CONFDIR}/rt_scopes`, this.warn);
    }
    return this.scopes;
  }

  /** rtnl_rtscope_a2n(): scope name or number 0..255, or null. */
  rtscopeA2n(arg: string): number | null {
    return tabA2n(this.scopeTab(), arg, 0);
  }

  /** rtnl_rtscope_n2a(): scope name, or the number. */
  rtscopeN2a(id: number): string {
    if (id < 0 || id >= 256 || this.numeric) return String(id);
    const tab = this.scopes.tab[id] !== undefined ? this.scopes : this.scopeTab();
    return tab.tab[id] ?? String(id);
  }

  private realmTab(): NameTab {
    if (!this.realmsLoaded) {
      this.realmsLoaded = true;
      this.realms.load(this.files, `${CONFDIR}/rt_realms`, this.warn);
    }
    return this.realms;
  }

  /** rtnl_rtrealm_a2n(): realm name or number 0..255, or null. */
  rtrealmA2n(arg: string): number | null {
    return tabA2n(this.realmTab(), arg, 0);
  }

  /** rtnl_rtrealm_n2a(): realm name, or the number. */
  rtrealmN2a(id: number): string {
    if (id < 0 || id >= 256 || this.numeric) return String(id);
    const tab = this.realms.tab[id] !== undefined ? this.realms : this.realmTab();
    return tab.tab[id] ?? String(id);
  }

  private dsTab(): NameTab {
    if (!this.dsfieldLoaded) {
      this.dsfieldLoaded = true;
      this.dsfield.load(this.files, `${CONFDIR}/rt_dsfield`, this.warn);
    }
    return this.dsfield;
  }

  /** rtnl_dsfield_a2n(): DS field name, else a **hexadecimal** number 0..255, or null. */
  dsfieldA2n(arg: string): number | null {
    return tabA2n(this.dsTab(), arg, 16);
  }

  /** rtnl_dsfield_n2a(): DS field name, or `0x%02x`. */
  dsfieldN2a(id: number): string {
    if (id < 0 || id >= 256) return String(id);
    if (!this.numeric) {
      const tab = this.dsfield.tab[id] !== undefined ? this.dsfield : this.dsTab();
      const name = tab.tab[id];
      if (name !== undefined) return name;
    }
    return `0x${id.toString(16).padStart(2, '0')}`;
  }

  private groupHash(): NameHash {
    if (!this.groups) {
      this.groups = new NameHash({ 0: 'default' });
      this.groups.load(this.files, `${CONFDIR}/group`, this.warn);
    }
    return this.groups;
  }

  /** rtnl_group_a2n(): group name or non-negative int (strtol base 0, truncated to int), or null. */
  groupA2n(arg: string): number | null {
    const id = this.groupHash().idOf(arg);
    if (id !== undefined) return id;
    const r = strtol(arg, 0);
    if (r.end === 0 || r.end !== arg.length) return null;
    const i = Number(BigInt.asIntN(32, r.value));
    return i < 0 ? null : i;
  }

  /** rtnl_group_n2a(): group name (first match scanning buckets 0..255), or the number. */
  groupN2a(id: number): string {
    const h = this.groupHash();
    if (!this.numeric) for (const b of h.buckets) for (const e of b) if (e.id === id) return e.name;
    return String(id | 0);
  }
}

/** The rtnl_*_a2n pattern over a 256-slot array: a name, else a number <= 255 in `base`. */
function tabA2n(tab: NameTab, arg: string, base: number): number | null {
  const id = tab.idOf(arg);
  if (id !== undefined) return id;
  const v = strtoulWhole(arg, base, 255n);
  return v === null ? null : Number(v);
}

const RTNTYPE_NAMES = [
  'none',
  'unicast',
  'local',
  'broadcast',
  'anycast',
  'multicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'nat',
  'xresolve',
];

/** rtnl_rtntype_n2a() (ip/rtm_map.c): route type name, or the number (always with -N). */
export function rtntypeN2a(id: number, numeric = false): string {
  return (numeric ? undefined : RTNTYPE_NAMES[id]) ?? String(id);
}

/**
 * rtnl_rtntype_a2n() (ip/rtm_map.c): exact `local`, `nat`, `throw`; abbreviable broadcast (and
 * `brd`), anycast, multicast, prohibit, unreachable, blackhole, xresolve, unicast, in that order;
 * else a number 0..255 (base 0). Null when none fits.
 */
export function rtntypeA2n(arg: string): number | null {
  if (arg === 'local') return 2;
  if (arg === 'nat') return 10;
  if (matches(arg, 'broadcast') || arg === 'brd') return 3;
  if (matches(arg, 'anycast')) return 4;
  if (matches(arg, 'multicast')) return 5;
  if (matches(arg, 'prohibit')) return 8;
  if (matches(arg, 'unreachable')) return 7;
  if (matches(arg, 'blackhole')) return 6;
  if (matches(arg, 'xresolve')) return 11;
  if (matches(arg, 'unicast')) return 1;
  if (arg === 'throw') return 9;
  const v = strtoulWhole(arg, 0, 255n);
  return v === null ? null : Number(v);
}

/**
 * get_rt_realms_or_raw() (ip/rtm_map.c): `[FROM/]TO` with realm names or numbers, packed as
 * (FROM << 16) | TO; else a raw u32. Null when neither parses.
 */
export function getRtRealmsOrRaw(names: Names, arg: string): number | null {
  const slash = arg.indexOf('/');
  let realms = 0;
  let ok = true;
  let to = arg;
  if (slash >= 0) {
    const from = names.rtrealmA2n(arg.slice(0, slash));
    if (from === null) ok = false;
    else {
      realms = (from << 16) >>> 0;
      to = arg.slice(slash + 1);
    }
  }
  if (ok) {
    let realm = 0;
    if (to !== '') {
      const r = names.rtrealmA2n(to);
      if (r === null) ok = false;
      else realm = r;
    }
    if (ok) return (realms | realm) >>> 0;
  }
  const raw = strtoulWhole(arg, 0, 0xffffffffn);
  return raw === null ? null : Number(raw);
}
