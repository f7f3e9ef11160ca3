# softphone_defaults: the warnings and strict Qt defines every layer builds with. One file,
# included by the main build and by the fuzz target's clang project (tests/fuzz/target),
# so the fuzzed code is compiled as the product is.
add_library(softphone_defaults INTERFACE)
target_compile_options(softphone_defaults INTERFACE -Wall -Wextra)
target_compile_definitions(softphone_defaults INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER)

# ASan+UBSan for the whole build: scripts/test.sh builds its tree with it, so every suite
# runs sanitized. Each program gets the sanitizer defaults the suites need (see the file).
option(SOFTPHONE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SOFTPHONE_SANITIZE)
  set(softphone_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
                           -fno-omit-frame-pointer)
  target_compile_options(softphone_defaults INTERFACE ${softphone_sanitizers})
  target_link_options(softphone_defaults INTERFACE ${softphone_sanitizers})
  target_sources(softphone_defaults INTERFACE
    $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:${CMAKE_CURRENT_LIST_DIR}/sanitizer_options.cpp>)
endif()
