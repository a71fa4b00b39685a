// Ids the client sees carry 128 bits of randomness: guessing or colliding with another user's id is not a risk.
import { randomBytes } from 'node:crypto';

export type IdPrefix = 'thr' | 'msg' | 'cti' | 'tc' | 'wf' | 'tsk' | 'atc' | 'shcx' | 'hid' | 'dgm' | 'rev' | 'tok' | 'end' | 'turn';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomBytes(16).toString('hex')}`;
}

/** A well-formed id of the given prefix (used to answer 400 for malformed ids, 404 for unknown ones). */
export function isWellFormedId(value: string, prefix?: IdPrefix): boolean {
  const m = /^([a-z]{2,5})_[A-Za-z0-9]{8,64}$/.exec(value);
  return !!m && (!prefix || m[1] === prefix);
}
