# Translations (Qt Linguist). English is the source language; these are the others the
# softphone ships, one resources/translations/softphone_<code>.ts each. A translator adds a
# language by adding its code here and running `cmake --build build --target
# update_translations`, which creates (and later refreshes) its .ts file.
set(SOFTPHONE_LANGUAGES de es fr)

set(SOFTPHONE_TS_DIR ${PROJECT_SOURCE_DIR}/resources/translations)
# English needs only its plural forms ("1 call", "2 calls" for "%n call(s)"): a file of
# its own, made with -pluralonly, built in like the others.
set(SOFTPHONE_PLURALS_TS ${SOFTPHONE_TS_DIR}/softphone_en.ts)
# Every layer whose text an agent sees (not sim/: the simulator speaks to developers).
set(SOFTPHONE_TRANSLATED_DIRS model app ui softphone)
# No source locations in the .ts files: line numbers change with every edit and would
# make each update a large diff. Strings that vanished stay in the file (marked so) for
# the translator to see; tests/translations/check-ts.sh refuses to ship them.
set(SOFTPHONE_LUPDATE_OPTIONS -locations none -no-ui-lines)

# Adds the translations to `target` (ui/): the update_translations target (lupdate over
# SOFTPHONE_TRANSLATED_DIRS into the .ts files, English's plural forms included) and each
# .qm built by lrelease into the binary as :/i18n/softphone_<code>.qm. Sets
# SOFTPHONE_LUPDATE_SOURCES_FILE (the list of scanned sources and include folders, in
# lupdate's @file form) for the check.
function(softphone_add_translations target)
  set(sources)
  set(include_dirs)
  foreach(dir IN LISTS SOFTPHONE_TRANSLATED_DIRS)
    file(GLOB found CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${dir}/*.h
                                      ${PROJECT_SOURCE_DIR}/${dir}/*.cpp)
    list(APPEND sources ${found})
    list(APPEND include_dirs ${PROJECT_SOURCE_DIR}/${dir})
  endforeach()
  set(ts_files)
  foreach(code IN LISTS SOFTPHONE_LANGUAGES)
    list(APPEND ts_files ${SOFTPHONE_TS_DIR}/softphone_${code}.ts)
  endforeach()

  qt_add_lupdate(${target} TS_FILES ${ts_files} SOURCES ${sources}
                 INCLUDE_DIRECTORIES ${include_dirs} OPTIONS ${SOFTPHONE_LUPDATE_OPTIONS})
  # A name of its own for English's lupdate (a target of that name need not exist).
  qt_add_lupdate(${target}_plurals TS_FILES ${SOFTPHONE_PLURALS_TS} SOURCES ${sources}
                 INCLUDE_DIRECTORIES ${include_dirs}
                 OPTIONS ${SOFTPHONE_LUPDATE_OPTIONS} -pluralonly)
  qt_add_lrelease(${target} TS_FILES ${ts_files} ${SOFTPHONE_PLURALS_TS}
                  QM_FILES_OUTPUT_VARIABLE qm_files)
  qt_add_resources(${target} "translations" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR}
                   FILES ${qm_files})

  # The same sources for the check, which runs lupdate into a copy of each .ts.
  set(list_file ${CMAKE_BINARY_DIR}/lupdate-sources.lst)
  list(TRANSFORM include_dirs PREPEND "-I" OUTPUT_VARIABLE include_args)
  list(JOIN include_args "\n" includes_text)
  list(JOIN sources "\n" sources_text)
  file(GENERATE OUTPUT ${list_file} CONTENT "${includes_text}\n${sources_text}\n")
  set(SOFTPHONE_LUPDATE_SOURCES_FILE ${list_file} CACHE INTERNAL "")
endfunction()
