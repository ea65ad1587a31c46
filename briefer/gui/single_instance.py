"""One window per data folder: a second start hands its files to the running window and exits.

The first window listens on a local socket named for the user and the data folder
(`QLocalServer`: a named pipe on Windows, a socket file elsewhere). A later start on the same
folder connects, sends the files it was given (absolute paths, one JSON line) and waits for the
window's acknowledgement; the window raises itself and offers to import them. A start first
looks for the server's endpoint (the named pipe on Windows, the socket file elsewhere): where
there is none, no window runs, and Qt Network is not loaded.

Wiring (app start-up, before the window is built):

    instance = SingleInstance(data)
    if instance.hand_over(files):
        return 0                      # the running window has them
    instance.listen()
    instance.files_received.connect(window.open_files)   # and raise the window
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

from briefer.core.datafolder import DataFolder

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 3000
ACK = b"ok\n"


def endpoint_exists(name: str) -> bool:
    """Whether a local server named `name` may be listening, judged without Qt Network.

    A named pipe exists only while a server holds it; a socket file may outlive a crashed
    window, and connecting to it then fails at once. When in doubt, True: the caller connects.
    """
    if sys.platform == "win32":
        try:
            return name in os.listdir("\\\\.\\pipe\\")
        except OSError:
            return True
    return (Path(QDir.tempPath()) / name).exists()


def server_name(data: DataFolder) -> str:
    """The same name for every start of this user on this data folder, and only for them."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\0{Path(data.root).expanduser().resolve()}".encode()
    try:
        from _sha256 import sha256  # CPython's own, without loading OpenSSL (2-3 ms)
    except ImportError:  # renamed in Python 3.12
        from hashlib import sha256
    return "briefer-" + sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """The running window's end (`listen`) and a later start's end (`hand_over`)."""

    files_received = Signal(list)  # absolute paths, possibly empty: raise the window anyway

    def __init__(self, data: DataFolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data)
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def hand_over(self, files: list[str | Path], wait_ms: int = WAIT_MS) -> bool:
        """Give `files` to a window already running on this data folder; False if there is none."""
        return endpoint_exists(self.name) and self._send(files, wait_ms)

    def _send(self, files: list[str | Path], wait_ms: int) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(wait_ms):
            return False
        message = {"files": [str(Path(f).expanduser().resolve()) for f in files]}
        socket.write(json.dumps(message).encode("utf-8") + b"\n")
        socket.flush()
        answered = b""
        while ACK not in answered and socket.waitForReadyRead(wait_ms):
            answered += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return ACK in answered

    def listen(self) -> bool:
        """Serve later starts. A socket left by a crashed window is removed first."""
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if self.server.listen(self.name):
            return True
        if self._send([], wait_ms=500):
            return False  # another window started meanwhile and answers
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        try:
            files = [str(f) for f in json.loads(line.decode("utf-8")).get("files", [])]
        except (ValueError, AttributeError):
            files = None
        socket.write(ACK)
        socket.flush()
        if files is not None:
            self.files_received.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
