// The logs a user would open after something went wrong: the extension host's
// own log (provider failures, unhandled rejections and uncaught errors of any
// extension land there) and News Lens's output channel. A test marks where
// they end, does its work, then asks what was written since.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type * as vscode from 'vscode';

interface LogFile {
  path: string;
  /** Which lines count as problems in this file. */
  problem: RegExp;
}

/**
 * The extension's log folder holds "News Lens.log"; the extension host's log
 * is beside that folder ("exthost.log" in desktop VS Code, "remoteexthost.log"
 * in a remote or code-server window).
 */
async function logFiles(logUri: vscode.Uri): Promise<LogFile[]> {
  const own = logUri.fsPath;
  const host = dirname(own);
  const list = async (dir: string) => readdir(dir).catch(() => [] as string[]);
  return [
    ...(await list(own)).filter((n) => n.endsWith('.log')).map((n) => ({ path: join(own, n), problem: /\[(error|warning)\]/ })),
    ...(await list(host)).filter((n) => /exthost\.log$/i.test(n)).map((n) => ({ path: join(host, n), problem: /\[error\]/ })),
  ];
}

async function size(path: string): Promise<number> {
  return (await readFile(path).catch(() => Buffer.alloc(0))).length;
}

export class LogWatch {
  private constructor(
    private readonly logUri: vscode.Uri,
    private readonly marks: Map<string, number>,
  ) {}

  /** Marks the current end of every log. */
  static async start(logUri: vscode.Uri): Promise<LogWatch> {
    const marks = new Map<string, number>();
    for (const f of await logFiles(logUri)) marks.set(f.path, await size(f.path));
    return new LogWatch(logUri, marks);
  }

  /** The files watched, for a test's report (at least the extension host's log must be among them). */
  async files(): Promise<string[]> {
    return (await logFiles(this.logUri)).map((f) => f.path);
  }

  /** Error lines (and News Lens's own warnings) written since the mark, each with its file's name. */
  async problems(): Promise<string[]> {
    const out: string[] = [];
    for (const f of await logFiles(this.logUri)) {
      const text = (await readFile(f.path).catch(() => Buffer.alloc(0))).subarray(this.marks.get(f.path) ?? 0).toString('utf8');
      for (const line of text.split('\n')) if (f.problem.test(line)) out.push(`${f.path.split('/').pop()}: ${line}`);
    }
    return out;
  }
}
