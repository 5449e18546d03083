/**
 * iptables' command line (do_parse in iptables/xshared.c): a getopt_long loop over the core
 * options plus the long options of every extension loaded so far (`-m`, `-j`, and the protocol
 * match loaded implicitly by an unknown option after `-p`).
 */
import type { Family } from '../engine/ip';
import { parseAddrMatch } from './addresses';
import type { NfCommand, NfCommandKind } from './command-types';
import { paramError } from './errors';
import { createMatch, createTarget } from './extensions';
import type { Extension, ParseContext } from './module';
import { parseProtocol } from './names';
import { checkChainName, INVERTIBLE, LONG_CORE, protoMatchName, SHORT } from './iptables-options';
import type { NfMatch, NfTarget } from './types';
import { nextWord, type Cursor } from './getopt';
/** State of one parse. */
class CommandParser {
  readonly cmd: NfCommand;
  readonly ctx: ParseContext;
  private readonly exts: Extension<NfMatch>[] = [];
  private target?: Extension<NfTarget>;
  private readonly options = new Set<string>();
  private invert = false;
  private src?: string;
  private dst?: string;
  private srcInv = false;
  private dstInv = false;

  constructor(
    readonly family: Family,
    readonly cur: Cursor,
  ) {
    this.ctx = { family, proto: 0, protoInvert: false, protoGiven: false };
    this.cmd = {
      kinds: [],
      table: 'filter',
      numeric: false,
      verbose: false,
      exact: false,
      lineNumbers: false,
      rule: { proto: 0, protoInvert: false, matches: [], target: { kind: 'none' }, goto: false },
    };
  }

  /** xs_has_arg: the next word exists and starts with neither '-' nor '!'. */
  private hasArg(): boolean {
    const w = this.cur.argv[this.cur.index];
    return w !== undefined && w[0] !== '-' && w[0] !== '!';
  }

  private takeArg(): string {
    return this.cur.argv[this.cur.index++];
  }

  private addCommand(k: NfCommandKind, others: string): void {
    if (this.invert) throw paramError("unexpected '!' flag");
    const clash = this.cmd.kinds.find((c) => !others.includes(c[0]));
    if (clash) throw paramError(`Cannot use -${k[0]} with -${clash[0]}`);
    this.cmd.kinds.push(k);
  }

  private setOption(c: string): void {
    if (this.options.has(c)) throw paramError(`multiple -${c} flags not allowed`);
    this.options.add(c);
    if (this.invert && !INVERTIBLE.has(c)) throw paramError(`cannot have ! before -${c}`);
  }

  private ruleNumber(w: string): number {
    if (!/^[0-9]+$/.test(w) || Number(w) === 0 || Number(w) > 0x7fffffff)
      throw paramError(`Invalid rule number \`${w}'`);
    return Number(w);
  }

