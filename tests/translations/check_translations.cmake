# Fails when a user-visible string has no translation in a committed .ts file.
#
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<project root> -DTS_FILE=<committed .ts>
#         -DWORK_DIR=<scratch dir in the build tree> [-DEXTRA_OPTIONS=-pluralonly]
#         -P check_translations.cmake
#
# EXTRA_OPTIONS are further lupdate options, as ui/CMakeLists.txt gives them for that file
# (the English file holds only the plural forms: -pluralonly).
# Runs lupdate over the same sources as ui/CMakeLists.txt (core/, ui/ and app/, *.cpp and
# *.h, globbed now so that files added since the last configure count too) with the same
# options, into a copy of the committed .ts inside WORK_DIR. The source tree is never
# written. The check fails when
#   - the refreshed copy has a message marked type="unfinished" or with an empty
#     translation (a new string nobody translated, or an old one marked unfinished), or
#   - the copy's set of messages (context, source text, disambiguation) differs from the
#     committed file's: strings were added or removed in the code and
#     `cmake --build <build> --target update_translations` was not run.
cmake_minimum_required(VERSION 3.22)

foreach(var LUPDATE SOURCE_DIR TS_FILE WORK_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check_translations.cmake: pass -D${var}=...")
    endif()
endforeach()
if(NOT EXISTS "${LUPDATE}")
    message(FATAL_ERROR "lupdate not found at '${LUPDATE}'")
endif()
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "translation file not found: ${TS_FILE}")
endif()

# Keep in step with the file(GLOB_RECURSE rtcare_translatable_sources ...) in ui/CMakeLists.txt.
set(source_dirs core ui app)
set(sources)
foreach(dir IN LISTS source_dirs)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND sources ${found})
endforeach()
list(SORT sources)
if(NOT sources)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}/{core,ui,app}")
endif()
set(include_args)
foreach(dir IN LISTS source_dirs)
    list(APPEND include_args "-I${SOURCE_DIR}/${dir}")
endforeach()

