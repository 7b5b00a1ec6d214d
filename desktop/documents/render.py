"""Render a whole dossier: one PDF per component (PACKAGE-FORMAT.md names) and all of them in `all.pdf`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.documents import assemble, frame, pool
from desktop.documents.context import RenderContext
from desktop.documents.formsets import form_set
from desktop.documents.frame import Box, DocSpec
from desktop.snapshot import Dossier

ALL_PDF = "all.pdf"
ALL_TITLE = "Hồ sơ đề nghị khen thưởng"


@dataclass(frozen=True)
class RenderedDocument:
    component: str
    nominee_id: str | None
    filename: str  # relative, e.g. "04_bao-cao/p01.pdf"
    pdf_bytes: bytes
    signature_box: Box | None  # (page index, x1, y1, x2, y2) in points: where a visible signature goes
    pages: int
    title: str


Job = tuple[str, str | None, str, Callable[[], DocSpec]]


def _jobs(d: Dossier, ctx: RenderContext, only: str | None = None, nominee: str | None = None) -> list[Job]:
    """Every document to make, in package order, as deferred builders (a story can be laid out only once).

    `only` and `nominee` narrow it to one component (and one nominee's copy of it) without walking the others.
    """
    jobs: list[Job] = []
    for comp in form_set(ctx.ruleset or d.ruleset).components:
        if only is not None and comp.code != only:
            continue
        if not comp.when(d, ctx):
            continue
        if comp.build is not None:
            build = comp.build
            jobs.append((comp.code, None, comp.filename, lambda b=build: b(d, ctx)))  # type: ignore[misc]
        if comp.build_each is not None:
            seen: set[str] = set()
            by_id = {n.id: n for n in d.nominees}
            for pr in d.proposals:
                n = by_id.get(pr.nominee_id)
                if n is None or n.id in seen or (nominee is not None and n.id != nominee):
                    continue
                seen.add(n.id)
                each = comp.build_each
                jobs.append((comp.code, n.id, comp.filename.format(id=n.id),
                             lambda e=each, n=n: e(d, ctx, n)))  # type: ignore[misc]
    return jobs


def planned_documents(d: Dossier, ctx: RenderContext) -> list[tuple[str, str | None, str]]:
    """(component, nominee id, file name) of every document `render_dossier` would make, without laying any out."""
    return [(component, nominee_id, filename) for component, nominee_id, filename, _ in _jobs(d, ctx)]


def render_spec(spec: DocSpec, ctx: RenderContext) -> tuple[bytes, Box | None, int]:
    pdf = frame.build([spec], ctx.margins, ctx.draft, ctx.stamp_date)
    box = spec.signature_marks[0].box if spec.signature_marks else None
    return pdf, box, pdf.count(b"/Type /Page\n") or _count_pages(pdf)


def _count_pages(pdf: bytes) -> int:
    import re
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def render_job(job: Job, ctx: RenderContext) -> RenderedDocument:
    component, nominee_id, filename, make = job
    spec = make()
    pdf, box, pages = render_spec(spec, ctx)
    return RenderedDocument(component, nominee_id, filename, pdf, box, pages, spec.title)


def render_dossier(d: Dossier, ctx: RenderContext, helpers: int | None = None) -> list[RenderedDocument]:
    """Every document in package order. A big dossier is laid out by `helpers` processes beside this one as well
    (default: one per spare core, see `pool.helpers_for`); the bytes are the same either way."""
    jobs = _jobs(d, ctx)
    if helpers is None:
        helpers = pool.helpers_for(len(jobs))
    if helpers > 0:
        return pool.render_jobs(d, ctx, jobs, helpers)
    return [render_job(job, ctx) for job in jobs]


def render_all(d: Dossier, ctx: RenderContext) -> bytes:
    """Every component in one PDF for reading and printing; each keeps its own page numbering and orientation."""
    return join_all(render_dossier(d, ctx), ctx)


def join_all(docs: Sequence[RenderedDocument], ctx: RenderContext) -> bytes:
    """all.pdf from documents already rendered: their pages, copied, in package order (no second layout)."""
    return assemble.join([doc.pdf_bytes for doc in docs], ALL_TITLE, ctx.stamp_date)


def render_component(d: Dossier, ctx: RenderContext, component: str,
                     nominee_id: str | None = None) -> RenderedDocument:
    """One document, for the preview of the form being edited."""
    for job in _jobs(d, ctx, component, nominee_id):
        if job[0] == component and (nominee_id is None or job[1] == nominee_id):
            return render_job(job, ctx)
    raise KeyError(f"hồ sơ không có thành phần {component}" + (f" cho {nominee_id}" if nominee_id else ""))
