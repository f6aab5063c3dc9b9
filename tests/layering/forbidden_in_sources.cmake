# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Fails when a source under DIRS has a line matching PATTERN, naming each file and what SHOWN
# (a regex, PATTERN when not given) finds in the line.
# Layer rules that the compiler cannot see: front ends include no store header; the server calls
# no repository.
# Usage: cmake -DDIRS="<dir>;<dir>" -DPATTERN=<regex> [-DSHOWN=<regex>] -DFOUND=<"includes">
#              -DRULE=<sentence> -P forbidden_in_sources.cmake
foreach(required DIRS PATTERN FOUND RULE)
    if(NOT ${required})
        message(FATAL_ERROR "${required} is empty")
    endif()
endforeach()
if(NOT SHOWN)
    set(SHOWN "${PATTERN}")
endif()
set(offenders "")
set(scanned 0)
foreach(dir IN LISTS DIRS)
    if(NOT IS_DIRECTORY "${dir}")
        message(FATAL_ERROR "${dir} is not a folder")
    endif()
    file(GLOB_RECURSE sources "${dir}/*.cpp" "${dir}/*.h")
    foreach(source IN LISTS sources)
        math(EXPR scanned "${scanned} + 1")
        file(STRINGS "${source}" lines REGEX "${PATTERN}")
        foreach(line IN LISTS lines)
            string(REGEX MATCH "${SHOWN}" match "${line}")
            list(APPEND offenders "${source}: ${FOUND} ${match}")
        endforeach()
    endforeach()
endforeach()
if(scanned EQUAL 0)
    message(FATAL_ERROR "no sources found in ${DIRS}")
endif()
if(offenders)
    foreach(offender IN LISTS offenders)
        message(NOTICE "${offender}") # unwrapped, one per line
    endforeach()
    message(FATAL_ERROR "${RULE}")
endif()
message(STATUS "${scanned} sources checked: ${RULE}")
