# HSKT — two commands for a fresh Linux machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Qt's xcb platform and fonts for the window; poppler, qpdf, SoftHSM2 and OpenSC for the tests' real tools.
# LibreOffice (writer, no GUI) opens the DOCX exports in the tests as a clerk's office suite would.
RUNTIME_DEBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 \
	libxcb-image0 fonts-liberation2
TEST_DEBS := xvfb softhsm2 opensc poppler-utils qpdf openssl zip libreoffice-writer-nogui
TYPED := desktop/vn desktop/snapshot.py desktop/status.py desktop/paths.py desktop/console.py desktop/selftest.py desktop/help.py desktop/awards desktop/documents \
	desktop/packaging desktop/services desktop/store desktop/models desktop/commands

.PHONY: run test lint fuzz bench bundle bundle-check windows windows-check clean system-runtime system-test

define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Cài gói hệ thống còn thiếu: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

system-runtime:
	$(call apt_install,$(RUNTIME_DEBS))

system-test: system-runtime
	$(call apt_install,$(TEST_DEBS))

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip setuptools wheel
	$(BIN)/python -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $@

run: system-runtime $(STAMP)
	$(BIN)/hskt gui --demo-if-empty

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks tools installer
	$(BIN)/lint-imports
	$(BIN)/mypy $(TYPED)

test: system-test $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# Fresh random examples for the fuzz tests, many more than CI draws (CI draws a fixed set: it must not flake).
fuzz: system-test $(STAMP)
	HSKT_HYPOTHESIS_PROFILE=explore QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests/fuzz

bench: system-test $(STAMP)
	$(BIN)/python -m benchmarks.run $(BENCH)

# `make bundle`: the one-folder bundle for this machine (dist/hskt/). `make bundle-check`: build it, then run the
# bundle's own self-test as on a clean machine (empty home, nothing pointing back into the source tree) and open its
# main window on Xvfb's X server (the xcb plugin and its libraries, which the offscreen self-test never loads).
bundle: system-runtime $(STAMP)
	$(BIN)/python -m pip install -q -e '.[build]'
	$(BIN)/python installer/build.py --skip-self-test

bundle-check: bundle system-test
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python installer/build.py --check-only --gui

# `make windows`: the Windows bundle and its per-user installer, built under Wine from git HEAD
# (dist/windows/HSKT-<version>-cai-dat.exe). `make windows-check`: also install it into a fresh Wine prefix, update
# over the previous version, self-test, open a package through the association and uninstall (installer/windows/).
# Both install what they need (Debian's Wine, the Windows CPython sdist, Windows wheels, Inno Setup from npm) and
# cache the downloads in ~/.cache/hskt-windows. `make test` needs none of it.
windows: $(STAMP)
	PYTHON=$(BIN)/python bash installer/windows/build.sh

windows-check: $(STAMP)
	PYTHON=$(BIN)/python bash installer/windows/check.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
