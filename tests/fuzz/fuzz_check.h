#pragma once

#include <cstdio>
#include <cstdlib>

// A property that must hold for every input. Fuzzers run in release-like builds where assert() may
// be compiled out, so the check is explicit: print what broke and abort, which libFuzzer reports as
// a crash and saves the input that caused it.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);            \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
