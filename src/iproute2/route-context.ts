/**
 * What one `ip route ...` invocation works with, gathered once: the session (kernel + /etc
 * files), the global options, the output, the name databases, the printer and iproute.c's
 * filter. The ll_* device helpers mirror lib/ll_map.c over the host's device list.
 */
import type { CommandOutput, IpOptions, Session } from './context';
import { Names } from './names';
import { preferredFamily, type IpExtraOptions } from './rule-cmd';
import type { RouteMessage } from '../engine/netlink';
import { filterNlmsg, resetRouteFilter, type RouteFilter } from './route-filter';
import { IpPrinter } from './json-print';

/** The state of one `ip route` command (iproute.c's globals plus ip.c's options). */
export class RouteCmdContext {
  readonly session: Session;
  readonly opts: IpOptions;
  readonly out: CommandOutput;
  /** preferred_family as an AF number (0, AF_INET, AF_INET6, or what `-f`/`-M`/`-0` chose). */
  readonly family: number;
  // Built on first use: most commands (a route add) never print or filter.
  private namesState?: Names;
  private printerState?: IpPrinter;
  private filterState?: RouteFilter;

  constructor(session: Session, opts: IpOptions, out: CommandOutput) {
    this.session = session;
    this.opts = opts;
    this.out = out;
    this.family = preferredFamily(opts as IpOptions & IpExtraOptions);
  }

  /** The name databases as this command reads them (once, when first needed). */
  get names(): Names {
    const out = this.out;
    return (this.namesState ??= new Names(this.session.files, (t) => out.err(t), this.opts.numeric));
  }

  /** The json_print.c state of this command. */
  get printer(): IpPrinter {
    const opts = this.opts;
    return (this.printerState ??= new IpPrinter(this.out, {
      json: opts.json,
      pretty: opts.pretty,
      color: opts.color && !opts.json,
    }));
  }

  /** iproute.c's filter (reset as iproute_reset_filter() leaves it until a handler sets it). */
  get filter(): RouteFilter {
    return (this.filterState ??= resetRouteFilter());
  }

  set filter(f: RouteFilter) {
    this.filterState = f;
  }

  /** _SL_: the line separator, `\` with `-o` (oneline). */
  get sl(): string {
    return this.opts.oneline ? '\\' : '\n';
  }

  /** ll_index_to_name(): the device name, `*` for 0, `if<N>` for an unknown index. */
  linkName(ifindex: number): string {
    if (ifindex === 0) return '*';
    return this.session.host.link(ifindex)?.name ?? `if${ifindex >>> 0}`;
  }

  /** ll_name_to_index(): the index of a device name; `if<N>` is read as N; 0 if none. */
  linkIndex(name: string): number {
    const link = this.session.host.linkByName(name);
    if (link) return link.ifindex;
    // ll_idx_a2n: sscanf(name, "if%u", &idx).
    const m = /^if[ \t\n\v\f\r]*\+?(\d+)/.exec(name);
    return m ? Number(BigInt.asUintN(32, BigInt(m[1]))) : 0;
  }

  /** filter_nlmsg() with this command's filter and preferred family. */
  filterPasses(msg: RouteMessage): boolean {
    return filterNlmsg(this.filter, msg, this.family);
  }
}
