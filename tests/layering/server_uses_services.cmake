# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Fails when server code (the runtime in src/net) calls a repository of its Store: it holds a
# Store — its own connection — only to build the services, which own every rule.
# Usage: cmake -DDIRS="<dir>;<dir>" -P server_uses_services.cmake
if(NOT DIRS)
    message(FATAL_ERROR "DIRS is empty")
endif()
# store.outbox()., m_store->workflows()., store().keys(). …: the Store's repository accessors.
set(accessor "[Ss]tore(\\(\\))?(\\.|->)(users|groups|keys|workflows|outbox|verifications|windowsLogons|lookupFailures|audit)\\(\\)")
set(offenders "")
set(scanned 0)
foreach(dir IN LISTS DIRS)
    if(NOT IS_DIRECTORY "${dir}")
        message(FATAL_ERROR "${dir} is not a folder")
    endif()
    file(GLOB_RECURSE sources "${dir}/*.cpp" "${dir}/*.h")
    foreach(source IN LISTS sources)
        math(EXPR scanned "${scanned} + 1")
        file(STRINGS "${source}" lines REGEX "${accessor}")
        foreach(line IN LISTS lines)
            string(REGEX MATCH "${accessor}" call "${line}")
            list(APPEND offenders "${source}: calls ${call}")
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
    message(FATAL_ERROR "the server must call the services, not the store's repositories")
endif()
message(STATUS "${scanned} server sources, none calls a repository")
