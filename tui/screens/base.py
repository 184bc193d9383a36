"""What every main screen shares: the service, staying in step with it, find, reviewing."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import BindingType
from textual.screen import Screen
from textual.widget import Widget

from factcheck.errors import FactcheckError
from factcheck.records import ReviewStatus
from factcheck.review import ReviewService
from tui.keymap import BACK_BINDINGS, REVIEW_BINDINGS, SCREEN_BINDINGS
from tui.safe import printable
from tui.screens.modals import ChoiceModal, NoteModal, PromptModal, TextModal
from tui.widgets.findbar import FindBar

NEW_GROUP = "\0new"

#: Past-tense verbs for the notification after a review.
DONE: dict[ReviewStatus, str] = {
    ReviewStatus.CONFIRMED: "Confirmed",
    ReviewStatus.REJECTED: "Rejected",
    ReviewStatus.UNREVIEWED: "Back to unreviewed",
}


class ServiceScreen(Screen[None]):
    """Redraws from the service whenever its version moved on since this screen last looked."""

    BINDINGS: ClassVar[list[BindingType]] = [*SCREEN_BINDINGS]

    def __init__(self, service: ReviewService) -> None:
        super().__init__()
        self.service = service
        self._seen_version = -1

    def main_widget(self) -> Widget:
        raise NotImplementedError

    def refresh_data(self) -> None:
        raise NotImplementedError

    def sync(self) -> None:
        if self._seen_version != self.service.version:
            self._seen_version = self.service.version
            self.refresh_data()

    def on_screen_resume(self) -> None:
        self.sync()

    def write(self, done: str, action: Callable[[], object]) -> bool:
        """Run a service write; a refused one becomes a notification, not a crash."""
        try:
            action()
        except FactcheckError as exc:
            self.notify(printable(str(exc)), severity="error", markup=False)
            return False
        self.sync()
        self.notify(printable(done), markup=False)
        return True

    # find ------------------------------------------------------------------------------

    def action_find(self) -> None:
        self.query_one(FindBar).open()

    def find(self, query: str, *, again: bool) -> bool:
        raise NotImplementedError

    @on(FindBar.Find)
    def _find(self, event: FindBar.Find) -> None:
        found = self.find(event.query, again=event.again)
        self.query_one(FindBar).found(found)
        if event.again and not found:
            self.notify(printable(f"No match for {event.query!r}"), severity="warning",
                        markup=False)

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self.main_widget().focus()


class ReviewScreen(ServiceScreen):
    """A pushed screen over claims: review, note, move, read, and escape back."""

    BINDINGS: ClassVar[list[BindingType]] = [*BACK_BINDINGS, *REVIEW_BINDINGS]

    def current_claim(self) -> tuple[str, str] | None:
        """(claim id, claimant) under the cursor, if any."""
        raise NotImplementedError

    def current_text(self) -> tuple[str, Text]:
        raise NotImplementedError

    def action_back(self) -> None:
        self.dismiss()

    def action_review(self, status: str) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        wanted = ReviewStatus(status)
        self.write(f"{DONE[wanted]}: {claim[1]}",
                   lambda: self.service.set_status(claim[0], wanted))

    def action_view_text(self) -> None:
        if self.current_claim() is not None:
            self.app.push_screen(TextModal(*self.current_text()))

    @work(exclusive=True, group="dialog")
    async def action_note(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        current = self.service.note(claim[0])
        note = await self.app.push_screen_wait(NoteModal(f"Note on {claim[1]}", current))
        if note is not None:
            self.write(f"Note saved: {claim[1]}", lambda: self.service.set_note(claim[0], note))

    @work(exclusive=True, group="dialog")
    async def action_move(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        choices = [(NEW_GROUP, "New group…"), *self.service.group_choices(claim[0])]
        target = await self.app.push_screen_wait(ChoiceModal(f"Move {claim[1]}'s claim to",
                                                             choices))
        if target is None:
            return
        if target == NEW_GROUP:
            label = await self.app.push_screen_wait(PromptModal("Name the new group"))
            if label is None:
                return
            self.write(f"Moved to a new group: {label.strip()}",
                       lambda: self.service.move_claim(claim[0], new_label=label))
        else:
            label = dict(choices)[target]
            self.write(f"Moved to {label}",
                       lambda: self.service.move_claim(claim[0], group_id=target))
