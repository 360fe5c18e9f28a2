# veil_add_test(<name> <label> <sources...> [WRAPPER <command> [args...]])
# One executable per test class, linked to veil_core and the test support library,
# run offscreen with a fixed locale and asserts forced on (STYLE.md).
# WRAPPER runs the test through <command> [args...] <test-executable>, e.g. a script that
# provides a private D-Bus session and keyring.
function(veil_add_test name label)
    cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "WRAPPER")
    set(sources ${arg_UNPARSED_ARGUMENTS})
    list(GET sources 0 first_source)
    if(NOT EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${first_source}")
        message(STATUS "veil_add_test: ${first_source} not present yet, skipping ${name}")
        return()
    endif()
    # The tests start Veil as a command-line program: on Windows that is veil.com, the console
    # build of veil.exe (app/CMakeLists.txt).
    set(veil_cli veil)
    if(WIN32)
        set(veil_cli veil_console)
    endif()
    add_executable(${name} ${sources})
    target_link_libraries(${name} PRIVATE veil_test_support veil_core Qt6::Test veil_project_options)
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
        VEIL_BINARY="$<TARGET_FILE:${veil_cli}>"
        VEIL_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    add_dependencies(${name} ${veil_cli})
    if(arg_WRAPPER)
        add_test(NAME ${name} COMMAND ${arg_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(timeout 120)
    if(label STREQUAL "integration")
        set(timeout 600)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS ${label}
        TIMEOUT ${timeout}
        # A private cache home: the HTTP cache of a window or engine a test starts with default
        # settings must not land in the user's own cache folder.
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;QT_FORCE_ASSERTS=1;XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache-home;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-data-home")
endfunction()
