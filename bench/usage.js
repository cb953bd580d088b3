// Preloaded (`node --require bench/usage.js …`) into every measured process. On exit it writes
// the process's peak RSS, CPU time and any phase timings the script recorded to the file named by
// BENCH_REPORT, so memory is measured the same node-only way for our scripts and for the CLI.
'use strict';
const { writeFileSync } = require('fs');

const report = process.env.BENCH_REPORT;
const phases = {};
const cpuPhases = {};
const extra = {};
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
globalThis.__bench = {
  /** Records a phase duration in milliseconds. */
  phase(name, ms) {
    phases[name] = (phases[name] ?? 0) + ms;
  },
  /**
   * Runs fn and records its wall time and this process's CPU time in milliseconds. On a busy
   * machine wall time includes waiting for a core; CPU time mostly does not (GC helper threads
   * add a little).
   */
  time(name, fn) {
    const wall = process.hrtime.bigint();
    const cpu = cpuMs();
    try {
      return fn();
    } finally {
      cpuPhases[name] = (cpuPhases[name] ?? 0) + cpuMs() - cpu;
      phases[name] = (phases[name] ?? 0) + Number(process.hrtime.bigint() - wall) / 1e6;
    }
  },
  /** Records any other fact about the run (resource counts, findings). */
  note(name, value) {
    extra[name] = value;
  },
};

if (report) {
  process.on('exit', (code) => {
    const u = process.resourceUsage();
    writeFileSync(
      report,
      JSON.stringify({
        exitCode: code,
        maxRssMB: u.maxRSS / 1024, // resourceUsage reports kilobytes
        cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
        phases,
        cpuPhases,
        extra,
      }),
    );
  });
}