  /** Handles one core option `c` with argument `arg` (undefined for none / absent optional). */
  core(c: string, arg: string | undefined): void {
    const cmd = this.cmd;
    const r = cmd.rule;
    switch (c) {
      case 'A':
      case 'C':
        this.addCommand(c, '');
        cmd.chain = arg;
        break;
      case 'D':
        this.addCommand('D', '');
        cmd.chain = arg;
        if (this.hasArg()) {
          cmd.rulenum = this.ruleNumber(this.takeArg());
          cmd.kinds[cmd.kinds.length - 1] = 'Dnum';
        }
        break;
      case 'R':
        this.addCommand('R', '');
        cmd.chain = arg;
        if (this.hasArg()) cmd.rulenum = this.ruleNumber(this.takeArg());
        else throw paramError('-R requires a rule number');
        break;
      case 'I':
        this.addCommand('I', '');
        cmd.chain = arg;
        cmd.rulenum = this.hasArg() ? this.ruleNumber(this.takeArg()) : 1;
        break;
      case 'L':
      case 'S':
        this.addCommand(c, 'Z');
        if (arg !== undefined) cmd.chain = arg;
        else if (this.hasArg()) cmd.chain = this.takeArg();
        if (this.hasArg()) cmd.rulenum = this.ruleNumber(this.takeArg());
        break;
      case 'F':
      case 'X':
        this.addCommand(c, '');
        if (arg !== undefined) cmd.chain = arg;
        else if (this.hasArg()) cmd.chain = this.takeArg();
        break;
      case 'Z':
        this.addCommand('Z', 'LS');
        if (arg !== undefined) cmd.chain = arg;
        else if (this.hasArg()) cmd.chain = this.takeArg();
        if (this.hasArg()) {
          cmd.rulenum = this.ruleNumber(this.takeArg());
          cmd.kinds[cmd.kinds.length - 1] = 'Znum';
        }
        break;
      case 'N':
        checkChainName(arg!);
        this.addCommand('N', '');
        cmd.chain = arg;
        break;
      case 'E':
        this.addCommand('E', '');
        cmd.chain = arg;
        if (this.hasArg()) cmd.newName = this.takeArg();
        else throw paramError('-E requires old-chain-name and new-chain-name');
        break;
      case 'P':
        this.addCommand('P', '');
        cmd.chain = arg;
        if (this.hasArg()) cmd.policy = this.takeArg();
        else throw paramError('-P requires a chain and a policy');
        break;
      case 'p': {
        this.setOption('p');
        const name = arg!.toLowerCase();
        const p = parseProtocol(name);
        if (p === null) throw paramError(`unknown protocol "${arg}" specified`);
        if (p === 0 && this.invert) throw paramError('rule would never match protocol');
        r.proto = p;
        r.protoInvert = this.invert;
        this.ctx.proto = p;
        this.ctx.protoInvert = this.invert;
        this.ctx.protoGiven = true;
        break;
      }
      case 's':
        this.setOption('s');
        this.src = arg;
        this.srcInv = this.invert;
        break;
      case 'd':
        this.setOption('d');
        this.dst = arg;
        this.dstInv = this.invert;
        break;
      case 'i':
      case 'o': {
        if (arg === '') throw paramError('Empty interface is likely to be undesired');
        this.setOption(c);
        if (arg!.length > 15) throw paramError(`interface name \`${arg}' must be shorter than IFNAMSIZ (15)`);
        const m = { name: arg!, invert: this.invert };
        if (c === 'i') r.iif = m;
        else r.oif = m;
        break;
      }
      case 'f':
        this.setOption('f');
        r.fragment = !this.invert;
        break;
      case 'j':
      case 'g':
        this.setOption(c === 'j' ? 'j' : 'g');
        if (c === 'g') {
          r.goto = true;
          r.jumpName = arg;
          break;
        }
        this.target = createTarget(arg!) ?? undefined;
        if (!this.target) r.jumpName = arg;
        break;
      case 'm': {
        if (this.invert) throw paramError('unexpected ! flag before --match');
        const m = createMatch(arg!, this.family);
        if (!m) throw paramError(`Couldn't load match \`${arg}':No such file or directory\n`);
        this.exts.push(m);
        break;
      }
      case 't':
        if (this.invert) throw paramError('unexpected ! flag before --table');
        cmd.table = arg!;
        break;
      case 'n':
        this.setOption('n');
        cmd.numeric = true;
        break;
      case 'v':
        cmd.verbose = true;
        break;
      case 'x':
        this.setOption('x');
        cmd.exact = true;
        break;
      case '0':
        cmd.lineNumbers = true;
        break;
      case 'V':
        cmd.version = true;
        break;
      case 'w':
      case 'W':
      case '4':
      case '6':
      case 'M':
      case 'c':
      case 'b':
        break;
      default:
        throw paramError(`unknown option "${this.cur.argv[this.cur.index - 1]}"`);
    }
  }

