/**
 * Kernel errors as the engine returns them: an errno (printed by iproute2 as
 * "RTNETLINK answers: <strerror>") and, where the kernel sets one, an extack message
 * (printed as "Error: <msg>.").
 */
export const EPERM = 1;
export const ENOENT = 2;
export const ESRCH = 3;
export const EAGAIN = 11;
export const ENOMEM = 12;
export const EACCES = 13;
export const EEXIST = 17;
export const ENODEV = 19;
export const EINVAL = 22;
export const ERANGE = 34;
export const EMSGSIZE = 90;
export const EOPNOTSUPP = 95;
export const EAFNOSUPPORT = 97;
export const EADDRNOTAVAIL = 99;
export const ENETDOWN = 100;
export const ENETUNREACH = 101;
export const ENOBUFS = 105;
export const EHOSTUNREACH = 113;

const STRERROR: Record<number, string> = {
  [EPERM]: 'Operation not permitted',
  [ENOENT]: 'No such file or directory',
  [ESRCH]: 'No such process',
  [EAGAIN]: 'Resource temporarily unavailable',
  [ENOMEM]: 'Cannot allocate memory',
  [EACCES]: 'Permission denied',
  [EEXIST]: 'File exists',
  [ENODEV]: 'No such device',
  [EINVAL]: 'Invalid argument',
  [ERANGE]: 'Numerical result out of range',
  [EMSGSIZE]: 'Message too long',
  [EOPNOTSUPP]: 'Operation not supported',
  [EAFNOSUPPORT]: 'Address family not supported by protocol',
  [EADDRNOTAVAIL]: 'Cannot assign requested address',
  [ENETDOWN]: 'Network is down',
  [ENETUNREACH]: 'Network is unreachable',
  [ENOBUFS]: 'No buffer space available',
  [EHOSTUNREACH]: 'No route to host',
};

/** strerror(3) text for an errno, as glibc prints it. */
export function strerror(errno: number): string {
  return STRERROR[errno] ?? `Unknown error ${errno}`;
}

/** A failed kernel request: errno plus the optional extended-ack message (without final dot). */
export interface KernelError {
  readonly errno: number;
  readonly extack?: string;
}

/** Result of a kernel request: ok with a value, or a KernelError. */
export type KResult<T = void> = { ok: true; value: T } | { ok: false; error: KernelError };

/** A successful KResult. */
export function ok<T>(value: T): KResult<T> {
  return { ok: true, value };
}

/** A failed KResult. */
export function fail<T = never>(errno: number, extack?: string): KResult<T> {
  return { ok: false, error: extack === undefined ? { errno } : { errno, extack } };
}
