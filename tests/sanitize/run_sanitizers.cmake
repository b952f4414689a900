# Builds rtcare_core and its Catch2 tests (rtcare_core_tests) with AddressSanitizer and
# UndefinedBehaviorSanitizer in a sub-build of the whole project, and runs them. Any report
# fails the run (UBSan does not recover; ASan stops at the first error, leaks included).
# Runs only when RTCARE_SANITIZERS=1 is set; otherwise, or when the compiler cannot link
# sanitized programs, it prints "sanitizers: SKIPPED" (CTest SKIP_REGULAR_EXPRESSION):
# reported skipped, never passed.
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DCXX=... [-DLAUNCHER=ccache] -P run_sanitizers.cmake
# Opt-in: a cold sanitized build of rtcare_core and its tests takes ~8-11 min on 2 cores
# (75 s to run them), too long for every CI run; ccache makes later runs quick.
if(NOT "$ENV{RTCARE_SANITIZERS}" STREQUAL "1")
    message("sanitizers: SKIPPED: opt-in; run 'RTCARE_SANITIZERS=1 ctest -R sanitizers' "
            "(about 10 min the first time on 2 cores, then ~2 min with ccache)")
    return()
endif()

set(flags "-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer")

# Can this compiler link a sanitized program at all (libasan/libubsan installed)?
set(probe_dir ${BUILD_DIR}/probe)
file(MAKE_DIRECTORY ${probe_dir})
file(WRITE ${probe_dir}/probe.cpp "int main() { return 0; }\n")
separate_arguments(flag_list UNIX_COMMAND "${flags}")
execute_process(COMMAND ${CXX} ${flag_list} ${probe_dir}/probe.cpp -o ${probe_dir}/probe
                RESULT_VARIABLE probed OUTPUT_QUIET ERROR_QUIET)
if(NOT probed EQUAL 0)
    message("sanitizers: SKIPPED: ${CXX} cannot link with -fsanitize=address,undefined "
            "(install libasan and libubsan for it, e.g. gcc's packages)")
    return()
endif()

set(launcher_arg "")
if(LAUNCHER)
    set(launcher_arg -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -G Ninja
            -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_COMPILER=${CXX} ${launcher_arg}
            "-DCMAKE_CXX_FLAGS_SANITIZE=${flags}"
            "-DCMAKE_EXE_LINKER_FLAGS_SANITIZE=-fsanitize=address,undefined"
            -DRTCARE_WERROR=OFF -DRTCARE_BUILD_TESTS=ON
    RESULT_VARIABLE configured OUTPUT_QUIET)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "sanitizers: configuring the sanitized build failed")
endif()
string(TIMESTAMP started "%s")
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target rtcare_core_tests
                        --parallel 2
                RESULT_VARIABLE built OUTPUT_VARIABLE build_output ERROR_VARIABLE build_output)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "sanitizers: building the sanitized core tests failed:\n${build_output}")
endif()
string(TIMESTAMP compiled "%s")
math(EXPR build_seconds "${compiled} - ${started}")
message("sanitizers: built in ${build_seconds} s; running rtcare_core_tests under ASan/UBSan")

set(ENV{ASAN_OPTIONS} "detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1")
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1:halt_on_error=1")
set(ENV{LSAN_OPTIONS} "suppressions=${SOURCE_DIR}/tests/sanitize/lsan.supp:print_suppressions=0")
set(ENV{QT_QPA_PLATFORM} "offscreen")
set(ENV{TZ} "UTC")
execute_process(COMMAND ${BUILD_DIR}/tests/rtcare_core_tests --warn NoAssertions
                WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE ran)
string(TIMESTAMP finished "%s")
math(EXPR run_seconds "${finished} - ${compiled}")
if(NOT ran EQUAL 0)
    message(FATAL_ERROR "sanitizers: rtcare_core_tests failed or a sanitizer reported an error "
                        "(exit ${ran}, after ${run_seconds} s); see the output above")
endif()
message("sanitizers: rtcare_core_tests clean under ASan/UBSan (${run_seconds} s)")
