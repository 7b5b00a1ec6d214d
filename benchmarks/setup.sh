#!/usr/bin/env bash
# Installs the clerks' current tool chain for the side-by-side render benchmark: docxtpl fills a Word template and
# LibreOffice (headless) converts it to PDF. Kept out of the test path on purpose: it is large and needs apt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${HSKT_PYTHON:-$here/../.venv/bin/python}"

if ! "$py" -c "import docxtpl" 2>/dev/null; then
    "$py" -m pip install --quiet "docxtpl>=0.18,<0.21"
fi

if ! command -v soffice >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "benchmarks/setup.sh: LibreOffice is missing; run as root or install libreoffice-writer-nogui" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi
command -v soffice
