"""The two manifests of an ASiC-E package: OpenDocument `META-INF/manifest.xml` and ETSI `ASiCManifestNNN.xml`.

Both are written as fixed text templates rather than through an XML library so that the same entries always give
the same bytes (the ASiC manifest is what the CAdES signature covers). Reading goes through expat with every DTD
refused first, so a hostile package cannot use entity expansion ("billion laughs") or external entities.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

ASIC_MIMETYPE = "application/vnd.etsi.asic-e+zip"
ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
ODF_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256"
SIGNATURE_MIMETYPE = "application/pkcs7-signature"
MAX_MANIFEST_BYTES = 8 * 1024 * 1024  # ~40 000 entries; far beyond any dossier, far below memory trouble

_MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".json": "application/json",
    ".jsonl": "application/jsonl",
    ".xml": "text/xml",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".asice": ASIC_MIMETYPE,
    ".p7s": SIGNATURE_MIMETYPE,
}


class ManifestError(ValueError):
    """A manifest that cannot be read; the message is Vietnamese and names the problem."""


def media_type(name: str) -> str:
    dot = name.rfind(".")
    return _MEDIA_TYPES.get(name[dot:].lower() if dot >= 0 else "", "application/octet-stream")


@dataclass(frozen=True)
class DataObject:
    """One file covered by an ASiC manifest."""

    name: str
    media_type: str
    sha256: bytes  # raw digest, 32 bytes

    @property
    def sha256_hex(self) -> str:
        return self.sha256.hex()


@dataclass(frozen=True)
class AsicManifest:
    signature: str  # entry name of the signature that covers this manifest
    objects: tuple[DataObject, ...]

    def names(self) -> list[str]:
        return [o.name for o in self.objects]


# --------------------------------------------------------------------------------------------------- writing


def odf_manifest(names: Iterable[str]) -> bytes:
    """OpenDocument manifest: the container's own media type, then every file with its media type."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<manifest:manifest xmlns:manifest="{ODF_NS}" manifest:version="1.2">',
        f' <manifest:file-entry manifest:full-path="/" manifest:media-type="{ASIC_MIMETYPE}"/>',
    ]
    for name in names:
        lines.append(f" <manifest:file-entry manifest:full-path={quoteattr(name)}"
                     f" manifest:media-type={quoteattr(media_type(name))}/>")
    lines.append("</manifest:manifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def asic_manifest(signature: str, objects: Iterable[DataObject]) -> bytes:
    """ETSI EN 319 162-1 ASiCManifest with SHA-256 digests, in the order given (the caller fixes the order)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<asic:ASiCManifest xmlns:asic="{ASIC_NS}" xmlns:ds="{DS_NS}">',
        f' <asic:SigReference URI={quoteattr(signature)} MimeType="{SIGNATURE_MIMETYPE}"/>',
    ]
    for o in objects:
        lines += [
            f" <asic:DataObjectReference URI={quoteattr(o.name)} MimeType={quoteattr(o.media_type)}>",
            f'  <ds:DigestMethod Algorithm="{SHA256_URI}"/>',
            f"  <ds:DigestValue>{base64.b64encode(o.sha256).decode('ascii')}</ds:DigestValue>",
            " </asic:DataObjectReference>",
        ]
    lines.append("</asic:ASiCManifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------------------------------- reading

_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)


def safe_xml(data: bytes, what: str) -> ET.Element:
    """Parse XML that came from outside; any DTD is refused before expat sees it."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError(f"{what} quá lớn ({len(data)} byte)")
    if _DTD.search(data):
        raise ManifestError(f"{what} chứa khai báo DTD/ENTITY, bị từ chối vì lý do an toàn")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise ManifestError(f"{what} không phải XML hợp lệ: {exc}") from None


def parse_asic_manifest(data: bytes, what: str = "ASiCManifest") -> AsicManifest:
    root = safe_xml(data, what)
    if root.tag != f"{{{ASIC_NS}}}ASiCManifest":
        raise ManifestError(f"{what}: phần tử gốc không phải asic:ASiCManifest")
    refs = root.findall(f"{{{ASIC_NS}}}SigReference")
    if len(refs) != 1 or not refs[0].get("URI"):
        raise ManifestError(f"{what}: cần đúng một SigReference có URI")
    objects: list[DataObject] = []
    seen: set[str] = set()
    for i, ref in enumerate(root.findall(f"{{{ASIC_NS}}}DataObjectReference")):
        uri = ref.get("URI") or ""
        where = f"{what}, mục {i + 1} ({uri or 'không có URI'})"
        if not uri:
            raise ManifestError(f"{where}: thiếu URI")
        if uri in seen:
            raise ManifestError(f"{where}: tên tệp bị liệt kê hai lần")
        seen.add(uri)
        method = ref.find(f"{{{DS_NS}}}DigestMethod")
        value = ref.find(f"{{{DS_NS}}}DigestValue")
        if method is None or method.get("Algorithm") != SHA256_URI:
            raise ManifestError(f"{where}: thuật toán băm không phải SHA-256")
        try:
            digest = base64.b64decode((value.text or "").strip() if value is not None else "", validate=True)
        except ValueError:
            digest = b""
        if len(digest) != 32:
            raise ManifestError(f"{where}: giá trị băm SHA-256 không hợp lệ")
        objects.append(DataObject(uri, ref.get("MimeType") or media_type(uri), digest))
    return AsicManifest(signature=refs[0].get("URI") or "", objects=tuple(objects))


def parse_odf_manifest(data: bytes) -> dict[str, str]:
    """full-path -> media type, for the verifier's cross-check and for viewers that want types."""
    root = safe_xml(data, "META-INF/manifest.xml")
    if root.tag != f"{{{ODF_NS}}}manifest":
        raise ManifestError("META-INF/manifest.xml: phần tử gốc không phải manifest:manifest")
    out: dict[str, str] = {}
    for entry in root.findall(f"{{{ODF_NS}}}file-entry"):
        path = entry.get(f"{{{ODF_NS}}}full-path")
        if path is None:
            raise ManifestError("META-INF/manifest.xml: một mục thiếu full-path")
        out[path] = entry.get(f"{{{ODF_NS}}}media-type") or ""
    return out
