"""A real PKCS#11 token for tests: SoftHSM2 initialised in a temporary folder, keys and certificates imported
with OpenSC's pkcs11-tool exactly as a CA's enrolment would leave them on a USB token.

SoftHSM reads SOFTHSM2_CONF when the library is initialised, and python-pkcs11 loads a library once per process,
so use one token per test session (see tests/unit/packaging/conftest.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.pki import Identity

LIB_CANDIDATES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                  "/usr/local/lib/softhsm/libsofthsm2.so")


def softhsm_lib() -> str | None:
    return next((p for p in LIB_CANDIDATES if os.path.exists(p)), None)


def available() -> bool:
    return bool(softhsm_lib() and shutil.which("softhsm2-util") and shutil.which("pkcs11-tool"))


@dataclass
class SoftToken:
    lib: str
    label: str
    pin: str
    so_pin: str
    conf: Path
    key_ids: dict[str, str] = field(default_factory=dict)  # name -> CKA_ID hex

    def tool(self, *args: str, login: bool = True) -> str:
        cmd = ["pkcs11-tool", "--module", self.lib, "--token-label", self.label]
        if login:
            cmd += ["--login", "--pin", self.pin]
        res = subprocess.run([*cmd, *args], capture_output=True, text=True, env=self.env(), check=False)
        if res.returncode != 0:
            raise RuntimeError(f"pkcs11-tool {' '.join(args)} failed: {res.stderr or res.stdout}")
        return res.stdout

    def env(self) -> dict[str, str]:
        return {**os.environ, "SOFTHSM2_CONF": str(self.conf)}

    def import_identity(self, name: str, ident: Identity, key_id: str, *, key_label: str, cert_label: str) -> None:
        """Key and certificate under the same CKA_ID but different labels, as vendor tokens often have them."""
        work = self.conf.parent
        (work / f"{name}.key.der").write_bytes(ident.key_der())
        (work / f"{name}.crt.der").write_bytes(ident.cert_der())
        self.tool("--write-object", str(work / f"{name}.key.der"), "--type", "privkey", "--id", key_id,
                  "--label", key_label, "--usage-sign")
        self.tool("--write-object", str(work / f"{name}.crt.der"), "--type", "cert", "--id", key_id,
                  "--label", cert_label)
        (work / f"{name}.key.der").unlink()  # no private key lying around beside the token
        self.key_ids[name] = key_id

    def import_cert(self, der: bytes, cert_id: str, label: str) -> None:
        path = self.conf.parent / f"cert-{cert_id}.der"
        path.write_bytes(der)
        self.tool("--write-object", str(path), "--type", "cert", "--id", cert_id, "--label", label)


def init_token(folder: Path, label: str = "HSKT Test Token", pin: str = "123456", so_pin: str = "87654321") -> SoftToken:
    """Create a SoftHSM2 config and token store in `folder`, point SOFTHSM2_CONF at it, and init a token."""
    lib = softhsm_lib()
    if lib is None:
        raise RuntimeError("SoftHSM2 is not installed")
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
                    "slots.removable = false\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", so_pin],
                   check=True, capture_output=True, env={**os.environ, "SOFTHSM2_CONF": str(conf)})
    return SoftToken(lib, label, pin, so_pin, conf)
