// libFuzzer's driver, linked in by `-sanitize=fuzzer`: each fuzz target's main hands it the
// command line and the function that tries one input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*testOneInput)(const uint8_t *data, size_t size));
