import { type LoadRunOptions, type LoadRunResult, runLoad } from '#load';

/**
 * One load run as the tests make it: the built-in engine, one process, the
 * mock provider only, everything it prints kept in `output` (shown when an
 * expectation fails).
 */
export async function runForTest(
  options: Pick<LoadRunOptions, 'scenario' | 'profile' | 'target' | 'runsDir' | 'workDir'> &
    Partial<Pick<LoadRunOptions, 'keepData' | 'split' | 'afterLoad'>>,
): Promise<LoadRunResult & { output: string }> {
  let output = '';
  const result = await runLoad({
    engine: 'builtin',
    keepData: false,
    split: 1,
    realProvider: false,
    ...options,
    write: { stdout: (text) => (output += text), stderr: (text) => (output += text) },
  });
  return { ...result, output };
}
