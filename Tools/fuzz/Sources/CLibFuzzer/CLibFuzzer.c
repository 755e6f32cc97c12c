// The declaration in include/CLibFuzzer.h is the whole module; libFuzzer itself is linked by -sanitize=fuzzer.
