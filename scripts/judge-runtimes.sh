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

# shellcheck source=lib/install-missing.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/install-missing.sh"

install_missing judge-runtimes "the judge reports them unavailable meanwhile" \
    /usr/bin/bwrap=bubblewrap \
    /usr/bin/setpriv=util-linux \
    /usr/bin/python3=python3 \
    /usr/bin/node=nodejs
