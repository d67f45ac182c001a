import { readFileSync } from 'node:fs';

/** Samples a process's peak resident memory (VmHWM, Linux) until it exits; resolves with MB. */
export function trackPeakRss(pid) {
  let peak = 0;
  const sample = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // The process has exited.
    }
  };
  const timer = setInterval(sample, 25);
  return { stop: () => (clearInterval(timer), sample(), peak) };
}
