# Builds the libFuzzer targets with clang in a sub-build and runs each for a short time
# with the real fixtures as seed corpus. When clang or its libFuzzer runtime is missing it
# prints "fuzz: SKIPPED" (CTest SKIP_REGULAR_EXPRESSION): reported skipped, never passed.
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DFIXTURES=... -DSECONDS=15 -P run_fuzz.cmake
find_program(CLANGXX NAMES clang++-14 clang++ clang++-15 clang++-16)
if(NOT CLANGXX)
    message("fuzz: SKIPPED: clang not found (install clang-14 and libclang-rt-14-dev)")
    return()
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/fuzz -B ${BUILD_DIR} -G Ninja
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=${CLANGXX}
    RESULT_VARIABLE configured)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "fuzz: configuring the fuzz build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --parallel 2 RESULT_VARIABLE built
                ERROR_VARIABLE build_errors)
if(NOT built EQUAL 0)
    if(build_errors MATCHES "libclang_rt.fuzzer|cannot find .*fuzzer")
        message("fuzz: SKIPPED: clang has no libFuzzer runtime (install libclang-rt-14-dev)")
        return()
    endif()
    message(FATAL_ERROR "fuzz: building the fuzz targets failed:\n${build_errors}")
endif()
set(seeds_webrtcinternals "01_*.json;02_*.json;03_*.json;07_*.json")
set(seeds_getstatslegacy "05_*.json")
set(seeds_rtcstats "*.ndjson")
set(seeds_csv "*.csv")
set(seeds_callpair "jitsi-google-legacy-stats-p2p.ndjson")
foreach(target webrtcinternals getstatslegacy rtcstats csv callpair)
    set(corpus ${BUILD_DIR}/corpus-${target})
    file(REMOVE_RECURSE ${corpus})
    file(MAKE_DIRECTORY ${corpus})
    foreach(pattern ${seeds_${target}})
        file(GLOB seeds ${FIXTURES}/${pattern})
        foreach(seed ${seeds})
            get_filename_component(name ${seed} NAME)
            if(target STREQUAL "rtcstats")
                # Line formats: the first 48 KiB (whole lines) of each dump keep runs fast.
                file(READ ${seed} head LIMIT 49152)
                string(FIND "${head}" "\n" last REVERSE)
                if(last GREATER 0)
                    string(SUBSTRING "${head}" 0 ${last} head)
                endif()
                file(WRITE ${corpus}/${name} "${head}\n")
            elseif(target STREQUAL "callpair")
                # Both sides of one call (the Chrome and the Safari dump): 24 KiB of each
                # (whole lines), an empty line between them.
                set(pair_seed "")
                foreach(side jitsi-google-legacy-stats-p2p.ndjson jitsi-safari-standard-stats.ndjson)
                    file(READ ${FIXTURES}/${side} head LIMIT 24576)
                    string(FIND "${head}" "\n" last REVERSE)
                    if(last GREATER 0)
                        string(SUBSTRING "${head}" 0 ${last} head)
                    endif()
                    string(APPEND pair_seed "${head}\n\n")
                endforeach()
                file(WRITE ${corpus}/pair.ndjson "${pair_seed}")
            else()
                file(COPY ${seed} DESTINATION ${corpus})
            endif()
        endforeach()
    endforeach()
    # Big seeds make slow runs under ASan; mutants stay below 128 KiB.
    message("fuzz: ${target} for ${SECONDS} s")
    execute_process(
        COMMAND ${BUILD_DIR}/fuzz_${target} -max_total_time=${SECONDS} -rss_limit_mb=2048
                -timeout=20 -max_len=131072 -print_final_stats=1 ${corpus}
        WORKING_DIRECTORY ${BUILD_DIR}
        RESULT_VARIABLE fuzzed)
    if(NOT fuzzed EQUAL 0)
        message(FATAL_ERROR "fuzz: fuzz_${target} found a crash (see the crash-* file in ${BUILD_DIR})")
    endif()
endforeach()
