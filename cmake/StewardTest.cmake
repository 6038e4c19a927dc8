# steward_add_test(<source> LABEL <unit|gui|integration|crosscheck> [LIBS <targets>...])
#
# One test executable per test file: tests/<layer>/<feature>/test_Foo.cpp becomes the
# executable test_Foo, registered with CTest under the given label. Every test runs with
# the offscreen platform and a UTF-8 locale; STEWARD_SHARED_DATA points at ../shared/data
# beside the checkout (tests skip with a message where it is absent).
set(STEWARD_SHARED_DATA "${CMAKE_SOURCE_DIR}/../shared/data" CACHE PATH
    "Folder of real third-party test files (read in place, never copied)")

function(steward_add_test source)
  cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "LIBS" ${ARGN})
  if(NOT ARG_LABEL)
    message(FATAL_ERROR "steward_add_test(${source}): LABEL is required")
  endif()
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE Qt6::Test Qt6::Xml steward_models ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    STEWARD_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    STEWARD_BINARY_DIR="${CMAKE_BINARY_DIR}"
    STEWARD_SHARED_DATA="${STEWARD_SHARED_DATA}"
    STEWARD_EXECUTABLE="$<TARGET_FILE:steward>")
  # The same definitions as steward_models, so its precompiled header can be reused.
  target_compile_definitions(${name} PRIVATE QT_NO_FOREACH)
  target_precompile_headers(${name} REUSE_FROM steward_models)
  add_dependencies(${name} steward)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS ${ARG_LABEL}
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;STEWARD_NO_KEYCHAIN=1")
endfunction()
