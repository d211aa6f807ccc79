# Project-wide compile settings and the helpers every folder uses.

# Warnings for our own targets; -Werror when UPGRADE_WERROR is on (scripts/test and CI).
function(upgrade_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(UPGRADE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                                 -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
        if(UPGRADE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    # Every user-visible string goes through tr(): no implicit const char* -> QString.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                 QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# upgrade_add_test(NAME name SOURCES ... [LIBS ...] [LABELS ...] [GUI] [TIMEOUT s])
# One gtest executable registered with CTest as one test; GUI tests use the QApplication main.
function(upgrade_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    upgrade_set_warnings(${T_NAME})
    if(T_GUI)
        target_link_libraries(${T_NAME} PRIVATE upgradetestsupport_gui ${T_LIBS})
    else()
        target_link_libraries(${T_NAME} PRIVATE upgradetestsupport ${T_LIBS})
    endif()
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "BPMSOFT_UPGRADE_BIN_DIR=${PROJECT_BINARY_DIR}/bin"
            "BPMSOFT_UPGRADE_SOURCE_DIR=${PROJECT_SOURCE_DIR}" ${T_ENVIRONMENT})
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND T_LABELS gui)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}"
                                              ENVIRONMENT "${env}")
endfunction()
