"""The screens' typed way to reach the app and its services (never `getattr` on `self.app`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual.screen import ModalScreen, Screen

from roleplay.factory import Services

if TYPE_CHECKING:
    from roleplay.tui.app import RoleplayApp


class RoleplayScreen(Screen[Any]):
    @property
    def roleplay(self) -> RoleplayApp:
        return cast("RoleplayApp", self.app)

    @property
    def services(self) -> Services:
        return self.roleplay.services


class RoleplayModal(ModalScreen[Any]):
    @property
    def roleplay(self) -> RoleplayApp:
        return cast("RoleplayApp", self.app)
