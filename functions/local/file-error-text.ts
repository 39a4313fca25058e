/** A file-system error as a user reads it: "no such file", not "ENOENT: no such file or directory, stat '…'". */
export function fileErrorText(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a directory, not a file';
  if (code === 'ENOTDIR') return 'a file is in the way where a directory should be';
  if (code === 'EROFS') return 'a read-only file system';
  return err instanceof Error ? err.message : String(err);
}
