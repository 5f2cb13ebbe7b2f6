const PT_LOAD = 1;

/**
 * Bytes an ELF64 executable maps before main runs: the summed memory size of its loadable segments
 * (code, data and the zero-filled bss). A static array too big for the memory limit shows here, before
 * the run; at exec time it would only surface as a bare SIGSEGV.
 */
export function loadedBytes(elf: Buffer): number | undefined {
  if (elf.length < 64 || elf.toString("latin1", 0, 4) !== "\x7fELF" || elf[4] !== 2) return undefined;
  const phoff = Number(elf.readBigUInt64LE(0x20));
  const entrySize = elf.readUInt16LE(0x36);
  const count = elf.readUInt16LE(0x38);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const at = phoff + i * entrySize;
    if (at + 0x30 > elf.length) return undefined;
    if (elf.readUInt32LE(at) === PT_LOAD) total += Number(elf.readBigUInt64LE(at + 0x28));
  }
  return total;
}
