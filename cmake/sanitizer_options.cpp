// Linked into every program of a SOFTPHONE_SANITIZE build (the tree scripts/test.sh runs),
// so a suite behaves the same under ctest, by hand, or started by another test.
// ASAN_OPTIONS / UBSAN_OPTIONS in the environment still override these.
//  - detect_leaks=0: Qt's plugins and caches live until exit; the fuzz run checks leaks in
//    the parsers, where they matter.
//  - halt_on_error: the first finding fails the test that hit it, with its stack.

extern "C" __attribute__((visibility("default"), used)) const char *__asan_default_options()
{
    return "detect_leaks=0:abort_on_error=0:strict_string_checks=1";
}

extern "C" __attribute__((visibility("default"), used)) const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}
