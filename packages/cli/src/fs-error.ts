import { relative } from "node:path";

/** A file-system problem the user can fix, said in one line (exit 2): the path, what went wrong, what to do. */
export class FileSystemError extends Error {
  override readonly name = "FileSystemError";
}

/** What each errno means for the user, and what to do about it. */
const explanations: Readonly<Record<string, string>> = {
  ENOTDIR: "a part of this path is a file, not a folder; move the file away or choose another output folder",
  EEXIST: "something already exists there; move it away or choose another output folder",
  EISDIR: "this is a folder where a file was expected; move the folder away",
  EACCES: "permission denied; check the permissions of this path",
  EPERM: "operation not permitted; check the permissions and attributes of this path",
  EROFS: "the file system is read-only; mount it read-write or choose another output folder",
  ENOSPC: "no space left on the device; free some space and run gen again",
  EDQUOT: "the disk quota is exceeded; free some space and run gen again",
  ENOENT: "no such file or folder; check the path",
  ELOOP: "too many symbolic links; check the path",
  EBUSY: "the path is busy (a mount point?); choose another output folder",
  EXDEV: "the path spans two file systems; keep the output folder and its parent on one",
  EMFILE: "too many open files; raise the limit (ulimit -n) and run gen again",
  EIO: "input/output error from the device; check the disk",
};

/** The errno error of a failed `fs` call, if this is one. */
function errnoOf(error: unknown): (NodeJS.ErrnoException & { code: string }) | undefined {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string"
    ? (error as NodeJS.ErrnoException & { code: string })
    : undefined;
}

/**
 * The one-line message for a file-system error thrown by Node (`ENOSPC: no space left...`), with the path relative
 * to the project; undefined for anything else (a bug).
 * @example describeFileSystemError(err, "/p") // "cannot write generated/sql/x.sql: no space left on the device; ..."
 */
export function describeFileSystemError(error: unknown, root: string): string | undefined {
  if (error instanceof FileSystemError) return error.message;
  const errno = errnoOf(error);
  if (!errno?.code.startsWith("E")) return undefined;
  const what = explanations[errno.code] ?? `${errno.code} (${errno.message.split("\n")[0]})`;
  const path = errno.path === undefined ? "" : ` ${relative(root, errno.path) || "."}`;
  return `cannot ${errno.syscall ?? "access"}${path}: ${what}`;
}
