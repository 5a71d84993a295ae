# Sourced by the install scripts: installs the Debian packages of programs that are missing.
#
#   install_missing TAG WHEN_NOT_ROOT /path/to/program=package ...
#
# Idempotent: present programs are only reported. Without root it reports what is missing (and
# WHEN_NOT_ROOT, what that means) and returns 0. As root it installs with apt, refreshing the
# package index once if the first attempt fails; it returns non-zero only when apt fails.
# Progress goes to stderr, prefixed with TAG.
install_missing() {
    local tag=$1 when_not_root=$2
    shift 2
    local entry program missing=()
    for entry in "$@"; do
        program=${entry%%=*}
        if [[ -x "$program" ]]; then
            printf '%s: %s present\n' "$tag" "$program" >&2
        else
            missing+=("${entry#*=}")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        printf '%s: nothing to install\n' "$tag" >&2
        return 0
    fi
    if [[ $(id -u) -ne 0 ]]; then
        printf '%s: missing %s; run as root to install (%s)\n' "$tag" "${missing[*]}" "$when_not_root" >&2
        return 0
    fi
    printf '%s: installing %s\n' "$tag" "${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
        apt-get update >&2
        apt-get install -y --no-install-recommends "${missing[@]}" >&2
    fi
    printf '%s: done\n' "$tag" >&2
}
