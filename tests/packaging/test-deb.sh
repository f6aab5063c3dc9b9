#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# The Debian package as a user gets it: built by CPack from this build, installed by dpkg into a
# throwaway root, and the installed keydesk-cli run. Also validates the AppStream metainfo and
# the desktop entry, lints the man pages, and checks that keydesk-cli(1) names every command.
#
#   tests/packaging/test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test-deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/keydesk_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control fields: the run-time Qt plugins are named, the shared libraries found by shlibdeps.
info=$(dpkg-deb --field "$deb" Package Version Depends)
grep -q '^Package: keydesk$' <<<"$info" || fail "package name: $info"
grep -q 'libqt6sql6-sqlite' <<<"$info" || fail "Depends lacks the SQLite driver: $info"
grep -q 'libqt6sql6-psql' <<<"$info" || fail "Depends lacks the PostgreSQL driver: $info"
grep -q 'qt6-qpa-plugins' <<<"$info" || fail "Depends lacks the platform plugins: $info"
grep -q 'libqt6core6' <<<"$info" || fail "Depends lacks Qt Core (shlibdeps): $info"
grep -q 'libzxing' <<<"$info" || fail "Depends lacks ZXing (shlibdeps): $info"

# Install with dpkg into a root of its own (dependencies are this machine's, not that root's).
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
dpkg --root="$root" -s keydesk | grep -q '^Status: install ok installed$' || fail "dpkg does not list keydesk as installed"

for f in usr/bin/keydesk usr/bin/keydesk-cli usr/bin/keydesk-phone \
         usr/share/applications/org.keydesk.KeyDesk.desktop \
         usr/share/metainfo/org.keydesk.KeyDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.keydesk.KeyDesk.svg \
         usr/share/icons/hicolor/16x16/apps/org.keydesk.KeyDesk.png \
         usr/share/icons/hicolor/48x48/apps/org.keydesk.KeyDesk.png \
         usr/share/icons/hicolor/256x256/apps/org.keydesk.KeyDesk.png \
         usr/share/man/man1/keydesk.1.gz usr/share/man/man1/keydesk-cli.1.gz usr/share/man/man1/keydesk-phone.1.gz \
         usr/lib/systemd/system/keydesk-serve.service usr/share/doc/keydesk/nginx/keydesk.conf \
         usr/share/doc/keydesk/copyright; do
    [[ -e "$root/$f" ]] || fail "not installed: /$f"
done
[[ $(identify -format '%wx%h' "$root/usr/share/icons/hicolor/48x48/apps/org.keydesk.KeyDesk.png") == 48x48 ]] \
    || fail "the 48 px icon is not 48 x 48"

# The installed programs run.
version=$("$root/usr/bin/keydesk-cli" --version)
[[ $version == "keydesk-cli $(dpkg-deb --field "$deb" Version)" ]] || fail "installed keydesk-cli --version says: $version"
"$root/usr/bin/keydesk-phone" --credentials "$work/phone.json" list >/dev/null || fail "installed keydesk-phone list failed"
echo "installed: $version"

appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.keydesk.KeyDesk.metainfo.xml" \
    || fail "the metainfo does not validate"
desktop-file-validate "$root/usr/share/applications/org.keydesk.KeyDesk.desktop" || fail "the desktop entry does not validate"
grep -q "^ExecStart=/usr/bin/keydesk-cli .* serve " "$root/usr/lib/systemd/system/keydesk-serve.service" \
    || fail "the systemd unit does not start keydesk-cli serve"
head -n 1 "$root/usr/share/doc/keydesk/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' \
    || fail "the copyright file is not machine-readable (DEP-5)"
grep -q '^License: GPL-3.0-or-later$' "$root/usr/share/doc/keydesk/copyright" || fail "the copyright file names no GPL-3.0-or-later"
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$root/usr/share/metainfo/org.keydesk.KeyDesk.metainfo.xml" \
    || fail "the metainfo does not name GPL-3.0-or-later"
grep -q "^LimitNOFILE=[0-9]" "$root/usr/lib/systemd/system/keydesk-serve.service" \
    || fail "the systemd unit sets no LimitNOFILE"

for page in keydesk keydesk-cli keydesk-phone; do
    warnings=$(zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
    [[ -z $warnings ]] || fail "$page.1: $warnings"
done
# Plain text: no bold or underline overstriking (-P-cbou), so lines can be matched.
manual=$(zcat "$root/usr/share/man/man1/keydesk-cli.1.gz" | groff -man -Tutf8 -P-cbou 2>/dev/null)
missing=0
while read -r group verb; do
    grep -Eq "^       $group${verb:+ $verb}( |$)" <<<"$manual" || { echo "keydesk-cli.1 lacks: $group $verb" >&2; missing=1; }
done < <("$root/usr/bin/keydesk-cli" --help | sed -n '/^Commands:/,/^$/p' | sed '1d;/^$/d' | cut -c3-32 | sed 's/ *$//')
[[ $missing == 0 ]] || fail "keydesk-cli.1 is behind keydesk-cli --help"
echo "test-deb: package, install, metainfo, desktop entry, unit and man pages are fine"
