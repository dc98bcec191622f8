// Loaded into the CLI under test with `node --import`: makes chosen file-system calls fail the way a full disk, an
// unreadable file or another program saving a file would, so that those cases can be tested as a real process.
// PROFILE_TEST_FAULTS is JSON: { writeFailsUnder, writeError, writeFailsAfter, unreadable, changeOnRead, shortWrites };
// unreadable lists files and folders. shortWrites ({ under, bytesPerWrite, bytesLeft, whenFull }) makes write(2) behave as
// the kernel may: each call below `under` takes at most `bytesPerWrite` bytes and returns that (short) count, and once
// `bytesLeft` bytes are taken, the call that would go past takes what fits and the next fails with ENOSPC (or, with
// whenFull: 'zero', returns 0). renameFails ({ under, after, error, every }) fails the rename into or out of `under`
// that follows the first `after` (with every: true, that one and all after it). killAt ({ under, after }) ends the process with SIGKILL, as `kill -9` would, just before the
// file-system call (open for writing, rename, mkdir, rmdir, unlink) below `under` that comes after the first `after`
// (with afterFailure, counted from the first failed rename on). stdoutError makes every write to standard output fail.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const faults = JSON.parse(process.env.PROFILE_TEST_FAULTS ?? '{}');
const failUnder = faults.writeFailsUnder === undefined ? undefined : path.resolve(faults.writeFailsUnder);
const writeCode = faults.writeError ?? 'ENOSPC';
let writesLeft = faults.writeFailsAfter ?? 0;
const unreadable = new Set((faults.unreadable ?? []).map((file) => path.resolve(file)));
let pendingChange = faults.changeOnRead;

const real = {
  openSync: fs.openSync,
  open: fs.open,
  writeSync: fs.writeSync,
  write: fs.write,
  writeFileSync: fs.writeFileSync,
  readFileSync: fs.readFileSync,
  readFile: fs.readFile,
  readdirSync: fs.readdirSync,
  promisesReaddir: fsp.readdir,
  promisesOpen: fsp.open,
  promisesReadFile: fsp.readFile,
  promisesWriteFile: fsp.writeFile,
};

const doomedDescriptors = new Set();

const short = faults.shortWrites;
const shortUnder = short === undefined ? undefined : path.resolve(short.under);
let shortBytesLeft = short?.bytesLeft ?? Number.POSITIVE_INFINITY;
const shortDescriptors = new Set();

