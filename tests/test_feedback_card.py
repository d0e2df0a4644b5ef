"""The feedback card at 80x24: the score, the reason and one thing to try first; the rubric's
level descriptor and the details on demand (d or Enter on the card, or a click)."""

from __future__ import annotations

from practice_helpers import GOOD_DISCLOSURE, GRIEF, good_disclosure_score
from roleplay.factory import Services
from roleplay.tui.app import RoleplayApp
from roleplay.tui.widgets.feedback import DETAILS_HINT, HIDE_HINT, FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from tui_helpers import respond, settle, shown

POOR = "I lost my dad too and honestly I still cry about it every day."


def _level_words(services: Services, score: int) -> str:
    rubric = services.library.rubric("disclosure-immediacy").rubric
    descriptor = rubric.criterion("self_disclosure").levels[score]
    return " ".join(descriptor.split()[:4])


async def test_card_leads_with_score_reason_and_try_and_hides_the_level(
    services: Services,
) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, POOR)
        card = app.screen.query(FeedbackCard).first()
        sd = card.view.criteria[0]
        assert sd.score is not None and sd.suggestion and sd.reason
        text = " ".join(shown(card).split())
        assert sd.score_text in text and " ".join(sd.reason.split()) in text
        assert "Try" in text and DETAILS_HINT in text
        assert _level_words(services, sd.score) not in text  # the descriptor waits
        # The whole card fits an 80x24 terminal's transcript without the descriptor.
        assert card.size.height <= 16
        await pilot.press("ctrl+q")


async def test_details_open_and_close_on_demand(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        card = app.screen.query(FeedbackCard).first()
        level = _level_words(services, good_disclosure_score())
        closed_height = card.size.height
        card.focus()
        await pilot.press("d")
        await settle(pilot, until=lambda: level in " ".join(shown(card).split()))
        text = " ".join(shown(card).split())
        assert HIDE_HINT in text and "Your words" in text and "Why" in text
        assert card.size.height > closed_height
        await pilot.press("enter")
        await settle(pilot, until=lambda: level not in " ".join(shown(card).split()))
        assert DETAILS_HINT in shown(card)
        # A click opens them too, and leaves the keyboard in the response box.
        box = app.screen.query_one(ResponseBox)
        box.focus()
        await pilot.click(FeedbackCard)
        await settle(pilot, until=lambda: level in " ".join(shown(card).split()))
        assert app.focused is box
        await pilot.press("ctrl+q")


async def test_skills_neither_used_nor_asked_for_share_one_line_until_details(
    services: Services,
) -> None:
    # At a boundary moment the relationship-boundaries rubric has five other skills; each on its
    # own "not used" line buried the score and read like a fault ("Rupture repair not used"
    # beside a boundary well held).
    app = RoleplayApp(services, scenario="session-overrun")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(
            pilot,
            "I'm glad you told me, and I'm sorry that happened. We do need to stop now, but "
            "before you go: are you safe going home tonight?",
        )
        card = app.screen.query(FeedbackCard).first()
        quiet = [c for c in card.view.criteria if c.score is None and not c.suggestion]
        assert len(quiet) >= 3
        text = " ".join(shown(card).split())
        assert text.count("not used") == 0
        assert "Not used here: " + ", ".join(c.name for c in quiet) in text
        assert all((c.reason or "") not in text for c in quiet if c.reason)
        card.focus()
        await pilot.press("d")
        await settle(pilot, until=lambda: HIDE_HINT in shown(card))
        text = " ".join(shown(card).split())
        assert "Not used here" not in text
        assert all(f"{c.name} not used" in text for c in quiet)
        await pilot.press("ctrl+q")
