"""PDFs read ahead in a helper process while this one analyses the documents read before them.

Reading (pdfminer's content streams) and the language analysis each take a good share of a document's time, and
a build of a few documents runs in one process. :class:`ReadAhead` starts a fresh ``python -P -m kg87.read.ahead``
(the reader alone, up in a fraction of a second: no spaCy, no torch), hands it the files in order and takes
their documents as this process asks for them, so the second core reads the next documents while the first
one's sentences are parsed. At most two documents wait read (one queued, one being handed over), so memory
stays bounded by the largest documents, not by the batch.

The helper only reads. Whatever goes wrong on its side (it cannot start, it runs another copy of the reader, it
dies, a document or an error cannot be sent back) makes :meth:`ReadAhead.document` read that file in this
process with the same reader, so the document, or the error it raises, is the one a build without the helper
would have: the helper changes when a file is read, never what is read. The helper's first message is the file
its reader was loaded from; requests and answers are pickled over its stdin and stdout
(:mod:`multiprocessing.connection`): ``(path, sha256, settings)`` → ``("document", Document)``,
``("error", exception)`` or ``("unsent", reason)``.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path

from . import pdf
from .settings import LayoutSettings

_LOST = ("lost", None)  # the answer for every file once the helper is gone: read it here


class ReadAhead:
    """Documents of ``files`` (``(path, sha256, settings)`` each) read by a helper process ahead, in order."""

    def __init__(self, files: list[tuple[Path, str, LayoutSettings]]):
        self.files = list(files)
        self._answers: queue.Queue = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._process = self._requests = self._replies = None
        try:
            self._start()
        except OSError:  # no process to be had (a limit, no interpreter): every file is read here
            self.close()
        self._thread = threading.Thread(target=self._exchange, name="kg87-read-ahead", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        self._process = subprocess.Popen([sys.executable, "-P", "-m", "kg87.read.ahead"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._requests = Connection(os.dup(self._process.stdin.fileno()), readable=False)
        self._replies = Connection(os.dup(self._process.stdout.fileno()), writable=False)
        self._process.stdin.close()
        self._process.stdout.close()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def document(self, index: int):
        """The document of ``files[index]``, or the exception reading it raises (files are asked for in order; an
        answer for a file not asked for is passed over)."""
        path, sha256, settings = self.files[index]
        answered, kind, value = -1, *_LOST
        while answered < index and (self._thread.is_alive() or not self._answers.empty()):
            try:
                answered, kind, value = self._answers.get(timeout=0.1)
            except queue.Empty:
                continue
        if answered == index and kind == "document":
            return value
        if answered == index and kind == "error":
            raise value
        return pdf.read_pdf(path, sha256, settings)  # lost, unsent or out of step: read here, as without the helper

    def _exchange(self) -> None:
        """Send each file to the helper and queue its answer, one file at a time, until done or stopped."""
        lost = self._process is None or not self._same_reader()
        for index, (path, sha256, settings) in enumerate(self.files):
            answer = _LOST
            if not lost:
                try:
                    self._requests.send((str(path), sha256, settings))
                    answer = self._replies.recv()
                except (EOFError, OSError):  # the helper is gone
                    lost, answer = True, _LOST
                except Exception as exc:  # an answer that cannot be unpickled here: this file only
                    answer = ("unsent", f"{type(exc).__name__}: {exc}")
            if not self._put((index, *answer)):
                return

    def _same_reader(self) -> bool:
        """Whether the helper loaded the reader this process uses (another copy would read otherwise)."""
        try:
            return self._replies.recv() == pdf.__file__
        except Exception:
            return False

    def _put(self, answer: tuple) -> bool:
        """Queue an answer, waiting while the previous one is not taken; False once the reader is closed."""
        while not self._stop.is_set():
            try:
                self._answers.put(answer, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def close(self) -> None:
        """Stop the helper, then the thread that speaks to it (its pipes end with the helper), then the pipes."""
        self._stop.set()
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
        if getattr(self, "_thread", None) is not None and self._thread is not threading.current_thread():
            self._thread.join()
        for connection in (self._requests, self._replies):
            if connection is not None and not connection.closed:
                connection.close()


def main() -> None:
    """Say which reader this is, then read each requested file and answer with its document or its error."""
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    requests = Connection(sys.stdin.fileno(), writable=False)
    answers = Connection(os.dup(sys.stdout.fileno()), readable=False)
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what a library prints cannot mix in
    answers.send(pdf.__file__)
    while True:
        try:
            path, sha256, settings = requests.recv()
        except EOFError:
            return
        try:
            answer = ("document", pdf.read_pdf(Path(path), sha256, settings))
        except Exception as exc:  # the build decides what a failure is: it gets the error as raised
            answer = ("error", exc)
        try:
            answers.send(answer)
        except Exception as exc:  # the answer cannot be pickled: the build reads the file itself
            answers.send(("unsent", f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    main()
