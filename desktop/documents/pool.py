"""A big dossier's documents laid out by helper processes beside this one, in package order, byte for byte as if
laid out here (each document's PDF depends only on the dossier and the context, never on what was laid out before).

Helpers are started with "spawn" (safe from the GUI's worker threads) and receive the dossier once. This process
takes chunks from the end of the list while the helpers take them from the front, so neither waits for the other
and a slow helper start costs nothing. In the frozen bundle a helper is the program itself started again
(`desktop/__main__.py` calls `freeze_support` first); its self-test lays a dossier out in a helper to prove it.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.documents.context import RenderContext
    from desktop.documents.render import Job, RenderedDocument
    from desktop.snapshot import Dossier

MIN_DOCUMENTS = 60  # below this, starting a helper (about half a second) costs more than it saves
MAX_HELPERS = 3
CHUNK = 12

_state: tuple[Any, list[Any]] | None = None  # in a helper: (context, jobs)


def helpers_for(documents: int) -> int:
    """How many helper processes to start for `documents` documents: one per idle core beside this process's own,
    none for a small dossier. On a busy machine a helper only competes with this process for the same cores."""
    if documents < MIN_DOCUMENTS:
        return 0
    forced = os.environ.get("HSKT_RENDER_HELPERS", "")  # benchmarks: the same work in one process, or in more
    if forced.isdigit():
        return min(int(forced), MAX_HELPERS)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    idle = cores - max(_busy_now(), 1)  # this process keeps one core busy itself
    return max(0, min(idle, MAX_HELPERS, documents // CHUNK - 1))


def _busy_now() -> int:
    """Processes running or ready to run at this moment, this one included. Not the load average: that is a
    minute's memory, and the command the clerk ran just before (or a previous render) would still count as busy."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            for line in f:
                if line.startswith("procs_running "):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 1  # no way to tell (Windows): assume only this process is busy


def _start(d: Dossier, ctx: RenderContext) -> None:
    global _state
    from desktop.documents.render import _jobs

    _state = (ctx, _jobs(d, ctx))


def _render(indices: list[int]) -> list[RenderedDocument]:
    from desktop.documents.render import render_job

    assert _state is not None
    ctx, jobs = _state
    return [render_job(jobs[i], ctx) for i in indices]


def render_jobs(d: Dossier, ctx: RenderContext, jobs: list[Job], helpers: int) -> list[RenderedDocument]:
    from desktop.documents.render import render_job

    try:
        return _share(d, ctx, jobs, helpers)
    except (BrokenProcessPool, OSError, RuntimeError):
        # No helper could start (no process slots, or a script run without the `__main__` guard "spawn" needs):
        # this process lays everything out, as for a small dossier.
        return [render_job(job, ctx) for job in jobs]


def render_in_helpers(d: Dossier, ctx: RenderContext, jobs: list[Job], helpers: int = 1) -> list[RenderedDocument]:
    """Every job laid out by helper processes only, errors raised (the self-test's proof that helpers start and give
    the bytes this process gives)."""
    return _share(d, ctx, jobs, helpers, here=False)


def _share(d: Dossier, ctx: RenderContext, jobs: list[Job], helpers: int,
           here: bool = True) -> list[RenderedDocument]:
    from desktop.documents.render import render_job

    chunks = [list(range(i, min(i + CHUNK, len(jobs)))) for i in range(0, len(jobs), CHUNK)]
    out: list[RenderedDocument | None] = [None] * len(jobs)
    with ProcessPoolExecutor(helpers, mp_context=multiprocessing.get_context("spawn"), initializer=_start,
                             initargs=(d, ctx)) as pool:
        futures = [pool.submit(_render, chunk) for chunk in chunks]
        for chunk, future in zip(reversed(chunks), reversed(futures), strict=True):
            if not here:
                break
            if not future.cancel():  # a helper has it already; the rest before it are theirs too
                break
            for i in chunk:
                out[i] = render_job(jobs[i], ctx)
        for chunk, future in zip(chunks, futures, strict=True):
            if not future.cancelled():
                for i, doc in zip(chunk, future.result(), strict=True):
                    out[i] = doc
    assert all(doc is not None for doc in out)
    return out  # type: ignore[return-value]
