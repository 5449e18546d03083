/**
 * Everything the inputs say about a machine, gathered from all their blocks: the dumps of each
 * kind (a later dump of the same kind replaces an earlier one, with a warning), sysctls, table
 * names, and the rule commands of networkd and NetworkManager configuration.
 */
import type { RouteScope } from './dump-lines';
import type { AddrItem, LinkItem } from './parse-links';
import type { RouteItem } from './parse-routes';
import type { RuleItem } from './parse-rules';
import type { SysctlItem } from './parse-sysctl';
import type { TableLine } from './build-tables';
import type { Located, SourceLoc } from './types';

/** A route dump of one family: its routes, which tables it covers, and where it starts. */
export interface RouteDump {
  routes: Located<RouteItem>[];
  scope: RouteScope;
  loc: SourceLoc;
}

/** What the inputs hold. Undefined parts were not in the input and are left as a fresh machine has them. */
export interface MachineState {
  tableLines: Located<TableLine>[];
  links?: Located<LinkItem>[];
  addrs?: Located<AddrItem>[];
  rules: { 4?: Located<RuleItem>[]; 6?: Located<RuleItem>[] };
  routes: { 4?: RouteDump; 6?: RouteDump };
  /** IPv6 routes found in a family-less `ip route show` dump (used when no `-6` dump is given). */
  routes6FromUnspec?: RouteDump;
  sysctls: Located<SysctlItem>[];
  /** Commands from manager configuration (networkd, NetworkManager), with their places. */
  managerCommands: Located<string>[];
}

/** An empty state. */
export function emptyState(): MachineState {
  return { tableLines: [], rules: {}, routes: {}, sysctls: [], managerCommands: [] };
}
