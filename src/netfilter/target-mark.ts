/** The MARK and CONNMARK targets (revision 2): parsing, `-S` and `-L` text. */
import { paramError } from './errors';
import { badMarkMask, badUint32, GuidedOptions } from './guided';
import type { Extension } from './module';
import { hex, parseCNumber, parseMarkMask } from './numbers';
import type { NfTarget } from './types';

const OPS = ['set-xmark', 'set-mark', 'and-mark', 'or-mark', 'xor-mark'];

/** value/mask of a MARK-style operation (mark_tg_parse): new = (old & ~mask) ^ value. */
function markOp(ext: string, opt: string, arg: string): { value: number; mask: number } {
  if (opt === 'set-xmark' || opt === 'set-mark') {
    const v = parseMarkMask(arg);
    if (!v) throw badMarkMask(ext, opt);
    return opt === 'set-xmark'
      ? { value: v.value, mask: v.mask }
      : { value: v.value, mask: (v.value | v.mask) >>> 0 };
  }
  const n = parseCNumber(arg, 0xffffffff);
  if (n === null) throw badUint32(ext, opt);
  if (opt === 'and-mark') return { value: 0, mask: ~n >>> 0 };
  if (opt === 'or-mark') return { value: n, mask: n };
  return { value: n, mask: 0 };
}

/** `-j MARK`. */
export function markTargetExtension(): Extension<NfTarget> {
  const g = new GuidedOptions(
    'MARK',
    OPS.map((name) => ({ name, excl: OPS })),
  );
  let op: { value: number; mask: number } | undefined;
  return {
    name: 'MARK',
    options: OPS,
    parse(opt, arg) {
      g.see(opt);
      op = markOp('MARK', opt, arg);
    },
    finish() {
      g.check();
      if (!op) throw paramError('MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required');
      return { kind: 'mark', ...op };
    },
  };
}

const CT_OPS = [...OPS, 'save-mark', 'restore-mark'];

/** `-j CONNMARK`. */
export function connmarkTargetExtension(): Extension<NfTarget> {
  const table = [
    ...CT_OPS.map((name) => ({ name, excl: CT_OPS })),
    { name: 'ctmask', excl: ['mask'] },
    { name: 'nfmask', excl: ['mask'] },
    { name: 'mask', excl: ['ctmask', 'nfmask'] },
  ];
  const g = new GuidedOptions('CONNMARK', table);
  let op: { value: number; mask: number } | undefined;
  let sr: 'save' | 'restore' | undefined;
  let ctmask = 0xffffffff;
  let nfmask = 0xffffffff;
  return {
    name: 'CONNMARK',
    options: [...OPS, 'ctmask', 'nfmask', 'mask'],
    flags: ['save-mark', 'restore-mark'],
    parse(opt, arg) {
      g.see(opt);
      if (opt === 'save-mark') sr = 'save';
      else if (opt === 'restore-mark') sr = 'restore';
      else if (opt === 'ctmask' || opt === 'nfmask' || opt === 'mask') {
        const n = parseCNumber(arg, 0xffffffff);
        if (n === null) throw badUint32('CONNMARK', opt);
        if (opt !== 'nfmask') ctmask = n;
        if (opt !== 'ctmask') nfmask = n;
      } else op = markOp('CONNMARK', opt, arg);
    },
    finish() {
      g.check();
      if (!op && !sr) throw paramError('CONNMARK target: No operation specified');
      for (const m of ['ctmask', 'nfmask', 'mask'])
        if (g.has(m) && !sr) throw paramError(`CONNMARK: option "--${m}" also requires "--save-mark".\n`);
      if (sr) return { kind: sr === 'save' ? 'connmark-save' : 'connmark-restore', nfmask, ctmask };
      if (!op) throw paramError('CONNMARK target: No operation specified');
      return { kind: 'connmark-set', ...op };
    },
  };
}

/** "set 0x1", "xset 0x3/0x7", "and 0x5", "or 0x5", "xor 0x5" (mark_tg_print). */
function opText(value: number, mask: number): string {
  if (value === 0) return `and ${hex(~mask >>> 0)}`;
  if (value === mask) return `or ${hex(value)}`;
  if (mask === 0) return `xor ${hex(value)}`;
  if (mask === 0xffffffff) return `set ${hex(value)}`;
  return `xset ${hex(value)}/${hex(mask)}`;
}

type MarkTarget = Extract<NfTarget, { kind: 'mark' | 'connmark-set' | 'connmark-save' | 'connmark-restore' }>;

/** `-S` text after `-j MARK` / `-j CONNMARK`. */
export function saveMarkTarget(t: MarkTarget): string {
  if (t.kind === 'mark' || t.kind === 'connmark-set') return ` --set-xmark ${hex(t.value)}/${hex(t.mask)}`;
  const op = t.kind === 'connmark-save' ? 'save' : 'restore';
  return ` --${op}-mark --nfmask ${hex(t.nfmask)} --ctmask ${hex(t.ctmask)}`;
}

/** `-L` text of MARK / CONNMARK. */
export function listMarkTarget(t: MarkTarget): string {
  if (t.kind === 'mark') return ` MARK ${opText(t.value, t.mask)}`;
  if (t.kind === 'connmark-set') return ` CONNMARK ${opText(t.value, t.mask)}`;
  const all = t.nfmask === 0xffffffff && t.ctmask === 0xffffffff;
  if (t.kind === 'connmark-save') {
    if (all) return ' CONNMARK save';
    if (t.nfmask === t.ctmask) return ` CONNMARK save mask ${hex(t.nfmask)}`;
    return ` CONNMARK save nfmask ${hex(t.nfmask)} ctmask ~${hex(t.ctmask)}`;
  }
  if (all) return ' CONNMARK restore';
  if (t.nfmask === t.ctmask) return ` CONNMARK restore mask ${hex(t.nfmask)}`;
  return ` CONNMARK restore ctmask ${hex(t.ctmask)} nfmask ~${hex(t.nfmask)}`;
}
