# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Warnings and hardening for every KeyDesk target; call keydesk_target_defaults(target).

set(KEYDESK_WARNING_FLAGS
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)

set(KEYDESK_HARDENING_FLAGS -fstack-protector-strong -fstack-clash-protection -fcf-protection)
set(KEYDESK_HARDENING_LINK_FLAGS -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

function(keydesk_target_defaults target)
    target_compile_options(${target} PRIVATE ${KEYDESK_WARNING_FLAGS} ${KEYDESK_HARDENING_FLAGS})
    if(KEYDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # _FORTIFY_SOURCE needs the optimiser; Debug builds would only warn about it.
    target_compile_definitions(${target} PRIVATE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS
        QT_NO_FOREACH QT_USE_QSTRINGBUILDER)
    target_link_options(${target} PRIVATE ${KEYDESK_HARDENING_LINK_FLAGS})
endfunction()

# Layers below the GUI must not use Qt Widgets. Every QtWidgets header includes
# <QtWidgets/qtwidgetsglobal.h>; a guard directory searched before Qt's turns that into #error.
function(keydesk_forbid_widgets target)
    target_include_directories(${target} BEFORE PRIVATE ${PROJECT_SOURCE_DIR}/cmake/no-widgets)
endfunction()

# A library's headers are reachable as "<folder>/…" only by the targets that link it: its source
# folder is published through an include root of its own (a symbolic link in the build tree),
# never all of src/, so a layer that includes a library it does not link fails to compile.
function(keydesk_publish_headers target folder)
    set(root ${CMAKE_BINARY_DIR}/include/${folder})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${folder} ${root}/${folder} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
endfunction()
