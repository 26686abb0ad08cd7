// Desktop only: config files on the local disk are stat-ed and read with Node's fs. Through vscode.workspace.fs each
// call first waits for the window (a round trip that takes most of a second while a fresh window is starting), and
// finding a note's config is on the way to its first diagnostics. The answers are those workspace.fs gives: a link
// reports its target's type plus SymbolicLink (a dangling one Unknown plus SymbolicLink), errors are FileSystemErrors.
// Other schemes (remote, virtual) still go through workspace.fs.
import { promises as fsp, type Stats } from 'node:fs';
import * as vscode from 'vscode';
import type { ConfigFs } from './configs.js';

export function nodeConfigFs(fallback: ConfigFs = vscode.workspace.fs): ConfigFs {
  return {
    async stat(uri) {
      if (uri.scheme !== 'file') return fallback.stat(uri);
      try {
        const own = await fsp.lstat(uri.fsPath);
        if (!own.isSymbolicLink()) return fileStat(own, typeOf(own));
        const target = await fsp.stat(uri.fsPath).catch(() => undefined);
        return fileStat(target ?? own, (target ? typeOf(target) : vscode.FileType.Unknown) | vscode.FileType.SymbolicLink);
      } catch (e) {
        throw fsError(e, uri);
      }
    },
    async readFile(uri) {
      if (uri.scheme !== 'file') return fallback.readFile(uri);
      try {
        return new Uint8Array(await fsp.readFile(uri.fsPath));
      } catch (e) {
        throw fsError(e, uri);
      }
    },
  };
}

function typeOf(s: Stats): vscode.FileType {
  return s.isFile() ? vscode.FileType.File : s.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
}

function fileStat(s: Stats, type: vscode.FileType): vscode.FileStat {
  return { type, ctime: s.birthtime.getTime(), mtime: s.mtime.getTime(), size: s.size };
}

/** Node's error codes as workspace.fs reports them. */
function fsError(e: unknown, uri: vscode.Uri): vscode.FileSystemError {
  switch ((e as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return vscode.FileSystemError.FileNotFound(uri);
    case 'EISDIR':
      return vscode.FileSystemError.FileIsADirectory(uri);
    case 'ENOTDIR':
      return vscode.FileSystemError.FileNotADirectory(uri);
    case 'EPERM':
    case 'EACCES':
      return vscode.FileSystemError.NoPermissions(uri);
    default:
      return new vscode.FileSystemError(uri);
  }
}
