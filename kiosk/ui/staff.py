"""Staff's way in: a long press in a corner opens a PIN pad; the right PIN opens the staff
panel (kiosk.ui.staff_panel), from which staff close the kiosk.

Wrong PINs lock the pad, longer each time and across restarts: kiosk.services.pin_lockout
holds that policy and its file. With no PIN set, the pad says so and nothing opens: a kiosk
must never be left with an exit anyone can use. What the pad says is an enum, read in QML as
`Staff.Locked`.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Property, QEnum, QObject, QTimer, Signal, Slot

from kiosk.content.pin import verify_pin
from kiosk.services.pin_lockout import PinLockout
from kiosk.ui import backend

MAX_DIGITS = 12


class Staff(QObject):
    @QEnum
    class Status(IntEnum):
        Ready = 0  # asking for the PIN
        Wrong = 1  # the last PIN was wrong; tries are left
        Locked = 2  # too many wrong PINs: nothing is taken until the lock ends
        NoPin = 3  # no PIN is set: the pad never opens the way out

    changed = Signal()
    panelWanted = Signal()  # the right PIN: the staff panel (kiosk.ui.staff_panel)
    exitGranted = Signal()  # the panel's "Close the kiosk"

    def __init__(self, pin_hash: str, lockout: PinLockout, parent: QObject | None = None):
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._lockout = lockout
        self._open = False
        self._digits = ""
        self._status = Status.Ready
        self._refresh = QTimer(self, interval=1000)
        self._refresh.timeout.connect(self._tick)

    @staticmethod
    def create(engine):
        return backend.of(engine).staff

    def _get_padOpen(self):
        return self._open

    padOpen = Property(bool, _get_padOpen, notify=changed)

    def _get_entered(self):
        return len(self._digits)

    entered = Property(int, _get_entered, notify=changed)

    def _get_status(self) -> int:
        return self._status.value  # PySide6 hands QML a Python enum only as its value

    status = Property(int, _get_status, notify=changed)

    def _get_triesLeft(self):
        return self._lockout.tries_left()

    triesLeft = Property(int, _get_triesLeft, notify=changed)

    def _get_lockSecondsLeft(self):
        return self._lockout.seconds_left()

    lockSecondsLeft = Property(int, _get_lockSecondsLeft, notify=changed)

    @Slot()
    def openPad(self) -> None:
        self._open = True
        self._digits = ""
        self._status = Status.NoPin if not self._pin_hash else self._locked_or(Status.Ready)
        self._refresh.start()
        self.changed.emit()

    @Slot()
    def closePad(self) -> None:
        self._open = False
        self._digits = ""
        self._refresh.stop()
        self.changed.emit()

    @Slot(str)
    def press(self, digit: str) -> None:
        if self._status in REFUSING or len(self._digits) >= MAX_DIGITS:
            return
        if digit.isdigit() and len(digit) == 1:
            self._digits += digit
            self._status = Status.Ready if self._status == Status.Wrong else self._status
            self.changed.emit()

    @Slot()
    def erase(self) -> None:
        self._digits = self._digits[:-1]
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        if self._status in REFUSING or not self._digits:
            return
        if verify_pin(self._digits, self._pin_hash):
            self._lockout.right_pin()
            self.closePad()
            self.panelWanted.emit()
            return
        self._digits = ""
        self._lockout.wrong_pin()
        self._status = self._locked_or(Status.Wrong)
        self.changed.emit()

    def use_pin_hash(self, pin_hash: str) -> None:
        """A new PIN, set from the staff panel, takes effect at once."""
        self._pin_hash = pin_hash

    def _locked_or(self, status: Staff.Status) -> Staff.Status:
        return Status.Locked if self._lockout.seconds_left() else status

    def _tick(self) -> None:
        if self._status == Status.Locked and not self._lockout.seconds_left():
            self._status = Status.Ready
        self.changed.emit()


Status = Staff.Status
REFUSING = {Status.NoPin, Status.Locked}  # no digit is taken, no PIN checked
