# One INTERFACE target carries the language level, warnings and Qt strictness
# defines; every Veil target links it (STYLE.md, after qBittorrent's CommonConfig).
add_library(veil_project_options INTERFACE)
target_compile_features(veil_project_options INTERFACE cxx_std_20)
target_compile_definitions(veil_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    VEIL_VERSION="${PROJECT_VERSION}")
if(WIN32)
    # <windows.h> must not define min() and max() macros over std::min, std::max and numeric_limits.
    target_compile_definitions(veil_project_options INTERFACE NOMINMAX)
endif()
if(MSVC)
    target_compile_options(veil_project_options INTERFACE /W4 /permissive- /Zc:__cplusplus)
else()
    target_compile_options(veil_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -Wno-missing-field-initializers)
endif()
