# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Fails when a front-end source (console, CLI, programs) includes a header of the store: front ends
# call the services (core/Core.h), which own every rule; repositories are theirs alone.
# Usage: cmake -DDIRS="<dir>;<dir>" -P front_ends_use_services.cmake
if(NOT DIRS)
    message(FATAL_ERROR "DIRS is empty")
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
        file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"][^>\"]*store/[^>\"]*[>\"]")
        foreach(line IN LISTS lines)
            string(REGEX MATCH "[<\"][^>\"]*[>\"]" header "${line}")
            list(APPEND offenders "${source}: includes ${header}")
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
    message(FATAL_ERROR "front ends must use the services (core/Core.h), not the store")
endif()
message(STATUS "${scanned} front-end sources, none includes the store")
