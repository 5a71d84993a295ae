#!/usr/bin/env bash
# Installs what the code judge needs, from Debian packages, where missing: bubblewrap (the
# sandbox), setpriv (util-linux), python3 and nodejs (judged languages; Java comes with the JDK).
# Idempotent: a second run installs nothing. Run as root; without root it only reports.
#
#   sudo bash scripts/judge-runtimes.sh
#
# Progress goes to stderr. The judge reports itself (or a language) unavailable when something
# is still missing, so this script failing to install does not break the build; it exits 1 only
# when it could have installed and apt failed.
set -euo pipefail

log() { printf 'judge-runtimes: %s\n' "$*" >&2; }

declare -A PACKAGE_OF=(
    [/usr/bin/bwrap]=bubblewrap
    [/usr/bin/setpriv]=util-linux
    [/usr/bin/python3]=python3
    [/usr/bin/node]=nodejs
)

missing=()
for program in "${!PACKAGE_OF[@]}"; do
    if [[ -x "$program" ]]; then
        log "$program present"
    else
        missing+=("${PACKAGE_OF[$program]}")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    log "nothing to install"
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    log "missing ${missing[*]}; run as root to install (the judge reports them unavailable meanwhile)"
    exit 0
fi

log "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
    apt-get update >&2
    apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi
log "done"
