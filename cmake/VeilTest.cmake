# veil_add_test(<name> <label> <sources...>)
# One executable per test class, linked to veil_core and the test support library,
# run offscreen with a fixed locale and asserts forced on (STYLE.md).
function(veil_add_test name label)
    if(NOT EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${ARGV2}")
        message(STATUS "veil_add_test: ${ARGV2} not present yet, skipping ${name}")
        return()
    endif()
    add_executable(${name} ${ARGN})
    target_link_libraries(${name} PRIVATE veil_test_support veil_core Qt6::Test veil_project_options)
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
        VEIL_BINARY="$<TARGET_FILE:veil>"
        VEIL_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    add_dependencies(${name} veil)
    add_test(NAME ${name} COMMAND ${name})
    set(timeout 120)
    if(label STREQUAL "integration")
        set(timeout 600)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS ${label}
        TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_FORCE_ASSERTS=1")
endfunction()