# A fresh scratch copy per run; removed again before the verdict.
string(RANDOM LENGTH 8 run_id)
set(scratch "${WORK_DIR}/run-${run_id}")
file(REMOVE_RECURSE "${scratch}")
file(MAKE_DIRECTORY "${scratch}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(ts_copy "${scratch}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${ts_copy}")

execute_process(
    COMMAND "${LUPDATE}" ${sources} ${include_args}
            -no-obsolete -locations none ${EXTRA_OPTIONS} -ts "${ts_copy}"
    WORKING_DIRECTORY "${scratch}"
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_out
    ERROR_VARIABLE lupdate_err)
message(STATUS "lupdate over ${SOURCE_DIR}/{core,ui,app}:\n${lupdate_out}${lupdate_err}")
if(NOT lupdate_result EQUAL 0)
    file(REMOVE_RECURSE "${scratch}")
    message(FATAL_ERROR "lupdate failed (${lupdate_result})")
endif()

file(READ "${TS_FILE}" committed_xml)
file(READ "${ts_copy}" updated_xml)
file(REMOVE_RECURSE "${scratch}")

# Text of the first <tag>...</tag> in `xml` (attributes allowed), raw XML; empty if absent.
function(_element_text xml tag out)
    set(text "")
    string(REGEX MATCH "<${tag}( [^>]*)?>" open "${xml}")
    if(open)
        string(FIND "${xml}" "${open}" start)
        string(LENGTH "${open}" open_length)
        math(EXPR start "${start} + ${open_length}")
        string(SUBSTRING "${xml}" ${start} -1 rest)
        string(FIND "${rest}" "</${tag}>" end)
        if(end GREATER_EQUAL 0)
            string(SUBSTRING "${rest}" 0 ${end} text)
        endif()
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(_unescape text out)
    string(REPLACE "&lt;" "<" text "${text}")
    string(REPLACE "&gt;" ">" text "${text}")
    string(REPLACE "&quot;" "\"" text "${text}")
    string(REPLACE "&apos;" "'" text "${text}")
    string(REPLACE "&amp;" "&" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Walks a .ts file. Sets, in the caller's scope:
#   <prefix>_keys        every message as SEP context SEP source SEP comment SEP (raw XML)
#   <prefix>_count       number of messages
#   <prefix>_untranslated  one line per unfinished or empty message (readable)
# Strings hold ';' and newlines, so no CMake lists: only FIND and SUBSTRING.
string(ASCII 1 SEP)
string(ASCII 2 KEY_END)
function(_scan_ts xml prefix)
    set(keys "")
    set(untranslated "")
    set(count 0)
    set(rest "${xml}")
    while(TRUE)
        string(FIND "${rest}" "<context>" context_start)
        if(context_start LESS 0)
            break()
        endif()
        string(SUBSTRING "${rest}" ${context_start} -1 rest)
        string(FIND "${rest}" "</context>" context_end)
        if(context_end LESS 0)
            message(FATAL_ERROR "malformed .ts: <context> without </context>")
        endif()
        string(SUBSTRING "${rest}" 0 ${context_end} context_xml)
        math(EXPR after "${context_end} + 10")
        string(SUBSTRING "${rest}" ${after} -1 rest)

        _element_text("${context_xml}" name context_name)
        while(TRUE)
            string(REGEX MATCH "<message( [^>]*)?>" message_open "${context_xml}")
            if(NOT message_open)
                break()
            endif()
            string(FIND "${context_xml}" "${message_open}" message_start)
            string(SUBSTRING "${context_xml}" ${message_start} -1 context_xml)
            string(FIND "${context_xml}" "</message>" message_end)
            if(message_end LESS 0)
                message(FATAL_ERROR "malformed .ts: <message> without </message>")
            endif()
            string(SUBSTRING "${context_xml}" 0 ${message_end} message_xml)
            math(EXPR after "${message_end} + 10")
            string(SUBSTRING "${context_xml}" ${after} -1 context_xml)

            _element_text("${message_xml}" source source)
            _element_text("${message_xml}" comment comment)
            string(APPEND keys "${SEP}${context_name}${SEP}${source}${SEP}${comment}${KEY_END}")
            math(EXPR count "${count} + 1")

            # Unfinished, or nothing translated (plain or in any plural form).
            string(REGEX MATCH "<translation( [^>]*)?>" translation_open "${message_xml}")
            _element_text("${message_xml}" translation translation)
            set(problem "")
            if(NOT translation_open)
                if(NOT message_xml MATCHES "<translation( [^>]*)?/>")
                    set(problem "no <translation>")
                else()
                    set(problem "empty translation")
                endif()
            elseif(translation_open MATCHES "type=\"unfinished\"")
                set(problem "unfinished")
            elseif(translation_open MATCHES "type=\"(vanished|obsolete)\"")
                set(problem "obsolete")
            else()
                string(REGEX REPLACE "[ \t\r\n]" "" bare "${translation}")
                if(bare STREQUAL "" OR bare MATCHES "<numerusform></numerusform>"
                   OR bare MATCHES "<numerusform/>")
                    set(problem "empty translation")
                endif()
            endif()
            if(problem)
                _unescape("${source}" shown)
                string(REPLACE "\n" "\\n" shown "${shown}")
                set(line "  [${context_name}] \"${shown}\"")
                if(NOT comment STREQUAL "")
                    _unescape("${comment}" shown_comment)
                    string(APPEND line " (disambiguation: \"${shown_comment}\")")
                endif()
                string(APPEND untranslated "${line} -- ${problem}\n")
            endif()
        endwhile()
    endwhile()
    set(${prefix}_keys "${keys}" PARENT_SCOPE)
    set(${prefix}_count "${count}" PARENT_SCOPE)
    set(${prefix}_untranslated "${untranslated}" PARENT_SCOPE)
endfunction()

# Lines of keys in `from` that `in` does not hold, readable.
function(_missing_keys from in out)
    set(result "")
    set(rest "${from}")
    while(TRUE)
        string(FIND "${rest}" "${KEY_END}" end)
        if(end LESS 0)
            break()
        endif()
        math(EXPR with_end "${end} + 1")
        string(SUBSTRING "${rest}" 0 ${with_end} key)
        string(SUBSTRING "${rest}" ${with_end} -1 rest)
        string(FIND "${in}" "${key}" found)
        if(found LESS 0)
            # key = SEP context SEP source SEP comment KEY_END
            string(SUBSTRING "${key}" 1 -1 key)
            string(FIND "${key}" "${SEP}" cut)
            string(SUBSTRING "${key}" 0 ${cut} context_name)
            math(EXPR cut "${cut} + 1")
            string(SUBSTRING "${key}" ${cut} -1 key)
            string(FIND "${key}" "${SEP}" cut)
            string(SUBSTRING "${key}" 0 ${cut} source)
            _unescape("${source}" source)
            string(REPLACE "\n" "\\n" source "${source}")
            string(APPEND result "  [${context_name}] \"${source}\"\n")
        endif()
    endwhile()
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

_scan_ts("${committed_xml}" committed)
_scan_ts("${updated_xml}" updated)
_missing_keys("${updated_keys}" "${committed_keys}" added)
_missing_keys("${committed_keys}" "${updated_keys}" removed)

set(report "")
if(NOT updated_untranslated STREQUAL "")
    string(APPEND report
        "Messages without a zh_CN translation (context, source text):\n${updated_untranslated}")
endif()
if(NOT added STREQUAL "")
    string(APPEND report
        "In the sources but not in ${ts_name} (run `cmake --build <build dir> --target "
        "update_translations`, then translate them):\n${added}")
endif()
if(NOT removed STREQUAL "")
    string(APPEND report
        "In ${ts_name} but no longer in the sources (run `cmake --build <build dir> --target "
        "update_translations`):\n${removed}")
endif()
if(updated_count EQUAL 0)
    string(APPEND report "lupdate found no messages at all: the check is not looking at the sources.\n")
endif()

if(NOT report STREQUAL "")
    message(FATAL_ERROR "${ts_name} is not complete.\n${report}")
endif()
message(STATUS "${ts_name}: all ${updated_count} messages translated and up to date.")
