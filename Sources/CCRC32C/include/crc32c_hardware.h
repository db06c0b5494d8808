#ifndef TRELLIS_CRC32C_HARDWARE_H
#define TRELLIS_CRC32C_HARDWARE_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has a CRC-32C instruction that trellis_crc32c_hardware_update uses
/// (SSE 4.2 on x86-64, the CRC extension on 64-bit ARM).
int trellis_crc32c_hardware_available(void);

/// Adds `count` bytes at `bytes` to the CRC-32C register `state` (kept inverted, as the
/// software implementation keeps it) and returns the new register. Only to be called when
/// trellis_crc32c_hardware_available() returns 1.
uint32_t trellis_crc32c_hardware_update(uint32_t state, const void *bytes, size_t count);

#endif
