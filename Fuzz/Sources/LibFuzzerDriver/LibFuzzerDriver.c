// Only the declaration in include/LibFuzzerDriver.h: libFuzzer itself provides the function.
