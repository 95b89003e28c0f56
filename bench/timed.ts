import { spawnSync } from 'node:child_process';

/** Runs a command under `/usr/bin/time`: wall-clock seconds and the peak memory of its largest process. */
export function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { seconds: number; peakMB: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${(result.stdout + result.stderr).split('\n').slice(-40).join('\n')}`);
  }
  const [seconds = 0, kb = 0] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { seconds, peakMB: kb / 1024 };
}
