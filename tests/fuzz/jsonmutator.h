#pragma once

#include <cstddef>
#include <cstdint>

// A structure-aware mutation for libFuzzer's LLVMFuzzerCustomMutator: parses the input as
// JSON and changes a few nodes (a value swapped for an edge case or a GWS word, a key
// dropped or added, an array entry duplicated, a subtree moved elsewhere), so most
// mutants are still JSON that reaches the notification parser and the model. Inputs that
// are not JSON, and every other mutation, go to libFuzzer's byte-level mutators, which
// make the truncated and malformed bodies a broken server sends.
size_t mutateJson(uint8_t *data, size_t size, size_t maxSize, unsigned int seed);
