/**
 * The scripts the end-to-end tests make the app build (by crafting a packet, editing a rule,
 * dragging one), written out in full so the kernel's answers for exactly these scripts can be
 * recorded (e2e/record-examples.ts). The tests check that the app's script is this text, then that
 * its verdicts are the kernel's.
 */
import { example as lartc } from '../src/scenario/examples/lartc-mail';

const [head, tail] = (() => {
  // Visual edits go after the last line that changes the machine, before the shows and probes.
  const at = lartc.script.indexOf('ip rule show\n');
  return [lartc.script.slice(0, at), lartc.script.slice(at)];
})();

/** Scripts by case name. */
export const CASES: Record<string, string> = {
  /** The packet form: mail (tcp port 25) marked 1, added as a probe at the end. */
  craft: `${lartc.script}ip route get 192.0.2.25 mark 0x1 ipproto tcp dport 25\n`,
  /** The rule form: rule 32765 edited to match mark 2 instead of 1. */
  editRule: `${head}ip rule del from all fwmark 0x1 lookup mail.out pref 32765\nip rule add fwmark 2 lookup mail.out pref 32765\n${tail}`,
  /** Drag and drop: rule 32765 dropped onto main's row, so it goes after main. */
  drag: `${head}ip rule del from all fwmark 0x1 lookup mail.out pref 32765\nip rule add from all fwmark 0x1 lookup mail.out pref 32766\n${tail}`,
  /** The Links tab: ppp0 set down. */
  linkDown: `${head}ip link set ppp0 down\n${tail}`,
  /** The Tables tab: a more specific route added to table mail.out. */
  routeAdd: `${head}ip route add 192.0.2.0/24 via 10.0.0.254 table mail.out\n${tail}`,
  /** A command the kernel refuses, typed into the script. */
  badLine: `${lartc.script}ip rule add pref 40000 goto 100\n`,
};
