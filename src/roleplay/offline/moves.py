"""What a response did as a whole, read from the criteria's verdicts: the moves the client reacts
to (a helpful disclosure, a boundary crossed, a marker missed) and, at a moment that called for
holding back, whether the trainee held back."""

from __future__ import annotations

from roleplay.domain.common import IMMEDIACY, RESTRAINT, SELF_DISCLOSURE
from roleplay.domain.session import Restraint
from roleplay.offline.boundary import BOUNDARY
from roleplay.offline.criteria import ReadingContext
from roleplay.offline.feedback_text import clip
from roleplay.offline.rupture import RUPTURE
from roleplay.offline.verdict import Verdict


def response_moves(verdicts: dict[str, Verdict], ctx: ReadingContext) -> list[str]:
    moves: list[str] = []
    sd, im = verdicts.get(SELF_DISCLOSURE), verdicts.get(IMMEDIACY)
    if sd and sd.used:
        if sd.has("one_upping"):
            moves.append("one_upping")
        if sd.has("advice"):
            moves.append("advice_through_disclosure")
        if (
            sd.has("therapist_centred")
            or sd.has("current")
            or sd.has("after_declaration")
            or (sd.has("long") and sd.has("focus_kept"))
        ):
            moves.append("therapist_centred_disclosure")
        if round(sd.level) >= 4 and not moves:
            moves.append("helpful_disclosure")
    elif ctx.invites == SELF_DISCLOSURE:
        moves.append("no_disclosure")
    refused = ctx.answer.kind == "refused"
    if im and im.used:
        if im.has("boundary_crossing") and not refused:
            moves.append("boundary_crossed")
        if im.has("accusatory"):
            moves.append("accusatory_immediacy")
        elif im.has("therapist_need"):
            # the trainee's own need voiced ("these sessions got me through it too"): the focus
            # moved onto the trainee; nothing was said against the client (and never "tentative")
            if "therapist_centred_disclosure" not in moves:
                moves.append("therapist_centred_disclosure")
        elif round(im.level) >= 4:
            moves.append("tentative_immediacy")
    elif ctx.invites == IMMEDIACY:
        moves.append("missed_marker")
    if _granted(ctx, sd) or (sd and sd.used and sd.has("contact_details")):
        # a yes to what was asked, or a number handed over unasked: either crosses the frame
        moves.append("boundary_crossed")
    boundary = verdicts.get(BOUNDARY)
    if boundary and boundary.used and "boundary_crossed" not in moves:
        if boundary.has("too_loose"):
            moves.append("boundary_crossed")
        elif round(boundary.level) >= 4 or refused:
            moves.append("boundary_held")
    rupture = verdicts.get(RUPTURE)
    if rupture and rupture.used and round(rupture.level) >= 4:
        moves.append("rupture_repaired")
    elif (
        rupture
        and rupture.used
        and round(rupture.level) <= 2
        and any(rupture.has(name) for name in _TOLD_OFF)
        and "accusatory_immediacy" not in moves
    ):
        # a complaint answered with a defence or a telling-off ("Were you doing it properly?",
        # "It was in the forms"): the client hears blame, as from accusatory immediacy
        moves.append("accusatory_immediacy")
    elif rupture and (
        rupture.has("no_uptake")
        or rupture.has("takes_at_face_value")
        or (ctx.invites == RUPTURE and not rupture.used)
    ):
        # a strain stepped past (repair not attempted): the marker missed, as at immediacy
        moves.append("missed_marker")
    if (
        ctx.invites == RESTRAINT
        and not (sd and sd.used)
        and "boundary_crossed" not in moves
        and not ctx.breakers
        and not _mistimed(im)
    ):
        moves.append("held_back")
    return list(dict.fromkeys(moves))


def _mistimed(im: Verdict | None) -> bool:
    """Relationship talk at a moment for restraint that the timing bounds held down
    (immediacy_timing.py): the focus went to the two of them, not back to the client."""
    return bool(im and im.used and (im.has("opens_up_at_restraint") or im.has("unprompted")))


# What a complaint answered this way sounds like to the client: a defence, blame, a brush-off.
_TOLD_OFF = ("defends_or_blames", "pathologises", "blames_client", "dismisses")


def _granted(ctx: ReadingContext, sd: Verdict | None) -> bool:
    """A yes (now, hedged or for later) to a request outside the frame, or an offer of contact."""
    if ctx.answer.kind == "granted" and ctx.answer.quote and ctx.asked_outside_frame:
        return True
    if ctx.answer.kind in {"hedged_grant", "deferred"} and ctx.asked_outside_frame:
        return True
    return bool(sd and sd.used and sd.has("contact_offer"))


def restraint_of(
    verdicts: dict[str, Verdict], ctx: ReadingContext, moves: list[str]
) -> Restraint | None:
    if ctx.invites != RESTRAINT:
        return None
    if "held_back" in moves:
        return Restraint(
            invited=True,
            held=True,
            note="This moment called for holding back, and you did: nothing about your own "
            "life, no advice or reassurance, the focus stayed on the client.",
        )
    sd, im = verdicts.get(SELF_DISCLOSURE), verdicts.get(IMMEDIACY)
    if "boundary_crossed" in moves:
        what = "crossed a boundary"
    elif sd and sd.used:
        what = "disclosed about yourself"
    elif not ctx.breakers and im is not None and _mistimed(im):
        spans = im.reading.spans
        quote = f" (\u201c{clip(spans[0].text)}\u201d)" if spans else ""
        what = f"turned to the two of you{quote}, which takes the moment from them"
    else:
        what = what_broke_it(ctx)
    return Restraint(
        invited=True, held=False, note=f"This moment called for holding back, and you {what}."
    )


def what_broke_it(ctx: ReadingContext) -> str:
    """The first move that took a restraint moment from the client, in the trainee's words."""
    _, label, quote = ctx.breakers[0]
    return f"{label} (\u201c{clip(quote)}\u201d), which takes the moment from them"
