"""Roles from a row dataclass: one role per field, named as the field (QML's name for it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt

from kiosk.services.rows import field_names

FIRST_ROLE = Qt.ItemDataRole.UserRole


class Roles:
    """A row type's fields as roles, and back."""

    def __init__(self, row_type: type):
        self.row_type = row_type
        self.names = field_names(row_type)
        self.by_role = {FIRST_ROLE + i: name for i, name in enumerate(self.names)}
        self.by_name = {name: role for role, name in self.by_role.items()}

    def value(self, row: Any, role: int) -> Any:
        """The row's value for `role`; the first field for Qt's display role; None for others."""
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, self.names[0])
        name = self.by_role.get(role)
        return getattr(row, name) if name else None

    def changed(self, old: Any, new: Any) -> set[int]:
        """The roles whose values differ between two versions of a row."""
        return {
            role for role, name in self.by_role.items() if getattr(old, name) != getattr(new, name)
        }

    def role_names(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self.by_role.items()}

    def check(self, rows: list[Any]) -> None:
        """Refuse rows of another shape: the roles QML binds to are this type's fields."""
        wrong = next((row for row in rows if type(row) is not self.row_type), None)
        if wrong is not None:
            raise TypeError(f"a {type(wrong).__name__} in a model of {self.row_type.__name__}")