function isBelow(folder, file) {
  if (folder === undefined || typeof file !== 'string') return false;
  const relative = path.relative(folder, path.resolve(file));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function limitsWrites(file, flags) {
  return (
    isBelow(shortUnder, file) &&
    opensForWriting(flags) &&
    !String(file).includes(`${path.sep}.profile.lock${path.sep}`) &&
    !String(file).includes(`${path.sep}.profile-export.lock${path.sep}`)
  );
}

/**
 * How many of `length` bytes the simulated file system takes now: a number (maybe less than asked), 0, or an error.
 * The bytes it takes are really written, so a file cut short shows on disk as it would on a nearly full disk.
 */
function shortCount(length) {
  if (length === 0) return 0;
  if (shortBytesLeft <= 0) {
    if (short.whenFull === 'zero') return 0;
    throw simulated('ENOSPC', 'write', 'a nearly full disk');
  }
  const count = Math.min(length, short.bytesPerWrite ?? length, shortBytesLeft);
  shortBytesLeft -= count;
  return count;
}

/** `write(fd, buffer, offset, length, position)` or `write(fd, string, position, encoding)` as a Buffer slice. */
function asBytes(data, rest) {
  if (typeof data === 'string') {
    const bytes = Buffer.from(data, typeof rest[1] === 'string' ? rest[1] : 'utf8');
    return { bytes, offset: 0, length: bytes.length, position: typeof rest[0] === 'number' ? rest[0] : null };
  }
  if (rest[0] !== null && typeof rest[0] === 'object') {
    const { offset = 0, length = data.byteLength - offset, position = null } = rest[0];
    return { bytes: data, offset, length, position };
  }
  const offset = rest[0] ?? 0;
  return { bytes: data, offset, length: rest[1] ?? data.byteLength - offset, position: rest[2] ?? null };
}

function simulated(code, syscall, file) {
  const messages = {
    ENOSPC: 'no space left on device',
    EACCES: 'permission denied',
    EROFS: 'read-only file system',
    EIO: 'input/output error',
  };
  return Object.assign(new Error(`${code}: ${messages[code] ?? 'simulated'}, ${syscall} '${file}'`), {
    code,
    syscall,
    path: file,
  });
}

function isUnder(file) {
  if (failUnder === undefined || typeof file !== 'string') return false;
  const relative = path.relative(failUnder, path.resolve(file));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function opensForWriting(flags) {
  if (typeof flags === 'number') return (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
  return typeof flags === 'string' && /[wa+]/.test(flags);
}

/**
 * True when this open of a file for writing is one whose writes fail (the first `writeFailsAfter` succeed). The lock's
 * owner note is left alone: writing it is best effort, and counting it would shift every case by one.
 */
function doomed(file, flags) {
  if (!isUnder(file) || !opensForWriting(flags) || String(file).includes(`${path.sep}.profile.lock${path.sep}`))
    return false;
  if (writesLeft > 0) {
    writesLeft--;
    return false;
  }
  return true;
}

function afterRead(file) {
  if (pendingChange === undefined || path.resolve(String(file)) !== path.resolve(pendingChange.file)) return;
  const change = pendingChange;
  pendingChange = undefined;
  real.writeFileSync(change.file, change.text);
}

function checkReadable(file) {
  if (typeof file === 'string' && unreadable.has(path.resolve(file))) throw simulated('EACCES', 'open', file);
}

fs.openSync = (file, flags, ...rest) => {
  const fd = real.openSync(file, flags, ...rest);
  if (doomed(file, flags)) doomedDescriptors.add(fd);
  if (limitsWrites(file, flags)) shortDescriptors.add(fd);
  return fd;
};
fs.open = (file, flags, ...rest) => {
  const callback = rest.pop();
  real.open(file, flags, ...rest, (error, fd) => {
    if (!error && doomed(file, flags)) doomedDescriptors.add(fd);
    if (!error && limitsWrites(file, flags)) shortDescriptors.add(fd);
    callback(error, fd);
  });
};
fs.writeSync = (fd, data, ...rest) => {
  if (fd === 1 && faults.stdoutError) throw simulated(faults.stdoutError, 'write', 'standard output');
  if (doomedDescriptors.has(fd)) throw simulated(writeCode, 'write', `fd ${fd}`);
  if (!shortDescriptors.has(fd)) return real.writeSync(fd, data, ...rest);
  const { bytes, offset, length, position } = asBytes(data, rest);
  const count = shortCount(length);
  return count === 0 ? 0 : real.writeSync(fd, bytes, offset, count, position);
};
fs.write = (fd, data, ...rest) => {
  const callback = rest.pop();
  if (doomedDescriptors.has(fd)) {
    process.nextTick(() => callback(simulated(writeCode, 'write', `fd ${fd}`)));
    return;
  }
  if (!shortDescriptors.has(fd)) return real.write(fd, data, ...rest, callback);
  const { bytes, offset, length, position } = asBytes(data, rest);
  let count;
  try {
    count = shortCount(length);
  } catch (error) {
    process.nextTick(() => callback(error));
    return;
  }
  if (count === 0) process.nextTick(() => callback(null, 0, data));
  else real.write(fd, bytes, offset, count, position, (error, written) => callback(error, written, data));
};
const realCloseSync = fs.closeSync;
fs.closeSync = (fd) => {
  shortDescriptors.delete(fd);
  doomedDescriptors.delete(fd);
  return realCloseSync(fd);
};
fs.writeFileSync = (target, ...rest) => {
  if (doomedDescriptors.has(target)) throw simulated(writeCode, 'write', `fd ${target}`);
  if (typeof target === 'string' && doomed(target, 'w')) throw simulated(writeCode, 'write', target);
  return real.writeFileSync(target, ...rest);
};
fs.readFileSync = (file, ...rest) => {
  checkReadable(file);
  const result = real.readFileSync(file, ...rest);
  afterRead(file);
  return result;
};
fs.readdirSync = (folder, ...rest) => {
  checkReadable(folder);
  return real.readdirSync(folder, ...rest);
};
fsp.readdir = async (folder, ...rest) => {
  checkReadable(folder);
  return real.promisesReaddir(folder, ...rest);
};
fs.readFile = (file, ...rest) => {
  const callback = rest.pop();
  try {
    checkReadable(file);
  } catch (error) {
    process.nextTick(() => callback(error));
    return;
  }
  real.readFile(file, ...rest, (error, data) => {
    if (!error) afterRead(file);
    callback(error, data);
  });
};
fsp.open = async (file, flags, ...rest) => {
  const handle = await real.promisesOpen(file, flags, ...rest);
  if (doomed(file, flags)) {
    const fail = async () => {
      throw simulated(writeCode, 'write', String(file));
    };
    Object.assign(handle, { write: fail, writeFile: fail, writev: fail });
  }
  return handle;
};
fsp.readFile = async (file, ...rest) => {
  checkReadable(file);
  const result = await real.promisesReadFile(file, ...rest);
  afterRead(file);
  return result;
};
fsp.writeFile = async (file, ...rest) => {
  if (typeof file === 'string' && doomed(file, 'w')) throw simulated(writeCode, 'write', file);
  return real.promisesWriteFile(file, ...rest);
};

const renameFaults = faults.renameFails;
let renamesLeft = renameFaults?.after ?? 0;
const kill = faults.killAt;
let callsBeforeKill = kill?.after ?? 0;

function isBookkeeping(file) {
  return String(file).includes(`${path.sep}.profile-export.lock`) || String(file).includes(`${path.sep}.profile.lock`);
}

/** Counts a changing call below killAt.under and ends the process when its turn has come. */
let failureInjected = false;
function maybeKill(...files) {
  if (kill === undefined || !files.some((file) => isBelow(path.resolve(kill.under), file) && !isBookkeeping(file)))
    return;
  // afterFailure: count only the calls that follow the first injected rename failure (those of the undo).
  if (kill.afterFailure && !failureInjected) return;
  if (callsBeforeKill-- <= 0) process.kill(process.pid, 'SIGKILL');
}

const realRenameSync = fs.renameSync;
fs.renameSync = (from, to) => {
  maybeKill(from, to);
  if (
    renameFaults !== undefined &&
    [from, to].some((file) => isBelow(path.resolve(renameFaults.under), file) && !isBookkeeping(file)) &&
    (renameFaults.every ? renamesLeft-- <= 0 : renamesLeft-- === 0)
  ) {
    failureInjected = true;
    throw simulated(renameFaults.error ?? 'EIO', 'rename', String(from));
  }
  return realRenameSync(from, to);
};
for (const name of ['mkdirSync', 'rmdirSync', 'unlinkSync']) {
  const original = fs[name];
  fs[name] = (file, ...rest) => {
    maybeKill(file);
    return original(file, ...rest);
  };
}
const openSyncBeforeKill = fs.openSync;
fs.openSync = (file, flags, ...rest) => {
  if (opensForWriting(flags)) maybeKill(file);
  return openSyncBeforeKill(file, flags, ...rest);
};

// The bundle imports these by name from node:fs; this makes those bindings see the replacements.
syncBuiltinESMExports();