  /** Long options of the loaded extensions, newest target last (merged into getopt's table). */
  extensionFor(
    name: string,
  ): { ext: Extension<NfMatch> | Extension<NfTarget>; opt: string; flag: boolean } | null {
    const all: (Extension<NfMatch> | Extension<NfTarget>)[] = [...this.exts];
    if (this.target) all.push(this.target);
    for (const exact of [true, false]) {
      const hits: { ext: Extension<NfMatch> | Extension<NfTarget>; opt: string; flag: boolean }[] = [];
      for (const e of all) {
        for (const o of e.options)
          if (exact ? o === name : o.startsWith(name)) hits.push({ ext: e, opt: o, flag: false });
        for (const o of e.flags ?? [])
          if (exact ? o === name : o.startsWith(name)) hits.push({ ext: e, opt: o, flag: true });
      }
      if (hits.length === 1 || (exact && hits.length > 0)) return hits[hits.length - 1];
      if (hits.length > 1) return null;
    }
    return null;
  }

  /** command_default: an option no core table knows; maybe the protocol's match knows it. */
  extensionOption(name: string, inline: string | undefined, word: string): void {
    let hit = this.extensionFor(name);
    if (
      !hit &&
      this.ctx.protoGiven &&
      !this.exts.some((e) => e.name === protoMatchName(this.ctx.proto, this.family))
    ) {
      const m = createMatch(protoMatchName(this.ctx.proto, this.family), this.family);
      if (m && [...m.options, ...(m.flags ?? [])].some((o) => o === name || o.startsWith(name))) {
        this.exts.push(m);
        hit = this.extensionFor(name);
      }
    }
    if (!hit) throw paramError(`unknown option "${word}"`);
    let arg = '';
    if (!hit.flag) {
      if (inline !== undefined) arg = inline;
      else if (this.cur.index < this.cur.argv.length) arg = this.takeArg();
      else throw paramError(`option "${word}" requires an argument`);
    }
    hit.ext.parse(hit.opt, arg, this.invert, this.ctx);
  }

  run(): NfCommand {
    for (;;) {
      const w = nextWord(this.cur, SHORT, LONG_CORE);
      if (w === null) break;
      if (w.kind === 'bang') {
        if (this.invert) throw paramError('multiple consecutive ! not allowed');
        this.invert = true;
        continue;
      }
      if (w.kind === 'bad') throw new BadArgument(w.word);
      if (w.kind === 'missing') throw paramError(`option "${w.word}" requires an argument`);
      if (w.kind === 'core') this.core(w.opt, w.arg);
      else this.extensionOption(w.name, w.arg, w.word);
      this.invert = false;
    }
    return this.finish();
  }

  private finish(): NfCommand {
    const cmd = this.cmd;
    const r = cmd.rule;
    for (const e of this.exts) r.matches.push(e.finish(this.ctx));
    if (this.target) r.target = this.target.finish(this.ctx);
    if (cmd.kinds.length === 0 && !cmd.version) throw paramError('no command specified');
    if (this.invert) throw paramError('nothing appropriate following !');
    if (this.src !== undefined) r.src = parseAddrMatch(this.src, this.family, this.srcInv);
    if (this.dst !== undefined) r.dst = parseAddrMatch(this.dst, this.family, this.dstInv);
    if (cmd.chain !== undefined && cmd.chain.length >= 29)
      throw paramError(`chain name \`${cmd.chain}' too long (must be under 29 chars)`);
    if (
      cmd.table === 'nat' &&
      (cmd.policy === 'DROP' || (r.target.kind === 'verdict' && r.target.verdict === 'DROP'))
    )
      throw paramError(
        '\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n',
      );
    const k = cmd.kinds[0];
    if (k === 'A' || k === 'D' || k === 'I' || k === 'R' || k === 'C') {
      if ((cmd.chain === 'PREROUTING' || cmd.chain === 'INPUT') && r.oif)
        throw paramError(`Can't use -o with ${cmd.chain}\n`);
      if ((cmd.chain === 'POSTROUTING' || cmd.chain === 'OUTPUT') && r.iif)
        throw paramError(`Can't use -i with ${cmd.chain}\n`);
    }
    return cmd;
  }
}

/** A non-option word: "Bad argument `WORD'" (no program prefix). */
export class BadArgument extends Error {}

/** Parses `argv` (without the program name) for `family`. Throws NfError or BadArgument. */
export function parseCommand(argv: readonly string[], family: Family): NfCommand {
  return new CommandParser(family, { argv, index: 0, short: '' }).run();
}
