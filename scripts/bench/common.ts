// Helpers shared by the benchmarks under scripts/bench/.
import os from 'node:os';

/** The p-th percentile of an ascending array (nearest rank). */
export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** `uptime`'s load averages, printed beside every figure: the machine is shared. */
export const loadavg = () => `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`;

/** fetch with one retry: a keep-alive socket the server just closed as idle fails with ECONNRESET. */
export async function fetchRetry(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw err;
    return fetch(url, init);
  }
}
